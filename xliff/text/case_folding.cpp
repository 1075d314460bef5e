#include "xliff/text/case_folding.hpp"

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

bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

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
