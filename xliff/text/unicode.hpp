// Small UTF-8 helpers shared by rules: code point offsets, normalisation, case folding.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace verity::rules {

// Number of code points in the first `bytes` bytes of `text`.
std::size_t code_points_before(std::string_view text, std::size_t bytes);

// NFC, case-folded, whitespace runs collapsed to one space and trimmed.
std::string fold_for_comparison(std::string_view text);

// NFC only.
std::string nfc(std::string_view text);

// Primary language subtag, lower-cased: "fr-CA" -> "fr".
std::string primary_language(std::string_view bcp47);

bool has_letter(std::string_view text);

// Only white space (any Unicode white space), or nothing.
bool is_blank(std::string_view text);

}  // namespace verity::rules
