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

constexpr double kSure = 0.95;
constexpr double kAcross = 0.75;

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
            FindingSink::Report r;
            r.message = fmt::format("the source says it {} (\"{}\"), the target that it {} (\"{}\")",
                                    flip.source_first_pole ? names->first : names->second,
                                    words(v.segment.source.text, a->source, flip.source_first, flip.source_last),
                                    flip.source_first_pole ? names->second : names->first,
                                    words(v.segment.target->text, a->target, flip.target_first, flip.target_last));
            r.source_spans.push_back(span(a->source, flip.source_first, flip.source_last));
            r.target_spans.push_back(span(a->target, flip.target_first, flip.target_last));
            // In one language the two words face each other in a text otherwise the same (an error, as
            // polarity.antonym's), and a negation said or left out is as sure as polarity.negation's; across
            // languages a word of a pole may otherwise be said of another thing.
            r.confidence = a->same_language || flip.by_negation ? kSure : kAcross;
            sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
        }
    }
};

}  // namespace

void register_polarity_opposite(Registry& r) { add_rule<PolarityOpposite>(r); }

}  // namespace verity::rules
