// Numbers written in digits, read under a language's conventions; shared by the files of rules/numbers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/numbers/numbers.hpp"

namespace verity::rules {

// The language's own way of writing digits, from ICU's locale data. Building the symbols is not cheap:
// a NumberLexicon keeps the result.
DigitConvention locale_convention(std::string_view language);

// A percent sign or one of `percent_words` at byte `at`, after spaces.
bool followed_by_percent(std::string_view text, std::size_t at, const std::vector<std::string>& percent_words);

// "$4.5m", "€50k": a currency sign right before byte `at`.
bool after_currency_sign(std::string_view text, std::size_t at);

}  // namespace verity::rules
