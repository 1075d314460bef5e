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

#include "rules/entities/fold.hpp"
#include "rules/entities/phrase.hpp"
#include "rules/entities/words.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules::entities {
namespace {

icu::Locale display_locale(const std::string& tag) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale l = icu::Locale::forLanguageTag(tag, status);
    if (U_FAILURE(status) || l.isBogus()) l = icu::Locale(primary_language(tag).c_str());
    return l;
}

}  // namespace

std::shared_ptr<const DisplayNames> build_display_names(const std::string& a_tag, const std::string& b_tag) {
    const icu::Locale a = display_locale(a_tag), b = display_locale(b_tag);
    auto out = std::make_shared<DisplayNames>();
    auto folded = [](const icu::UnicodeString& name, const char* code) {
        std::string s;
        name.toUTF8String(s);
        // "Myanmar (Burma)", "Arabisch (Nadschd)": the name is what precedes the qualifier.
        if (auto p = s.find(" ("); p != std::string::npos) s.resize(p);
        auto words = split_phrase(s);
        // Without a name in that language ICU returns the code itself.
        if (words.size() == 1 && words[0] == fold_key(code)) words.clear();
        return words;
    };
    // Within one language a country, city or language has the same name on both sides, and `add` learns
    // nothing from it: only the currencies (code = name) are worth fetching.
    const bool one_language = std::strcmp(a.getName(), b.getName()) == 0;
    auto add = [&](const icu::UnicodeString& x, const icu::UnicodeString& y, const char* code) {
        auto p = folded(x, code), q = folded(y, code);
        if (p.empty() || q.empty() || p == q) return;  // the same name in both: nothing to learn
        const std::size_t id = out->sets.size();
        out->set_of[join(p)].push_back(id);
        out->set_of[join(q)].push_back(id);
        for (const auto* w : {&p, &q})
            if (w->size() == 1 && (*w)[0].size() >= 5) out->by_stem[(*w)[0].substr(0, 5)].push_back(id);
        out->sets.push_back({std::move(p), std::move(q)});
    };
    for (const char* const* c = icu::Locale::getISOCountries(); !one_language && *c; ++c) {
        const icu::Locale region("", *c);
        icu::UnicodeString x, y;
        add(region.getDisplayCountry(a, x), region.getDisplayCountry(b, y), *c);
    }
    // Cities: ICU names the exemplar city of each time zone in many languages ("Lisbon" = "Lissabon",
    // "Prague" = "Prag", "Moscow" = "Moskau").
    if (!one_language) {
        UErrorCode st = U_ZERO_ERROR;
        std::unique_ptr<icu::TimeZoneNames> a_names(icu::TimeZoneNames::createInstance(a, st));
        std::unique_ptr<icu::TimeZoneNames> b_names(U_SUCCESS(st) ? icu::TimeZoneNames::createInstance(b, st) : nullptr);
        std::unique_ptr<icu::StringEnumeration> zones(
            U_SUCCESS(st) ? icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, st)
                          : nullptr);
        if (U_SUCCESS(st) && a_names && b_names && zones) {
            while (const icu::UnicodeString* id = zones->snext(st)) {
                if (U_FAILURE(st)) break;
                icu::UnicodeString x, y;
                a_names->getExemplarLocationName(*id, x);
                b_names->getExemplarLocationName(*id, y);
                if (!x.isBogus() && !y.isBogus() && x.length() && y.length()) add(x, y, "");
            }
        }
    }
    // Currencies: the ISO code stands for the name in either language ("USD" = "US-Dollar" = "US dollar").
    UErrorCode status = U_ZERO_ERROR;
    if (UEnumeration* codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status); U_SUCCESS(status)) {
        const std::string a_name = a.getName(), b_name = b.getName();
        int32_t length = 0;
        while (const char* code = uenum_next(codes, &length, &status)) {
            if (U_FAILURE(status) || length != 3) break;
            UChar iso[4] = {static_cast<UChar>(code[0]), static_cast<UChar>(code[1]), static_cast<UChar>(code[2]), 0};
            auto name_in = [&](const std::string& locale) {
                UBool is_choice = false;
                int32_t len = 0;
                UErrorCode st = U_ZERO_ERROR;
                const UChar* n = ucurr_getName(iso, locale.c_str(), UCURR_LONG_NAME, &is_choice, &len, &st);
                return U_SUCCESS(st) && n ? icu::UnicodeString(n, len) : icu::UnicodeString();
            };
            // Only symbols that are no letters ("$", "£", "US$"): "CZK" is the code itself. Empty otherwise.
            auto symbol_in = [&](const std::string& locale) {
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
            };
            // The symbol and the folded name in each locale; within one language the second is the first
            // again, kept twice as for two languages.
            const std::string lower_code = fold_key(code);
            std::string symbol[2] = {symbol_in(a_name)};
            std::vector<std::string> name[2] = {folded(name_in(a_name), code)};
            symbol[1] = one_language ? symbol[0] : symbol_in(b_name);
            name[1] = one_language ? name[0] : folded(name_in(b_name), code);
            std::vector<std::string> symbols;
            for (const auto& sym : symbol)
                if (!sym.empty()) symbols.push_back(sym);
            if (!symbols.empty()) out->currency_symbols[lower_code] = symbols;
            for (auto& words : name) {
                if (words.empty()) continue;
                const std::size_t id = out->sets.size();
                out->set_of[lower_code].push_back(id);
                out->set_of[join(words)].push_back(id);
                if (!symbols.empty()) out->currency_symbols[join(words)] = symbols;
                out->sets.push_back({{lower_code}, std::move(words)});
            }
        }
        uenum_close(codes);
    }
    for (const char* const* c = icu::Locale::getISOLanguages(); !one_language && *c; ++c) {
        const icu::Locale language(*c);
        icu::UnicodeString x, y;
        add(language.getDisplayLanguage(a, x), language.getDisplayLanguage(b, y), *c);
    }
    return out;
}

}  // namespace verity::rules::entities
