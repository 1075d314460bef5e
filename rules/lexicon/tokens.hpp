// Words of a text with their byte offsets, case-folded and stemmed: what every wording rule reads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "rules/engine/rule.hpp"

namespace verity::rules::wording {

struct Token {
    std::size_t begin = 0, end = 0;  // bytes of the segment text
    std::string folded;              // case-folded, typographic apostrophe as '
    std::string stem;                // Snowball stem of `folded`
    bool capitalised = false;        // first letter upper case
    bool sentence_start = false;     // first word of the text or of a sentence in it
    bool numeric = false;            // holds a digit
};

// Words, numbers and clitics ("l'", "n't", "'s") of a text. Hyphenated words stay one token.
// Stems come from a per-thread stemmer and cache, so this may run on many threads at once.
std::vector<Token> tokenize(std::string_view text, std::string_view language);

// A word case-folded, with the typographic apostrophe written as ' (as Token::folded).
std::string fold_word(std::string_view word);

// Stem of one case-folded word in a language (per-thread cache).
const std::string& stem_of(std::string_view folded, std::string_view language);

// Byte range of tokens [first, last).
ByteRange span(const std::vector<Token>& tokens, std::size_t first, std::size_t last);
// Text of tokens [first, last) as written.
std::string words(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t last);

}  // namespace verity::rules::wording
