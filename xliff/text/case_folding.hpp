// Case folding: how words and texts are made comparable whatever their case.
#pragma once

#include <string>
#include <string_view>

namespace verity::text {

// Full Unicode case folding of UTF-8 text (ICU): "Straße" -> "strasse". How words are compared.
std::string fold_case(std::string_view utf8);

// How whole texts are compared: NFKC with case folding, white-space runs collapsed to one space, trimmed.
std::string fold_for_comparison(std::string_view text);

// ASCII letters lower-cased, every other byte kept: for names that are ASCII by definition (file
// extensions, encoding names).
std::string ascii_lower(std::string_view s);

}  // namespace verity::text
