// Across languages, a word rendered by the antonym of its translation ("stiegen" → "fell", "détruites"
// → "built"): the dictionary translates the source word, and WordNet (English) or the target pack's
// antonym pairs tell that a word of the target is the opposite of that translation.
#pragma once

#include <cstddef>
#include <vector>

#include "rules/engine/rule.hpp"
#include "rules/lexicon/analysis.hpp"

namespace verity::rules::polarity {

struct CrossAntonym {
    std::size_t source = 0, target = 0;  // token indexes
};

// The source words that no target word renders while an unrendered target word, not negated, is the
// antonym of one of their dictionary translations. Inflected source words are looked up by their
// family (the headwords that share all but their ending).
std::vector<CrossAntonym> cross_antonyms(const SegmentView& view, const wording::Analysis& analysis);

// Whether `other` holds the antonym of one of the dictionary translations of `word` (in `lexicon`'s
// language): the other side says "not X" as one word ("nicht eindeutig" for "ambiguous").
bool opposite_in(const SegmentView& view, const wording::Token& word, const wording::Lexicon& lexicon,
                 const std::vector<wording::Token>& other, const wording::Lexicon& other_lexicon);

}  // namespace verity::rules::polarity
