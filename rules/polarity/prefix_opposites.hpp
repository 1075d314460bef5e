// Across languages, a word whose negated form translates a word of the other side: the prefix of a
// negation went missing in translation ("mittelbar" for "immediately", where "unmittelbar" is the
// translation).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "rules/engine/rule.hpp"
#include "rules/lexicon/lexicon.hpp"
#include "rules/lexicon/tokens.hpp"

namespace verity::rules::polarity {

using wording::Lexicon;
using wording::Token;

// Index of the first content word of `other` (among those `eligible` accepts, when given) that `word` (in
// `lexicon`'s language) renders by a one-word dictionary translation (see rendered_in, strict), or
// other.size().
std::size_t rendered_word(const SegmentView& view, const Token& word, const Lexicon& lexicon,
                          const std::vector<Token>& other, const Lexicon& other_lexicon,
                          const std::function<bool(std::size_t)>& eligible = {});

// Across languages, a word of `tokens` whose negated form (a negative prefix of the pack added:
// "mittelbar" → "unmittelbar", "expected" → "unexpected") is a one-word dictionary translation of a
// word of `other` while the word itself renders nothing there: the text says the opposite of the
// other side, most often because a translation dropped the prefix.
struct PrefixOpposite {
    std::size_t token = 0;  // index in `tokens`
    std::size_t other = 0;  // index in `other` of the word the negated form translates
    std::string negated;    // the negated form, folded
};
std::vector<PrefixOpposite> prefix_opposites(const SegmentView& view, const Lexicon& lexicon,
                                             const std::vector<Token>& tokens, const std::vector<Token>& other,
                                             const Lexicon& other_lexicon);

}  // namespace verity::rules::polarity
