#include "xliff/text/utf8.hpp"

#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "xliff/text/language_tag.hpp"

namespace verity::text::utf8 {

char32_t next(std::string_view s, std::size_t& i) {
    auto length = static_cast<std::int32_t>(s.size());
    auto pos = static_cast<std::int32_t>(i);
    UChar32 cp;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), pos, length, cp);
    i = static_cast<std::size_t>(pos);
    return cp < 0 ? U'\uFFFD' : static_cast<char32_t>(cp);
}

char32_t previous(std::string_view s, std::size_t& i) {
    auto pos = static_cast<std::int32_t>(i);
    UChar32 cp;
    U8_PREV(reinterpret_cast<const std::uint8_t*>(s.data()), 0, pos, cp);
    i = static_cast<std::size_t>(pos);
    return cp < 0 ? U'\uFFFD' : static_cast<char32_t>(cp);
}

void append(std::string& out, char32_t cp) {
    char buffer[4];
    std::int32_t n = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<std::uint8_t*>(buffer), n, 4, static_cast<UChar32>(cp), error);
    if (!error) out.append(buffer, static_cast<std::size_t>(n));
}

std::size_t count_code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::size_t code_points_before(std::string_view text, std::size_t bytes) {
    return count_code_points(text.substr(0, bytes));
}

std::size_t find_invalid(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = valid_length(s, i);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

bool is_space(char32_t cp) {
    return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0xFEFF || cp == 0x200B;
}
bool is_letter(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)); }
bool is_digit(char32_t cp) { return u_isdigit(static_cast<UChar32>(cp)); }
bool is_upper(char32_t cp) { return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp)); }
bool is_lower(char32_t cp) { return u_islower(static_cast<UChar32>(cp)); }

std::pair<std::size_t, std::size_t> trim(std::string_view s, std::size_t begin, std::size_t end) {
    while (begin < end) {
        std::size_t i = begin;
        if (!is_space(next(s, i))) break;
        begin = i;
    }
    while (end > begin) {
        std::size_t i = end;
        if (!is_space(previous(s, i))) break;
        end = i;
    }
    return {begin, end};
}

}  // namespace verity::text::utf8
