// entity.missing: a name of the source has no counterpart in the target and nothing took its place.
#include <fmt/format.h>

#include "rules/core/core_rules.hpp"
#include "rules/entities.hpp"
#include "rules/unicode.hpp"

namespace verity::rules {
namespace {

bool has_latin_letter(std::string_view text) {
    for (unsigned char c : text)
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
    return false;
}

bool is_acronym(std::string_view name) {
    std::size_t upper = 0;
    for (unsigned char c : name) {
        if (c >= 'A' && c <= 'Z') ++upper;
        else if (!(c >= '0' && c <= '9') && c != '.' && c != '&') return false;
    }
    return upper >= 2;
}

class EntityMissing final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"entity.missing", "omission", Severity::Warning,
                                   "A name of the source has no counterpart in the target.", {}};
        return info;
    }
    explicit EntityMissing(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!v.segment.target || is_blank(v.segment.target->text) || v.is_alignment_gap()) return;
        const auto& c = compare_entities(v);
        const std::string_view src = v.segment.source.text;
        // For a language pair without packs on both sides the names of languages, peoples and places
        // are translated in ways nothing here knows ("Czech" → "tjeckiska", "Vietnamese" → "越南文"):
        // only names of several words and acronyms, in a target written in Latin letters, are asserted.
        const bool known_pair = (v.source_pack && v.target_pack) ||
                                primary_language(v.source_lang) == primary_language(v.target_lang);
        const bool latin_target = has_latin_letter(v.segment.target->text);
        for (std::size_t s : c.missing) {
            const Entity& a = c.source[s];
            const std::string_view name = src.substr(a.begin, a.end - a.begin);
            if (!known_pair && (!latin_target || !(name.find(' ') != std::string_view::npos || is_acronym(name))))
                continue;
            sink.report(v, info(), info().severity,
                        {fmt::format("\"{}\" in the source has no counterpart in the target",
                                     src.substr(a.begin, a.end - a.begin)),
                         true, true, {{a.begin, a.end}}, {}});
        }
    }
};

}  // namespace

void register_entity_missing(Registry& r) { add_rule<EntityMissing>(r); }

}  // namespace verity::rules
