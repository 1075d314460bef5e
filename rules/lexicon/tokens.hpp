// Words of a text with their byte offsets, case-folded and stemmed: what every wording rule reads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
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

// The stems of the words a document has seen, per language: stemming (case folding and Snowball)
// is the costly part of tokenising, and a document repeats its words. Not thread-safe: one lives in
// each document's store (stems_of).
class StemMemo {
public:
    const std::string& stem(const std::string& folded, std::string_view language);

private:
    std::unordered_map<std::string, std::unordered_map<std::string, std::string>> by_language_;
};
// The memo of the view's document.
StemMemo& stems_of(const SegmentView& view);

// Words, numbers and clitics ("l'", "n't", "'s") of a text. Hyphenated words stay one token.
// May run on many threads at once; with `stems`, stems come from (and go to) that memo.
std::vector<Token> tokenize(std::string_view text, std::string_view language);
std::vector<Token> tokenize(std::string_view text, std::string_view language, StemMemo& stems);

// A word case-folded, with the typographic apostrophe written as ' (as Token::folded).
std::string fold_word(std::string_view word);

// Stem of one case-folded word in a language (per-thread cache).
std::string stem_of(std::string_view folded, std::string_view language);

// Byte range of tokens [first, last).
ByteRange span(const std::vector<Token>& tokens, std::size_t first, std::size_t last);
// Text of tokens [first, last) as written.
std::string words(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t last);

// The digits of a numeric token alone, so "1,250" and "1.250" are one number.
std::string digits_of(std::string_view folded);

}  // namespace verity::rules::wording
