// Clause negation beyond separate particles: a verb negated by its prefix (Czech "nepodporuje" =
// "does not support"), and negative concord (Polish "nikt nie przyszedł", Italian "non è venuto
// nessuno": one negation said by several words).
#pragma once

#include <string_view>
#include <vector>

#include "rules/engine/context.hpp"
#include "rules/lexicon/lexicon.hpp"
#include "rules/lexicon/phrase_set.hpp"
#include "rules/lexicon/tokens.hpp"

namespace verity::rules::polarity {

// Words negated by a prefix of the pack's `negation.verb_prefixes`, as clause negations (a particle,
// level 0). A word counts where the run's dictionary to English knows the word without its prefix
// ("podporuje" → "podporovat") but not the word itself: "nemocnice" ("hospital") and "nebezpečí"
// ("danger") are words of their own, and a whole word the dictionary knows is left to the affix
// rules. Without a dictionary nothing counts: the prefix alone proves nothing. With `candidates`, the
// words the dictionary also knows whole count too ("neodpovídá", "nepodařilo"): they may say "not"
// and stand for a negation of the other side, but are never reported themselves.
std::vector<wording::Match> prefix_negated_verbs(const RunContext& run, const wording::Lexicon& lexicon,
                                                 const std::vector<wording::Token>& tokens, bool candidates = false);

// Drops from `found` the negative pronouns and adverbs of the pack's `negation.concord` that agree
// with another clause negator of their clause (no punctuation between, a few words apart): with it
// they say one negation.
void merge_concord(const RunContext& run, const wording::Lexicon& lexicon, std::string_view text,
                   const std::vector<wording::Token>& tokens, std::vector<wording::Match>& found);

}  // namespace verity::rules::polarity
