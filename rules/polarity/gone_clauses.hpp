// Negations that went with their clause or sentence: the other side renders none of its words, so the
// loss is an omission (omission.phrase, omission.sentence speak of it), not a flip of polarity.
#pragma once

#include <vector>

#include "rules/engine/rule.hpp"
#include "rules/lexicon/analysis.hpp"
#include "rules/lexicon/lexicon.hpp"
#include "rules/lexicon/phrase_set.hpp"

namespace verity::rules::polarity {

using wording::Analysis;
using wording::Match;

// Across languages, negations on one side only (`src` or `tgt` empty), each inside a clause of three content
// words or more the other side does not render, while the side's lengths say it fell short of the
// document's length model and would lie nearer to it without the clauses.
bool in_dropped_clauses(const SegmentView& view, const Analysis& analysis, const std::vector<Match>& src,
                        const std::vector<Match>& tgt);

// Across languages, whether the clause of each negation of `more` (of the source when `source_more`), cut at
// punctuation, went with it (none of its other content words rendered, three quarters of the rest are). With
// `whole_sentences`, the unit is the sentence of a side of two sentences or more, which went where at most a
// quarter of its words are rendered and the other side has no room for it in words of its own.
bool clauses_gone(const SegmentView& view, const Analysis& analysis, const std::vector<Match>& more,
                  bool source_more, bool whole_sentences = false);


// In a plain-language rewrite that splits its sentences, a negation moves into the sentence split off next to its
// own ("Les étudiants … ne sont pas éligibles" / "Vous êtes étudiant ? Vous ne pouvez pas avoir l'aide."): a
// negation the target leaves out that a target sentence added next to it says, or one it adds that a source
// sentence dropped next to it says, is no flip.
bool moved_to_neighbour(const SegmentView& view, const wording::Lexicon& lex, bool target_side);

}  // namespace verity::rules::polarity
