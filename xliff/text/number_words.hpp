// The numbers a language spells as one word ("drei", "twelve", "quatorze", "siebenundzwanzig"), from ICU's
// spell-out rules: a number written out on one side and in digits on the other says the same.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace verity::text {

// Folded one-word spellings of 2 to 100 in the cardinal rule sets of the language (every gender and case
// ICU has), each with its value in digits ("drei" → "3"). "One" is left out: it is an article or a pronoun
// as often. Building it formats a few hundred numbers: callers keep it (per document, or in a run's store).
std::unordered_map<std::string, std::string> one_word_numbers(std::string_view language);

}  // namespace verity::text
