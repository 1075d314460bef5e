// omission.condition: a condition or an exception of the source that the target leaves out (see
// conditions.hpp). Without it the target says more than the source: "early departures are charged at the full
// rate" for "…, unless the hotel is able to resell the room"; "dogs are not allowed" for "…, with the exception
// of guide dogs".
#include <fmt/format.h>

#include "rules/omission/conditions.hpp"
#include "rules/omission/register.hpp"

namespace verity::rules {
namespace {

// None of the clause's words rendered: plainly dropped (warning); some of them: a lead (info).
constexpr double kDroppedConfidence = 0.75;
constexpr double kPartlyConfidence = 0.55;

class OmissionCondition final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"omission.condition", "omission", Severity::Warning,
                                   "A condition or exception of the source (unless, except, provided that) has no "
                                   "counterpart in the target.",
                                   {}};
        return info;
    }
    explicit OmissionCondition(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }
    bool needs_language_knowledge() const override { return true; }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const auto& d = dropped_condition(v);
        if (!d) return;
        const std::string_view text = v.segment.source.text;
        FindingSink::Report r;
        r.message = fmt::format("the condition \"{}\" of the source has no counterpart in the target: the target says "
                                "no \"{}\", and {} of the clause's {} content words are rendered there",
                                text.substr(d->span.begin, d->span.end - d->span.begin), d->word, d->rendered,
                                d->words);
        r.source_spans.push_back(d->span);
        r.confidence = d->rendered == 0 ? kDroppedConfidence : kPartlyConfidence;
        sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
    }
};

}  // namespace

void register_omission_condition(Registry& r) { add_rule<OmissionCondition>(r); }

}  // namespace verity::rules
