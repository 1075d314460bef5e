#include "rules/dates/dates.hpp"

#include <algorithm>
#include <string>

#include <fmt/format.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include "rules/engine/context.hpp"
#include "rules/engine/packs.hpp"
#include "rules/entities/entities.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules {
namespace {

// ICU's month names of fewer bytes (folded) are not read as months: too short to tell from other words.
constexpr std::size_t kMinIcuMonthChars = 3;

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// "24", "24th", "1er", "2e", "3rd": the day of a month, 1..31 (with one of the lexicon's day suffixes
// or none); 0 otherwise.
int day_of(const Word& w, const DateLexicon& lex) {
    std::size_t n = 0;
    while (n < w.key.size() && w.key[n] >= '0' && w.key[n] <= '9') ++n;
    if (n == 0 || n > 2) return 0;
    const std::string_view suffix = std::string_view(w.key).substr(n);
    const auto& suffixes = lex.day_suffixes;
    if (!suffix.empty() && std::find(suffixes.begin(), suffixes.end(), suffix) == suffixes.end()) return 0;
    const int d = std::stoi(w.key.substr(0, n));
    return d >= 1 && d <= 31 ? d : 0;
}

int year_of(const Word& w) {
    if (w.key.size() != 4 || !all_digits(w.key)) return 0;
    const int y = std::stoi(w.key);
    return y >= 1000 && y <= 2999 ? y : 0;
}

// Only spaces, commas and a dot (German "9. September") between two words of one date.
bool close(std::string_view text, const Word& a, const Word& b) {
    if (b.begin < a.end || b.begin - a.end > 4) return false;
    for (std::size_t i = a.end; i < b.begin; ++i)
        if (text[i] != ' ' && text[i] != ',' && text[i] != '.' && static_cast<unsigned char>(text[i]) != 0xC2 &&
            static_cast<unsigned char>(text[i]) != 0xA0)
            return false;
    return true;
}


void numeric_dates(std::string_view text, const DateLexicon& lex, std::vector<DateToken>& out) {
    auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!digit(i) || (i > 0 && (digit(i - 1) || text[i - 1] == '.' || text[i - 1] == ','))) continue;
        int part[3] = {0, 0, 0};
        std::size_t len[3] = {0, 0, 0};
        std::size_t j = i;
        char sep = 0;
        bool ok = true;
        for (int p = 0; p < 3 && ok; ++p) {
            while (digit(j) && len[p] < 5) part[p] = part[p] * 10 + (text[j++] - '0'), ++len[p];
            if (len[p] == 0 || len[p] > 4) ok = false;
            if (p < 2 && ok) {
                const char s = j < text.size() ? text[j] : 0;
                if ((s != '-' && s != '.' && s != '/') || (sep && s != sep)) ok = false;
                sep = s;
                ++j;
            }
        }
        if (!ok || digit(j) || (j + 1 < text.size() && (text[j] == sep) && digit(j + 1))) continue;
        DateToken t{i, j, {}};
        auto valid = [](int d, int m) { return d >= 1 && d <= 31 && m >= 1 && m <= 12; };
        if (len[0] == 4) {
            if (valid(part[2], part[1])) t.readings.push_back({part[2], part[1], part[0]});
        } else if (len[2] == 4 || len[2] == 2) {
            if (lex.numeric_order <= 0 && valid(part[0], part[1])) t.readings.push_back({part[0], part[1], part[2]});
            if (lex.numeric_order >= 0 && valid(part[1], part[0]) && part[0] != part[1])
                t.readings.push_back({part[1], part[0], part[2]});
        }
        if (!t.readings.empty()) out.push_back(t);
        i = j;
    }
}

void add_month(DateLexicon& lex, const std::string& name, int month, std::size_t min_chars) {
    const auto words = split_words(name);
    if (words.size() != 1 || words.front().key.size() < min_chars) return;
    lex.months.emplace(words.front().key, month);
    lex.capital.emplace(words.front().key, words.front().capitalised);
}

// Without a pack for the language, ICU's month names: the full forms, standing alone and inside
// a date (Polish "lipiec" / "4 lipca", Czech "červenec" / "4. července").
void add_icu_months(DateLexicon& lex, std::string_view language) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(icu::Locale(std::string(text::primary_language(language)).c_str()), status);
    for (const auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
        if (U_FAILURE(status)) break;
        int32_t count = 0;
        const icu::UnicodeString* names = symbols.getMonths(count, context, icu::DateFormatSymbols::WIDE);
        for (int32_t m = 0; names && m < count && m < 12; ++m) {
            std::string name;
            names[m].toUTF8String(name);
            add_month(lex, name, static_cast<int>(m) + 1, kMinIcuMonthChars);
        }
    }
}

// The order of day and month in the language's numeric dates: 1 month first, -1 day first, 0 either.
// A region of the "mul" pack's [dates] month_first_regions writes the month first ("en-US"); otherwise
// the language's [dates] numeric_orders ("day-month", "month-day") say, day first when they are not given.
int numeric_order(std::string_view language, const LanguagePack* pack, const LanguagePack* mul) {
    std::string region(language.size() > 3 ? language.substr(3) : std::string_view{});
    for (char& c : region) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    const auto& regions = list_of(mul, "dates.month_first_regions");
    if (std::find(regions.begin(), regions.end(), region) != regions.end()) return 1;
    const auto& orders = list_of(pack, "dates.numeric_orders");
    const bool day_first = std::find(orders.begin(), orders.end(), "day-month") != orders.end();
    const bool month_first = std::find(orders.begin(), orders.end(), "month-day") != orders.end();
    return month_first ? (day_first ? 0 : 1) : -1;
}

// A name of day `day` (1 Sunday … 7 Saturday), folded, from five bytes up: shorter names are as often other words.
void add_weekday(DateLexicon& lex, std::string_view name, int day) {
    const auto words = split_words(name);
    if (words.size() != 1 || words.front().key.size() < 5) return;
    const std::pair<std::string, int> entry{words.front().key, day};
    if (std::find(lex.weekdays.begin(), lex.weekdays.end(), entry) != lex.weekdays.end()) return;
    lex.weekdays.push_back(entry);
    const auto head = static_cast<std::uint16_t>(static_cast<unsigned char>(entry.first[0]) << 8 |
                                                 static_cast<unsigned char>(entry.first[1]));
    if (std::find(lex.weekday_heads.begin(), lex.weekday_heads.end(), head) == lex.weekday_heads.end())
        lex.weekday_heads.push_back(head);
}

// The pack's [dates] weekdays (Monday first, with other names of a day: "Sonnabend") and ICU's names of the
// days of the week, in dates and standing alone.
void add_weekdays(DateLexicon& lex, const LanguagePack* pack, std::string_view language) {
    const auto& groups = groups_of(pack, "dates.weekdays");
    if (groups.size() == 7)
        for (std::size_t i = 0; i < 7; ++i)
            for (const auto& name : groups[i]) add_weekday(lex, name, static_cast<int>((i + 1) % 7) + 1);
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(icu::Locale(std::string(text::primary_language(language)).c_str()), status);
    for (const auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
        if (U_FAILURE(status)) break;
        int32_t count = 0;
        const icu::UnicodeString* names = symbols.getWeekdays(count, context, icu::DateFormatSymbols::WIDE);
        for (int32_t d = 1; names && d < count && d <= 7; ++d) {
            std::string name;
            names[d].toUTF8String(name);
            add_weekday(lex, name, static_cast<int>(d));
        }
    }
}

DateLexicon build_date_lexicon(const LanguagePack* pack, const LanguagePack* mul, std::string_view language) {
    DateLexicon lex;
    const auto& months = groups_of(pack, "dates.months");
    for (std::size_t m = 0; m < months.size() && m < 12; ++m)
        for (const auto& name : months[m]) add_month(lex, name, static_cast<int>(m) + 1, 0);
    if (lex.months.empty() && !language.empty()) add_icu_months(lex, language);
    for (const auto& c : list_of(pack, "dates.connectors"))
        for (const auto& w : split_words(c)) lex.connectors.push_back(w.key);
    lex.day_suffixes = list_of(mul, "dates.day_suffixes");
    lex.numeric_order = numeric_order(language, pack, mul);
    if (!language.empty()) add_weekdays(lex, pack, language);
    for (const auto& phrase : list_of(pack, "dates.relative")) {
        std::vector<std::string> keys;
        for (const auto& w : split_words(phrase)) keys.push_back(w.key + (w.end < phrase.size() && phrase[w.end] == '*' ? "*" : ""));
        if (!keys.empty()) lex.relative.push_back(std::move(keys));
    }
    return lex;
}

}  // namespace

bool DateLexicon::is_abbreviation(const std::string& key) const {
    auto it = months.find(key);
    if (it == months.end()) return false;
    for (const auto& [name, month] : months)
        if (month == it->second && name.size() > key.size() && name.compare(0, key.size(), key) == 0) return true;
    return false;
}

bool DateLexicon::says_relative_time(const std::vector<Word>& words) const {
    auto matches = [](const std::string& pattern, const std::string& key) {
        if (!pattern.empty() && pattern.back() == '*')
            return key.size() >= pattern.size() - 1 && key.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0;
        return key == pattern;
    };
    for (const auto& phrase : relative)
        for (std::size_t at = 0; at + phrase.size() <= words.size(); ++at) {
            std::size_t k = 0;
            while (k < phrase.size() && matches(phrase[k], words[at + k].key)) ++k;
            if (k == phrase.size()) return true;
        }
    return false;
}

int DateLexicon::weekday_of(const std::string& key) const {
    if (key.size() < 2) return 0;
    const auto head = static_cast<std::uint16_t>(static_cast<unsigned char>(key[0]) << 8 | static_cast<unsigned char>(key[1]));
    if (std::find(weekday_heads.begin(), weekday_heads.end(), head) == weekday_heads.end()) return 0;
    for (const auto& [name, day] : weekdays) {
        // A long name also in its inflected forms: Polish "czwartki" of "czwartek", Italian "mercoledì".
        const std::size_t stem = name.size() >= 8 ? name.size() - 2 : name.size();
        if (key.size() >= stem && key.compare(0, stem, name, 0, stem) == 0) return day;
    }
    return 0;
}

const DateLexicon& date_lexicon(const RunContext& run, std::string_view language) {
    return run.store().get<DateLexicon>(std::string(language), [&] {
        return build_date_lexicon(run.packs().find(language), run.packs().multilingual(), language);
    });
}

std::vector<DateToken> extract_dates(std::string_view text, const DateLexicon& lex, const std::vector<Word>& words) {
    auto small_connector = [&](const Word& w) {
        return std::find(lex.connectors.begin(), lex.connectors.end(), w.key) != lex.connectors.end();
    };
    // "17:07 on July 13": digits after a colon are minutes, not a day.
    auto day_at = [&](std::size_t i) {
        return words[i].begin > 0 && text[words[i].begin - 1] == ':' ? 0 : day_of(words[i], lex);
    };
    std::vector<DateToken> out;
    numeric_dates(text, lex, out);
    if (lex.months.empty()) return out;
    std::size_t taken_until = 0;
    // Capitals tell a month from a word only in a text that writes capitals.
    const bool capitals = std::any_of(words.begin(), words.end(), [](const Word& w) { return w.capitalised; });
    for (std::size_t m = 0; m < words.size(); ++m) {
        const Word& w = words[m];
        if (!w.has_letter || w.begin < taken_until) continue;
        auto it = lex.months.find(w.key);
        if (it == lex.months.end()) continue;
        DateValue v;
        v.month = it->second;
        std::size_t first = m, last = m;
        // Day before: "24 June", "9. September", "8 de julio", "the 24th of June".
        if (m >= 1 && close(text, words[m - 1], w) && day_at(m - 1)) {
            v.day = day_at(m - 1);
            first = m - 1;
        } else if (m >= 2 && small_connector(words[m - 1]) && close(text, words[m - 2], words[m - 1]) &&
                   day_at(m - 2)) {
            v.day = day_at(m - 2);
            first = m - 2;
        }
        std::size_t k = m + 1;
        // Day after: "June 24".
        if (!v.day && k < words.size() && close(text, words[last], words[k]) && day_of(words[k], lex) &&
            !year_of(words[k])) {
            v.day = day_of(words[k], lex);
            last = k++;
        }
        // Year: "June 24, 2022", "8 juillet 2022", "julio de 2022", "October 1970".
        if (k < words.size() && close(text, words[last], words[k]) && year_of(words[k])) {
            v.year = year_of(words[k]);
            last = k;
        } else if (k + 1 < words.size() && small_connector(words[k]) && close(text, words[last], words[k]) &&
                   close(text, words[k], words[k + 1]) && year_of(words[k + 1])) {
            v.year = year_of(words[k + 1]);
            last = k + 1;
        }
        // A name that is also a word ("May", "March") counts in lower case only with a year, a number before
        // the modal being no day ("children under 12 may apply"); in a text all in lower case, with a day.
        if (lex.capital.at(w.key) && !w.capitalised && (capitals ? !v.year : !v.day && !v.year)) continue;
        // An abbreviation ("Jan", "Mar") is a month only beside a day or a year: alone it is as often a
        // name ("Jan", "Mar Menor").
        if (!v.day && !v.year && lex.is_abbreviation(w.key)) continue;
        // Skip a date already read as digits ("2022-07-08" has no month name, so no overlap in practice).
        bool overlaps = false;
        for (const auto& d : out) overlaps = overlaps || (d.begin < words[last].end && words[first].begin < d.end);
        if (overlaps) continue;
        out.push_back({words[first].begin, words[last].end, {v}});
        taken_until = words[last].end;
    }
    std::sort(out.begin(), out.end(), [](const DateToken& a, const DateToken& b) { return a.begin < b.begin; });
    return out;
}

bool compatible_dates(const DateToken& a, const DateToken& b) {
    auto agree = [](int x, int y, bool year) {
        if (!x || !y) return true;
        return year ? (x == y || (x < 100 || y < 100 ? x % 100 == y % 100 : false)) : x == y;
    };
    for (const auto& x : a.readings)
        for (const auto& y : b.readings)
            if (agree(x.day, y.day, false) && agree(x.month, y.month, false) && agree(x.year, y.year, true)) return true;
    return false;
}

std::string describe_date(const DateToken& token) {
    if (token.readings.empty()) return "?";
    const DateValue& v = token.readings.front();
    std::string out = v.year ? fmt::format("{:04}", v.year) : "-";
    if (v.month) out += fmt::format("-{:02}", v.month);
    if (v.day) out += fmt::format("-{:02}", v.day);
    return out;
}

}  // namespace verity::rules
