// number.mismatch: a number of the source has no equal value in the target, or the reverse.
// Values, not spellings, are compared: "1,500.5" (en) equals "1 500,5" (fr), "40 per cent" equals "40%".
#include <fmt/format.h>

#include "rules/core/core_rules.hpp"
#include "rules/numbers.hpp"
#include "rules/packs.hpp"
#include "rules/unicode.hpp"

namespace verity::rules {
namespace {

const std::vector<std::string>& percent_words(const LanguagePack* pack) {
    static const std::vector<std::string> none;
    return pack ? pack->list("numbers.percent") : none;
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
        if (!seg.target || is_blank(seg.target->text) || v.is_alignment_gap()) return;  // target.empty's case
        const auto src = extract_numbers(seg.source.text, v.file.source_lang, percent_words(v.source_pack));
        const auto tgt = extract_numbers(seg.target->text, v.file.target_lang, percent_words(v.target_pack));
        if (src.empty() && tgt.empty()) return;

        std::vector<bool> used(tgt.size(), false);
        std::vector<const NumberToken*> missing;
        // Two passes so a first reading that matches exactly wins over a looser one.
        std::vector<bool> matched(src.size(), false);
        for (int pass = 0; pass < 2; ++pass)
            for (std::size_t s = 0; s < src.size(); ++s) {
                if (matched[s]) continue;
                for (std::size_t t = 0; t < tgt.size(); ++t) {
                    if (used[t]) continue;
                    const bool exact = !src[s].values.empty() && !tgt[t].values.empty() &&
                                       src[s].values.front() == tgt[t].values.front();
                    if (pass == 0 ? exact : same_number(src[s], tgt[t])) {
                        used[t] = matched[s] = true;
                        break;
                    }
                }
            }
        std::vector<const NumberToken*> extra;
        for (std::size_t s = 0; s < src.size(); ++s)
            if (!matched[s]) missing.push_back(&src[s]);
        for (std::size_t t = 0; t < tgt.size(); ++t)
            if (!used[t]) extra.push_back(&tgt[t]);

        // Pair leftovers in order: a changed number reads better as "40 → 47" than as two findings.
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
