// polarity.opposite: the source says one pole of a concept and the target the other: a quantity that went up
// made one that went down ("sank um 3,1 Prozent" / "rose by 3.1 percent"), included made excluded ("include
// VAT" / "hors TVA"), open made closed ("will be closed" / "permanecerán abiertas"). See poles.hpp; the packs'
// [opposites] lists are the bilingual knowledge, so it works in one language and across languages alike.
#include <fmt/format.h>

#include <string_view>

#include "rules/lexicon/analysis.hpp"
#include "rules/polarity/poles.hpp"
#include "rules/polarity/register.hpp"

namespace verity::rules {
namespace {

using namespace wording;

// What each pole of a concept says, for the message.
struct PoleNames {
    std::string_view concept_name, first, second;
};
constexpr PoleNames kPoleNames[] = {
    {"direction", "goes up", "goes down"},
    {"inclusion", "is included", "is excluded"},
    {"opening", "is open", "is closed"},
    {"permission", "is allowed", "is prohibited"},
};

class PolarityOpposite final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"polarity.opposite", "mistranslation", Severity::Error,
                                   "The source says one of two opposites (up / down, included / excluded, open / "
                                   "closed), the target the other.",
                                   {}};
        return info;
    }
    explicit PolarityOpposite(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }
    bool needs_language_knowledge() const override { return true; }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const Analysis* a = analyse(v);
        if (!a) return;
        for (const polarity::PoleFlip& flip : polarity::pole_flips(v, *a)) {
            const PoleNames* names = nullptr;
            for (const PoleNames& n : kPoleNames)
                if (n.concept_name == flip.concept_name) names = &n;
            if (!names) continue;  // polarity.cost's
            const std::string_view said = flip.source_first_pole ? names->first : names->second;
            const std::string_view other = flip.source_first_pole ? names->second : names->first;
            auto r = polarity::flip_report(v, *a, flip, fmt::format("it {}", said), fmt::format("that it {}", other));
            sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
        }
    }
};

}  // namespace

void register_polarity_opposite(Registry& r) { add_rule<PolarityOpposite>(r); }

}  // namespace verity::rules
