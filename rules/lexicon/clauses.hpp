// Clauses of a text, cut at punctuation: where a dropped or added piece of a sentence begins and ends.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace verity::rules::wording {

// Clauses of a text: pieces ended by a comma (weak) or by sentence punctuation, a colon, a
// semicolon or a spaced dash (strong), in order, covering the text.
struct Clause {
    std::size_t begin = 0, end = 0;  // bytes
    bool strong = false;             // ends at a sentence, colon, semicolon or dash break
};
std::vector<Clause> clauses(std::string_view text);
// The same text cut at strong breaks only.
std::vector<Clause> strong_clauses(std::string_view text);

}  // namespace verity::rules::wording
