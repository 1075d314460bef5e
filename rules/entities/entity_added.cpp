// entity.added: a name in the target that the source does not mention.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "rules/entities/register.hpp"
#include "rules/entities/certainty.hpp"
#include "rules/entities/entities.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules {
namespace {

// A name the neighbouring source sentence (the segment before or after, or the nearest unit on each side
// that has a source) names: moved across a sentence boundary by a reworded version, not added.
bool named_in_neighbouring_source(const SegmentView& v, const Entity& e) {
    auto check = [&](const xliff::Segment* seg) {
        return seg && seg != &v.segment && mentioned_in_source(e, v, seg->source.text);
    };
    const auto n = neighbour_segments(v, [](const xliff::Unit& u) {
        return std::any_of(u.segments.begin(), u.segments.end(), [](const xliff::Segment& g) { return !text::is_blank(g.source.text); });
    });
    return check(n.before) || check(n.after);
}

// An acronym the file's source uses in other units ("VPN" of "Mozilla VPN"): a term of the document that a
// translation may add where the source leaves it implied, not a name new to the reader.
bool acronym_of_document(const SegmentView& v, std::string_view acronym) {
    if (acronym.size() < 2) return false;
    std::size_t units = 0;
    for (const auto& u : v.file.units) {
        if (&u == &v.unit) continue;
        for (const auto& seg : u.segments) {
            const std::string& t = seg.source.text;
            for (std::size_t p = t.find(acronym); p != std::string::npos; p = t.find(acronym, p + 1)) {
                const bool left = p == 0 || !std::isalnum(static_cast<unsigned char>(t[p - 1]));
                const std::size_t e = p + acronym.size();
                const bool right = e >= t.size() || !std::isalnum(static_cast<unsigned char>(t[e]));
                if (left && right) {
                    if (++units >= 3) return true;
                    goto next_unit;
                }
            }
        }
    next_unit:;
    }
    return false;
}

class EntityAdded final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"entity.added", "addition", Severity::Info,
                                   "A name in the target has no counterpart in the source.", {}};
        return info;
    }
    explicit EntityAdded(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!v.segment.target || text::is_blank(v.segment.target->text) || v.is_alignment_gap()) return;
        const auto& c = compare_entities(v);
        const std::string_view tgt = v.segment.target->text;
        const bool same_language = text::primary_language(v.source_lang) == text::primary_language(v.target_lang);
        for (std::size_t t : c.added) {
            const Entity& b = c.target[t];
            if (named_in_neighbouring_source(v, b)) continue;
            if (b.acronym && acronym_of_document(v, tgt.substr(b.begin, b.end - b.begin))) continue;
            // The source's name spelled for the target's language ("Nowym Jorku" for "New York").
            if (!same_language && entities::transliterated_in(b, v.segment.source.text)) continue;
            // A name opening a sentence, in a target whose source is written in another script: its first
            // word may be no name, and what stands for it in the source is out of sight ("South Africa").
            if (b.first_uncertain && b.core.size() == 1 && !same_language && entities::mostly_other_script(v.segment.source.text)) continue;
            sink.report(v, info(), info().severity,
                        {fmt::format("\"{}\" in the target has no counterpart in the source",
                                     tgt.substr(b.begin, b.end - b.begin)),
                         true, true, {}, {{b.begin, b.end}}});
        }
    }
};

}  // namespace

void register_entity_added(Registry& r) { add_rule<EntityAdded>(r); }

}  // namespace verity::rules
