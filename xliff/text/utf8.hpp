// UTF-8, the one place that knows the encoding: reading and writing code points, counting them,
// checking bytes, and the character classes the text machinery asks about.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace verity::text::utf8 {

// Code point starting at s[i]; advances i. Invalid bytes come back as U+FFFD, one byte each,
// so callers never loop forever on bad input.
char32_t next(std::string_view s, std::size_t& i);
// Code point ending just before s[i]; moves i back to its first byte.
char32_t previous(std::string_view s, std::size_t& i);
// Appends the UTF-8 form of a Unicode scalar value; surrogates and values past U+10FFFF, which
// have none, append nothing.
void append(std::string& out, char32_t cp);

std::size_t count_code_points(std::string_view s);
// Number of code points in the first `bytes` bytes of `text` (all of it when `bytes` is past the end).
std::size_t code_points_before(std::string_view text, std::size_t bytes);

// Length of the well-formed UTF-8 sequence starting at s[i], or 0 when it is ill-formed: overlong
// forms, surrogates, values past U+10FFFF and truncated sequences are rejected (Unicode table 3-7).
// Inline: the XLIFF reader checks every non-ASCII byte of its input with it.
inline std::size_t valid_length(std::string_view s, std::size_t i) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const unsigned char c = p[i];
    if (c < 0x80) return 1;
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    if (p[i + 1] < lo || p[i + 1] > hi) return 0;
    for (std::size_t k = 2; k < len; ++k)
        if ((p[i + k] & 0xC0) != 0x80) return 0;
    return len;
}

// Offset of the first ill-formed byte of `s`, or npos when all of it is well-formed UTF-8.
std::size_t find_invalid(std::string_view s);

bool is_space(char32_t cp);   // Unicode White_Space, plus BOM/ZWSP that editors leave behind
bool is_letter(char32_t cp);
bool is_digit(char32_t cp);
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);

// Offsets of s with outer whitespace removed: [begin, end).
std::pair<std::size_t, std::size_t> trim(std::string_view s, std::size_t begin, std::size_t end);

}  // namespace verity::text::utf8
