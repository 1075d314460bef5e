// polarity.negation: a negation present on one side only: particles and determiners of the packs
// ("not", "never", "without", "ne … plus", "kein*") and negative affixes ("unlikely" / "likely").
// In one language the word alignment says which negation has no counterpart; across languages the
// number of negations of each side is compared.
#include <fmt/format.h>

#include <algorithm>

#include "rules/core/core_rules.hpp"
#include "rules/wording.hpp"

namespace verity::rules {
namespace {

using namespace wording;

// The negations of a text. `other` is the other side's words when it is in the same language.
std::vector<Match> negations(const Lexicon& lex, const std::vector<Token>& tokens, const std::vector<Token>* other) {
    std::vector<Match> out;
    for (const Match& m : lex.negators.find(tokens)) {
        // "No. 5" is a number sign, not a negation.
        const bool number_sign = m.last < tokens.size() && tokens[m.first].capitalised && tokens[m.last].numeric &&
                                 m.last == m.first + 1 && tokens[m.first].folded == "no";
        if (!number_sign) out.push_back(m);
    }
    // Affixes only within one language: across languages "irregular" is as often "irregulär" as
    // "nicht regelmäßig".
    if (other)
        for (std::size_t i = 0; i < tokens.size(); ++i)
            if (!lex.negation_prefixes.empty() && is_affix_negated(lex, tokens[i], other)) out.push_back({i, i + 1, 0, 0});
    return out;
}

class PolarityNegation final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"polarity.negation", "mistranslation", Severity::Error,
                                   "A negation is present on one side only (is likely → is not likely).", {}};
        return info;
    }
    explicit PolarityNegation(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const Analysis* a = analyse(v, lexicons_);
        if (!a) return;
        const Lexicon& sl = *a->source_lexicon;
        const Lexicon& tl = *a->target_lexicon;
        auto src = negations(sl, a->source, a->same_language ? &a->target : nullptr);
        auto tgt = negations(tl, a->target, a->same_language ? &a->source : nullptr);
        if (src.size() == tgt.size() && !a->aligned) return;
        if (!a->same_language) {
            // "unavailable" often becomes "nicht verfügbar": a negative affix on the side with fewer
            // negations may stand for the other side's particle.
            auto affixed = [](const Lexicon& lex, const std::vector<Token>& tokens) {
                std::size_t n = 0;
                for (const auto& t : tokens) n += is_affix_negated(lex, t, nullptr);
                return n;
            };
            if (src.size() < tgt.size() && src.size() + affixed(sl, a->source) >= tgt.size()) return;
            if (tgt.size() < src.size() && tgt.size() + affixed(tl, a->target) >= src.size()) return;
        }
        // Across languages idioms shift negations by one ("breached the orders" = "leistete nicht
        // Folge"): a negation present on one side only, or a difference of two, is the signal.
        if (!a->aligned && !src.empty() && !tgt.empty() && std::max(src.size(), tgt.size()) - std::min(src.size(), tgt.size()) < 2)
            return;
        if (a->aligned) {
            // A negation that the alignment kept in place (or moved) has its counterpart.
            auto unaligned = [](std::vector<Match>& ms, const std::vector<int>& links) {
                std::erase_if(ms, [&](const Match& m) {
                    for (std::size_t k = m.first; k < m.last; ++k)
                        if (links[k] < 0) return false;
                    return true;
                });
            };
            unaligned(src, a->source_link);
            unaligned(tgt, a->target_link);
            if (src.size() == tgt.size()) return;
        }
        FindingSink::Report r;
        std::string s_words, t_words;
        for (const Match& m : src) {
            r.source_spans.push_back(span(a->source, m.first, m.last));
            s_words += fmt::format("{}\"{}\"", s_words.empty() ? "" : ", ",
                                   words(v.segment.source.text, a->source, m.first, m.last));
        }
        for (const Match& m : tgt) {
            r.target_spans.push_back(span(a->target, m.first, m.last));
            t_words += fmt::format("{}\"{}\"", t_words.empty() ? "" : ", ",
                                   words(v.segment.target->text, a->target, m.first, m.last));
        }
        if (a->aligned && src.empty())
            r.message = fmt::format("negation in the target only: {}", t_words);
        else if (a->aligned && tgt.empty())
            r.message = fmt::format("negation in the source only: {}", s_words);
        else
            r.message = fmt::format("{} negation(s) in the source{}{}, {} in the target{}{}", src.size(),
                                    src.empty() ? "" : ": ", s_words, tgt.size(), tgt.empty() ? "" : ": ", t_words);
        sink.report(v, info(), info().severity, std::move(r));
    }

private:
    Lexicons lexicons_;
};

}  // namespace

void register_polarity_negation(Registry& r) { add_rule<PolarityNegation>(r); }

}  // namespace verity::rules
