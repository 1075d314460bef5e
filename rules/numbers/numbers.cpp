#include "rules/numbers/numbers.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <tuple>

#include <fmt/format.h>
#include <unicode/dcfmtsym.h>
#include <unicode/rbnf.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "rules/entities/entities.hpp"
#include "rules/engine/packs.hpp"
#include "xliff/text/unicode.hpp"

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

// The ASCII letters glued after a number, lower-cased: "s" of "1980s", "nd" of "2nd"; empty when more
// than two or followed by anything but a letter boundary.
std::string letters_after(std::string_view text, std::size_t at) {
    std::string out;
    while (at < text.size() && std::isalpha(static_cast<unsigned char>(text[at])) && out.size() < 3)
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[at++]))));
    if (out.size() > 2 || (at < text.size() && static_cast<unsigned char>(text[at]) >= 0x80)) return {};
    return out;
}

// "$4.5m", "€50k": a currency sign right before the digits.
bool after_currency_sign(std::string_view text, std::size_t at) {
    if (at == 0) return false;
    auto i = static_cast<int32_t>(at);
    UChar32 c;
    U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
    return c >= 0 && u_charType(c) == U_CURRENCY_SYMBOL;
}

bool is_hyphen_byte(std::string_view text, std::size_t at) { return at < text.size() && text[at] == '-'; }

// "pm", "p.m.", "PM" right after a number, attached or after spaces.
bool followed_by_pm(std::string_view text, std::size_t at) {
    while (at < text.size() && text[at] == ' ') ++at;
    std::string letters;
    std::size_t k = at;
    while (k < text.size() && letters.size() < 3 && (std::isalpha(static_cast<unsigned char>(text[k])) || text[k] == '.')) {
        if (text[k] != '.') letters.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[k]))));
        ++k;
    }
    if (letters != "pm") return false;
    return k >= text.size() || !std::isalnum(static_cast<unsigned char>(text[k]));
}

std::vector<NumberToken> digit_numbers(std::string_view text, std::string_view language,
                                       const std::vector<std::string>& percent_words) {
    const Convention own = locale_convention(language);
    std::vector<NumberToken> out;
    Reader r{text};
    std::size_t i = 0, minutes_at = std::string_view::npos;
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
        // A fraction, "1/2", "3/4": one value. Not a date ("07/08/2022" has three parts).
        bool fraction = false;
        if (groups.size() == 1 && groups[0].digits.size() <= 2 && r.peek(j) == '/') {
            std::size_t k = j + 1, e = 0;
            std::string denominator;
            while (denominator.size() < 3 && is_digit(r.peek(k, &e))) {
                denominator.push_back(static_cast<char>('0' + u_charDigitValue(r.peek(k))));
                k = e;
            }
            if (!denominator.empty() && denominator.size() <= 2 && r.peek(k) != '/' && std::stoi(denominator) > 0) {
                fraction = true;
                token.values.push_back(std::stod(groups[0].digits) / std::stod(denominator));
                token.literal = groups[0].digits + "/" + denominator;
                j = k;
            }
        }
        token.end = j;
        for (const auto& g : groups) {
            if (fraction) break;
            if (g.separator) token.literal += g.separator < 0x80 ? static_cast<char>(g.separator) : ' ';
            token.literal += g.digits;
        }
        for (const Convention* conv : {&own, &point_convention(), &comma_convention()}) {
            if (fraction) break;
            if (auto v = read(groups, *conv)) {
                bool seen = false;
                for (double x : token.values) seen = seen || x == *v;
                if (!seen) token.values.push_back(*v);
            }
        }
        // A time of day, "18:05" or "6:30": the hour also reads with its minutes as hundredths, so it equals
        // "18.05" as other languages write it, and the minutes alone are no count. Two numbers still, as
        // "22:20" may be a score. Never "2:03:59" (a duration).
        std::size_t after_time = j;
        if (groups.size() == 1 && groups[0].digits.size() <= 2 && r.peek(j) == ':') {
            std::size_t e1 = 0, e2 = 0;
            const UChar32 a = r.peek(j + 1, &e1);
            const UChar32 b = is_digit(a) ? r.peek(e1, &e2) : -1;
            if (is_digit(a) && is_digit(b) && !is_digit(r.peek(e2)) && !(r.peek(e2) == ':' && is_digit(r.peek(e2 + 1))) &&
                u_charDigitValue(a) <= 5 && std::stoi(groups[0].digits) <= 24) {
                const std::string minutes{static_cast<char>('0' + u_charDigitValue(a)), static_cast<char>('0' + u_charDigitValue(b))};
                token.values.push_back(std::strtod((groups[0].digits + "." + minutes).c_str(), nullptr));
                minutes_at = j + 1;
                after_time = e2;
            }
        }
        if (i == minutes_at) token.minutes = true;
        // "5.30pm", "7 p.m.", "6:30 PM": the hour also reads on a 24-hour clock, as most languages write it.
        if (!token.values.empty() && token.values.front() >= 1 && token.values.front() < 12 &&
            followed_by_pm(text, after_time)) {
            for (std::size_t v = 0, n = token.values.size(); v < n; ++v) token.values.push_back(token.values[v] + 12);
        }
        // A decade: "1980s" is also "80s", as a list of decades shortens it ("the 1970s and 80s").
        const std::string suffix = letters_after(text, j);
        if ((suffix == "s" || (suffix.empty() && j + 2 < text.size() && text[j] == '\'' && text[j + 1] == 's')) &&
            !token.values.empty() && token.values.front() >= 1000 && std::fmod(token.values.front(), 10) == 0)
            token.values.push_back(std::fmod(token.values.front(), 100));
        // "2nd", "9th": a rank, as often written in words on the other side ("second").
        token.ordinal = suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
        token.percent = followed_by_percent(text, j, percent_words);
        // Glued to a word by a hyphen, the number is part of a compound adjective or noun ("100-prozentig",
        // "7-tägigen", "a 10-year-old"), often a rephrasing of a word on the other side.
        token.fraction = fraction;
        token.compound = j + 1 < text.size() && is_hyphen_byte(text, j) && std::isalpha(static_cast<unsigned char>(text[j + 1]));
        // Glued to letters on either side: "COVID-19", "4x4", "MP3"; a unit ("63cm") or a suffix ("2nd",
        // "1980s") after it is no name.
        token.in_name = (i >= 1 && std::isalpha(static_cast<unsigned char>(text[i - 1]))) ||
                        (i >= 2 && text[i - 1] == '-' && std::isalpha(static_cast<unsigned char>(text[i - 2]))) ||
                        (suffix.size() == 1 && suffix != "s" && j + 1 < text.size() && is_digit(r.peek(j + 1)));
        // "11. Schuljahr", "im 19. Jahrhundert": a number of one or two digits with a stop and a word after it is
        // an ordinal in most European languages.
        token.ordinal = token.ordinal || (groups.size() == 1 && groups[0].digits.size() <= 2 && j + 2 < text.size() &&
                                          text[j] == '.' && text[j + 1] == ' ' && std::isalpha(static_cast<unsigned char>(text[j + 2])));
        out.push_back(std::move(token));
        i = j;
    }
    return out;
}

// ---- Numbers in words -------------------------------------------------------------------------------------

void add_phrase(NumberPhrases& table, const std::string& written, double value) {
    std::vector<std::string> keys;
    for (const auto& w : split_words(written))
        if (w.has_letter) keys.push_back(w.key);
    if (keys.empty()) return;
    std::string joined;
    for (const auto& k : keys) joined += (joined.empty() ? "" : " ") + k;
    table.values.emplace(joined, value);
    table.heads.insert(keys.front());
    table.longest = std::max(table.longest, keys.size());
}

// A pack value: "250", "1.5", or a fraction "3/4".
double pack_value(std::string_view written) {
    const std::string s(written);
    if (const auto slash = s.find('/'); slash != std::string::npos) {
        const double denominator = std::strtod(s.c_str() + slash + 1, nullptr);
        return denominator == 0 ? 0 : std::strtod(s.c_str(), nullptr) / denominator;
    }
    return std::strtod(s.c_str(), nullptr);
}

void add_icu_words(NumberLexicon& lex, std::string_view language) {
    UErrorCode status = U_ZERO_ERROR;
    const std::string lang = primary_language(language);
    icu::RuleBasedNumberFormat rbnf(icu::URBNF_SPELLOUT, icu::Locale(lang.empty() ? "en" : lang.c_str()), status);
    if (U_FAILURE(status)) return;
    for (int32_t i = 0; i < rbnf.getNumberOfRuleSetNames(); ++i) {
        const icu::UnicodeString name = rbnf.getRuleSetName(i);
        std::string n;
        name.toUTF8String(n);
        // Years ("nineteen eighty") and verbose forms read like cardinals already covered.
        if (n.find("year") != std::string::npos || n.find("verbose") != std::string::npos) continue;
        const bool ordinal = n.find("ordinal") != std::string::npos;
        auto spell = [&](int32_t v) {
            icu::UnicodeString out;
            icu::FieldPosition pos;
            UErrorCode st = U_ZERO_ERROR;
            rbnf.format(v, name, out, pos, st);
            std::string utf8;
            if (U_SUCCESS(st)) out.toUTF8String(utf8);
            return utf8;
        };
        // "One" is also an article or a pronoun ("un", "ein", "one of them"), "first" and "second" are
        // ordinary words: they count only inside a longer number ("twenty-one").
        for (int32_t v = ordinal ? 3 : 0; v <= 100; ++v)
            if (v != 1) add_phrase(lex.phrases, spell(v), v);
        if (ordinal) continue;
        for (int32_t v = 200; v <= 900; v += 100) add_phrase(lex.phrases, spell(v), v);
        for (int32_t v : {100, 1000, 1000000, 1000000000})
            for (int32_t times : {1, 2}) {
                if (static_cast<double>(v) * times > 2147483647.0) continue;
                const auto words = split_words(spell(v * times));
                if (!words.empty() && words.back().has_letter) lex.scales.emplace(words.back().key, v);
            }
    }
}

std::size_t pack_signature(const LanguagePack* p) {
    if (!p) return 0;
    return p->list("numbers.percent").size() * 1000003 + p->group_list("numbers.words").size() * 1009 +
           p->list("numbers.ambiguous").size();
}

}  // namespace

const NumberLexicon& number_lexicon(const LanguagePack* pack, std::string_view language) {
    struct Entry {
        const LanguagePack* pack;
        std::size_t signature;
        std::string language;
        std::unique_ptr<NumberLexicon> lexicon;
    };
    // Spelling out a few hundred numbers takes ICU a few milliseconds: once per thread and language.
    thread_local std::vector<Entry> cache;
    const std::size_t sig = pack_signature(pack);
    for (const auto& e : cache)
        if (e.pack == pack && e.signature == sig && e.language == language) return *e.lexicon;
    auto lex = std::make_unique<NumberLexicon>();
    add_icu_words(*lex, language);
    if (pack) {
        lex->percent = pack->list("numbers.percent");
        for (const auto& g : pack->group_list("numbers.words")) {
            if (g.size() < 2 || g.front().empty()) continue;
            // "x12": a scale ("two dozen"); "1/4": a fraction of the scale after it; "+1/2": added to a
            // number beside a scale ("two and a half million"); "$1000": a scale glued to an amount ("$50k").
            const char kind = g.front().front();
            const bool marked = kind == 'x' || kind == '+' || kind == '$';
            const double v = pack_value(std::string_view(g.front()).substr(marked ? 1 : 0));
            const bool fraction = !marked && g.front().find('/') != std::string::npos;
            for (std::size_t i = 1; i < g.size(); ++i) {
                const auto words = split_words(g[i]);
                // A power of ten from a thousand up is a scale after a number: "5 Mio." = 5 000 000.
                if (kind == '$') {
                    if (words.size() == 1) lex->money_scales.emplace(words.front().key, v);
                } else if (kind == 'x' || (v >= 1000 && words.size() == 1 && std::fmod(std::log10(v), 1.0) == 0.0)) {
                    if (words.size() == 1) lex->scales.emplace(words.front().key, v);
                } else {
                    add_phrase(kind == '+' ? lex->additions : fraction ? lex->fractions : lex->phrases, g[i], v);
                }
            }
        }
        for (const auto& w : pack->list("numbers.ambiguous")) {
            const auto words = split_words(w);
            if (words.size() == 1) {
                lex->phrases.values.erase(words.front().key);
                lex->scales.erase(words.front().key);
            }
        }
    }
    cache.push_back({pack, sig, std::string(language), std::move(lex)});
    return *cache.back().lexicon;
}

std::vector<NumberToken> extract_numbers(std::string_view text, std::string_view language,
                                         const std::vector<std::string>& percent_words) {
    return digit_numbers(text, language, percent_words);
}

std::vector<NumberToken> extract_numbers(std::string_view text, std::string_view language,
                                         const NumberLexicon& lexicon, const std::vector<Word>* given) {
    std::vector<NumberToken> out = digit_numbers(text, language, lexicon.percent);
    std::vector<Word> own;
    if (!given) own = split_words(text);
    const std::vector<Word>& words = given ? *given : own;

    auto one_scale = [&](std::size_t w, std::size_t after_byte) -> std::pair<double, std::size_t> {
        // The scale word right after a number: "5 million", "quarante mille", "3 Mio.", "700-Milliarden-Dollar"
        if (w >= words.size() || !words[w].has_letter || words[w].begin < after_byte) return {1, 0};
        const bool hyphen = words[w].begin == after_byte + 1 && text[after_byte] == '-';
        for (std::size_t b = after_byte; b < words[w].begin && !hyphen; ++b)
            if (text[b] != ' ') return {1, 0};
        // A hyphenated word starts with the scale: "Millionen-Einwohnerstaates".
        std::string key = words[w].key;
        if (auto dash = key.find('-'); hyphen && dash != std::string::npos) key.resize(dash);
        auto it = lexicon.scales.find(key);
        if (it == lexicon.scales.end()) return {1, 0};
        std::size_t end = key.size() == words[w].key.size() ? words[w].end : words[w].begin + key.size();
        if (end < text.size() && text[end] == '.') ++end;  // "Mio."
        return {it->second, end};
    };
    // Scales multiply: "750 thousand million" is 750 000 000 000.
    auto next_scale = [&](std::size_t w, std::size_t after_byte) -> std::pair<double, std::size_t> {
        auto [factor, end] = one_scale(w, after_byte);
        if (!end) return {1, 0};
        while (w + 1 < words.size() && words[w + 1].begin >= end) {
            auto [f2, e2] = one_scale(w + 1, end);
            if (!e2 || f2 <= factor) break;
            factor *= f2;
            end = e2;
            ++w;
        }
        return {factor, end};
    };

    // A whole number and a fraction are one number: "2 1/2 million", "5 1/2".
    for (std::size_t k = 1; k < out.size(); ++k) {
        auto& whole = out[k - 1];
        const auto& part = out[k];
        if (!part.fraction || whole.fraction || whole.values.empty() || part.values.empty() ||
            part.values.front() >= 1 || std::floor(whole.values.front()) != whole.values.front() ||
            part.begin != whole.end + 1 || text[whole.end] != ' ')
            continue;
        whole.values = {whole.values.front() + part.values.front()};
        whole.literal += " " + part.literal;
        whole.end = part.end;
        whole.percent = part.percent;
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(k--));
    }
    // Scales after digits, spaced ("5 million") or attached ("103bn").
    std::size_t w = 0;
    for (auto& token : out) {
        while (w < words.size() && words[w].end <= token.end) ++w;
        if (w < words.size() && words[w].begin < token.end && words[w].end > token.end) {
            const std::string suffix = fold_key(text.substr(token.end, words[w].end - token.end));
            // "€4.5m", "$50k": a letter that is a scale only after a currency sign ("a 4.5m wall").
            const auto& scales = lexicon.scales.count(suffix) || !after_currency_sign(text, token.begin)
                                     ? lexicon.scales
                                     : lexicon.money_scales;
            if (auto it = scales.find(suffix); it != scales.end()) {
                for (double& v : token.values) v *= it->second;
                token.scale = it->second;
            }
            ++w;
            continue;
        }
        // The span stays on the digits, as reports quote them; the value takes the scale.
        if (auto [factor, end] = next_scale(w, token.end); end) {
            for (double& v : token.values) v *= factor;
            token.scale = factor;
            token.percent = token.percent || followed_by_percent(text, end, lexicon.percent);
        }
    }
    // The longest phrase of `table` from word i on, over words only spaces or a hyphen join: its value
    // and its last word.
    auto longest_phrase = [&](const NumberPhrases& table,
                              std::size_t i) -> std::optional<std::pair<double, std::size_t>> {
        if (i >= words.size() || !words[i].has_letter || !table.heads.count(words[i].key)) return std::nullopt;
        std::optional<std::pair<double, std::size_t>> best;
        std::string phrase;
        for (std::size_t k = i; k < words.size() && k - i < table.longest; ++k) {
            if (k > i && !words[k].joined) break;
            phrase += (k > i ? " " : "") + words[k].key;
            if (auto it = table.values.find(phrase); it != table.values.end()) best = {{it->second, k}};
        }
        return best;
    };
    // The first word from word `from` on that starts at or after byte `at`.
    auto word_at = [&](std::size_t from, std::size_t at) {
        while (from < words.size() && words[from].begin < at) ++from;
        return from;
    };
    // One word gluing a fraction to a scale ("Viertelmillion", "Dreiviertelmillion") or a number to an
    // addition ("zweieinhalb"): its value.
    auto glued = [&](const std::string& key) -> std::optional<double> {
        for (const auto& [part, share] : lexicon.fractions.values)
            if (key.size() > part.size() && key.starts_with(part) && part.find(' ') == std::string::npos)
                if (auto it = lexicon.scales.find(key.substr(part.size())); it != lexicon.scales.end())
                    return share * it->second;
        for (const auto& [part, added] : lexicon.additions.values)
            if (key.size() > part.size() && key.ends_with(part) && part.find(' ') == std::string::npos)
                if (auto it = lexicon.phrases.values.find(key.substr(0, key.size() - part.size()));
                    it != lexicon.phrases.values.end())
                    return it->second + added;
        return std::nullopt;
    };
    const std::size_t digit_count = out.size();
    auto add_spelled = [&](std::size_t begin, std::size_t end, double value) -> NumberToken& {
        NumberToken token;
        token.begin = begin;
        token.end = end;
        token.spelled = true;
        token.values.push_back(value);
        token.literal = fmt::format("{}", value);
        token.percent = followed_by_percent(text, end, lexicon.percent);
        out.push_back(std::move(token));
        return out.back();
    };
    // Numbers in words: the longest phrase of joined words from each head.
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!words[i].has_letter) continue;
        // A fraction of the scale word after it: "a quarter of a million", "eine halbe Million", "un
        // demi-million". Alone it is no number, nor are its words ("a third of the budget" holds no 3).
        if (auto fraction = longest_phrase(lexicon.fractions, i)) {
            const auto [share, last] = *fraction;
            const auto [factor, end] = next_scale(last + 1, words[last].end);
            if (end) {
                auto& token = add_spelled(words[i].begin, end, share * factor);
                // A third of a billion is as often written 333 or 330 million.
                const double exact = token.values.front();
                for (int digits : {4, 3, 2}) {
                    const double unit = std::pow(10.0, std::floor(std::log10(exact)) - digits + 1);
                    const double round = std::round(exact / unit) * unit;
                    if (std::find(token.values.begin(), token.values.end(), round) == token.values.end())
                        token.values.push_back(round);
                }
            }
            i = end ? word_at(last + 1, end) - 1 : last;
            continue;
        }
        double value = 0;
        std::size_t last = i;
        if (auto phrase = longest_phrase(lexicon.phrases, i)) {
            std::tie(value, last) = *phrase;
            // A lone scale word is a unit of speech, not a count: "pour cent", "hundreds of".
            if (last == i && lexicon.scales.count(words[i].key)) continue;
        } else if (auto v = words[i].key.size() > 6 ? glued(words[i].key) : std::nullopt) {
            value = *v;
        } else {
            continue;
        }
        std::size_t end = words[last].end;
        // A half after the number or after its scale, in the unit of either: "two and a half million",
        // "a million and a half", "deux millions et demi".
        auto add = [&](double unit) {
            const std::size_t next = word_at(last + 1, end);
            if (next >= words.size() || !words[next].joined) return false;
            const auto addition = longest_phrase(lexicon.additions, next);
            if (!addition) return false;
            value += addition->first * unit;
            last = addition->second;
            end = words[last].end;
            return true;
        };
        const auto own_scale = lexicon.scales.find(words[last].key);  // "a million" ends in its scale
        const double whole = value;
        const bool added = add(own_scale != lexicon.scales.end() ? own_scale->second : 1);
        bool alone = added && own_scale == lexicon.scales.end();
        if (auto [factor, scale_end] = next_scale(last + 1, end); scale_end) {
            value *= factor;
            end = scale_end;
            last = word_at(last + 1, end) - 1;
            alone = false;
            if (!added) add(factor);
        }
        auto& token = add_spelled(words[i].begin, end, value);
        // Without a scale, "las dos y media", "le due e mezzo" are as often times of day: the hour reads too.
        if (alone) token.values.push_back(whole);
        i = last;
    }
    if (out.size() != digit_count)
        std::sort(out.begin(), out.end(), [](const NumberToken& a, const NumberToken& b) { return a.begin < b.begin; });
    return out;
}

bool same_number(const NumberToken& a, const NumberToken& b) {
    for (double x : a.values)
        for (double y : b.values)
            if (std::fabs(x - y) <= 1e-9 * std::max(1.0, std::fabs(x))) return true;
    return a.values.empty() && b.values.empty() && a.literal == b.literal;
}

std::string describe_number(const NumberToken& token) {
    // The digits as the report marks them; a scale word stays beside them in the text.
    std::string s = token.values.empty() ? token.literal : fmt::format("{}", token.values.front() / token.scale);
    if (token.percent) s += "%";
    return s;
}

}  // namespace verity::rules
