// entity.missing: a name of the source has no counterpart in the target and nothing took its place.
#include <fmt/format.h>

#include "rules/core/core_rules.hpp"
#include "rules/entities.hpp"
#include "rules/unicode.hpp"

namespace verity::rules {
namespace {

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
        for (std::size_t s : c.missing) {
            const Entity& a = c.source[s];
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
