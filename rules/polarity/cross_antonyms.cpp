#include "rules/polarity/cross_antonyms.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include "rules/lexicon/rendering.hpp"
#include "rules/lexicon/wordnet.hpp"
#include "rules/polarity/negation_words.hpp"
#include "rules/polarity/prefix_opposites.hpp"

namespace verity::rules::polarity {

using wording::Analysis;
using wording::is_stopword;
using wording::Lexicon;
using wording::Match;
using wording::stem_of;
using wording::Token;

namespace {

// The translations of a word: its own entry, or else those of the headwords of its family (all of the
// word but its last three bytes, of about its length: "détruites" → "détruire").
// `senses`: how many to take, the first ones.
std::vector<std::string> translations_of(const text::BilingualDictionary& dictionary, const Token& word,
                                         std::size_t senses) {
    std::vector<std::string> out;
    for (const auto& t : dictionary.find(word.folded))
        if (out.size() < senses) out.emplace_back(t);
    if (!out.empty() || word.folded.size() < 6) return out;
    const auto [first, last] = dictionary.prefix_range(std::string_view(word.folded).substr(0, word.folded.size() - 3));
    constexpr std::size_t kLooked = 8, kSpan = 2;  // headwords of the family
    for (std::size_t i = first; i < last && i < first + kLooked; ++i) {
        const std::size_t n = dictionary.headword(i).size();
        if (n + kSpan < word.folded.size() || n > word.folded.size() + kSpan) continue;
        for (const auto& t : dictionary.translations(i))
            if (out.size() < senses) out.emplace_back(t);
    }
    return out;
}

bool opposite(const RunContext& run, const Lexicon& target_lexicon, std::string_view translation, const Token& word) {
    if (translation.find(' ') != std::string_view::npos || translation.size() < 3) return false;
    if (target_lexicon.language == "en" && wordnet::english_antonyms(run).are_antonyms(translation, word.folded))
        return true;
    const auto it = target_lexicon.antonyms.find(stem_of(translation, target_lexicon.language));
    return it != target_lexicon.antonyms.end() && std::find(it->second.begin(), it->second.end(), word.stem) != it->second.end();
}

bool content(const Lexicon& lexicon, const Token& t) {
    return !t.numeric && !is_stopword(lexicon, t) && t.folded.size() > 2 && (!t.capitalised || t.sentence_start);
}

}  // namespace

std::vector<CrossAntonym> cross_antonyms(const SegmentView& v, const Analysis& a) {
    std::vector<CrossAntonym> out;
    const Lexicon& sl = *a.source_lexicon;
    const Lexicon& tl = *a.target_lexicon;
    const auto& dictionary = v.run.dictionary(sl.language, tl.language);
    if (dictionary.empty()) return out;
    // Target words that render no source word and stand outside a negation ("not dead" = "alive").
    const auto context = negation_context(tl, a.target);
    std::vector<std::size_t> loose;
    for (std::size_t j = 0; j < a.target.size(); ++j)
        if (content(tl, a.target[j]) && !in_negation_context(context, j) &&
            rendered_word(v, a.target[j], tl, a.source, sl) == a.source.size())
            loose.push_back(j);
    if (loose.empty()) return out;
    std::vector<Token> words;
    std::vector<std::size_t> at;
    // A word of a modal or verb scale ("obligatorio" / "optional") changed step: softening reports it.
    const auto scaled = sl.verbs.find(a.source);
    auto on_scale = [&](std::size_t i) {
        return std::any_of(scaled.begin(), scaled.end(), [&](const Match& m) { return m.first <= i && i < m.last; });
    };
    // A source word inside a negation says the opposite of itself: its antonym renders it ("nicht gezahlt" =
    // "unpaid").
    const auto source_context = negation_context(sl, a.source);
    for (std::size_t i = 0; i < a.source.size(); ++i)
        if (content(sl, a.source[i]) && !on_scale(i) && !in_negation_context(source_context, i))
            words.push_back(a.source[i]), at.push_back(i);
    const auto rendered = rendered_in(v, words, sl.language, a.target, tl);
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (rendered[k]) continue;
        // The first senses only: a dictionary lists rare and figurative ones after them, and any
        // word has some sense whose antonym a translation happens to use.
        constexpr std::size_t kSenses = 2;
        const auto translations = translations_of(dictionary, words[k], kSenses);
        for (std::size_t j : loose) {
            // Clauses keep their order: the opposite stands about where the word stood.
            const double at_source = static_cast<double>(at[k]) / static_cast<double>(a.source.size());
            const double at_target = static_cast<double>(j) / static_cast<double>(a.target.size());
            constexpr double kNear = 0.2;
            if (std::abs(at_source - at_target) > kNear) continue;
            const bool found = std::any_of(translations.begin(), translations.end(), [&](const std::string& x) {
                return opposite(v.run, tl, x, a.target[j]);
            });
            if (!found) continue;
            out.push_back({at[k], j});
            return out;
        }
    }
    return out;
}

bool opposite_in(const SegmentView& v, const Token& word, const Lexicon& lexicon, const std::vector<Token>& other,
                 const Lexicon& other_lexicon) {
    const auto& dictionary = v.run.dictionary(lexicon.language, other_lexicon.language);
    if (dictionary.empty()) return false;
    // Any sense: this only spares a finding.
    constexpr std::size_t kAllSenses = 64;
    const auto translations = translations_of(dictionary, word, kAllSenses);
    for (const Token& o : other)
        if (content(other_lexicon, o))
            for (const auto& x : translations)
                if (opposite(v.run, other_lexicon, x, o)) return true;
    return false;
}

}  // namespace verity::rules::polarity
