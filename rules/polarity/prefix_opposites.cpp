#include "rules/polarity/prefix_opposites.hpp"

#include <algorithm>
#include <optional>

#include "rules/lexicon/cross_words.hpp"
#include "rules/lexicon/inflection.hpp"
#include "rules/lexicon/wordnet.hpp"
#include "rules/polarity/negation_words.hpp"

namespace verity::rules::polarity {

using wording::CrossWords;
using wording::is_stopword;
using wording::lemma_candidates;
using wording::Match;
using wording::stem_of;

std::size_t rendered_word(const SegmentView& view, const Token& word, const Lexicon& lexicon,
                          const std::vector<Token>& other, const Lexicon& other_lexicon,
                          const std::function<bool(std::size_t)>& eligible) {
    for (std::size_t j = 0; j < other.size(); ++j) {
        if (other[j].numeric || is_stopword(other_lexicon, other[j]) || (eligible && !eligible(j))) continue;
        const std::vector<Token> one{other[j]};
        if (CrossWords(view, one, other_lexicon, lexicon.language, other_lexicon.language).rendered_strictly(word))
            return j;
    }
    return other.size();
}

std::vector<PrefixOpposite> prefix_opposites(const SegmentView& view, const Lexicon& lex,
                                             const std::vector<Token>& tokens, const std::vector<Token>& other,
                                             const Lexicon& other_lex) {
    std::vector<PrefixOpposite> out;
    if (lex.negation_prefixes.empty()) return out;
    const auto& dict = view.run.dictionary(lex.language, other_lex.language);
    if (dict.empty()) return out;
    std::optional<CrossWords> cw;
    // A word that carries a negative affix of its language ("unexpected", "priceless").
    auto looks_negated = [](const Lexicon& l, const Token& t) {
        if (negation_exception(l, t)) return false;
        for (const auto& p : l.negation_prefixes)
            if (!p.empty() && p.front() != '-' && t.folded.size() >= p.size() + 4 && t.folded.starts_with(p)) return true;
        for (const auto& suffix : l.negation_suffixes)
            if (t.folded.find(suffix, 3) != std::string::npos) return true;
        return false;
    };
    const auto mine_negated = negation_context(lex, tokens);
    std::optional<std::vector<Match>> other_negated;
    const bool english = lex.language == "en" && wordnet::english_antonyms(view.run).loaded;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (in_negation_context(mine_negated, i)) continue;
        // The same word negated elsewhere ("nicht gültig … Gültige Endungen") renders the negated word.
        bool negated_elsewhere = false;
        for (std::size_t j = 0; j < tokens.size(); ++j)
            negated_elsewhere = negated_elsewhere || (j != i && tokens[j].stem == t.stem && in_negation_context(mine_negated, j));
        if (negated_elsewhere) continue;
        // Names and numbers have no opposite; short words make chance compounds ("un" + "art").
        if (t.numeric || t.folded.size() < 5 || (t.capitalised && !t.sentence_start && !lex.capitalises_nouns)) continue;
        if (is_stopword(lex, t) || lex.negation_exceptions.count(t.folded)) continue;
        if (t.folded.find_first_of("-'") != std::string::npos) continue;
        for (const auto& raw : lex.negation_prefixes) {
            // Suffixes ("-less") change the part of speech; prefixes with a hyphen are spelt apart.
            if (raw.empty() || raw.front() == '-' || raw.back() == '-') continue;
            if (t.folded.starts_with(raw)) continue;  // already negated, or only looks so
            // Only a productive prefix ("un"), or in English one that WordNet confirms makes the
            // antonym ("improper" / "proper", not "improve" / "prove").
            const bool open = std::find(lex.open_negation_prefixes.begin(), lex.open_negation_prefixes.end(), raw) !=
                              lex.open_negation_prefixes.end();
            Token negated = t;
            negated.folded = raw + t.folded;
            if (english ? !wordnet::english_antonyms(view.run).are_antonyms(negated.folded, t.folded) : !open) continue;
            // Only a word of the dictionary, in one of its inflections ("unbekannten" → "unbekannt").
            bool known = false;
            for (const std::string& c : lemma_candidates(negated.folded, lex.language)) known = known || !dict.find(c).empty();
            if (!known) continue;
            negated.stem = stem_of(negated.folded, lex.language);
            if (!cw) cw.emplace(view, other, other_lex, lex.language, other_lex.language);
            // The word itself rendered by a one-word translation ("verletzt" / "hurt") is no opposite; a
            // looser match would find "erwartet" / "expected" inside "unexpectedly".
            if (!cw->rendered_strictly(negated) || cw->rendered_strictly(t)) continue;
            // Which word of the other side the negated form translates: one that carries a negative
            // affix itself and stands without a negator.
            if (!other_negated) other_negated = negation_context(other_lex, other);
            const std::size_t at = rendered_word(view, negated, lex, other, other_lex, [&](std::size_t j) {
                return looks_negated(other_lex, other[j]) && !in_negation_context(*other_negated, j);
            });
            if (at == other.size()) continue;
            // That word rendered as such elsewhere on this side ("ungültig … Gültige Endungen"): the
            // plain word here renders something else.
            if (CrossWords(view, tokens, lex, other_lex.language, lex.language).rendered_strictly(other[at])) continue;
            out.push_back({i, at, negated.folded});
            break;
        }
    }
    return out;
}

}  // namespace verity::rules::polarity
