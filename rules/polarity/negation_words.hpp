// What makes a word negative for the polarity rules: a negative affix ("unlikely", "harmless"),
// confirmed by the other side, WordNet or a dictionary to English, and the negators around a word.
#pragma once

#include <cstddef>
#include <vector>

#include "rules/engine/context.hpp"
#include "rules/lexicon/lexicon.hpp"
#include "rules/lexicon/phrase_set.hpp"
#include "rules/lexicon/tokens.hpp"

namespace verity::rules::polarity {

using wording::Lexicon;
using wording::Match;
using wording::Token;

// A word the pack lists as only looking negative ("under*", "Unterlagen"): no affix negates it.
bool negation_exception(const Lexicon& lexicon, const Token& token);

// A token with a negative prefix whose remainder names the opposite ("unlikely" / "likely").
// `other` is the token list of the other side when it is in the same language (the remainder must
// occur there), else null (English: WordNet antonymy of the word and its remainder decides, WordNet
// being the run's).
bool is_affix_negated(const RunContext& run, const Lexicon& lexicon, const Token& token,
                      const std::vector<Token>* other);

// A word that may well be negated by an affix (an open prefix "un", a suffix "-los"), unverified:
// across languages it stands for a negation of the other side ("unhurt" / "unverletzt",
// "unemployment" / "Arbeitslosigkeit") but is never reported as one. Across languages the run's
// dictionary to English, where installed, has the last word.
// A closed prefix ("in", "dés") counts where the dictionary to English (or, for English, WordNet) says
// the word is negated ("insuffisant" -> "insufficient", "inesperado" -> "unexpected").
bool may_be_affix_negated(const RunContext& run, const Lexicon& lexicon, const Token& token);

// Across languages, whether a word with a negative prefix says "not" itself: for English WordNet lists
// it as the antonym of its remainder as an adjective or adverb ("unclear" / "clear"; verbs such as
// "unmask" or "disagree" reverse or deny an act and are rendered by verbs of their own); elsewhere the
// dictionary to English says so, or, without one, the prefix is open ("un").
bool lexically_negated(const RunContext& run, const Lexicon& lexicon, const Token& token);

// Across languages, whether a word says lexically what another language says with a particle: its pack
// marks it "?" ("problem"), or most of its translations in the run's dictionary to English are negated
// or words the English pack marks "~" or "?" ("unterscheiden" -> "differ", "problema" -> "problem");
// in English, a word lexically_negated ("ineligible").
// A hint only: it lowers the confidence of a report, it never balances a negation by itself.
bool dictionary_negative(const RunContext& run, const Lexicon& lexicon, const Token& token);

// Negators and implicit negators of a text: a word near one (two words before to one after) is
// negated in effect ("not clear" = "unklar", "little known" = "unbekannt").
std::vector<Match> negation_context(const Lexicon& lexicon, const std::vector<Token>& tokens);
bool in_negation_context(const std::vector<Match>& context, std::size_t i);

}  // namespace verity::rules::polarity
