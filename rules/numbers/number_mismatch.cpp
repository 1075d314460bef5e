// number.mismatch: a number of the source has no equal value in the target, or the reverse.
// Values, not spellings, are compared: "1,500.5" (en) equals "1 500,5" (fr), "40 per cent" equals "40%",
// "forty" equals "40", "5 million" equals "5 000 000".
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "rules/dates/dates.hpp"
#include "rules/entities/entities.hpp"
#include "rules/numbers/numbers.hpp"
#include "rules/numbers/register.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules {
namespace {

// The numbers of one side, and its dates.
struct SideNumbers {
    std::vector<NumberToken> numbers;
    std::vector<DateToken> dates;
};

// Digits that belong to a date ("24 June", "2022-07-08") are date.mismatch's to compare.
SideNumbers numbers_outside_dates(const RunContext& run, const std::string& text, const std::string& lang,
                                  const std::vector<Word>& words) {
    SideNumbers side{extract_numbers(text, number_lexicon(run, lang), &words),
                     extract_dates(text, date_lexicon(run, lang), words)};
    if (side.dates.empty()) return side;
    std::erase_if(side.numbers, [&](const NumberToken& n) {
        for (const auto& d : side.dates)
            if (n.begin < d.end && d.begin < n.end) return true;
        return false;
    });
    return side;
}

// The digits alike where one side has a scale word the other lacks: a range sharing its scale
// ("325 und 340 Mio." for "$325 million and $340 million"), or an abbreviation no pack knows
// ("7.5m" for "7,5 Mio."). Two different scales ("5 million" / "5 billion") still differ.
bool same_digits(const NumberToken& a, const NumberToken& b) {
    if (a.scale == b.scale || (a.scale != 1 && b.scale != 1) || a.percent != b.percent) return false;
    for (double x : a.values)
        for (double y : b.values)
            if (std::fabs(x / a.scale - y / b.scale) <= 1e-9 * std::max(1.0, std::fabs(x / a.scale))) return true;
    return false;
}

// The numbers of each side that no number of the other side matches.
struct Unmatched {
    std::vector<const NumberToken*> missing;  // of the source
    std::vector<const NumberToken*> extra;    // of the target
};

// Pairs the two sides' numbers in passes from strict to loose, so a first reading that matches exactly
// wins over a looser one.
Unmatched match_numbers(const std::vector<NumberToken>& src, const std::vector<NumberToken>& tgt) {
    std::vector<bool> used(tgt.size(), false);
    std::vector<bool> matched(src.size(), false);
    for (int pass = 0; pass < 3; ++pass)
        for (std::size_t s = 0; s < src.size(); ++s) {
            if (matched[s]) continue;
            for (std::size_t t = 0; t < tgt.size(); ++t) {
                if (used[t]) continue;
                const bool exact = !src[s].values.empty() && !tgt[t].values.empty() &&
                                   src[s].values.front() == tgt[t].values.front();
                if (pass == 0 ? exact : pass == 1 ? same_number(src[s], tgt[t]) : same_digits(src[s], tgt[t])) {
                    used[t] = matched[s] = true;
                    break;
                }
            }
        }
    Unmatched out;
    for (std::size_t s = 0; s < src.size(); ++s)
        if (!matched[s]) out.missing.push_back(&src[s]);
    for (std::size_t t = 0; t < tgt.size(); ++t)
        if (!used[t]) out.extra.push_back(&tgt[t]);
    return out;
}

// A number that restates part of a date on the other side: "July 17 and 22" for "July 17 and July 22".
bool in_dates(const NumberToken* n, const std::vector<DateToken>& dates) {
    for (const auto& d : dates)
        for (const auto& r : d.readings)
            for (double x : n->values)
                if (x == r.day || x == r.year) return true;
    return false;
}

// Unpaired, a value written twice on one side and once on the other ("100 yards (100 meters)") is
// no change.
bool value_in(const NumberToken* n, const std::vector<NumberToken>& other) {
    for (const auto& o : other)
        if (same_number(*n, o) && n->percent == o.percent) return true;
    return false;
}

// Unpaired, a bare one or zero is as often an article, a pronoun or a plural form of the other side
// ("1 minute" / "eine Minute", "one word" / "1 žodžio", a zero form of a plural message).
bool zero_or_one(const NumberToken* n) {
    return n->values.size() == 1 && (n->values[0] == 0 || n->values[0] == 1) && !n->percent && n->scale == 1;
}

// Leaves out of `u` what is no change: numbers restating a date of the other side and, beyond the
// leftovers that pair up, numbers too often rephrased to report alone.
void drop_restatements(Unmatched& u, const SideNumbers& src, const SideNumbers& tgt) {
    std::erase_if(u.missing, [&](const NumberToken* n) { return in_dates(n, tgt.dates); });
    std::erase_if(u.extra, [&](const NumberToken* n) { return in_dates(n, src.dates); });
    // Pair leftovers in order: a changed number reads better as "40 → 47" than as two findings.
    const std::size_t paired = std::min(u.missing.size(), u.extra.size());
    // Unpaired words ("the two agencies" / "both agencies") and numbers inside names ("COVID-19") are
    // too often rephrased to report alone; a changed one is still reported.
    auto soft = [&](const NumberToken* n) {
        const bool of_source = n >= src.numbers.data() && n < src.numbers.data() + src.numbers.size();
        return zero_or_one(n) || n->spelled || n->in_name || n->compound || n->ordinal || n->minutes || n->fraction ||
               value_in(n, of_source ? tgt.numbers : src.numbers);
    };
    u.missing.erase(std::remove_if(u.missing.begin() + static_cast<std::ptrdiff_t>(paired), u.missing.end(), soft),
                    u.missing.end());
    u.extra.erase(std::remove_if(u.extra.begin() + static_cast<std::ptrdiff_t>(paired), u.extra.end(), soft),
                  u.extra.end());
}

class NumberMismatch final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"number.mismatch", "numbers", Severity::Error,
                                   "A number of the source has no equal value in the target, or the target has a "
                                   "number the source lacks.",
                                   {}};
        return info;
    }
    explicit NumberMismatch(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const auto& seg = v.segment;
        if (!seg.target || text::is_blank(seg.target->text) || v.is_alignment_gap()) return;  // target.empty's case
        const auto& words = segment_words(v);
        const SideNumbers src = numbers_outside_dates(v.run, seg.source.text, v.source_lang, words.source);
        const SideNumbers tgt = numbers_outside_dates(v.run, seg.target->text, v.target_lang, words.target);
        if (src.numbers.empty() && tgt.numbers.empty()) return;
        Unmatched u = match_numbers(src.numbers, tgt.numbers);
        drop_restatements(u, src, tgt);
        report(v, u, sink);
    }

private:
    // Leftovers in order pair up as changed numbers; the rest are missing or extra.
    void report(const SegmentView& v, const Unmatched& u, FindingSink& sink) const {
        const auto& missing = u.missing;
        const auto& extra = u.extra;
        const std::size_t paired = std::min(missing.size(), extra.size());
        for (std::size_t i = 0; i < paired; ++i)
            sink.report(v, info(), info().severity,
                        {fmt::format("number {} in the source became {} in the target", describe_number(*missing[i]),
                                     describe_number(*extra[i])),
                         true, true, {{missing[i]->begin, missing[i]->end}}, {{extra[i]->begin, extra[i]->end}}});
        for (std::size_t i = paired; i < missing.size(); ++i)
            sink.report(v, info(), info().severity,
                        {fmt::format("number {} in the source is missing in the target", describe_number(*missing[i])),
                         true, true, {{missing[i]->begin, missing[i]->end}}, {}});
        for (std::size_t i = paired; i < extra.size(); ++i)
            sink.report(v, info(), info().severity,
                        {fmt::format("number {} in the target is not in the source", describe_number(*extra[i])), true,
                         true, {}, {{extra[i]->begin, extra[i]->end}}});
    }
};

}  // namespace

void register_number_mismatch(Registry& r) { add_rule<NumberMismatch>(r); }

}  // namespace verity::rules
