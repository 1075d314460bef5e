// polarity.cost: a thing the source gives free of charge has a price in the target, or the reverse
// ("kostenlos" / "chargeable", "free of charge" / "gegen Gebühr", "gratuite" / "coûte de l'argent"): see
// poles.hpp. Works in one language and across languages alike: the packs' [cost] lists are the bilingual
// knowledge, no dictionary is asked.
#include <vector>

#include "rules/polarity/poles.hpp"
#include "rules/polarity/register.hpp"

namespace verity::rules {
namespace {

class PolarityCost final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"polarity.cost", "mistranslation", Severity::Error,
                                   "What the source gives free of charge has a price in the target, or the reverse.",
                                   {}};
        return info;
    }
    explicit PolarityCost(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }
    bool needs_language_knowledge() const override { return true; }

    void check(const SegmentView& v, FindingSink& sink) const override {
        static const std::vector<polarity::PolePhrases> kPhrases = {
            {"cost", "it is free of charge", "it has a price", "that it is free", "that it has a price"}};
        polarity::report_flips(v, info(), kPhrases, sink);
    }
};

}  // namespace

void register_polarity_cost(Registry& r) { add_rule<PolarityCost>(r); }

}  // namespace verity::rules
