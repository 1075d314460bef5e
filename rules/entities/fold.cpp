#include "rules/entities/fold.hpp"

#include <cctype>
#include <memory>
#include <utility>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace verity::rules {
namespace {

icu::Transliterator* to_ascii() {
    // ICU transliterators are not thread-safe, and building one parses rule tables (milliseconds): one
    // instance per thread, kept for the process.
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> p(
            icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Any-Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) p.reset();
        return p;
    }();
    return t.get();
}

// Latin letters that no accent makes and the marks that join or end words, spelt as Latin-ASCII spells
// them, in lower case as the fold wants them: "ł" -> "l", "æ" -> "ae", "ß" -> "ss", "ʻ" of "Paʻanga" ->
// "'", "…" -> "...". Those of the languages of Europe and of ICU's names (currencies, cities); the rest
// go through the transliterator. Null for any other code point.
// (EntityWords.LatinFoldsAsTheTransliteratorFolds checks every entry against ICU.)
const char* ascii_spelling(UChar32 c) {
    switch (c) {
        case 0xC6: case 0xE6: return "ae";    // Æ æ
        case 0xD0: case 0xF0: return "d";     // Ð ð
        case 0xD8: case 0xF8: return "o";     // Ø ø
        case 0xDE: case 0xFE: return "th";    // Þ þ
        case 0xDF: case 0x1E9E: return "ss";  // ß ẞ
        case 0x110: case 0x111: return "d";   // Đ đ
        case 0x126: case 0x127: return "h";   // Ħ ħ
        case 0x131: return "i";               // ı
        case 0x132: case 0x133: return "ij";  // Ĳ ĳ
        case 0x13F: case 0x140: return "l";   // Ŀ ŀ
        case 0x141: case 0x142: return "l";   // Ł ł
        case 0x14A: case 0x14B: return "n";   // Ŋ ŋ
        case 0x152: case 0x153: return "oe";  // Œ œ
        case 0x166: case 0x167: return "t";   // Ŧ ŧ
        case 0x17F: return "s";               // ſ
        case 0x2BB: case 0x2BC: return "'";   // ʻ ʼ (modifier letters: "Paʻanga", "Kʼicheʼ")
        case 0x2018: case 0x2019: return "'";  // ‘ ’
        case 0x2010: case 0x2011: case 0x2013: case 0x2014: return "-";  // ‐ ‑ – —
        case 0x2026: return "...";            // …
        default: return nullptr;
    }
}

// Latin letters with accents fold as the transliterator below folds them (decomposed, marks
// dropped, lower case, "ß" as "ss", "ł" as "l", "’" as "'"), without building it: ICU's
// transliterator registry and rule tables take some 40 ms per process. False, with `out`
// unspecified, when the text holds anything else.
bool fold_latin(const icu::UnicodeString& u, std::string& out) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) return false;
    const icu::UnicodeString d = nfd->normalize(u, status);
    if (U_FAILURE(status)) return false;
    out.clear();
    for (int32_t i = 0; i < d.length();) {
        const UChar32 c = d.char32At(i);
        i += U16_LENGTH(c);
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        } else if (u_charType(c) == U_NON_SPACING_MARK && !out.empty() && static_cast<unsigned char>(out.back()) < 0x80 &&
                   std::isalpha(static_cast<unsigned char>(out.back()))) {
            continue;  // an accent on a Latin letter
        } else if (const char* ascii = ascii_spelling(c)) {
            out += ascii;
        } else {
            return false;
        }
    }
    return true;
}

}  // namespace

void fold_into(std::string_view text, std::string& key) {
    key.assign(text.data(), text.size());
    bool ascii = true;
    for (char& c : key) {
        if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
        else if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (ascii) return;
    // Other text by way of ICU: accented Latin decomposed, other scripts through the transliterator.
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    std::string folded;
    if (!fold_latin(u, folded)) {
        folded.clear();
        if (auto* t = to_ascii()) t->transliterate(u);
        else u.foldCase();
        u.toUTF8String(folded);
    }
    key = std::move(folded);
}

std::string fold_key(std::string_view text) {
    std::string key;
    fold_into(text, key);
    return key;
}

}  // namespace verity::rules
