// omission.number / addition.number: a number or a date of one side that the other lacks, gone together with
// the words around it ("bis Ende 2027", "within 30 days of signing", "purché già operative al 31 dicembre 2019").
// number.mismatch and date.mismatch leave such a number or date out (rules/numbers/comparison.hpp,
// rules/dates/dates.hpp): nothing replaced it, so the phrase was dropped (added), not the number changed. The
// finding marks the whole phrase and is as sure as the number's or date's own would be.
#include <fmt/format.h>

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
            kOmission ? "A number of the source and the words around it have no counterpart in the target (a phrase "
                        "with a number dropped)."
                      : "A number of the target and the words around it have no counterpart in the source (a phrase "
                        "with a number added).",
            {}};
        return info;
    }
    explicit NumberPhrase(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!v.segment.target) return;
        const NumberComparison& c = compare_numbers(v);
        const std::string_view text = kOmission ? std::string_view(v.segment.source.text) : v.segment.target->text;
        for (const GonePhrase& g : kOmission ? c.missing_phrases : c.extra_phrases) {
            FindingSink::Report r;
            const std::string_view phrase = text.substr(g.phrase.begin, g.phrase.end - g.phrase.begin);
            r.message = kOmission ? fmt::format("\"{}\" of the source has no counterpart in the target: neither its "
                                                "number {} nor the words around it are there",
                                                phrase, describe_number(*g.number))
                                  : fmt::format("\"{}\" in the target has no counterpart in the source: neither its "
                                                "number {} nor the words around it are there",
                                                phrase, describe_number(*g.number));
            (kOmission ? r.source_spans : r.target_spans).push_back(g.phrase);
            r.confidence = g.confidence;
            sink.report(v, info(), severity_for(g.confidence, info().severity), std::move(r));
        }
        const GoneDates& dates = dates_gone_with_their_phrase(v);
        for (const GoneDate& g : kOmission ? dates.missing : dates.extra) {
            FindingSink::Report r;
            const std::string_view phrase = text.substr(g.phrase_begin, g.phrase_end - g.phrase_begin);
            const std::string_view date = text.substr(g.date_begin, g.date_end - g.date_begin);
            r.message = kOmission ? fmt::format("\"{}\" of the source has no counterpart in the target: neither its "
                                                "date \"{}\" nor the words around it are there",
                                                phrase, date)
                                  : fmt::format("\"{}\" in the target has no counterpart in the source: neither its "
                                                "date \"{}\" nor the words around it are there",
                                                phrase, date);
            (kOmission ? r.source_spans : r.target_spans).push_back({g.phrase_begin, g.phrase_end});
            r.confidence = kDateConfidence;
            sink.report(v, info(), severity_for(kDateConfidence, info().severity), std::move(r));
        }
    }
};

}  // namespace

void register_omission_number(Registry& r) { add_rule<NumberPhrase<true>>(r); }
void register_addition_number(Registry& r) { add_rule<NumberPhrase<false>>(r); }

}  // namespace verity::rules
