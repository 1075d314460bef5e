#include "rules/entities/words.hpp"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>

#include "rules/entities/fold.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::rules {
namespace {

// The code point at byte `i`, moving `i` past it: ASCII, most of any text, without a call.
inline char32_t next_cp(std::string_view s, std::size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        ++i;
        return b;
    }
    return text::utf8::next(s, i);
}

// text::utf8::is_space, ASCII without a call.
inline bool is_space_cp(char32_t c) {
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
    return text::utf8::is_space(c);
}

// ASCII letters and digits, by byte: kUpper, kLower, kDigit; 0 for any other byte (non-ASCII included).
constexpr unsigned kUpper = 1, kLower = 2, kDigit = 4;
constexpr std::array<unsigned char, 256> ascii_classes = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpper;
    for (int c = 'a'; c <= 'z'; ++c) t[c] = kLower;
    for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
    return t;
}();
inline unsigned ascii_class(char c) { return ascii_classes[static_cast<unsigned char>(c)]; }

inline bool is_word_char(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return u_isalnum(static_cast<UChar32>(c)) || (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0;
}
inline bool is_letter_cp(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return u_isalpha(static_cast<UChar32>(c)) != 0;
}
bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool ends_sentence(char32_t c) { return c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2026 || c == 0x3002; }

// Hangul, kana and Han: scripts written without spaces between words.
bool unspaced_script(char32_t c) {
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3130 && c <= 0x318F) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF);
}

char32_t peek(std::string_view s, std::size_t i) {
    if (i >= s.size()) return 0;
    return next_cp(s, i);
}
// What the characters of one word showed while it was read.
struct Shape {
    std::size_t letters = 0, upper = 0, lower = 0;
    std::size_t piece = 0;  // letters and digits since the last dot of dotted initials
    bool first_letter_upper = false, seen_letter = false;
    bool dotted = false;  // initials with dots: "U.S."
    bool middle_dot = false;  // parts joined by a middle dot: "Strom·preis"
};

// Reads the word that begins at byte `i` and returns where it ends.
std::size_t scan_word(std::string_view text, std::size_t i, Shape& s) {
    std::size_t j = i;
    int script = -1;  // 0: Latin letters and digits, 1: a script written without spaces
    for (;;) {
        // ASCII letters and digits, most of any word, by table and without branching on case.
        if (const unsigned flags = j < text.size() ? ascii_class(text[j]) : 0; flags != 0 && script != 1) {
            script = 0;
            const bool up = flags & kUpper, letter = flags & (kUpper | kLower);
            s.letters += letter;
            s.upper += up;
            s.lower += (flags & kLower) != 0;
            if (letter && !s.seen_letter) {
                s.first_letter_upper = up;
                s.seen_letter = true;
            }
            ++s.piece;
            ++j;
            continue;
        }
        std::size_t after = j;
        const char32_t d = j < text.size() ? next_cp(text, after) : 0;
        if (d && is_word_char(d)) {
            // Latin letters end where Hangul, kana or Han begin: "VPN을", "DNS보다" hold "VPN", "DNS".
            const int here = unspaced_script(d) ? 1 : d < 0x250 ? 0 : script;
            if (script >= 0 && here >= 0 && here != script) break;
            if (here >= 0) script = here;
            if (is_letter_cp(d)) {
                ++s.letters;
                const bool up = d < 0x80 ? (d >= 'A' && d <= 'Z') : text::utf8::is_upper(d);
                const bool lo = d < 0x80 ? (d >= 'a' && d <= 'z') : text::utf8::is_lower(d);
                s.upper += up;
                s.lower += lo;
                if (!s.seen_letter) s.first_letter_upper = up;
                s.seen_letter = true;
            }
            ++s.piece;
            j = after;
            continue;
        }
        // A middle dot between letters joins the parts of one word: the Mediopunkt of plain-language German
        // ("Strom·preis" is "Strompreis") and the Catalan "l·l" ("col·legi").
        if (d == 0x00B7 && s.letters > 0 && is_letter_cp(peek(text, after))) {
            s.middle_dot = true;
            j = after;
            continue;
        }
        // Dotted initials: "U.S.", "E.U." (a single letter, a dot, a letter).
        if (d == '.' && s.piece == 1 && s.letters > 0 && is_letter_cp(peek(text, after))) {
            std::size_t k = after;
            next_cp(text, k);
            if (!is_word_char(peek(text, k))) {
                s.dotted = true;
                s.piece = 0;
                j = after;
                continue;
            }
        }
        if (d == '.' && s.dotted && s.piece == 1) j = after;  // the final dot of "U.S." ends no sentence
        break;
    }
    return j;
}

// Fills in the word of bytes [i, j) from its shape: capitals, acronym, key.
void describe(Word& w, std::string_view text, std::size_t i, std::size_t j, const Shape& s) {
    w.end = j;
    w.in_identifier = (i > 0 && text[i - 1] == '_') || (j < text.size() && text[j] == '_');
    w.has_letter = s.letters > 0;
    w.capitalised = s.first_letter_upper || (s.upper > 0 && s.lower > 0);
    w.acronym = s.upper == s.letters && s.letters > 0 && (s.letters >= 2 || s.piece > s.letters || s.dotted);
    std::string_view raw = text.substr(i, j - i);
    if (!w.acronym && s.first_letter_upper && s.upper >= 2 && s.upper >= s.lower && s.letters == s.piece &&
        s.letters >= 3 && s.letters <= 7 && !s.dotted) {
        bool ascii = true;
        for (char ch : raw) ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
        if (ascii) {
            w.mixed_acronym = true;
            for (char ch : raw) w.capitals.push_back(ch >= 'A' && ch <= 'Z');
        }
    }
    if (s.dotted || s.middle_dot) {
        std::string undotted;
        for (std::size_t k = 0; k < raw.size(); ++k) {
            if (s.dotted && raw[k] == '.') continue;
            if (s.middle_dot && raw.compare(k, 2, "\u00B7") == 0) {
                ++k;
                continue;
            }
            undotted += raw[k];
        }
        fold_into(undotted, w.key);
    } else {
        fold_into(raw, w.key);
    }
}

// What lies between two words: whether a sentence ends there, and what joins or separates them.
struct Gap {
    bool pending_start = true, clean = true, hyphen = false;
    int commas = 0, other_marks = 0;
};

// Takes the character `c`, no word character, at byte `i` (`next` after it) into the gap.
void read_gap(Gap& g, char32_t c, std::string_view text, std::size_t i, std::size_t next,
              const std::vector<Word>& out) {
    if (ends_sentence(c)) g.pending_start = true;
    // A hyphen joins the parts of a compound name ("Kidawa-Błońska"), tokenised or not.
    // So does the apostrophe of an elided article or preposition: "Côte d'Ivoire", "Banca d'Italia".
    const bool elision = (c == '\'' || c == 0x2019) && !out.empty() && out.back().end == i &&
                         out.back().end - out.back().begin <= 4 && !out.back().capitalised && out.back().has_letter &&
                         is_letter_cp(peek(text, next));
    const bool space = is_space_cp(c);
    if (!space && !is_hyphen(c) && !elision) g.clean = false;
    if (c == ',') ++g.commas;
    else if (!space) ++g.other_marks;
    if (is_hyphen(c)) g.hyphen = true;
}

}  // namespace

std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> out;
    out.reserve(text.size() / 5 + 1);
    Gap gap;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t next = i;
        const char32_t c = next_cp(text, next);
        if (!is_word_char(c)) {
            read_gap(gap, c, text, i, next, out);
            i = next;
            continue;
        }
        const bool first = out.empty();
        Word& w = out.emplace_back();  // built in place
        w.begin = i;
        w.sentence_start = gap.pending_start;
        w.joined = gap.clean && !first;
        w.hyphenated = w.joined && gap.hyphen;
        w.after_comma = !first && gap.commas == 1 && gap.other_marks == 0;
        Shape shape;
        const std::size_t j = scan_word(text, i, shape);
        describe(w, text, i, j, shape);
        gap = Gap{false, true, false, 0, 0};
        i = j;
    }
    return out;
}

}  // namespace verity::rules
