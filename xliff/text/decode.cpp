#include "xliff/text/decode.hpp"

#include <fmt/format.h>

namespace verity::text {
namespace {

// Tracks line/column while walking code points, counting CRLF as one line break.
struct Cursor {
    std::uint32_t line = 1, column = 1;
    bool after_cr = false;
    void advance(char32_t cp) {
        if (cp == '\n') {
            if (!after_cr) ++line;
            column = 1;
        } else if (cp == '\r') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        after_cr = cp == '\r';
    }
};

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

DecodeResult fail(const Cursor& at, std::string message) {
    DecodeResult r;
    r.error = std::move(message);
    r.error_line = at.line;
    r.error_column = at.column;
    return r;
}

DecodeResult decode_utf16(std::string_view bytes, bool little_endian) {
    DecodeResult r;
    r.utf8.reserve(bytes.size() * 3 / 2);
    Cursor at;
    auto unit = [&](std::size_t i) -> char32_t {
        auto lo = static_cast<unsigned char>(bytes[little_endian ? i : i + 1]);
        auto hi = static_cast<unsigned char>(bytes[little_endian ? i + 1 : i]);
        return static_cast<char32_t>(hi << 8 | lo);
    };
    std::size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        char32_t cp = unit(i);
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            char32_t low = i + 3 < bytes.size() ? unit(i + 2) : 0;
            if (low < 0xDC00 || low > 0xDFFF)
                return fail(at, fmt::format("invalid UTF-16: unpaired high surrogate U+{:04X}",
                                            static_cast<std::uint32_t>(cp)));
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return fail(at, fmt::format("invalid UTF-16: unpaired low surrogate U+{:04X}",
                                        static_cast<std::uint32_t>(cp)));
        }
        append_utf8(r.utf8, cp);
        at.advance(cp);
    }
    if (i < bytes.size()) return fail(at, "invalid UTF-16: odd number of bytes");
    return r;
}

// Length of the valid UTF-8 sequence starting at bytes[i] and its code point, or 0 when invalid
// (overlong forms, surrogates and values above U+10FFFF are rejected as RFC 3629 requires).
std::size_t utf8_sequence(std::string_view bytes, std::size_t i, char32_t& cp) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };
    unsigned char lead = b(i);
    std::size_t len;
    char32_t min;
    if (lead < 0x80) {
        cp = lead;
        return 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        len = 2, min = 0x80, cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        len = 3, min = 0x800, cp = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        len = 4, min = 0x10000, cp = lead & 0x07;
    } else {
        return 0;
    }
    if (i + len > bytes.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((b(i + k) & 0xC0) != 0x80) return 0;
        cp = cp << 6 | (b(i + k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

}  // namespace

DecodeResult decode_text(std::string_view bytes) {
    using namespace std::string_view_literals;
    // UTF-32 BOMs must be tested before UTF-16LE's, which is their prefix.
    if (bytes.starts_with("\xFF\xFE\x00\x00"sv) || bytes.starts_with("\x00\x00\xFE\xFF"sv))
        return fail(Cursor{}, "UTF-32 is not supported; save the file as UTF-8");
    if (bytes.starts_with("\xFF\xFE"sv)) return decode_utf16(bytes.substr(2), true);
    if (bytes.starts_with("\xFE\xFF"sv)) return decode_utf16(bytes.substr(2), false);
    if (bytes.starts_with("\xEF\xBB\xBF"sv)) bytes.remove_prefix(3);

    Cursor at;
    for (std::size_t i = 0; i < bytes.size();) {
        char32_t cp = 0;
        std::size_t len = utf8_sequence(bytes, i, cp);
        if (len == 0)
            return fail(at, fmt::format("invalid UTF-8 byte 0x{:02X}", static_cast<unsigned char>(bytes[i])));
        // A NUL almost always means UTF-16 saved without a byte-order mark: say so rather than
        // producing text full of NULs.
        if (cp == 0) return fail(at, "NUL byte in text (UTF-16 without a byte-order mark?)");
        at.advance(cp);
        i += len;
    }
    DecodeResult r;
    r.utf8.assign(bytes);
    return r;
}

}  // namespace verity::text
