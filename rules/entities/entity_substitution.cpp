// entity.substitution: a name of the source has no counterpart in the target, and the target has an
// unmatched name in its place ("European Commission" -> "UNHCR").
#include <fmt/format.h>

#include "rules/entities/register.hpp"
#include "rules/entities/entities.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules {
namespace {

class EntitySubstitution final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"entity.substitution", "inconsistent-entities", Severity::Error,
                                   "A name of the source (person, organisation, place, acronym) was replaced by "
                                   "another name in the target.",
                                   {}};
        return info;
    }
    explicit EntitySubstitution(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!v.segment.target || text::is_blank(v.segment.target->text) || v.is_alignment_gap()) return;
        const auto& c = compare_entities(v);
        const std::string_view src = v.segment.source.text, tgt = v.segment.target->text;
        for (const auto& [s, t] : c.substitutions) {
            const Entity& a = c.source[s];
            const Entity& b = c.target[t];
            sink.report(v, info(), info().severity,
                        {fmt::format("\"{}\" in the source became \"{}\" in the target", src.substr(a.begin, a.end - a.begin),
                                     tgt.substr(b.begin, b.end - b.begin)),
                         true, true, {{a.begin, a.end}}, {{b.begin, b.end}}});
        }
    }
};

}  // namespace

void register_entity_substitution(Registry& r) { add_rule<EntitySubstitution>(r); }

}  // namespace verity::rules
