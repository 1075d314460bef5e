// entity.missing: a name of the source has no counterpart in the target and nothing took its place.
#include <algorithm>

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

// The target of the segments next to this one: the other segments of its unit and the neighbouring units
// of its file.
bool named_nearby(const SegmentView& v, const Entity& e) {
    auto check = [&](const xliff::Segment* seg) {
        return seg && seg != &v.segment && seg->target && mentioned_in(e, v, seg->target->text);
    };
    // The nearest unit on each side that has a target (a dropped sentence in between has none).
    const auto n = neighbour_segments(v, [](const xliff::Unit& u) {
        return std::any_of(u.segments.begin(), u.segments.end(),
                           [](const xliff::Segment& g) { return g.target && !is_blank(g.target->text); });
    });
    return check(n.before) || check(n.after);
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
        // Only a target that refers back more than its source ("their partnership") and brings no name of
        // its own, which may have taken this one's place.
        const bool nearby = !c.missing.empty() && target_refers_back(v) && !target_brings_name(v);
        for (std::size_t s : c.missing) {
            const Entity& a = c.source[s];
            const std::string_view name = src.substr(a.begin, a.end - a.begin);
            if (!known_pair && (!latin_target || !(name.find(' ') != std::string_view::npos || is_acronym(name))))
                continue;
            // Named in the neighbouring target sentence, this one refers to it ("their partnership"): a
            // translation may move a name across a sentence boundary or replace it by a pronoun.
            if (nearby && named_nearby(v, a)) continue;
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
