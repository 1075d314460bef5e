// entity.added: a name in the target that the source does not mention.
#include <fmt/format.h>

#include "rules/core/core_rules.hpp"
#include "rules/entities.hpp"
#include "rules/unicode.hpp"

namespace verity::rules {
namespace {

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
        if (!v.segment.target || is_blank(v.segment.target->text) || v.is_alignment_gap()) return;
        const auto& c = compare_entities(v);
        const std::string_view tgt = v.segment.target->text;
        for (std::size_t t : c.added) {
            const Entity& b = c.target[t];
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
