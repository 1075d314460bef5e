// Where a negation applies and whether the other side says the same thing: the word a negator
// governs (its head), whether that word is rendered across languages or aligned in one language,
// and whether the side without a negator says one lexically. The evidence behind the confidence
// of polarity.negation.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "rules/engine/context.hpp"
#include "rules/lexicon/analysis.hpp"
#include "rules/lexicon/lexicon.hpp"

namespace verity::rules::polarity {

using wording::Analysis;
using wording::Lexicon;
using wording::Match;
using wording::Token;

// The content word a negation governs: the first one within three words after it ("not a valid
// choice" -> "valid"), else the nearest within three words before it (German puts "nicht" after a
// main verb: "sie kommt nicht"). Returns tokens.size() when there is none.
std::size_t negation_head(const Lexicon& lex, const std::vector<Token>& tokens, const Match& m);

// Across languages, how much of the clause a particle of `negations` negates (in `tokens`, language of
// `lex`) `other` renders: the negated predicate present on both sides means the two clauses say the
// same thing but for the negation. Where nothing is rendered, the clause was reworded ("cannot be
// found" = "introuvable", "Not now" = "Plus tard") and no flip is certain.
enum class ScopeRendered {
    none,       // no content word within reach of a negator (three words before to four after)
    neighbour,  // a word within reach, but not the head ("do not turn off your device": "Gerät")
    head,       // the head itself (negation_head)
};
ScopeRendered negated_scope_rendered(const SegmentView& v, const Lexicon& lex, const std::vector<Token>& tokens,
                                     const std::vector<Match>& negations, const std::vector<Token>& other,
                                     const Lexicon& other_lex);

// Whether the side without a negation states an obligation ("must", "doit", "debería": the first two
// steps of the modal scale) that the negated side does not: a negative statement turned into a
// requirement ("is not a valid choice" = "doit être l'un des choix proposés", "does not match X" =
// "debería ser X"), a rewording rather than a flip.
bool negation_made_requirement(const Lexicon& more_lex, const std::vector<Token>& more,
                               const Lexicon& fewer_lex, const std::vector<Token>& fewer);

// Across languages, with negations on both sides, whether the head of a particle of `negations` is
// rendered (strictly, by one word) in `other` at a place no negator or implicit negator of `other`
// reaches (four words before to three after): the same predicate stands negated on one side and
// affirmed on the other, which a mere difference in the number of negations does not show.
bool head_faces_affirmative(const SegmentView& v, const Lexicon& lex, const std::vector<Token>& tokens,
                            const std::vector<Match>& negations, const std::vector<Token>& other,
                            const Lexicon& other_lex);

// In one language, whether every particle of `negations` governs a word that the alignment left
// unaligned, with another unaligned word within its reach: the negation came or went with its whole clause ("…, or the folder does not exist" added
// to an updated message), which is an addition or an omission rather than a flip of what both say.
bool negations_in_unaligned_clause(const Lexicon& lex, const std::vector<Token>& tokens,
                                   const std::vector<int>& links, const std::vector<Match>& negations);

// Whether the text ends with a question mark (before closing quotes and brackets).
bool asks(std::string_view text);

// Whether the clause of a word that carries a negation ("failed to win the cup", "unless another user has reserved
// it", "Flood damage is excluded") is there on the other side without it: of the content words on either side of
// the word, up to the clause's punctuation and at most kGovernedReach tokens away, two or more, at least two thirds
// of them rendered in `other`.
bool governed_clause_rendered(const SegmentView& v, const Lexicon& lex, std::string_view text,
                              const std::vector<Token>& tokens, const Match& word, const std::vector<Token>& other,
                              const Lexicon& other_lex);

// Whether a word or phrase of the text says lexically what a particle says (the pack's "?" entries,
// dictionary_negative).
bool has_lexical_negative(const RunContext& run, const Lexicon& lex, const std::vector<Token>& tokens);

// Across languages, whether a negator of `tokens` is no negation of the text's language: written in
// capitals inside a text that is not ("NO" for Norway, an exchange code), or copied with the word after
// it into the other side, as a name or an untranslated label is ("NINF (No Info)").
bool negator_not_translated(std::string_view text, const std::vector<Token>& tokens, const Match& m,
                            const std::vector<Token>& other);

}  // namespace verity::rules::polarity
