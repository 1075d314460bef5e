// Word and number tokens of a sentence, shared by the aligner and the evidence of rules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verity::text {

struct WordToken {
    std::string text;
    bool number = false;  // digits only
};

struct TokenizeOptions {
    // Appends sentence punctuation that survives translation ("?!:;(%" as themselves, quotes as 'q').
    std::string* punctuation = nullptr;
    // Joins digit groups split by a comma, a dot, a space, NBSP or NNBSP when exactly three digits
    // follow ("1,500", "1.500", "1 500" give "1500").
    bool join_digit_groups = false;
};

// Runs of letters (with combining marks) or digits; apostrophes, hyphens and dots separate
// ("l'homme", "2022.7.8").
std::vector<WordToken> tokenize_words(std::string_view s, const TokenizeOptions& options = {});

}  // namespace verity::text
