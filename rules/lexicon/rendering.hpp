// Which words of a pair in two languages the other side renders, by the evidence of CrossWords.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "rules/engine/rule.hpp"
#include "rules/lexicon/analysis.hpp"
#include "rules/lexicon/lexicon.hpp"
#include "rules/lexicon/tokens.hpp"

namespace verity::rules::wording {

// Which source words of a pair in two languages the target renders: per source token, whether it is
// a content word (a number or no stop word) and whether the target holds its number, a cognate
// (the same first five letters), one of its FreeDict translations (also inside a compound), or a word
// whose back-translation leads to it (inflection endings are tried off both sides). Made once per
// segment, by the first rule that asks.
struct Rendering {
    std::vector<char> content, rendered;
    // Content words and rendered ones among the source tokens starting in bytes [begin, end).
    std::pair<std::size_t, std::size_t> count(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) const;
};
// With `target_words`, the same for the target's words rendered in the source.
const Rendering& cross_rendering(const SegmentView& view, const Analysis& analysis, bool target_words = false);

// Per word of `words` (in `words_language`), whether `other` (another language, with its lexicon)
// renders it by the evidence of cross_rendering; `strict`: by a one-word dictionary translation
// with the same stem (or the same word) only.
std::vector<bool> rendered_in(const SegmentView& view, const std::vector<Token>& words, std::string_view words_language,
                              const std::vector<Token>& other, const Lexicon& other_lexicon, bool strict = false);

}  // namespace verity::rules::wording
