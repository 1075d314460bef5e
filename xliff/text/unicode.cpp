#include "xliff/text/unicode.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace verity::text {

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

void load_normalizers() {
    UErrorCode status = U_ZERO_ERROR;
    icu::Normalizer2::getNFCInstance(status);
    icu::Normalizer2::getNFDInstance(status);
    icu::Normalizer2::getNFKCInstance(status);
    icu::Normalizer2::getNFKCCasefoldInstance(status);
}

}  // namespace verity::text
