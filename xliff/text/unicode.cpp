#include "xliff/text/unicode.hpp"

#include "xliff/text/utf8.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace verity::rules {

std::size_t code_points_before(std::string_view text, std::size_t bytes) {
    if (bytes > text.size()) bytes = text.size();
    std::size_t n = 0;
    for (std::size_t i = 0; i < bytes; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
    return n;
}

std::string nfc(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* norm = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return std::string(text);
    icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    if (norm->isNormalized(in, status) && U_SUCCESS(status)) return std::string(text);
    status = U_ZERO_ERROR;
    icu::UnicodeString out = norm->normalize(in, status);
    std::string result;
    out.toUTF8String(result);
    return result;
}

namespace {
bool is_ascii(std::string_view text) {
    for (unsigned char c : text)
        if (c >= 0x80) return false;
    return true;
}
bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
}  // namespace

bool is_blank(std::string_view text) {
    int32_t i = 0;
    const auto len = static_cast<int32_t>(text.size());
    while (i < len) {
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, len, c);
        if (c < 0x80 ? !ascii_space(static_cast<char>(c)) : !u_isUWhiteSpace(c)) return false;
    }
    return true;
}

std::string fold_for_comparison(std::string_view text) {
    if (is_ascii(text)) {  // the common case, without ICU's UTF-16 round trip
        std::string out;
        out.reserve(text.size());
        bool pending_space = false;
        for (char c : text) {
            if (ascii_space(c)) {
                pending_space = !out.empty();
                continue;
            }
            if (pending_space) out.push_back(' ');
            pending_space = false;
            out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        }
        return out;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* norm = icu::Normalizer2::getNFKCCasefoldInstance(status);
    icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
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

std::string primary_language(std::string_view bcp47) { return text::utf8::primary_subtag(bcp47); }

bool has_letter(std::string_view text) {
    int32_t i = 0;
    const auto len = static_cast<int32_t>(text.size());
    while (i < len) {
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, len, c);
        if (c >= 0 && u_isalpha(c)) return true;
    }
    return false;
}

}  // namespace verity::rules
