#include "rules/entities/display_names.hpp"

#include <algorithm>
#include <cstring>

#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>

#include "rules/entities/fold.hpp"
#include "rules/entities/phrase.hpp"
#include "rules/entities/words.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules::entities {
namespace {

icu::Locale display_locale(const std::string& tag) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale l = icu::Locale::forLanguageTag(tag, status);
    if (U_FAILURE(status) || l.isBogus()) l = icu::Locale(text::primary_language(tag).c_str());
    return l;
}

// The folded words of a name ICU gives for `code`; none when it has no name in that language.
std::vector<std::string> folded(const icu::UnicodeString& name, const char* code) {
    std::string s;
    name.toUTF8String(s);
    // "Myanmar (Burma)", "Arabisch (Nadschd)": the name is what precedes the qualifier.
    if (auto p = s.find(" ("); p != std::string::npos) s.resize(p);
    auto words = split_phrase(s);
    // Without a name in that language ICU returns the code itself.
    if (words.size() == 1 && words[0] == fold_key(code)) words.clear();
    return words;
}

// Notes the words of a name of the thing `code` names: a word used by the names of one thing only tells
// that thing in a name spelt otherwise ("y Deyrnas Gyfunol" for "Y Deyrnas Unedig").
void note_words(DisplayNames& out, const std::vector<std::string>& words, const std::string& code) {
    for (const auto& w : words) {
        if (w.size() < 4) continue;
        auto [it, fresh] = out.word_code.emplace(w, code);
        if (!fresh && it->second != code) it->second.clear();
    }
}

// A set of the names `x` and `y` of one thing in the two languages.
void add(DisplayNames& out, const icu::UnicodeString& x, const icu::UnicodeString& y, const char* code,
         bool coded = false) {
    auto p = folded(x, code), q = folded(y, code);
    if (coded) {
        note_words(out, p, code);
        note_words(out, q, code);
    }
    if (p.empty() || q.empty() || p == q) return;  // the same name in both: nothing to learn
    const std::size_t id = out.sets.size();
    out.code_of.resize(id + 1);
    if (coded) out.code_of[id] = code;
    out.set_of[join(p)].push_back(id);
    out.set_of[join(q)].push_back(id);
    for (const auto* w : {&p, &q})
        if (w->size() == 1 && (*w)[0].size() >= 5) out.by_stem[(*w)[0].substr(0, 5)].push_back(id);
    out.sets.push_back({std::move(p), std::move(q)});
}

// The other names CLDR gives a country in a locale besides its display name: the variant ("Czech Republic"
// beside "Czechia") and the short form ("Tšekin tasavalta" beside "Tšekki"), when they are of several words.
std::vector<icu::UnicodeString> other_country_names(UResourceBundle* bundle, const char* code) {
    std::vector<icu::UnicodeString> out;
    for (const char* table : {"Countries%variant", "Countries%short"}) {
        UErrorCode st = U_ZERO_ERROR;
        UResourceBundle* names = ures_getByKey(bundle, table, nullptr, &st);
        int32_t length = 0;
        const UChar* name = U_SUCCESS(st) ? ures_getStringByKey(names, code, &length, &st) : nullptr;
        // Names of one word are left out: a lone word that names a country counts as no name of its own
        // elsewhere ("Palestina" mid-sentence), and the display name already has that role.
        if (U_SUCCESS(st) && name && length >= 4 && icu::UnicodeString(name, length).indexOf(u' ') >= 0)
            out.emplace_back(name, length);
        ures_close(names);
    }
    return out;
}

// Every name of a country in a locale: its display name first, then the others CLDR knows.
std::vector<icu::UnicodeString> country_names(const icu::Locale& l, UResourceBundle* bundle, const char* code) {
    icu::UnicodeString display;
    icu::Locale("", code).getDisplayCountry(l, display);
    std::vector<icu::UnicodeString> out{display};
    if (bundle)
        for (auto& n : other_country_names(bundle, code)) out.push_back(std::move(n));
    return out;
}

void add_countries(DisplayNames& out, const icu::Locale& a, const icu::Locale& b) {
    UErrorCode st_a = U_ZERO_ERROR, st_b = U_ZERO_ERROR;
    const std::string region_data = std::string(U_ICUDATA_NAME) + "-region";
    UResourceBundle* a_bundle = ures_open(region_data.c_str(), a.getName(), &st_a);
    UResourceBundle* b_bundle = ures_open(region_data.c_str(), b.getName(), &st_b);
    for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
        const auto xs = country_names(a, U_SUCCESS(st_a) ? a_bundle : nullptr, *c);
        const auto ys = country_names(b, U_SUCCESS(st_b) ? b_bundle : nullptr, *c);
        for (const auto& x : xs)
            for (const auto& y : ys) add(out, x, y, *c, true);
    }
    ures_close(a_bundle);
    ures_close(b_bundle);
}

// Cities: ICU names the exemplar city of each time zone in many languages ("Lisbon" = "Lissabon",
// "Prague" = "Prag", "Moscow" = "Moskau").
void add_cities(DisplayNames& out, const icu::Locale& a, const icu::Locale& b) {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::TimeZoneNames> a_names(icu::TimeZoneNames::createInstance(a, st));
    std::unique_ptr<icu::TimeZoneNames> b_names(U_SUCCESS(st) ? icu::TimeZoneNames::createInstance(b, st) : nullptr);
    std::unique_ptr<icu::StringEnumeration> zones(
        U_SUCCESS(st) ? icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, st)
                      : nullptr);
    if (!U_SUCCESS(st) || !a_names || !b_names || !zones) return;
    while (const icu::UnicodeString* id = zones->snext(st)) {
        if (U_FAILURE(st)) break;
        icu::UnicodeString x, y;
        a_names->getExemplarLocationName(*id, x);
        b_names->getExemplarLocationName(*id, y);
        if (!x.isBogus() && !y.isBogus() && x.length() && y.length()) add(out, x, y, "");
    }
}

void add_languages(DisplayNames& out, const icu::Locale& a, const icu::Locale& b) {
    for (const char* const* c = icu::Locale::getISOLanguages(); *c; ++c) {
        const icu::Locale language(*c);
        icu::UnicodeString x, y;
        add(out, language.getDisplayLanguage(a, x), language.getDisplayLanguage(b, y), *c, true);
    }
}

// A currency's long name in a locale.
icu::UnicodeString currency_name(const UChar* iso, const std::string& locale) {
    UBool is_choice = false;
    int32_t len = 0;
    UErrorCode st = U_ZERO_ERROR;
    const UChar* n = ucurr_getName(iso, locale.c_str(), UCURR_LONG_NAME, &is_choice, &len, &st);
    return U_SUCCESS(st) && n ? icu::UnicodeString(n, len) : icu::UnicodeString();
}

// A currency's symbol in a locale, when it is no letters ("$", "£", "US$"): "CZK" is the code itself.
// Empty otherwise.
std::string currency_symbol(const UChar* iso, const std::string& locale) {
    UBool is_choice = false;
    int32_t len = 0;
    UErrorCode st = U_ZERO_ERROR;
    const UChar* sym = ucurr_getName(iso, locale.c_str(), UCURR_SYMBOL_NAME, &is_choice, &len, &st);
    std::string utf8;
    if (U_SUCCESS(st) && sym) icu::UnicodeString(sym, len).toUTF8String(utf8);
    if (!utf8.empty() && split_words(utf8).size() <= 1 &&
        std::any_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80 || c == '$'; }))
        return utf8;
    return std::string();
}

// One currency: its code stands for its name in either language, and its symbols for both.
void add_currency(DisplayNames& out, const char* code, const std::string& a_name, const std::string& b_name,
                  bool one_language) {
    const UChar iso[4] = {static_cast<UChar>(code[0]), static_cast<UChar>(code[1]), static_cast<UChar>(code[2]), 0};
    // The symbol and the folded name in each locale; within one language the second is the first again,
    // kept twice as for two languages.
    const std::string lower_code = fold_key(code);
    std::string symbol[2] = {currency_symbol(iso, a_name)};
    std::vector<std::string> name[2] = {folded(currency_name(iso, a_name), code)};
    symbol[1] = one_language ? symbol[0] : currency_symbol(iso, b_name);
    name[1] = one_language ? name[0] : folded(currency_name(iso, b_name), code);
    std::vector<std::string> symbols;
    for (const auto& sym : symbol)
        if (!sym.empty()) symbols.push_back(sym);
    if (!symbols.empty()) out.currency_symbols[lower_code] = symbols;
    for (auto& words : name) {
        if (words.empty()) continue;
        const std::size_t id = out.sets.size();
        out.code_of.resize(id + 1);
        out.set_of[lower_code].push_back(id);
        out.set_of[join(words)].push_back(id);
        if (!symbols.empty()) out.currency_symbols[join(words)] = symbols;
        out.sets.push_back({{lower_code}, std::move(words)});
    }
}

// Currencies: the ISO code stands for the name in either language ("USD" = "US-Dollar" = "US dollar").
void add_currencies(DisplayNames& out, const icu::Locale& a, const icu::Locale& b, bool one_language) {
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration* codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    if (U_FAILURE(status)) return;
    const std::string a_name = a.getName(), b_name = b.getName();
    int32_t length = 0;
    while (const char* code = uenum_next(codes, &length, &status)) {
        if (U_FAILURE(status) || length != 3) break;
        add_currency(out, code, a_name, b_name, one_language);
    }
    uenum_close(codes);
}

}  // namespace

std::shared_ptr<const DisplayNames> build_display_names(const std::string& a_tag, const std::string& b_tag) {
    const icu::Locale a = display_locale(a_tag), b = display_locale(b_tag);
    auto out = std::make_shared<DisplayNames>();
    // Within one language a country, city or language has the same name on both sides, and `add` learns
    // nothing from it: only the currencies (code = name) are worth fetching.
    const bool one_language = std::strcmp(a.getName(), b.getName()) == 0;
    if (!one_language) add_countries(*out, a, b);
    if (!one_language) add_cities(*out, a, b);
    add_currencies(*out, a, b, one_language);
    if (!one_language) add_languages(*out, a, b);
    return out;
}

}  // namespace verity::rules::entities
