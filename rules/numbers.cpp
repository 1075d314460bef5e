#include "rules/numbers.hpp"

#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include <fmt/format.h>
#include <unicode/dcfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "rules/unicode.hpp"

namespace verity::rules {
namespace {

struct Convention {
    std::u32string grouping;  // every character accepted as a group separator
    char32_t decimal = '.';
    bool space_grouping = false;  // a plain space may separate groups ("1 500")
};

bool is_space_like(char32_t c) { return c == 0x20 || c == 0xA0 || c == 0x202F || c == 0x2009; }

// The language's own convention from ICU's locale data, cached: building symbols is not cheap.
Convention locale_convention(std::string_view language) {
    static std::mutex mutex;
    static std::map<std::string, Convention, std::less<>> cache;
    const std::string lang = primary_language(language);
    std::lock_guard lock(mutex);
    if (auto it = cache.find(lang); it != cache.end()) return it->second;
    Convention conv;
    UErrorCode status = U_ZERO_ERROR;
    icu::DecimalFormatSymbols symbols(icu::Locale(lang.empty() ? "en" : lang.c_str()), status);
    if (U_SUCCESS(status)) {
        const auto dec = symbols.getSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol);
        const auto grp = symbols.getSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol);
        if (dec.length() > 0) conv.decimal = static_cast<char32_t>(dec.char32At(0));
        if (grp.length() > 0) {
            const auto g = static_cast<char32_t>(grp.char32At(0));
            conv.grouping.push_back(g);
            if (is_space_like(g)) {
                conv.grouping += U"\u00A0\u202F\u2009 ";
                conv.space_grouping = true;
            }
            if (g == 0x2019) conv.grouping.push_back('\'');
        }
    }
    return cache.emplace(lang, conv).first->second;
}

const Convention& point_convention() {
    static const Convention c{U",'\u2009\u202F\u00A0", '.', false};
    return c;
}
const Convention& comma_convention() {
    static const Convention c{U".\u00A0\u202F\u2009 '\u2019", ',', true};
    return c;
}

bool is_separator(char32_t c) {
    return c == '.' || c == ',' || c == '\'' || c == 0x2019 || is_space_like(c);
}

struct Group {
    std::string digits;     // ASCII digits
    char32_t separator = 0; // separator before this group, 0 for the first
};

std::optional<double> read(const std::vector<Group>& groups, const Convention& conv) {
    std::size_t decimal_at = groups.size();  // index of the group after the decimal separator
    for (std::size_t i = 1; i < groups.size(); ++i)
        if (groups[i].separator == conv.decimal) {
            if (decimal_at != groups.size()) return std::nullopt;  // two decimal separators
            decimal_at = i;
        }
    if (decimal_at != groups.size() && decimal_at != groups.size() - 1) return std::nullopt;
    // Every separator before the decimal one must be grouping, with groups of exactly three digits.
    for (std::size_t i = 1; i < decimal_at; ++i) {
        if (conv.grouping.find(groups[i].separator) == std::u32string::npos) return std::nullopt;
        if (groups[i].digits.size() != 3) return std::nullopt;
    }
    if (decimal_at > 1 && groups[0].digits.size() > 3) return std::nullopt;
    std::string canonical;
    for (std::size_t i = 0; i < decimal_at; ++i) canonical += groups[i].digits;
    if (decimal_at < groups.size()) canonical += "." + groups[decimal_at].digits;
    return std::strtod(canonical.c_str(), nullptr);
}

struct Reader {
    std::string_view text;
    std::size_t pos = 0;
    // Next code point without consuming; -1 at the end.
    UChar32 peek(std::size_t at, std::size_t* next = nullptr) const {
        if (at >= text.size()) return -1;
        auto i = static_cast<int32_t>(at);
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
        if (next) *next = static_cast<std::size_t>(i);
        return c;
    }
};

bool is_digit(UChar32 c) { return c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(c) != 0; }

bool starts_with_folded(std::string_view text, std::size_t at, const std::string& phrase) {
    if (at + phrase.size() > text.size()) return false;
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        char a = text[at + i], b = phrase[i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
        if (a != b) return false;
    }
    const std::size_t after = at + phrase.size();
    Reader r{text};
    const UChar32 c = r.peek(after);
    return c < 0 || !(u_isalnum(c));
}

}  // namespace

std::vector<NumberToken> extract_numbers(std::string_view text, std::string_view language,
                                         const std::vector<std::string>& percent_words) {
    const Convention own = locale_convention(language);
    std::vector<NumberToken> out;
    Reader r{text};
    std::size_t i = 0;
    while (i < text.size()) {
        if (static_cast<unsigned char>(text[i]) < 0x80 && !(text[i] >= '0' && text[i] <= '9')) {
            ++i;  // ASCII fast path: most of any text is not digits
            continue;
        }
        std::size_t next = 0;
        const UChar32 c = r.peek(i, &next);
        if (!is_digit(c)) {
            i = next;
            continue;
        }
        // A run of digit groups joined by separators that are followed by a digit.
        NumberToken token;
        token.begin = i;
        std::vector<Group> groups(1);
        std::size_t j = i;
        for (;;) {
            std::size_t after = 0;
            const UChar32 d = r.peek(j, &after);
            if (is_digit(d)) {
                groups.back().digits.push_back(static_cast<char>('0' + u_charDigitValue(d)));
                j = after;
                continue;
            }
            if (d < 0 || !is_separator(static_cast<char32_t>(d))) break;
            std::size_t after_sep = 0;
            if (!is_digit(r.peek(after, &after_sep))) break;
            if (is_space_like(static_cast<char32_t>(d))) {
                // A space joins groups only where the language groups with spaces and the next group
                // is exactly three digits: "1 500" in French, never "in 2022 100 people".
                if (!own.space_grouping) break;
                if (groups.size() == 1 && groups.front().digits.size() > 3) break;
                std::size_t k = after, count = 0, end_k = 0;
                while (is_digit(r.peek(k, &end_k)) && count < 4) {
                    ++count;
                    k = end_k;
                }
                if (count != 3) break;
            }
            groups.push_back({"", static_cast<char32_t>(d)});
            j = after;
        }
        token.end = j;
        for (const auto& g : groups) {
            if (g.separator) token.literal += g.separator < 0x80 ? static_cast<char>(g.separator) : ' ';
            token.literal += g.digits;
        }
        for (const Convention* conv : {&own, &point_convention(), &comma_convention()}) {
            if (auto v = read(groups, *conv)) {
                bool seen = false;
                for (double x : token.values) seen = seen || x == *v;
                if (!seen) token.values.push_back(*v);
            }
        }
        // Percent sign or word after optional spaces.
        std::size_t k = j, after = 0;
        UChar32 e = r.peek(k, &after);
        while (e >= 0 && is_space_like(static_cast<char32_t>(e))) {
            k = after;
            e = r.peek(k, &after);
        }
        if (e == '%' || e == 0x066A || e == 0xFF05) token.percent = true;
        for (const auto& w : percent_words)
            if (!token.percent && starts_with_folded(text, k, w)) token.percent = true;
        out.push_back(std::move(token));
        i = j;
    }
    return out;
}

bool same_number(const NumberToken& a, const NumberToken& b) {
    for (double x : a.values)
        for (double y : b.values)
            if (std::fabs(x - y) <= 1e-9 * std::max(1.0, std::fabs(x))) return true;
    return a.values.empty() && b.values.empty() && a.literal == b.literal;
}

std::string describe_number(const NumberToken& token) {
    std::string s = token.values.empty() ? token.literal : fmt::format("{}", token.values.front());
    if (token.percent) s += "%";
    return s;
}

}  // namespace verity::rules
