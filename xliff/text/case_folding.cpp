#include "xliff/text/case_folding.hpp"

#include <array>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace verity::text {
namespace {

bool is_ascii(std::string_view text) {
    for (unsigned char c : text)
        if (c >= 0x80) return false;
    return true;
}


icu::UnicodeString from_utf8(std::string_view text) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

}  // namespace

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string fold_case(std::string_view utf8) {
    if (is_ascii(utf8)) return ascii_lower(utf8);  // the common case, without a UTF-16 round trip
    std::string out;
    icu::UnicodeString u = from_utf8(utf8);
    u.foldCase();
    u.toUTF8String(out);
    return out;
}

std::string fold_for_comparison(std::string_view text) {
    {  // ASCII, the common case, without ICU's UTF-16 round trip; left at the first byte that is not
        // Written into a buffer of the text's size (folding ASCII never lengthens it), then cut.
        // A table gives each byte's folded form, 0 for a space and for a byte of no ASCII character.
        static constexpr auto folded = [] {
            std::array<char, 256> t{};
            for (int c = 0; c < 128; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            for (const char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[static_cast<unsigned char>(c)] = 0;
            return t;
        }();
        std::string out(text.size(), '\0');
        char* o = out.data();
        char* const begin = o;
        bool pending_space = false, ascii = true;
        for (const char c : text) {
            const auto b = static_cast<unsigned char>(c);
            const char f = folded[b];
            if (f == 0) {
                if (b >= 0x80) {
                    ascii = false;
                    break;
                }
                if (b != 0) {
                    pending_space = o != begin;
                    continue;
                }
            }
            if (pending_space) *o++ = ' ';
            pending_space = false;
            *o++ = f;
        }
        if (ascii) {
            out.resize(static_cast<std::size_t>(o - begin));
            return out;
        }
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* norm = icu::Normalizer2::getNFKCCasefoldInstance(status);
    icu::UnicodeString in = from_utf8(text);
    icu::UnicodeString folded = U_SUCCESS(status) ? norm->normalize(in, status) : in;
    if (U_FAILURE(status)) folded = in.foldCase();
    icu::UnicodeString collapsed;
    bool pending_space = false;
    for (int32_t i = 0; i < folded.length();) {
        const UChar32 c = folded.char32At(i);
        i += U16_LENGTH(c);
        if (u_isUWhiteSpace(c)) {
            pending_space = !collapsed.isEmpty();
            continue;
        }
        if (pending_space) collapsed.append(static_cast<UChar>(' '));
        pending_space = false;
        collapsed.append(c);
    }
    std::string out;
    collapsed.toUTF8String(out);
    return out;
}

}  // namespace verity::text
