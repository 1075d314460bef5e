// polarity.antonym: a word of the source replaced by its antonym in the target (increase →
// decrease, approve → reject). English antonyms come from WordNet when it is installed, every
// language's from the packs' [antonyms] pairs. Needs a word alignment, so it speaks about pairs in
// one language (a revised text, a back-translation).
#include <fmt/format.h>

#include "rules/lexicon/analysis.hpp"
#include "rules/lexicon/wordnet.hpp"
#include "rules/polarity/cross_antonyms.hpp"
#include "rules/polarity/negation_words.hpp"
#include "rules/polarity/poles.hpp"
#include "rules/polarity/register.hpp"

namespace verity::rules {
namespace {

using namespace wording;
using polarity::is_affix_negated;

bool antonyms(const RunContext& run, const Lexicon& lex, const Token& a, const Token& b, bool loose) {
    if (a.numeric || b.numeric || a.stem == b.stem) return false;
    // "likely" / "unlikely" is a negation by affix: polarity.negation reports it.
    if (a.folded.ends_with(b.folded) || b.folded.ends_with(a.folded)) return false;
    if (auto it = lex.antonyms.find(a.stem); it != lex.antonyms.end())
        for (const auto& s : it->second)
            if (s == b.stem) return true;
    // WordNet's function words ("all" / "any", "on" / "off") flip too easily in rewordings.
    if (is_stopword(lex, a) || is_stopword(lex, b)) return false;
    return lex.language == "en" && wordnet::english_antonyms(run).are_antonyms(a.folded, b.folded, loose);
}

// One word swapped for a negatively affixed word of other meaning ("confidence" → "uncertainty",
// "skilled" → "untrained"): the remainder differs, so no pair list knows it, but the new word is
// itself a negation (WordNet's antonym of its remainder) where the old one was not.
bool affix_flip(const RunContext& run, const Lexicon& lex, const Token& a, const Token& b) {
    if (a.numeric || b.numeric || is_stopword(lex, a) || is_stopword(lex, b)) return false;
    // "likely" / "unlikely" keeps its remainder: polarity.negation reports it.
    if (a.folded.ends_with(b.folded) || b.folded.ends_with(a.folded)) return false;
    return is_affix_negated(run, lex, a, nullptr) != is_affix_negated(run, lex, b, nullptr);
}

constexpr std::size_t kMaxSwapped = 2;
// Words before an edit within which a negation belongs to it.
constexpr std::size_t kNegationBefore = 2;

std::size_t unaligned_words(const Lexicon& lex, const std::vector<Token>& tokens, const std::vector<int>& links,
                            std::size_t begin, std::size_t end) {
    std::size_t n = 0;
    for (std::size_t k = begin; k < end; ++k) n += links[k] < 0 && !is_stopword(lex, tokens[k]);
    return n;
}

class PolarityAntonym final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"polarity.antonym", "mistranslation", Severity::Error,
                                   "A word of the source is replaced by its antonym (increase → decrease).", {}};
        return info;
    }
    explicit PolarityAntonym(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }
    bool needs_language_knowledge() const override { return true; }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const Analysis* a = analyse(v);
        // Opposite poles of a concept the packs list (up / down, included / excluded): polarity.opposite's.
        if (a && !polarity::pole_flips(v, *a).empty()) return;
        if (a && !a->same_language) {
            report_across(v, *a, sink);
            return;
        }
        if (!a || !a->aligned) return;
        const Lexicon& lex = *a->source_lexicon;
        const auto negations_s = lex.negators.find(a->source);
        const auto negations_t = a->target_lexicon->negators.find(a->target);
        // A negation that came or went with the edit makes an antonym a paraphrase ("did not manage" →
        // "failed", "without interruption" → "uninterrupted"); one kept in place ("didn't catch" →
        // "didn't miss") does not.
        auto negated = [](const std::vector<Match>& negations, const std::vector<int>& links, std::size_t begin,
                          std::size_t end) {
            for (const Match& m : negations)
                if (m.last + kNegationBefore > begin && m.first < end && links[m.first] < 0) return true;
            return false;
        };
        for (const Gap& g : a->gaps) {
            if (negated(negations_s, a->source_link, g.source_begin, g.source_end) ||
                negated(negations_t, a->target_link, g.target_begin, g.target_end))
                continue;
            // A word swapped for its antonym is a local substitution; a longer reworded stretch
            // may use opposite words for the same meaning ("previously" / "later on").
            if (unaligned_words(lex, a->source, a->source_link, g.source_begin, g.source_end) > kMaxSwapped ||
                unaligned_words(lex, a->target, a->target_link, g.target_begin, g.target_end) > kMaxSwapped)
                continue;
            // A lone swapped word in a pair changed nowhere else may flip by affix.
            const bool lone = !a->reworded(2) &&
                              unaligned_words(lex, a->source, a->source_link, g.source_begin, g.source_end) == 1 &&
                              unaligned_words(lex, a->target, a->target_link, g.target_begin, g.target_end) == 1;
            for (std::size_t i = g.source_begin; i < g.source_end; ++i) {
                if (a->source_link[i] >= 0) continue;
                for (std::size_t j = g.target_begin; j < g.target_end; ++j) {
                    if (a->target_link[j] >= 0) continue;
                    if (!antonyms(v.run, lex, a->source[i], a->target[j], lone) &&
                        !(lone && affix_flip(v.run, lex, a->source[i], a->target[j])))
                        continue;
                    FindingSink::Report r;
                    r.message = fmt::format("\"{}\" in the source became its antonym \"{}\" in the target",
                                            words(v.segment.source.text, a->source, i, i + 1),
                                            words(v.segment.target->text, a->target, j, j + 1));
                    r.source_spans.push_back(span(a->source, i, i + 1));
                    r.target_spans.push_back(span(a->target, j, j + 1));
                    sink.report(v, info(), info().severity, std::move(r));
                    break;
                }
            }
        }
    }

private:
    // Across languages the evidence is a dictionary's translation and an antonym list: a word the
    // translator chose freely may happen to be the opposite of one sense of a source word (the order of
    // a dictionary's senses says little), so the finding is a hint: on DEMETR's correct translations
    // (de, fr, es, it, pl, cs) it raised 42 warnings, against about 100 antonyms found.
    void report_across(const SegmentView& v, const Analysis& a, FindingSink& sink) const {
        for (const auto& c : polarity::cross_antonyms(v, a)) {
            FindingSink::Report r;
            r.message = fmt::format("\"{}\" in the target is the opposite of a translation of \"{}\" in the source",
                                    words(v.segment.target->text, a.target, c.target, c.target + 1),
                                    words(v.segment.source.text, a.source, c.source, c.source + 1));
            r.source_spans.push_back(span(a.source, c.source, c.source + 1));
            r.target_spans.push_back(span(a.target, c.target, c.target + 1));
            r.confidence = 0.5;
            sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
        }
    }
};

}  // namespace

void register_polarity_antonym(Registry& r) { add_rule<PolarityAntonym>(r); }

}  // namespace verity::rules
