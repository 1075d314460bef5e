// Small UTF-8 helpers shared by the text machinery (not part of the public API).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace verity::text::utf8 {

// Code point starting at s[i]; advances i. Invalid bytes come back as U+FFFD, one byte each,
// so callers never loop forever on bad input.
char32_t next(std::string_view s, std::size_t& i);
// Code point ending just before s[i]; moves i back to its first byte.
char32_t previous(std::string_view s, std::size_t& i);
void append(std::string& out, char32_t cp);
std::size_t count_code_points(std::string_view s);
// The primary language subtag of a BCP 47 tag, lower case: "de-CH" -> "de".
std::string primary_subtag(std::string_view bcp47);

bool is_space(char32_t cp);   // Unicode White_Space, plus BOM/ZWSP that editors leave behind
bool is_letter(char32_t cp);
bool is_digit(char32_t cp);
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);

// Offsets of s with outer whitespace removed: [begin, end).
std::pair<std::size_t, std::size_t> trim(std::string_view s, std::size_t begin, std::size_t end);

}  // namespace verity::text::utf8
