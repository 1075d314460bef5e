// Numbers in digits: groups joined by separators, read under the language's convention and the two
// common ones, with what the text around them says (a fraction, a time of day, a decade, an ordinal).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>

#include <unicode/dcfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "rules/numbers/digits.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules {
namespace {

using Convention = DigitConvention;

bool is_space_like(char32_t c) { return c == 0x20 || c == 0xA0 || c == 0x202F || c == 0x2009; }

const Convention& point_convention() {
    static const Convention c{U",'\u2009\u202F\u00A0 ", '.', true};
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

// The ASCII letters glued after a number, lower-cased: "s" of "1980s", "nd" of "2nd"; empty when more
// than two or followed by anything but a letter boundary.
std::string letters_after(std::string_view text, std::size_t at) {
    std::string out;
    while (at < text.size() && std::isalpha(static_cast<unsigned char>(text[at])) && out.size() < 3)
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[at++]))));
    if (out.size() > 2 || (at < text.size() && static_cast<unsigned char>(text[at]) >= 0x80)) return {};
    return out;
}

bool is_hyphen_byte(std::string_view text, std::size_t at) { return at < text.size() && text[at] == '-'; }

bool listed(const std::vector<std::string>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

// A marker of a time after noon right after a number, attached or after spaces, its dots left out
// and lower-cased: "pm", "p.m.", "PM" for `afternoon` ["pm"].
bool followed_by_afternoon(std::string_view text, std::size_t at, const std::vector<std::string>& afternoon) {
    while (at < text.size() && text[at] == ' ') ++at;
    std::string letters;
    std::size_t k = at;
    while (k < text.size() && letters.size() < 3 &&
           (std::isalpha(static_cast<unsigned char>(text[k])) || text[k] == '.')) {
        if (text[k] != '.') letters.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[k]))));
        ++k;
    }
    if (!listed(afternoon, letters)) return false;
    return k >= text.size() || !std::isalnum(static_cast<unsigned char>(text[k]));
}

// The digit groups of one number and the byte after them.
struct DigitRun {
    std::vector<Group> groups;
    std::size_t end = 0;
};

// A run of digit groups from byte `begin`, joined by separators that are followed by a digit.
DigitRun read_groups(const Reader& r, std::size_t begin) {
    DigitRun run{std::vector<Group>(1), begin};
    std::vector<Group>& groups = run.groups;
    std::size_t& j = run.end;
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
            // A space joins groups in any language ("50 000" is written in German and English text
            // too) where the groups fit: at most three digits before, exactly three after, so never
            // "in 2022 100 people" or "in 2007 20 people".
            if (groups.size() == 1 && groups.front().digits.size() > 3) break;
            if (groups.size() > 1 && groups.back().separator != static_cast<char32_t>(d) &&
                !(is_space_like(groups.back().separator) && is_space_like(static_cast<char32_t>(d))))
                break;
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
    return run;
}

// A fraction, "1/2", "3/4": one value. Not a date ("07/08/2022" has three parts). Sets the token's value
// and literal and moves the run's end past the denominator.
bool read_fraction(const Reader& r, DigitRun& run, NumberToken& token) {
    const auto& groups = run.groups;
    if (groups.size() != 1 || groups[0].digits.size() > 2 || r.peek(run.end) != '/') return false;
    std::size_t k = run.end + 1, e = 0;
    std::string denominator;
    while (denominator.size() < 3 && is_digit(r.peek(k, &e))) {
        denominator.push_back(static_cast<char>('0' + u_charDigitValue(r.peek(k))));
        k = e;
    }
    if (denominator.empty() || denominator.size() > 2 || r.peek(k) == '/' || std::stoi(denominator) <= 0) return false;
    token.values.push_back(std::stod(groups[0].digits) / std::stod(denominator));
    token.literal = groups[0].digits + "/" + denominator;
    run.end = k;
    return true;
}

// The token's literal (digits with their separators) and its readings under the language's own
// convention and the two common ones, each value once.
void read_values(const std::vector<Group>& groups, const Convention& own, NumberToken& token) {
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
}

// A time of day, "18:05" or "6:30": the hour also reads with its minutes as hundredths, so it equals
// "18.05" as other languages write it, and the minutes alone are no count. Two numbers still, as
// "22:20" may be a score. Never "2:03:59" (a duration). Returns the byte after the minutes (the run's
// end when there are none) and sets `minutes_at` to where they begin.
std::size_t read_time(const Reader& r, const DigitRun& run, NumberToken& token, std::size_t& minutes_at) {
    const auto& groups = run.groups;
    const std::size_t j = run.end;
    if (groups.size() != 1 || groups[0].digits.size() > 2) return j;
    // The minutes after ":" or, as French writes the time, after "h" ("12 h 00", "9h30").
    std::size_t sep = j;
    if (r.peek(j) != ':') {
        if (r.peek(sep) == ' ') ++sep;
        if (r.peek(sep) != 'h') return j;
        if (r.peek(sep + 1) == ' ') ++sep;
    }
    std::size_t e1 = 0, e2 = 0;
    const UChar32 a = r.peek(sep + 1, &e1);
    const UChar32 b = is_digit(a) ? r.peek(e1, &e2) : -1;
    if (!(is_digit(a) && is_digit(b) && !is_digit(r.peek(e2)) && !(r.peek(e2) == ':' && is_digit(r.peek(e2 + 1))) &&
          u_charDigitValue(a) <= 5 && std::stoi(groups[0].digits) <= 24))
        return j;
    const std::string minutes{static_cast<char>('0' + u_charDigitValue(a)),
                              static_cast<char>('0' + u_charDigitValue(b))};
    token.values.push_back(std::strtod((groups[0].digits + "." + minutes).c_str(), nullptr));
    minutes_at = sep + 1;
    token.clock = true;
    return e2;
}

// What the text right around the number says of it: a time after noon, a decade, a rank, a percentage,
// a compound word or a name it is part of.
void read_surroundings(const Reader& r, const DigitRun& run, std::size_t after_time, const NumberLexicon& lexicon,
                       NumberToken& token) {
    const std::string_view text = r.text;
    const std::size_t i = token.begin, j = run.end;
    // "5.30pm", "7 p.m.", "6:30 PM": the hour also reads on a 24-hour clock, as most languages write it.
    if (!token.values.empty() && token.values.front() >= 1 && token.values.front() < 12 &&
        followed_by_afternoon(text, after_time, lexicon.afternoon)) {
        for (std::size_t v = 0, n = token.values.size(); v < n; ++v) token.values.push_back(token.values[v] + 12);
        token.afternoon = token.clock = true;
    }
    // A decade: "1980s" is also "80s", as a list of decades shortens it ("the 1970s and 80s"); "1980's"
    // with an apostrophe before a one-letter suffix, or "1980 's" as a tokenizer splits it.
    const std::string suffix = letters_after(text, j);
    const bool decade = listed(lexicon.decade_suffixes, suffix);
    const std::size_t quote = j + 1 < text.size() && text[j] == ' ' && text[j + 1] == '\'' ? j + 1 : j;
    if ((decade || (suffix.empty() && quote + 2 < text.size() && text[quote] == '\'' &&
                    listed(lexicon.decade_suffixes, text.substr(quote + 1, 1)) &&
                    !std::isalpha(static_cast<unsigned char>(text[quote + 2])))) &&
        !token.values.empty() && token.values.front() >= 1000 && std::fmod(token.values.front(), 10) == 0)
        token.values.push_back(std::fmod(token.values.front(), 100));
    // "2nd", "9th": a rank, as often written in words on the other side ("second").
    token.ordinal = listed(lexicon.ordinal_suffixes, suffix);
    token.percent = followed_by_percent(text, j, lexicon.percent);
    // Glued to a word by a hyphen, the number is part of a compound adjective or noun ("100-prozentig",
    // "7-tägigen", "a 10-year-old"), often a rephrasing of a word on the other side.
    token.compound =
        j + 1 < text.size() && is_hyphen_byte(text, j) && std::isalpha(static_cast<unsigned char>(text[j + 1]));
    // Glued to letters on either side: "COVID-19", "4x4", "MP3"; a unit ("63cm") or a suffix ("2nd",
    // "1980s") after it is no name.
    token.in_name = (i >= 1 && std::isalpha(static_cast<unsigned char>(text[i - 1]))) ||
                    (i >= 2 && text[i - 1] == '-' && std::isalpha(static_cast<unsigned char>(text[i - 2]))) ||
                    (suffix.size() == 1 && !decade && j + 1 < text.size() && is_digit(r.peek(j + 1)));
    // "11. Schuljahr", "im 19. Jahrhundert": a number of one or two digits with a stop and a word after it is
    // an ordinal in most European languages.
    const auto& groups = run.groups;
    token.ordinal = token.ordinal ||
                    (groups.size() == 1 && groups[0].digits.size() <= 2 && j + 2 < text.size() && text[j] == '.' &&
                     text[j + 1] == ' ' && std::isalpha(static_cast<unsigned char>(text[j + 2])));
}

// A year range that writes its end with two digits ("2027/28", "2025–26", "1998-99") also reads the end as
// the full year, as another text writes the same range ("2027-2028", "2025/2026").
void read_year_ranges(std::string_view text, std::vector<NumberToken>& tokens) {
    for (std::size_t k = 1; k < tokens.size(); ++k) {
        const NumberToken& from = tokens[k - 1];
        NumberToken& to = tokens[k];
        if (from.values.empty() || to.values.empty() || from.end - from.begin != 4 || to.end - to.begin != 2) continue;
        const double year = from.values.front(), end = to.values.front();
        if (year < 1000 || year > 2199 || std::fmod(year, 1) != 0 || end >= 100 || std::fmod(end, 1) != 0) continue;
        const std::string_view between = text.substr(from.end, to.begin - from.end);
        if (between != "/" && between != "-" && between != "\u2013" && between != "\u2014") continue;
        double full = year - std::fmod(year, 100) + end;
        if (full <= year) full += 100;
        if (full - year <= 10) to.values.push_back(full);
    }
}

// A minus sign right before byte `at` ("-18", "−18 °C") and no letter or digit before it: "COVID-19" and
// "10-20" have none.
bool after_minus(std::string_view text, std::size_t at) {
    std::size_t sign = 0;
    if (at >= 1 && text[at - 1] == '-')
        sign = at - 1;
    else if (at >= 3 && text.compare(at - 3, 3, "\u2212") == 0)
        sign = at - 3;
    else
        return false;
    if (sign == 0) return true;
    const auto before = static_cast<unsigned char>(text[sign - 1]);
    return before == ' ' || before == '(' || before == '[' || before == '/' || before == '\t' || before == '\n';
}

// A telephone number: after a "+" and its country code, "00" and its country code, or a trunk "0", groups of
// digits joined by spaces, hyphens, slashes, dots or brackets ("+44 345 600 2781", "0345 600 2781",
// "05162/944-310", "+49 (0)7463 88 15-0", "01 23 45 67 89"). Its value is the national number (the digits
// after the country code, without the trunk zero), so a number written for readers at home and the same
// number written for readers abroad read alike. Returns the byte after it, or 0 when the digits at `at`
// are no telephone number: two groups or more and 7 to 13 digits of national number, never the
// two short groups of a date ("01/02/2024", "08.05.2025").
std::size_t read_phone(const Reader& r, std::size_t at, NumberToken& token) {
    const std::string_view text = r.text;
    const bool plus = at > 0 && text[at - 1] == '+';
    if (!plus && text[at] != '0') return 0;
    std::vector<std::string> groups(1);
    std::size_t j = at, end = at;
    for (;;) {
        while (j < text.size() && text[j] >= '0' && text[j] <= '9') groups.back().push_back(text[j++]);
        end = j;
        // A separator: at most three of " -/.()", one dot at most, and a digit after it. "(0)" after a
        // country code is the trunk zero some write: left out.
        std::size_t k = j;
        int dots = 0;
        while (k < text.size() && k - j < 3 && std::string_view(" -/.()").find(text[k]) != std::string_view::npos) {
            if (text[k] == '.') ++dots;
            if (text.compare(k, 3, "(0)") == 0 && groups.size() == 1 && plus) k += 2;
            ++k;
        }
        if (k == j || dots > 1 || k >= text.size() || text[k] < '0' || text[k] > '9') break;
        groups.emplace_back();
        j = k;
    }
    if (groups.size() < 2) return 0;
    std::string national;
    std::size_t first = 0;
    int country = 0;
    if (plus || groups.front().starts_with("00")) {
        std::string code = plus ? groups.front() : groups.front().substr(2);
        first = 1;
        if (code.empty() && groups.size() > 2) code = groups[first++];  // "00 49 …"
        if (code.empty() || code.size() > 3 || groups.size() - first < 1) return 0;
        country = std::stoi(code);
    } else if (groups.size() <= 3 && groups[0].size() <= 2 && groups[1].size() <= 2) {
        return 0;
    }
    for (std::size_t g = first; g < groups.size(); ++g) national += groups[g];
    const std::size_t zeros = national.find_first_not_of('0');
    if (zeros == std::string::npos) return 0;
    national.erase(0, zeros);
    if (national.size() < 7 || national.size() > 13) return 0;
    token.begin = plus ? at - 1 : at;
    token.end = end;
    token.literal = std::string(text.substr(token.begin, end - token.begin));  // as written, for the report
    token.values.push_back(std::strtod(national.c_str(), nullptr));
    token.phone = true;
    token.dialling_code = country;
    return end;
}

// The start of a range of hours that names "pm" once, at its end ("from 3 to 6 pm", "3.30-7 pm", "between
// 2 and 4 p.m."): an earlier hour of the same afternoon, so it reads on a 24-hour clock too. The gap is a
// dash or one short word; an hour with its own "am" leaves a longer gap ("9 am to 5 pm").
void read_afternoon_ranges(std::string_view text, std::vector<NumberToken>& tokens) {
    for (std::size_t k = 1; k < tokens.size(); ++k) {
        const NumberToken& to = tokens[k];
        if (!to.afternoon || to.values.empty()) continue;
        std::size_t from = k - 1;
        if (tokens[from].minutes && from > 0) --from;  // the minutes of "3:30" follow their hour
        NumberToken& hour = tokens[from];
        if (hour.afternoon || hour.minutes || hour.values.empty() || hour.phone) continue;
        const double h = hour.values.front();
        if (h < 1 || h >= 12 || h >= to.values.front()) continue;
        std::string_view gap = text.substr(tokens[k - 1].end, to.begin - tokens[k - 1].end);
        while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
        while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
        const bool dash = gap == "-" || gap == "\u2013" || gap == "\u2014";
        const bool word = !gap.empty() && gap.size() <= 6 &&
                          std::all_of(gap.begin(), gap.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80); });
        if (!dash && !word) continue;
        for (std::size_t v = 0, n = hour.values.size(); v < n; ++v) hour.values.push_back(hour.values[v] + 12);
        hour.afternoon = hour.clock = true;
    }
}

}  // namespace

DigitConvention locale_convention(std::string_view language) {
    const std::string lang = text::primary_language(language);
    DigitConvention conv;
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
    return conv;
}

bool followed_by_percent(std::string_view text, std::size_t at, const std::vector<std::string>& percent_words) {
    Reader r{text};
    std::size_t k = at, after = 0;
    UChar32 e = r.peek(k, &after);
    while (e >= 0 && is_space_like(static_cast<char32_t>(e))) {
        k = after;
        e = r.peek(k, &after);
    }
    if (e == '%' || e == 0x066A || e == 0xFF05) return true;
    for (const auto& w : percent_words)
        if (starts_with_folded(text, k, w)) return true;
    return false;
}

// "$4.5m", "€50k": a currency sign right before the digits.
bool after_currency_sign(std::string_view text, std::size_t at) {
    if (at == 0) return false;
    auto i = static_cast<int32_t>(at);
    UChar32 c;
    U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
    return c >= 0 && u_charType(c) == U_CURRENCY_SYMBOL;
}

// Every number in digits: read under the lexicon's convention and the two common ones (point and comma
// decimals), with its words and suffixes around digits (percent, rank, decade, afternoon).
std::vector<NumberToken> extract_digit_numbers(std::string_view text, const NumberLexicon& lexicon) {
    std::vector<NumberToken> out;
    Reader r{text};
    std::size_t i = 0, minutes_at = std::string_view::npos;
    while (i < text.size()) {
        if (static_cast<unsigned char>(text[i]) < 0x80 && !(text[i] >= '0' && text[i] <= '9')) {
            ++i;  // ASCII fast path: most of any text is not digits
            continue;
        }
        std::size_t next = 0;
        if (!is_digit(r.peek(i, &next))) {
            i = next;
            continue;
        }
        NumberToken token;
        if (const std::size_t phone_end = read_phone(r, i, token)) {
            out.push_back(std::move(token));
            i = phone_end;
            continue;
        }
        token.begin = i;
        DigitRun run = read_groups(r, i);
        token.fraction = read_fraction(r, run, token);
        token.end = run.end;
        if (!token.fraction) read_values(run.groups, lexicon.digits, token);
        const std::size_t after_time = read_time(r, run, token, minutes_at);
        if (i == minutes_at) token.minutes = true;
        read_surroundings(r, run, after_time, lexicon, token);
        token.minus = after_minus(text, i);
        out.push_back(std::move(token));
        i = run.end;
    }
    read_year_ranges(text, out);
    read_afternoon_ranges(text, out);
    return out;
}

}  // namespace verity::rules
