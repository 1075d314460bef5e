// omission.number / addition.number: a number or a date of one side that the other lacks, gone together with
// the words around it ("bis Ende 2027", "within 30 days of signing", "purché già operative al 31 dicembre 2019").
// number.mismatch and date.mismatch leave such a number or date out (rules/numbers/comparison.hpp,
// rules/dates/dates.hpp): nothing replaced it, so the phrase was dropped (added), not the number changed. The
// finding marks the whole phrase and is as sure as the number's or date's own would be.
#include <fmt/format.h>

#include <string>

#include "rules/dates/dates.hpp"
#include "rules/numbers/comparison.hpp"
#include "rules/omission/register.hpp"

namespace verity::rules {
namespace {

// A date is compared as surely as date.mismatch compares it.
constexpr double kDateConfidence = 0.95;

template <bool kOmission>
class NumberPhrase final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{
            kOmission ? "omission.number" : "addition.number", kOmission ? "omission" : "addition", Severity::Error,
            kOmission ? "A number or date of the source and the words around it have no counterpart in the target "
                        "(a phrase with a number dropped)."
                      : "A number or date of the target and the words around it have no counterpart in the source "
                        "(a phrase with a number added).",
            {}};
        return info;
    }
    explicit NumberPhrase(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!v.segment.target) return;
        const NumberComparison& c = compare_numbers(v);
        for (const GonePhrase& g : kOmission ? c.missing_phrases : c.extra_phrases)
            report(v, g.phrase, fmt::format("number {}", describe_number(*g.number)), g.confidence, sink);
        const std::string_view text = kOmission ? std::string_view(v.segment.source.text) : v.segment.target->text;
        const GoneDates& dates = dates_gone_with_their_phrase(v);
        for (const GoneDate& g : kOmission ? dates.missing : dates.extra)
            report(v, {g.phrase_begin, g.phrase_end},
                   fmt::format("date \"{}\"", text.substr(g.date_begin, g.date_end - g.date_begin)), kDateConfidence,
                   sink);
    }

private:
    // One phrase gone with its number or date (`what`: "number 2027", "date \"31 December 2019\"").
    void report(const SegmentView& v, ByteRange phrase, const std::string& what, double confidence,
                FindingSink& sink) const {
        const std::string_view text = kOmission ? std::string_view(v.segment.source.text) : v.segment.target->text;
        FindingSink::Report r;
        r.message = fmt::format("\"{}\" {} has no counterpart in the {}: neither its {} nor the words around it are there",
                                text.substr(phrase.begin, phrase.end - phrase.begin),
                                kOmission ? "of the source" : "in the target", kOmission ? "target" : "source", what);
        (kOmission ? r.source_spans : r.target_spans).push_back(phrase);
        r.confidence = confidence;
        sink.report(v, info(), severity_for(confidence, info().severity), std::move(r));
    }
};

}  // namespace

void register_omission_number(Registry& r) { add_rule<NumberPhrase<true>>(r); }
void register_addition_number(Registry& r) { add_rule<NumberPhrase<false>>(r); }

}  // namespace verity::rules
