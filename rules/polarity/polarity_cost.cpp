// polarity.cost: a thing the source gives free of charge has a price in the target, or the reverse
// ("kostenlos" / "chargeable", "free of charge" / "gegen Gebühr", "gratuite" / "coûte de l'argent"): see
// poles.hpp. Works in one language and across languages alike: the packs' [cost] lists are the bilingual
// knowledge, no dictionary is asked.
#include "rules/lexicon/analysis.hpp"
#include "rules/polarity/poles.hpp"
#include "rules/polarity/register.hpp"

namespace verity::rules {
namespace {

using namespace wording;

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
        const Analysis* a = analyse(v);
        if (!a) return;
        for (const polarity::PoleFlip& flip : polarity::pole_flips(v, *a)) {
            if (flip.concept_name != "cost") continue;
            auto r = polarity::flip_report(v, *a, flip, flip.source_first_pole ? "it is free of charge" : "it has a price",
                                           flip.source_first_pole ? "that it has a price" : "that it is free");
            sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
        }
    }
};

}  // namespace

void register_polarity_cost(Registry& r) { add_rule<PolarityCost>(r); }

}  // namespace verity::rules
