// Numbers in running text, read as values under the conventions of a language (ICU's symbols),
// so "1,500.5" (en) and "1 500,5" (fr) are the same number.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verity::rules {

struct NumberToken {
    std::size_t begin = 0;  // byte range in the text, digits and separators only
    std::size_t end = 0;
    std::vector<double> values;  // plausible readings, the language's own convention first; empty if none
    std::string literal;         // digits as ASCII with separators kept, for tokens no convention reads
    bool percent = false;        // followed by %, or a percent word from the packs
};

// `percent_words`: phrases such as "per cent" that make the preceding number a percentage.
std::vector<NumberToken> extract_numbers(std::string_view text, std::string_view language,
                                         const std::vector<std::string>& percent_words);

// Two tokens denote the same number under some reading of each.
bool same_number(const NumberToken& a, const NumberToken& b);

// "1500.5", "40%": the token's first reading, for messages.
std::string describe_number(const NumberToken& token);

}  // namespace verity::rules
