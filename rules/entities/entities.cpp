#include "rules/entities/entities.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <unordered_set>
#include <span>
#include <utility>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "rules/engine/glossary.hpp"
#include "rules/engine/packs.hpp"
#include "xliff/text/bilingual_dictionary.hpp"
#include "xliff/text/stemmer.hpp"
#include "xliff/text/utf8.hpp"
#include "xliff/text/unicode.hpp"
#include "rules/lexicon/wordnet.hpp"

namespace verity::rules {
namespace {

icu::Transliterator* to_ascii() {
    // Building a transliterator parses rule tables (milliseconds): one per thread, kept for the run.
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> p(
            icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Any-Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) p.reset();
        return p;
    }();
    return t.get();
}

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

// ---- English common words, from WordNet ---------------------------------------------------------------

// Words WordNet lists in lower case in some synset of any part of speech: "court", "great", "deputy",
// "association"; not "Milan", "Huber" or "Britain", which it writes only capitalised. A name made of such
// words is a description a translator may translate ("Football Association" -> "Fußballverband").
class EnglishLexicon {
public:
    // Looked up in place in WordNet's mapped files (wordnet::CommonWords): nothing is read up front.
    EnglishLexicon() : words_(wordnet::english_common_words()), loaded(words_.loaded) {}

private:
    const wordnet::CommonWords& words_;

public:
    bool loaded = false;
    // The folded word or its singular ("deputies" -> "deputy", "churches" -> "church").
    bool common(const std::string& key) const {
        if (words_.contains(key)) return true;
        // "Wi-Fi" as "wifi", "E-Mail" as "email".
        if (key.find('-') != std::string::npos) {
            std::string joined;
            for (char c : key)
                if (c != '-') joined += c;
            if (!joined.empty() && joined != key && common(joined)) return true;
        }
        const std::size_t n = key.size();
        if (n > 4 && key.compare(n - 3, 3, "ies") == 0 && words_.contains(key.substr(0, n - 3) + "y")) return true;
        if (n > 3 && key.compare(n - 2, 2, "es") == 0 && words_.contains(key.substr(0, n - 2))) return true;
        return n > 4 && key[n - 1] == 's' && words_.contains(key.substr(0, n - 1));
    }
};

const EnglishLexicon& english_lexicon() {
    static const EnglishLexicon lexicon;
    return lexicon;
}

// ---- What the packs say, folded for lookup ----------------------------------------------------------

struct Lexicon {
    std::unordered_set<std::string> stop;         // capitalised words that are no names
    std::unordered_set<std::string> entity_stop;  // the same for acronyms: only the packs' entity list
    std::unordered_set<std::string> connectors, titles, anaphora, joiners;
    bool capitalised_nouns = false;
    bool english = false;
};

// Country and language names in the two languages of a pair, from ICU's locale display names:
// {"croatia", "kroatien"}, {"french", "franzosisch"}. Each set holds one name per language.
struct DisplayNames {
    std::vector<std::vector<std::vector<std::string>>> sets;
    std::unordered_map<std::string, std::vector<std::size_t>> set_of;
    std::unordered_map<std::string, std::vector<std::size_t>> by_stem;  // first 5 letters of one-word names
    // A currency's code and names (folded) -> its symbols in either language: "us dollar" -> "$", "US$".
    std::unordered_map<std::string, std::vector<std::string>> currency_symbols;
};

struct Knowledge {
    Lexicon source, target;
    std::vector<std::vector<std::vector<std::string>>> sets;  // alias sets of phrases of folded words
    std::unordered_map<std::string, std::vector<std::size_t>> set_of;
    // One-word members written in capitals only, and those written otherwise.
    std::unordered_set<std::string> acronym_forms, word_forms;
    bool acronym_only(const std::string& key) const { return acronym_forms.count(key) && !word_forms.count(key); }
    std::string source_lang, target_lang;
    // Adjectives and peoples of the packs' demonym and alias sets ("german", "russians", "british"): words a
    // translation writes in its own way, often in lower case ("deutsch", "Russen", "britisch").
    std::unordered_set<std::string> demonym_forms;
    // Fetched on the first unmatched name of a cross-language pair: most pairs never need them.
    mutable std::once_flag names_once;
    mutable std::shared_ptr<const DisplayNames> names;
    const DisplayNames& display_names() const;
};

std::vector<std::string> split_phrase(std::string_view phrase) {
    std::vector<std::string> out;
    for (const auto& w : split_words(phrase)) out.push_back(w.key);
    return out;
}

std::string join(const std::vector<std::string>& words, std::size_t from = 0, std::size_t to = std::string::npos) {
    std::string out;
    to = std::min(to, words.size());
    for (std::size_t i = from; i < to; ++i) {
        if (!out.empty()) out += ' ';
        out += words[i];
    }
    return out;
}

void fill_lexicon(Lexicon& lex, const LanguagePack* pack, const LanguagePack* mul, std::string_view language) {
    lex.english = primary_language(language) == "en";
    // Abbreviations every language writes alike ("OK", "ID"): no names anywhere.
    if (mul)
        for (const auto& w : mul->list("entities.stop")) {
            const std::string key = join(split_phrase(w));
            lex.stop.insert(key);
            lex.entity_stop.insert(key);
        }
    if (mul)
        for (const auto& l : mul->list("entities.capitalised_nouns"))
            lex.capitalised_nouns = lex.capitalised_nouns || primary_language(l) == primary_language(language);
    if (!pack) return;
    auto add = [](std::unordered_set<std::string>& set, const std::vector<std::string>& words) {
        for (const auto& w : words) set.insert(join(split_phrase(w)));
    };
    add(lex.stop, pack->list("stopwords.words"));
    add(lex.stop, pack->list("entities.stop"));
    add(lex.entity_stop, pack->list("entities.stop"));
    for (const char* key : {"dates.months", "dates.weekdays"})
        for (const auto& g : pack->group_list(key)) add(lex.stop, g);
    add(lex.connectors, pack->list("entities.connectors"));
    add(lex.anaphora, pack->list("entities.anaphora"));
    add(lex.joiners, pack->list("entities.joiners"));
    add(lex.titles, pack->list("entities.titles"));
}

void add_demonym_forms(Knowledge& k, const std::vector<std::vector<std::string>>& groups) {
    for (const auto& g : groups)
        for (std::size_t i = 1; i < g.size(); ++i) {
            const auto words = split_words(g[i]);
            if (words.size() == 1 && !words[0].acronym && words[0].has_letter) k.demonym_forms.insert(words[0].key);
        }
}

void add_sets(Knowledge& k, const std::vector<std::vector<std::string>>& groups) {
    for (const auto& g : groups) {
        std::vector<std::vector<std::string>> set;
        for (const auto& phrase : g) {
            const auto ws = split_words(split_term(phrase).second);
            std::vector<std::string> words;
            for (const auto& w : ws) words.push_back(w.key);
            // "OTAN", "USA": written in capitals, they stand for the name only in capitals ("Όταν" and
            // "Usa" are words).
            if (ws.size() == 1 && ws[0].acronym) k.acronym_forms.insert(ws[0].key);
            else if (ws.size() == 1) k.word_forms.insert(ws[0].key);
            if (!words.empty()) set.push_back(std::move(words));
        }
        if (set.size() < 2) continue;
        const std::size_t id = k.sets.size();
        for (const auto& p : set) k.set_of[join(p)].push_back(id);
        k.sets.push_back(std::move(set));
    }
}

icu::Locale display_locale(const std::string& tag) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale l = icu::Locale::forLanguageTag(tag, status);
    if (U_FAILURE(status) || l.isBogus()) l = icu::Locale(primary_language(tag).c_str());
    return l;
}

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

const DisplayNames& Knowledge::display_names() const {
    std::call_once(names_once, [this] {
        // Shared by all threads and pack sets: built once per language pair (a few milliseconds).
        static std::mutex mutex;
        static std::map<std::pair<std::string, std::string>, std::shared_ptr<const DisplayNames>> built;
        const std::lock_guard lock(mutex);
        auto& n = built[{source_lang, target_lang}];
        if (!n) n = build_display_names(source_lang, target_lang);
        names = n;
    });
    return *names;
}

std::size_t signature(const LanguagePack* p) {
    if (!p) return 0;
    std::size_t s = 1;
    for (const auto& [k, v] : p->lists) s = s * 31 + v.size() + k.size();
    for (const auto& [k, v] : p->groups) s = s * 37 + v.size() + k.size();
    return s;
}

std::shared_ptr<const Knowledge> knowledge(const PackSet& packs, std::string_view source_lang,
                                           std::string_view target_lang) {
    const LanguagePack* sp = packs.find(source_lang);
    const LanguagePack* tp = packs.find(target_lang);
    const LanguagePack* mul = packs.multilingual();
    // Packs are immutable while rules run, but tests build many pack sets at recycled addresses:
    // the key includes a signature of the contents.
    const std::size_t sig = signature(sp) ^ (signature(tp) << 1) ^ (signature(mul) << 2);
    struct Entry {
        const LanguagePack *sp, *tp, *mul;
        std::size_t sig;
        std::string sl, tl;
        std::shared_ptr<const Knowledge> k;
    };
    thread_local std::vector<Entry> cache;
    for (const auto& e : cache)
        if (e.sp == sp && e.tp == tp && e.mul == mul && e.sig == sig && e.sl == source_lang && e.tl == target_lang)
            return e.k;
    auto k = std::make_shared<Knowledge>();
    k->source_lang = source_lang;
    k->target_lang = target_lang;
    fill_lexicon(k->source, sp, mul, source_lang);
    if (source_lang == target_lang) k->target = k->source;  // one language: the same words on both sides
    else fill_lexicon(k->target, tp, mul, target_lang);
    for (const LanguagePack* p : {sp, tp, mul}) {
        if (!p || (p == tp && tp == sp)) continue;
        add_sets(*k, p->group_list("entities.aliases"));
        add_sets(*k, p->group_list("entities.demonyms"));
        add_sets(*k, p->group_list("terminology.terms"));
        add_demonym_forms(*k, p->group_list("entities.demonyms"));
        add_demonym_forms(*k, p->group_list("entities.aliases"));
    }
    if (sp && sp == tp) {
        add_demonym_forms(*k, sp->group_list("entities.demonyms"));
        add_demonym_forms(*k, sp->group_list("entities.aliases"));
        add_sets(*k, sp->group_list("entities.aliases"));
        add_sets(*k, sp->group_list("entities.demonyms"));
        add_sets(*k, sp->group_list("terminology.terms"));
    }
    if (cache.size() >= 16) cache.erase(cache.begin());
    cache.push_back({sp, tp, mul, sig, std::string(source_lang), std::string(target_lang), k});
    return k;
}

// ---- Finding names ---------------------------------------------------------------------------------------

// "II", "XIV", "XX": capitals that count, not name. Only I, V and X, so "CD", "DC" and "MIT" stay names.
bool roman_numeral(const Word& w) {
    if (!w.acronym || w.key.size() < 2 || w.key.size() > 5) return false;
    return std::all_of(w.key.begin(), w.key.end(), [](char c) { return c == 'i' || c == 'v' || c == 'x'; });
}

std::vector<Entity> find_entities(const std::vector<Word>& words, const Lexicon& lex, const Knowledge& k) {
    const std::size_t n = words.size();
    auto is_title = [&](std::size_t i) { return lex.titles.count(words[i].key) > 0; };
    auto is_initial = [&](std::size_t i) { return words[i].key.size() == 1 && words[i].capitalised; };
    // "Dr. Smith", "J. Smith": the stop ends an abbreviation, not a sentence.
    auto starts = [&](std::size_t i) {
        return words[i].sentence_start && !(i > 0 && (is_title(i - 1) || is_initial(i - 1)));
    };
    auto joined = [&](std::size_t i) {
        return words[i].joined || (i > 0 && !starts(i) && words[i].sentence_start);
    };
    auto is_name_word = [&](std::size_t i) {
        const Word& w = words[i];
        if (!w.has_letter || !(w.capitalised || w.acronym) || w.in_identifier) return false;
        return w.acronym ? lex.entity_stop.count(w.key) == 0 : lex.stop.count(w.key) == 0;
    };

    std::vector<Entity> out;
    for (std::size_t i = 0; i < n;) {
        if (!is_name_word(i)) {
            ++i;
            continue;
        }
        std::size_t last = i, j = i + 1;
        bool connected = false;
        while (j < n && joined(j)) {
            if (is_name_word(j) && !starts(j)) {
                last = j++;
                continue;
            }
            // Up to two lower-case connectors inside a name: "Minister of the Interior", "Charles de Gaulle".
            std::size_t k = j;
            while (k < n && k - j < 2 && joined(k) && !words[k].capitalised && lex.connectors.count(words[k].key)) ++k;
            if (k > j && k < n && joined(k) && is_name_word(k) && !starts(k)) {
                last = k;
                j = k + 1;
                connected = true;
                continue;
            }
            // An office named after a title and a connector goes on past "and": "Minister for Europe and
            // Foreign Affairs", "Secretary of State for Health and Social Care"; not "King Charles and Camilla".
            if (connected && is_title(i) && j + 1 < n && !words[j].capitalised && lex.joiners.count(words[j].key) &&
                joined(j + 1) && is_name_word(j + 1) && !starts(j + 1) && !is_title(j + 1)) {
                last = j + 1;
                j += 2;
                continue;
            }
            break;
        }
        Entity e;
        e.first = i;
        e.last = last;
        e.begin = words[i].begin;
        e.end = words[last].end;
        e.core.reserve(last - i + 1);
        e.core_words.reserve(last - i + 1);
        std::size_t titled = 0;
        for (std::size_t w = i; w <= last; ++w) {
            // Every folded word of the span, space-separated (as `join` writes it).
            if (!e.phrase.empty()) e.phrase += ' ';
            e.phrase += words[w].key;
            if (is_title(w)) ++titled;
            else if (words[w].capitalised || words[w].acronym) {
                e.core.push_back(words[w].key);
                e.core_words.push_back(w);
            }
        }
        // The first word of a sentence may just be capitalised there ("Press Enter", "Click Save"): unless
        // the whole is a known name, the name is what follows.
        // In English a first word that WordNet knows only capitalised is a name wherever it stands ("Barack
        // Obama said").
        // (Asked last: a WordNet lookup.)
        auto plain_first = [&] {
            return !(lex.english && english_lexicon().loaded && !english_lexicon().common(words[e.first].key) &&
                     words[e.first].has_letter);
        };
        if (starts(e.first) && last > e.first && !k.set_of.count(e.phrase) && !words[e.first].acronym &&
            e.core.size() > 1 && !e.core.empty() && e.core.front() == words[e.first].key && plain_first()) {
            e.core.erase(e.core.begin());
            e.core_words.erase(e.core_words.begin());
            e.first_uncertain = true;
        }
        i = last + 1;
        if (e.core.empty()) continue;  // a bare title: "the President said"
        // Capitals that are not acronyms: a Roman numeral ("XX", "III") or a headline set in capitals,
        // where one word is a function word of the language ("WHAT HAPPENED", "WENN ES GESCHAH").
        if (last == e.first && roman_numeral(words[last])) continue;
        // A lone capital letter is an initial or a one-letter word ("В php.ini", "Η επέκταση"), not a name.
        if (last == e.first && words[last].key.size() == 1 && !words[last].acronym) continue;
        if (last > e.first && std::all_of(words.begin() + static_cast<std::ptrdiff_t>(e.first),
                                          words.begin() + static_cast<std::ptrdiff_t>(last) + 1,
                                          [&](const Word& w) { return w.acronym || !w.has_letter; })) {
            bool function_word = false;
            for (std::size_t w = e.first; w <= last; ++w)
                function_word = function_word || (words[w].key.size() >= 3 && lex.stop.count(words[w].key) &&
                                                  !lex.entity_stop.count(words[w].key));
            if (function_word) continue;
        }
        e.acronym = e.core.size() == 1 && (words[last].acronym || words[last].mixed_acronym) && last == e.first;
        e.qualifier = e.acronym && words[last].acronym && e.core[0].size() <= 3 && words[e.first].after_comma &&
                      e.first > 0 && words[e.first - 1].capitalised && !words[e.first - 1].acronym;
        if (e.acronym && words[last].mixed_acronym) e.capitals = words[last].capitals;
        e.known = k.set_of.count(e.phrase) > 0 && !(k.acronym_only(e.phrase) && !e.acronym);
        e.weak = e.core.size() == 1 && titled == 0 && !words[e.first].acronym && !words[e.first].mixed_acronym &&
                 (starts(e.first) || lex.capitalised_nouns) && !e.known;
        // An acronym shows a name, unless it only begins a compound noun ("EU-Kommissar", "CIA-Flüge").
        bool has_acronym = false;
        for (std::size_t w = e.first; w <= last; ++w)
            has_acronym = has_acronym || (words[w].acronym && !(w < last && words[w + 1].hyphenated && !words[w + 1].acronym));
        e.noun_run = lex.capitalised_nouns && !e.known && titled == 0 && !has_acronym &&
                     last - e.first + 1 == e.core.size() + (e.first_uncertain ? 1 : 0);
        if (out.empty()) out.reserve(8);  // a sentence names a few things: no regrowth for most
        out.push_back(std::move(e));
    }
    return out;
}

// ---- Counterparts ----------------------------------------------------------------------------------------

bool word_match(const std::string& a, const std::string& b, bool cross) {
    if (a == b) return true;
    const std::size_t la = a.size(), lb = b.size();
    // A plural or possessive: "iPods", "MCIs".
    if (std::min(la, lb) >= 3 && (la + 1 == lb ? b.back() == 's' && b.compare(0, la, a) == 0
                                              : lb + 1 == la && a.back() == 's' && a.compare(0, lb, b) == 0))
        return true;
    // Spelling variants: Mohammed / Mohamed, Harbor / Harbour. (One edit leaves the first letters alike or,
    // made at the first letter, the last ones: words that differ at both ends are never one edit apart.)
    if (std::min(la, lb) >= 5 && (la > lb ? la - lb : lb - la) <= 1 && (a[0] == b[0] || a.back() == b.back()) &&
        edit_distance(a, b, 1) <= 1)
        return true;
    // Transcriptions of longer names differ more, but keep their ends: Runalls / Runnels, Donetsk / Donezk.
    if (std::min(la, lb) >= 7 && a[0] == b[0] && a.back() == b.back() && edit_distance(a, b, 2) <= 2) return true;
    if (std::min(la, lb) >= 10 && a[0] == b[0] && edit_distance(a, b, 3) <= 3) return true;
    // A derived name begins with the whole name: Kolín / Kolínsko, Pilsen / Pilsener; not State / Statement.
    if (std::min(la, lb) >= 5 && std::max(la, lb) - std::min(la, lb) <= 3 &&
        (la < lb ? b.compare(0, la, a) : a.compare(0, lb, b)) == 0)
        return true;
    // Inflected forms share a long beginning: Portugal / Portuguese, Economy / Economics.
    if (std::min(la, lb) >= 6 && a.compare(0, 6, b, 0, 6) == 0) return true;
    if (!cross || a[0] != b[0]) return false;
    // Cognates across languages share a beginning: Pacific / Pazifischen, Institute / Instituto.
    const std::size_t p = std::min({la, lb, std::size_t{6}});
    return p >= 4 && edit_distance(std::string_view(a).substr(0, p), std::string_view(b).substr(0, p), 1) <= 1;
}

bool occurs(const std::vector<std::string>& phrase, const std::vector<Word>& words) {
    if (phrase.empty() || phrase.size() > words.size()) return false;
    // One word may also be a part of a hyphenated compound: "WLAN" in "Gast-WLAN-Portal".
    if (phrase.size() == 1 && phrase[0].size() >= 2 && phrase[0].find('-') == std::string::npos)
        for (const auto& w : words) {
            if (w.key.size() <= phrase[0].size() || w.key.find('-') == std::string::npos) continue;
            for (std::size_t p = w.key.find(phrase[0]); p != std::string::npos; p = w.key.find(phrase[0], p + 1)) {
                const std::size_t e = p + phrase[0].size();
                if ((p == 0 || w.key[p - 1] == '-') && (e == w.key.size() || w.key[e] == '-')) return true;
            }
        }
    for (std::size_t i = 0; i + phrase.size() <= words.size(); ++i) {
        std::size_t k = 0;
        while (k < phrase.size() && words[i + k].key == phrase[k]) ++k;
        if (k == phrase.size()) return true;
    }
    return false;
}

// Across languages a place and its people or adjective share a stem: Kanada / Kanadier, Prag / Prager,
// Mexiko / mexikanische, Agypten / Agypter; not Austria / Australia.
bool stem_match(const std::string& a, const std::string& b) {
    if (word_match(a, b, false)) return true;
    const std::size_t m = std::min(a.size(), b.size());
    std::size_t p = 0;
    while (p < m && a[p] == b[p]) ++p;
    return (p >= 4 && p == m) || (p >= 5 && p + 2 >= m);
}

// As `occurs`, but each word may be inflected or derived: "franzosischen" for "franzosisch", "Prager" for "Prag".
bool occurs_inflected(const std::vector<std::string>& phrase, const std::vector<Word>& words) {
    if (phrase.empty() || phrase.size() > words.size()) return false;
    for (std::size_t i = 0; i + phrase.size() <= words.size(); ++i) {
        std::size_t k = 0;
        while (k < phrase.size() && words[i + k].has_letter && stem_match(phrase[k], words[i + k].key)) ++k;
        if (k == phrase.size()) return true;
    }
    return false;
}

std::string initials(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words)
        if (!w.empty()) out += w[0];
    return out;
}

// Consecutive words whose initials spell the acronym, skipping short function words: "vehicle
// identification number" = "VIN", "Organisation for Security and Cooperation in Europe" = "OSCE".
bool spelled_out(const std::string& acronym, const std::vector<Word>& words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::size_t k = 0, j = i;
        while (j < words.size() && k < acronym.size()) {
            const std::string& w = words[j].key;
            if (!words[j].has_letter || w.empty()) break;
            if (w[0] == acronym[k]) ++k;
            else if (j == i || w.size() > 3) break;  // "of", "and", "for" may sit between the words
            if (j > i && !words[j].joined) break;
            ++j;
        }
        if (k == acronym.size() && j - i >= acronym.size()) return true;
    }
    return false;
}

// A mixed-case acronym spells consecutive words: each capital begins a word, a lower-case letter continues
// the word begun ("Af" of "African" in "AfDB") or begins a short connector ("f" of "for" in "DfID"); short
// connectors may also be left out ("Bank of England" = "BoE", "Minister of State" = "MoS").
bool mixed_spells(const std::string& letters, const std::vector<bool>& capitals, const std::vector<std::string>& words) {
    if (letters.size() != capitals.size() || words.size() < 2) return false;
    const std::size_t n = letters.size(), m = words.size();
    // p: next letter; j: word last begun (m before any); q: letters of it used.
    auto go = [&](auto&& self, std::size_t p, std::size_t j, std::size_t q) -> bool {
        if (p == n) return j == m - 1;
        const char c = letters[p];
        if (!capitals[p] && j < m && q < words[j].size() && words[j][q] == c && self(self, p + 1, j, q + 1)) return true;
        // Begin a later word, leaving out at most two short words between.
        for (std::size_t nj = j == m ? 0 : j + 1, skipped = 0; nj < m && skipped <= 2; ++nj, ++skipped) {
            const std::string& w = words[nj];
            if (!w.empty() && w[0] == c && (capitals[p] || w.size() <= 3) && self(self, p + 1, nj, 1)) return true;
            if (w.size() > 3 || j == m) break;
        }
        return false;
    };
    return go(go, 0, m, 0);
}

// The same, for a run of consecutive words anywhere in a text.
bool mixed_spelled_out(const std::string& letters, const std::vector<bool>& capitals, const std::vector<Word>& words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].key.empty() || words[i].key[0] != letters[0]) continue;
        std::vector<std::string> run{words[i].key};
        for (std::size_t j = i + 1; j < words.size() && run.size() < letters.size() + 3 && words[j].joined && words[j].has_letter; ++j) {
            run.push_back(words[j].key);
            if (mixed_spells(letters, capitals, run)) return true;
        }
    }
    return false;
}

// A country or language under its name in the other language: Croatia = Kroatien, French = francés.
// A derived form finds its country by stem: "Kanadier" -> Kanada = Canada, "Agypter" -> Agypten = Egypt.
bool named_otherwise(const std::string& phrase, const std::vector<Word>& other, const Knowledge& k) {
    const DisplayNames& n = k.display_names();
    // Each name also through the packs' sets: "Spanien" = Spain = "Spanish".
    auto present = [&](std::size_t id) {
        return std::any_of(n.sets[id].begin(), n.sets[id].end(), [&](const auto& member) {
            if (occurs_inflected(member, other)) return true;
            auto it = k.set_of.find(join(member));
            if (it == k.set_of.end()) return false;
            for (std::size_t alias : it->second)
                for (const auto& m : k.sets[alias])
                    if (occurs(m, other)) return true;
            return false;
        });
    };
    if (auto it = n.set_of.find(phrase); it != n.set_of.end())
        return std::any_of(it->second.begin(), it->second.end(), present);
    if (phrase.size() < 5 || phrase.find(' ') != std::string::npos) return false;
    auto it = n.by_stem.find(phrase.substr(0, 5));
    if (it == n.by_stem.end()) return false;
    for (std::size_t id : it->second)
        for (const auto& member : n.sets[id])
            if (member.size() == 1 && stem_match(phrase, member[0]) && present(id)) return true;
    return false;
}

// One word of a name under another name the packs or ICU know: "Prague" in "Prager Verkehrsbetriebe".
bool word_named_otherwise(const std::string& word, const std::vector<Word>& other, const Knowledge& k) {
    if (auto it = k.set_of.find(word); it != k.set_of.end())
        for (std::size_t id : it->second)
            for (const auto& member : k.sets[id])
                if (occurs_inflected(member, other)) return true;
    return named_otherwise(word, other, k);
}

struct Side {
    const std::vector<Word>& words;
    const std::vector<Entity>& entities;
    std::string_view text;
    // Across languages: what the dictionary gives for its words in the other side's language, folded.
    const std::unordered_set<std::string>* translated = nullptr;
};

// Words of a name that name a currency whose symbol the other side writes: "US-Dollar" for "$",
// "Pfund" for "£". Marks them in `hit`.
void currency_by_symbol(const Entity& e, const Side& other, const Knowledge& k, std::vector<bool>& hit) {
    const auto& symbols = k.display_names().currency_symbols;
    for (std::size_t from = 0; from < e.core.size(); ++from)
        for (std::size_t to = from + 1; to <= e.core.size() && to <= from + 3; ++to) {
            auto it = symbols.find(join(e.core, from, to));
            if (it == symbols.end()) continue;
            for (const auto& sym : it->second)
                if (other.text.find(sym) != std::string_view::npos) {
                    for (std::size_t w = from; w < to; ++w) hit[w] = true;
                    break;
                }
        }
}

// Every word of the name is an English word WordNet lists in lower case: a description that may be
// translated. Unknown without WordNet.
// A word a translation renders in its own words: a common English word or a demonym ("Russian").
bool translatable_word(const std::string& w, const Knowledge& k) {
    return k.demonym_forms.count(w) || english_lexicon().common(w);
}

// Every word of an English name is a word a translator translates: a description ("Football Association",
// "Ministry of Culture"), an adjective of a people ("South American"), a headline in capitals ("WHAT
// HAPPENED"). Unknown without WordNet.
bool translatable(const Entity& e, bool english, const Knowledge& k) {
    if (!english || e.core.empty()) return false;
    const EnglishLexicon& lex = english_lexicon();
    if (!lex.loaded) return false;
    // An acronym only when it is a long word in capitals ("UNEMPLOYMENT"), not "AIDS" or "NATO".
    if (e.acronym && (e.core[0].size() < 5 || !lex.common(e.core[0]))) return false;
    if (std::all_of(e.core.begin(), e.core.end(), [&](const std::string& w) { return k.demonym_forms.count(w) > 0; }))
        return true;
    // Countries that are also words ("China", "Turkey", "Chad") are names first.
    const std::string phrase = join(e.core);
    if (k.display_names().set_of.count(phrase)) return false;
    if (auto it = k.set_of.find(phrase); it != k.set_of.end())
        for (std::size_t id : it->second)
            if (join(k.sets[id].front()) == phrase) return false;
    return std::all_of(e.core.begin(), e.core.end(), [&](const std::string& w) { return translatable_word(w, k); });
}

// A word of a name inside a compound of the other side, or as its end with one letter changed: "Hong" and
// "Kong" in "Hongkong", "Tyrol" in "Südtirol", "Kush" in "Hindukusch".
bool in_compound(const std::string& c, const std::vector<Word>& other) {
    if (c.size() < 4) return false;
    for (const auto& w : other) {
        if (!w.has_letter || w.key.size() <= c.size()) continue;
        if (w.key.find(c) != std::string::npos) return true;
        if (c.size() < 5) continue;
        for (std::size_t len = c.size() - 1; len <= c.size() + 1; ++len)
            if (len < w.key.size() && edit_distance(std::string_view(w.key).substr(w.key.size() - len), c, 1) <= 1)
                return true;
    }
    return false;
}

// Two words of names that may be one word reworded: inflected or misspelt ("Chamber" / "Chambre",
// "Čunk" / "Čunek"), sharing a beginning ("Election" / "Electoral", "Aerospace" / "Aeronautics"), one
// inside the other ("East" / "Mideast"), or aliases of each other ("US" / "American").
bool resemble(const std::string& a, const std::string& b, const Knowledge& k, bool cross) {
    if (word_match(a, b, cross)) return true;
    const std::size_t la = a.size(), lb = b.size(), lo = std::min(la, lb), hi = std::max(la, lb);
    if (lo >= 4 && a.compare(0, 4, b, 0, 4) == 0) return true;
    if (lo >= 4 && (la < lb ? b.find(a) : a.find(b)) != std::string::npos) return true;
    if (lo >= 3 && edit_distance(a, b, hi / 3) <= hi / 3) return true;
    auto ia = k.set_of.find(a), ib = k.set_of.find(b);
    if (ia != k.set_of.end() && ib != k.set_of.end())
        for (std::size_t x : ia->second)
            if (std::find(ib->second.begin(), ib->second.end(), x) != ib->second.end()) return true;
    return false;
}

// Within one language a name that shares words with a name of the other side is mostly that name
// reworded ("Buffalo-Pittsburgh Highway" for "... Freeway", "China Railway" for "China National Railway
// Group"). It is another name when every such name of the other side
//   - shares with it only a generic word, the others having nothing in common: "World Bank" and "European
//     Investment Bank" share only the head "Bank", "European Council" and "European Commission" only an
//     adjective of place; or
//   - in English, brings a word that is a name (WordNet knows it only capitalised) and resembles none of
//     the words it lost: "US President Erwin Huber" for "US President Donald Trump".
// Without an overlapping name on the other side (the words lower-cased, say) it counts as restated.
// The same word, or an inflection of it: "bank" / "banks", "Kredit" / "Kredite"; not "Kredit" / "Kreditinstitut".
bool inflected_form(const std::string& a, const std::string& b) {
    if (a == b) return true;
    const std::string& shorter = a.size() < b.size() ? a : b;
    const std::string& longer = a.size() < b.size() ? b : a;
    return shorter.size() >= 4 && longer.size() <= shorter.size() + 2 && longer.compare(0, shorter.size(), shorter) == 0;
}

// Translations of a word into another language, from the FreeDict dictionary, folded: of the word
// itself or, inflected, of the headwords with its stem ("territoires" -> "territoire" -> "territory").
// Empty when the dictionary lacks the word or none is installed. With `phrase_words`, translations of
// several words give each of their words ("Datenschutz" -> "data", "protection"); otherwise only
// one-word translations count.
std::vector<std::string> translations(std::string_view raw, const std::string& from, const std::string& to,
                                      bool phrase_words = false) {
    struct Lookup {
        const text::BilingualDictionary* dictionary;
        text::Stemmer stemmer;
    };
    thread_local std::map<std::string, Lookup> lookups;  // the stemmer keeps buffers: one per thread
    const std::string key = from + ">" + to;
    auto it = lookups.find(key);
    if (it == lookups.end())
        it = lookups.emplace(key, Lookup{&text::BilingualDictionary::shared(from, to), text::Stemmer(from)}).first;
    const auto& dict = *it->second.dictionary;
    std::vector<std::string> out;
    if (dict.empty()) return out;
    const std::string folded = text::fold_case(raw);
    auto add = [&](std::span<const std::string> ts) {
        for (const auto& t : ts) {
            if (t.find(' ') == std::string::npos) out.push_back(fold_key(t));
            else if (phrase_words)
                for (auto& p : split_phrase(fold_key(t)))
                    if (p.size() >= 3) out.push_back(std::move(p));
        }
    };
    add(dict.find(folded));
    if (!out.empty()) return out;
    const std::string stem = it->second.stemmer.stem(folded);
    if (stem.size() < 3) return out;
    const auto [first, last] = dict.prefix_range(stem);
    for (std::size_t i = first; i < last && i < first + 20; ++i) {
        // Inflections only, not derivations: "territoire" for "territoires", never "travailler" for
        // "travailliste" (the same stem, but not all letters the same up to the last two).
        const std::string& h = dict.headword(i);
        std::size_t common = 0;
        while (common < h.size() && common < folded.size() && h[common] == folded[common]) ++common;
        if (common + 2 >= std::max(h.size(), folded.size()) && it->second.stemmer.stem(h) == stem) add(dict.translations(i));
    }
    return out;
}

// Across languages only the first test applies, a word being generic when its English side is a word
// WordNet writes in lower case: "Banque des Territoires" and "European Investment Bank" share only
// "Banque" ~ "Bank".
bool another_name(const Entity& e, const Side& own, const Side& other, bool e_in_source, const Knowledge& k,
                  bool cross) {
    const std::vector<Word>& source_words = e_in_source ? own.words : other.words;
    const bool lexicon = english_lexicon().loaded;
    const bool source_english = primary_language(k.source_lang) == "en", target_english = primary_language(k.target_lang) == "en";
    const bool e_english = lexicon && (e_in_source ? source_english : target_english);
    const bool o_english = lexicon && (e_in_source ? target_english : source_english);
    const bool english = !cross && e_english;
    auto generic = [&](const std::string& w) {
        return (english_lexicon().common(w) || k.demonym_forms.count(w) > 0) && !k.display_names().set_of.count(w);
    };
    bool overlapping = false;
    for (const auto& o : other.entities) {
        if (o.core.empty()) continue;
        std::vector<bool> e_shared(e.core.size(), false), o_shared(o.core.size(), false);
        std::size_t shared = 0;
        for (std::size_t i = 0; i < e.core.size(); ++i)
            for (std::size_t j = 0; j < o.core.size(); ++j)
                if (word_match(e.core[i], o.core[j], cross)) {
                    shared += !e_shared[i];
                    e_shared[i] = o_shared[j] = true;
                }
        if (shared == 0) continue;
        overlapping = true;
        std::vector<const std::string*> eu, ou;
        for (std::size_t i = 0; i < e.core.size(); ++i)
            if (!e_shared[i]) eu.push_back(&e.core[i]);
        for (std::size_t j = 0; j < o.core.size(); ++j)
            if (!o_shared[j]) ou.push_back(&o.core[j]);
        if (eu.empty() || ou.empty()) return false;  // one holds the other: the same name, shortened
        // The words the target's name has and the source's lacks, and the reverse.
        const auto& gained = e_in_source ? ou : eu;
        const auto& lost = e_in_source ? eu : ou;
        auto resembles_lost = [&](const std::string& w) {
            return std::any_of(lost.begin(), lost.end(), [&](const std::string* x) { return resemble(*x, w, k, cross); });
        };
        bool differs = false;
        // A name gained must be new to the source sentence: "House Speaker Newt Gingrich" for "Newt
        // Gingrich, Speaker of the House" only moves a name.
        if (english)
            differs = std::any_of(gained.begin(), gained.end(), [&](const std::string* w) {
                return w->size() >= 2 && !translatable_word(*w, k) && !resembles_lost(*w) &&
                       std::any_of(w->begin(), w->end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                       std::none_of(source_words.begin(), source_words.end(),
                                    [&](const Word& sw) { return sw.has_letter && word_match(sw.key, *w, false); });
            });
        if (!differs && shared == 1 &&
            std::none_of(gained.begin(), gained.end(), [&](const std::string* w) { return resembles_lost(*w); })) {
            std::size_t at = 0, o_at = 0;
            while (!e_shared[at]) ++at;
            while (!o_shared[o_at]) ++o_at;
            // Generic: in English a word WordNet writes in lower case or a people's adjective; elsewhere the
            // head, at the same end of both names ("Banque ..." / "Banque ...", "... Bank" / "... Bank").
            if (!cross) {
                differs = e_english ? generic(e.core[at])
                                  : (e_shared.back() && o_shared.back()) || (e_shared.front() && o_shared.front());
            } else if (e_english != o_english) {
                // Across languages the other words are translated, so they must be seen to differ: each word
                // of the foreign name is in the dictionary, and no translation of it is among the English
                // name's words ("Nueva Jersey" is "New Jersey", "Banque des Territoires" no "World Bank").
                const bool e_foreign = !e_english;
                const Entity& f = e_foreign ? e : o;
                const Side& fs = e_foreign ? own : other;
                const auto& f_shared = e_foreign ? e_shared : o_shared;
                const Entity& english_name = e_foreign ? o : e;
                const std::string& language = e_foreign == e_in_source ? k.source_lang : k.target_lang;
                differs = generic(e_foreign ? o.core[o_at] : e.core[at]);
                for (std::size_t i = 0; differs && i < f.core.size(); ++i) {
                    if (f_shared[i] || i >= f.core_words.size() || f.core_words[i] >= fs.words.size()) continue;
                    const Word& w = fs.words[f.core_words[i]];
                    if (w.end > fs.text.size()) {
                        differs = false;
                        break;
                    }
                    // Any word of the English name: the cognate taken for the shared word may be false
                    // ("Siete Hermanas": "Siete" ~ "Sisters", while "Hermanas" translates as "sister").
                    const auto ts = translations(fs.text.substr(w.begin, w.end - w.begin), language, "en");
                    differs = !ts.empty() && std::none_of(ts.begin(), ts.end(), [&](const std::string& t) {
                        return std::any_of(english_name.core.begin(), english_name.core.end(),
                                           [&](const std::string& x) { return resemble(x, t, k, false); });
                    });
                }
            }
        }
        if (!differs) return false;
    }
    return overlapping;
}

// ---- Word by word ------------------------------------------------------------------------------------

// What a translation of one word of a name (folded, `from` -> `to`) may write: per part of it, the
// words of the part's dictionary translations, phrases included. A word the dictionary knows is one
// part ("Landgericht" -> "district", "court", "regional"); one it lacks splits at its hyphens, and a
// compound without a hyphen into a head and a last part the dictionary both knows ("Grundverordnung"
// = "Grund" + "verordnung"). A part with no translation has none. Cached per thread.
const std::vector<std::vector<std::string>>& word_parts(const std::string& folded, const std::string& from,
                                                         const std::string& to) {
    thread_local std::unordered_map<std::string, std::vector<std::vector<std::string>>> cache;
    const std::string key = from + ">" + to + ":" + folded;
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    if (cache.size() > 100000) cache.clear();
    std::vector<std::vector<std::string>> parts;
    auto compound = [&](const std::string& w) {
        auto ts = translations(w, from, to, true);
        if (!ts.empty() || w.size() < 8) {
            parts.push_back(std::move(ts));
            return;
        }
        // The longest last part first: "verordnung" before "ordnung".
        for (std::size_t i = 3; i + 4 <= w.size(); ++i) {
            if ((static_cast<unsigned char>(w[i]) & 0xC0) == 0x80) continue;
            auto tail = translations(w.substr(i), from, to, true);
            if (tail.empty()) continue;
            std::string head = w.substr(0, i);
            auto front = translations(head, from, to, true);
            // A linking "s" ("Landes" of "Landesgericht").
            if (front.empty() && head.size() > 4 && head.back() == 's') front = translations(head.substr(0, head.size() - 1), from, to, true);
            parts.push_back(std::move(front));
            parts.push_back(std::move(tail));
            return;
        }
        parts.emplace_back();
    };
    if (folded.find('-') == std::string::npos) {
        compound(folded);
    } else {
        auto whole = translations(folded, from, to, true);
        if (!whole.empty()) parts.push_back(std::move(whole));
        else
            for (std::size_t b = 0; b <= folded.size();) {
                std::size_t e = folded.find('-', b);
                if (e == std::string::npos) e = folded.size();
                if (e > b) compound(folded.substr(b, e - b));
                b = e + 1;
            }
    }
    return cache.emplace(key, std::move(parts)).first->second;
}

// Across languages, a name translated word by word: an institution's name rendered in the other
// language ("Landgericht Köln" / "Regional Court of Cologne", "Ministerio para la Transición Ecológica"
// / "Ministry for the Ecological Transition"). Each word of the name counts when the other side has it
// as itself, a cognate, a name the packs or ICU give for it, or a dictionary translation of it or of
// its parts, also as a part of a compound ("court" in "Landgericht"). A name of two words needs both, a
// longer one most of them; so a shared generic word never makes two institutions one ("Banque des
// Territoires" / "European Investment Bank"), nor a city the same court another ("Landgericht Köln" /
// "Regional Court of Bonn").
bool rendered_word_by_word(const Entity& e, const Side& own, const Side& other, bool e_in_source, const Knowledge& k) {
    if (e.acronym || e.core.empty() || e.core.size() != e.core_words.size()) return false;
    const std::string& from = e_in_source ? k.source_lang : k.target_lang;
    const std::string& to = e_in_source ? k.target_lang : k.source_lang;
    const Lexicon& other_lex = e_in_source ? k.target : k.source;
    const bool english = primary_language(from) == "en";
    // A translated word in the other side, itself, inflected, or as the beginning or end of a compound or
    // of a part of a hyphenated one ("Daten" of "Datenschutz-Grundverordnung"). Not a function word of a
    // translation ("the" of "the court").
    // The words of the other side that render one of the name's (for the test at the end).
    std::vector<char> used(other.words.size(), 0);
    auto mark = [&](const Word& o) {
        used[static_cast<std::size_t>(&o - other.words.data())] = 1;
        return true;
    };
    auto written = [&](const std::string& t) {
        if (other_lex.stop.count(t)) return false;
        return std::any_of(other.words.begin(), other.words.end(), [&](const Word& o) {
            if (!o.has_letter) return false;
            if (inflected_form(t, o.key)) return mark(o);
            if (t.size() < 4) return false;
            const std::string_view key = o.key;
            for (std::size_t b = 0; b < key.size();) {
                std::size_t end = key.find('-', b);
                if (end == std::string_view::npos) end = key.size();
                const std::string_view part = key.substr(b, end - b);
                if (part.size() >= t.size() + 3 && (part.starts_with(t) || part.ends_with(t))) return mark(o);
                b = end + 1;
            }
            return false;
        });
    };
    // The other way round: a word of the name among what a capitalised word of the other side translates
    // as, phrases and compounds included ("regional" of "Landgericht" = "regional court").
    auto translated_from = [&](const std::string& c) {
        return std::any_of(other.words.begin(), other.words.end(), [&](const Word& o) {
            if (!o.capitalised || o.acronym || o.key.size() < 4 || o.end > other.text.size()) return false;
            for (const auto& p : word_parts(text::fold_case(other.text.substr(o.begin, o.end - o.begin)), to, from))
                if (std::any_of(p.begin(), p.end(), [&](const std::string& t) { return inflected_form(t, c); })) return mark(o);
            return false;
        });
    };
    std::size_t hits = 0, multipart = 0;
    for (std::size_t ci = 0; ci < e.core.size(); ++ci) {
        const std::string& c = e.core[ci];
        bool hit = std::any_of(other.words.begin(), other.words.end(),
                               [&](const Word& o) { return o.has_letter && word_match(c, o.key, true) && mark(o); }) ||
                   (other.translated && other.translated->count(c)) || word_named_otherwise(c, other.words, k) ||
                   translated_from(c);
        if (!hit && c.size() >= 3 && e.core_words[ci] < own.words.size()) {
            const Word& w = own.words[e.core_words[ci]];
            if (w.end > own.text.size()) return false;
            const auto& parts = word_parts(text::fold_case(own.text.substr(w.begin, w.end - w.begin)), from, to);
            std::size_t rendered = 0;
            for (const auto& p : parts) rendered += std::any_of(p.begin(), p.end(), written);
            // Every part, or all but the first of three or more ("Ober-landes-gericht").
            hit = !parts.empty() && !parts.back().empty() &&
                  (rendered == parts.size() || (parts.size() >= 3 && rendered + 1 == parts.size()));
            multipart += parts.size() >= 2;
        }
        // A word that only names (a city, a country, a word WordNet writes only capitalised) must be there:
        // "Regional Court of Bonn" is no "Landgericht Köln", whatever the generic words say.
        if (!hit && (k.display_names().set_of.count(c) || k.set_of.count(c) ||
                     (english && english_lexicon().loaded && !translatable_word(c, k))))
            return false;
        hits += hit;
    }
    if (e.core.size() == 1 ? hits != 1 || multipart != 1 : e.core.size() == 2 ? hits != 2 : 3 * hits < 2 * e.core.size())
        return false;
    // Rendered inside a longer name of the other side, which brings words of its own, it is part of another
    // name: "Europäischer Gerichtshof" is not the "European Court of Human Rights".
    for (const auto& o : other.entities) {
        if (std::none_of(o.core_words.begin(), o.core_words.end(), [&](std::size_t w) { return w < used.size() && used[w]; }))
            continue;
        std::size_t own_words = 0;
        for (std::size_t j = 0; j < o.core.size() && j < o.core_words.size(); ++j) {
            if (o.core_words[j] < used.size() && used[o.core_words[j]]) continue;
            const std::string& x = o.core[j];
            if (std::any_of(e.core.begin(), e.core.end(), [&](const std::string& c) { return word_match(c, x, true); }) ||
                word_named_otherwise(x, own.words, k))
                continue;
            ++own_words;
        }
        if (own_words >= 2) return false;
    }
    return true;
}

bool has_counterpart(const Entity& e, const Side& own, const Side& other, bool e_in_source, const Knowledge& k,
                     bool cross, bool english = false) {
    // Its words are there, in any case and order: a lower-cased or reworded target still names it.
    // Each as itself is the common case, settled before any of the looser evidence below is gathered.
    auto as_itself = [&](const std::string& c) {
        return std::any_of(other.words.begin(), other.words.end(), [&](const Word& w) { return w.key == c; });
    };
    if (std::all_of(e.core.begin(), e.core.end(), as_itself)) return true;
    std::size_t found = 0;
    bool first_found = false;
    bool proper_unfound = false;  // an English word of the name not found that WordNet knows only as a name
    bool proper_found = false;    // one found
    std::vector<bool> by_symbol(e.core.size(), false);
    // Also within one language: "EUR 12 million" reworded as "€12 million".
    if (!other.text.empty()) currency_by_symbol(e, other, k, by_symbol);
    // Words of a known name inside a longer one: "Estados Unidos" of "Estados Unidos de América" as "US".
    if (e.core.size() >= 3)
        for (std::size_t from = 0; from + 1 < e.core.size(); ++from)
            for (std::size_t to = from + 2; to <= e.core.size() && to <= from + 4; ++to) {
                auto it = k.set_of.find(join(e.core, from, to));
                if (it == k.set_of.end()) continue;
                bool present = false;
                for (std::size_t id : it->second)
                    for (const auto& m : k.sets[id]) present = present || occurs(m, other.words);
                if (present)
                    for (std::size_t w = from; w < to; ++w) by_symbol[w] = true;
            }
    std::size_t by_dictionary = 0;  // words found only as a translation
    const std::string& own_lang = e_in_source ? k.source_lang : k.target_lang;
    const std::string& other_lang = e_in_source ? k.target_lang : k.source_lang;
    for (const auto& c : e.core) {
        // Exact first: the common case, and far cheaper than the fuzzy comparisons.
        bool hit = by_symbol[static_cast<std::size_t>(&c - e.core.data())] || as_itself(c);
        // The first word vouches for a partly translated name only when found as itself or under a known
        // name, not as a mere cognate ("Ministerprasident" ~ "Minister").
        if (&c == &e.core.front() && cross) first_found = hit || word_named_otherwise(c, other.words, k);
        for (std::size_t i = 0; !hit && i < other.words.size(); ++i)
            hit = other.words[i].has_letter && word_match(c, other.words[i].key, cross);
        // German capitals join nouns into one span: "zu Hause Tschechisch" still names the language.
        if (!hit && cross) hit = first_found || word_named_otherwise(c, other.words, k);
        // A word translated as the dictionary says: "Salud" as "Health", "Guerra" as "War".
        const std::size_t ci = static_cast<std::size_t>(&c - e.core.data());
        // Either way: "Jan Paweł" gives "John Paul", and "John Paul" is what "Jan Paweł" gives.
        if (!hit && cross && c.size() >= 3) {
            if (ci < e.core_words.size() && e.core_words[ci] < own.words.size()) {
                const Word& w = own.words[e.core_words[ci]];
                if (w.end <= own.text.size())
                    for (const auto& t : translations(own.text.substr(w.begin, w.end - w.begin), own_lang, other_lang)) {
                        hit = std::any_of(other.words.begin(), other.words.end(),
                                          [&](const Word& o) { return o.has_letter && inflected_form(t, o.key); });
                        if (hit) break;
                    }
            }
            if (!hit && other.translated) hit = other.translated->count(c) > 0;
            if (hit && ci == 0) first_found = true;
            by_dictionary += hit;
        }
        found += hit;
        const bool proper = english && english_lexicon().loaded && !translatable_word(c, k);
        if (!hit && proper && in_compound(c, other.words)) hit = true, ++found;
        if (!hit && proper) proper_unfound = true;
        proper_found = proper_found || (hit && proper);
    }
    if (found == e.core.size()) return true;
    // A short form of a long name, capitalised: "Rz" for "Rzeczpospolita", in either direction.
    if (e.core.size() == 1 && !e.acronym) {
        const std::string& c = e.core[0];
        const Lexicon& other_lex = e_in_source ? k.target : k.source;
        for (const auto& w : other.words) {
            // Not a function word that starts a sentence: "In" is no short form of "Indonesian".
            if (!w.capitalised || w.acronym || !w.has_letter || other_lex.stop.count(w.key)) continue;
            const std::string& shorter = c.size() < w.key.size() ? c : w.key;
            const std::string& longer = c.size() < w.key.size() ? w.key : c;
            if (shorter.size() >= 2 && shorter.size() <= 4 && longer.size() >= shorter.size() + 4 &&
                longer.compare(0, shorter.size(), shorter) == 0)
                return true;
        }
    }
    // Across languages the words that only name ("Lisbon" of "Treaty of Lisbon", "Tyrol" of "South Tyrol")
    // are all there, the others being words a translator translates.
    if (cross && proper_found && !proper_unfound) return true;
    // Within one language, a name partly restated ("Buffalo-Pittsburgh Highway" for "… Freeway", "China
    // Railway" for "China National Railway Group") is reworded, not replaced.
    if (!cross && found > 0 &&
        !another_name(e, own, other, e_in_source, k, false))
        return true;
    // Most of a longer name, with its last word (usually the family name or the head noun): "US President
    // Trump" for "US President Donald Trump"; never "North Africa" for "South Africa".
    auto last_found = [&] {
        for (const auto& w : other.words)
            if (w.has_letter && word_match(e.core.back(), w.key, cross)) return true;
        return false;
    };
    // Across languages the other words of a name may be translated: "Prague Transport Company" is "Prager
    // Verkehrsbetriebe"; half the words, or a third with the first, is enough.
    // In English the words left over must be ones a translator translates: "US President Erwin Huber" is
    // not "US-Präsident Donald Trump".
    // Words found only as translations show the description, not the name: some other must be there.
    if (cross ? found > by_dictionary && !proper_unfound &&
                    (2 * found >= e.core.size() || (first_found && 3 * found >= e.core.size())) &&
                    !another_name(e, own, other, e_in_source, k, true)
              : e.core.size() >= 3 && 2 * found > e.core.size() && last_found())
        return true;
    // An alias: EU = European Union = UE; Morocco = Kingdom of Morocco; Spanish = Spain. Under the whole
    // span, or under its core words when they differ ("President Macron", "Macron").
    auto alias_present = [&](const std::string& phrase) {
        auto it = k.set_of.find(phrase);
        if (it == k.set_of.end() || (!e.acronym && k.acronym_only(phrase))) return false;
        for (std::size_t id : it->second)
            for (const auto& member : k.sets[id])
                if (occurs(member, other.words) &&
                    !(member.size() == 1 && k.acronym_only(member[0]) &&
                      std::none_of(other.words.begin(), other.words.end(),
                                   [&](const Word& w) { return w.acronym && w.key == member[0]; })))
                    return true;
        return false;
    };
    const std::string core_phrase = join(e.core);
    if (alias_present(e.phrase) || (core_phrase != e.phrase && alias_present(core_phrase))) return true;
    if (cross) {
        // Also through the packs' aliases: to ICU, "Czech Republic" is "Czechia" (= Tschechien).
        std::vector<std::string> names{e.phrase};
        if (core_phrase != e.phrase) names.push_back(core_phrase);
        for (std::size_t i = 0, n = names.size(); i < n; ++i)
            if (auto it = k.set_of.find(names[i]); it != k.set_of.end())
                for (std::size_t id : it->second)
                    for (const auto& member : k.sets[id]) names.push_back(join(member));
        for (const auto& name : names)
            if (named_otherwise(name, other.words, k)) return true;
    }
    // An acronym equals the initials of its expansion, with or without the connectors, also written in
    // lower case ("VIN" for "vehicle identification number").
    if (e.acronym && e.core[0].size() >= 2 && spelled_out(e.core[0], other.words)) return true;
    if (e.acronym && !e.capitals.empty() && mixed_spelled_out(e.core[0], e.capitals, other.words)) return true;
    for (const auto& o : other.entities) {
        if (!e.acronym && o.acronym && !o.capitals.empty() && e.core.size() >= 2 &&
            mixed_spells(o.core[0], o.capitals, split_phrase(e.phrase)))
            return true;
        if (e.acronym && !o.acronym && o.core.size() >= 2 &&
            (initials(o.core) == e.core[0] || initials(split_phrase(o.phrase)) == e.core[0]))
            return true;
        if (!e.acronym && o.acronym && e.core.size() >= 2 &&
            (initials(e.core) == o.core[0] || initials(split_phrase(e.phrase)) == o.core[0]))
            return true;
        // The initials with one more letter for a word left out on one side: "EPL" for "Premier League".
        auto within = [](const std::string& inner, const std::string& outer) {
            return inner.size() >= 2 && outer.size() == inner.size() + 1 && outer.find(inner) != std::string::npos;
        };
        if (e.acronym && !o.acronym && o.core.size() >= 2 && within(initials(o.core), e.core[0])) return true;
        if (!e.acronym && o.acronym && e.core.size() >= 2 && within(initials(e.core), o.core[0])) return true;
    }
    // A shorter form of the same name: "Morocco" in "Kingdom of Morocco", "Marlasca" for the full name.
    // Its last word must be the name's last word, so "European" never stands for "European Commission".
    for (const auto& o : other.entities) {
        if (o.core.size() > e.core.size() || o.core.empty()) continue;
        for (std::size_t s = 0; s + o.core.size() <= e.core.size(); ++s) {
            std::size_t m = 0;
            while (m < o.core.size() && word_match(e.core[s + m], o.core[m], cross)) ++m;
            if (m == o.core.size() && (s + m == e.core.size() || m >= 2)) return true;
        }
    }
    // Last, as the dearest: translated word by word.
    return cross && !other.text.empty() && rendered_word_by_word(e, own, other, e_in_source, k);
}

// Two spellings of a name across languages, loosely: after folding letters that transcriptions swap (k/c,
// z/s, w/v, y/j/i), a common beginning of three letters, a common stretch of five, or at most 40% edits:
// "Cornwall" / "Cornovaglia", "Konstantynopola" / "Constantinople", "podkarpackiego" / "Subcarpathian".
bool loosely_alike(const std::string& a, const std::string& b) {
    auto norm = [](const std::string& x) {
        std::string out;
        for (char c : x) {
            switch (c) {
                case 'k': out += 'c'; break;
                case 'z': out += 's'; break;
                case 'w': out += 'v'; break;
                case 'y': case 'j': out += 'i'; break;
                case 'h': break;
                default: out += c;
            }
        }
        return out;
    };
    const std::string x = norm(a), y = norm(b);
    if (x.size() < 3 || y.size() < 3) return false;
    if (x.compare(0, 3, y, 0, 3) == 0) return true;
    const std::size_t hi = std::max(x.size(), y.size());
    if (edit_distance(x, y, hi * 2 / 5) <= hi * 2 / 5) return true;
    if (x.size() >= 5 && y.size() >= 5 && x.size() < 64 && y.size() < 64) {
        std::vector<std::size_t> prev(y.size() + 1, 0), cur(y.size() + 1, 0);
        for (std::size_t i = 1; i <= x.size(); ++i) {
            for (std::size_t j = 1; j <= y.size(); ++j) {
                cur[j] = x[i - 1] == y[j - 1] ? prev[j - 1] + 1 : 0;
                if (cur[j] >= 5) return true;
            }
            std::swap(prev, cur);
        }
    }
    return false;
}

// Same-language pairs: a replaced word that is only weakly a name ("Murray lost" -> "Hamáček lost")
// counts when the words around it are unchanged.
bool anchored(const Entity& s, const Entity& t, const std::vector<Word>& sw, const std::vector<Word>& tw) {
    auto key = [](const std::vector<Word>& w, std::ptrdiff_t i) -> const std::string* {
        return i >= 0 && static_cast<std::size_t>(i) < w.size() ? &w[static_cast<std::size_t>(i)].key : nullptr;
    };
    auto same = [&](std::ptrdiff_t a, std::ptrdiff_t b, bool need) {
        const std::string *x = key(sw, a), *y = key(tw, b);
        if (!x || !y) return !need && !x && !y;
        return *x == *y;
    };
    const auto sl = static_cast<std::ptrdiff_t>(s.last), tl = static_cast<std::ptrdiff_t>(t.last);
    const auto sf = static_cast<std::ptrdiff_t>(s.first), tf = static_cast<std::ptrdiff_t>(t.first);
    return (same(sl + 1, tl + 1, true) && same(sl + 2, tl + 2, false)) ||
           (same(sf - 1, tf - 1, true) && same(sf - 2, tf - 2, false));
}

EntityComparison compare(const std::vector<Word>& sw, const std::vector<Word>& tw, const Knowledge& k, bool cross,
                         std::string_view st, std::string_view tt) {
    EntityComparison r;
    r.source = find_entities(sw, k.source, k);
    r.target = find_entities(tw, k.target, k);
    std::unordered_set<std::string> s_translated, t_translated;
    if (cross) {
        auto fill = [](const std::vector<Word>& words, std::string_view text, const std::string& from,
                       const std::string& to, std::unordered_set<std::string>& out) {
            for (const auto& w : words)
                if (w.has_letter && w.key.size() >= 3 && w.end <= text.size())
                    for (auto& t : translations(text.substr(w.begin, w.end - w.begin), from, to)) out.insert(std::move(t));
        };
        fill(sw, st, k.source_lang, k.target_lang, s_translated);
        fill(tw, tt, k.target_lang, k.source_lang, t_translated);
    }
    const Side src{sw, r.source, st, cross ? &s_translated : nullptr}, tgt{tw, r.target, tt, cross ? &t_translated : nullptr};
    std::vector<std::size_t> s_strong, s_weak, t_strong, t_weak;
    const bool s_english = cross && primary_language(k.source_lang) == "en";
    const bool t_english = cross && primary_language(k.target_lang) == "en";
    // A source name made of common English words may be translated, so its absence is no evidence of a loss;
    // a name of that kind in the target without a counterpart still is.
    std::vector<char> s_found(r.source.size()), t_found(r.target.size());
    for (std::size_t i = 0; i < r.source.size(); ++i) s_found[i] = has_counterpart(r.source[i], src, tgt, true, k, cross, s_english);
    for (std::size_t i = 0; i < r.target.size(); ++i) t_found[i] = has_counterpart(r.target[i], tgt, src, false, k, cross, t_english);
    // An acronym the text defines ("Datenschutz-Grundverordnung (DSGVO)", "Consejo Superior de
    // Investigaciones Científicas (CSIC)") is another name of its expansion there: an expansion with a
    // counterpart gives its acronym one. The acronym's counterpart vouches for the expansion when it
    // spells it, or spells the expansion it defines on the other side ("Spanish National Research Council
    // (CSIC)" for the above); a name with a party after it ("Markus Söder (CSU)") is no definition.
    struct Definition {
        std::size_t name, acronym;
        bool spelled;
    };
    auto definitions = [](const std::vector<Entity>& es, std::string_view text) {
        std::vector<Definition> out;
        for (std::size_t b = 0; b < es.size(); ++b) {
            if (!es[b].acronym || es[b].core.empty() || es[b].end >= text.size() || text[es[b].end] != ')') continue;
            for (std::size_t a = 0; a < es.size(); ++a) {
                if (es[a].acronym || es[a].core.empty() || es[a].end > es[b].begin) continue;
                std::string_view gap = text.substr(es[a].end, es[b].begin - es[a].end);
                while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
                if (gap != "(") continue;
                const std::string& letters = es[b].core[0];
                out.push_back({a, b, es[a].core.size() >= 2 && (initials(es[a].core) == letters ||
                                                                initials(split_phrase(es[a].phrase)) == letters)});
            }
        }
        return out;
    };
    // Across languages only: within one the expansion itself is there to compare, and a definition kept
    // beside a replaced name ("World Bank (FAO)") must not vouch for it.
    if (cross) {
        const auto s_defs = definitions(r.source, st), t_defs = definitions(r.target, tt);
        auto link = [](const std::vector<Definition>& defs, const std::vector<Definition>& other_defs,
                       const std::vector<Entity>& es, const std::vector<Entity>& other_es, std::vector<char>& found) {
            for (const auto& d : defs) {
                if (found[d.name]) found[d.acronym] = 1;
                const bool spelled = d.spelled || std::any_of(other_defs.begin(), other_defs.end(), [&](const Definition& o) {
                    return o.spelled && other_es[o.acronym].core[0] == es[d.acronym].core[0];
                });
                if (found[d.acronym] && spelled) found[d.name] = 1;
            }
        };
        link(s_defs, t_defs, r.source, r.target, s_found);
        link(t_defs, s_defs, r.target, r.source, t_found);
    }
    for (std::size_t i = 0; i < r.source.size(); ++i)
        if (!s_found[i] && !translatable(r.source[i], s_english, k)) (r.source[i].weak ? s_weak : s_strong).push_back(i);
    for (std::size_t i = 0; i < r.target.size(); ++i)
        if (!t_found[i]) (r.target[i].weak ? t_weak : t_strong).push_back(i);
    // A region after its city ("Dallas, TX") is a qualifier a translation may spell out or leave out.
    std::erase_if(s_strong, [&](std::size_t i) { return r.source[i].qualifier; });
    std::erase_if(t_strong, [&](std::size_t i) { return r.target[i].qualifier; });
    // Across languages a name right after markup ("open the <i>Login Items</i>") names an interface
    // element by its label, which a translation renders in its own words.
    if (cross) {
        auto quoted = [](const Entity& e, std::string_view text) {
            std::size_t b = e.begin;
            while (b > 0 && text[b - 1] == ' ') --b;
            if (b == 0) return false;
            // Quotes also set off titles of works and names replaced in earnest: markup only.
            return text[b - 1] == '>';
        };
        std::erase_if(s_strong, [&](std::size_t i) { return !r.source[i].known && !r.source[i].acronym && quoted(r.source[i], st); });
        std::erase_if(t_strong, [&](std::size_t i) { return !r.target[i].known && !r.target[i].acronym && quoted(r.target[i], tt); });
    }
    // Across languages a source segment that is one name of several words and nothing else is a title or
    // an interface label ("Open Login Items", "App Background Activity"), translated as a phrase.
    // So is one made of such names and symbols alone ("Open Login Items & Extensions").
    if (cross && !r.source.empty() && !sw.empty()) {
        std::vector<bool> inside(sw.size(), false);
        std::size_t words_in_names = 0;
        for (const auto& e : r.source)
            for (std::size_t w = e.first; w <= e.last && w < sw.size(); ++w) inside[w] = true;
        bool label = true;
        for (std::size_t w = 0; w < sw.size(); ++w) {
            if (!sw[w].has_letter) continue;
            if (inside[w]) ++words_in_names;
            else label = false;
        }
        const bool plain = std::none_of(r.source.begin(), r.source.end(), [](const Entity& e) { return e.known || e.acronym; });
        if (label && plain && words_in_names >= 2 &&
            std::any_of(r.source.begin(), r.source.end(), [](const Entity& e) { return e.core.size() >= 2; })) {
            s_strong.clear();
            // Its translation, a label of its own, is no added name.
            std::erase_if(t_strong, [&](std::size_t i) { return !r.target[i].known && !r.target[i].acronym; });
        }
    }
    if (cross) {
        // Across languages a lone capitalised word is too often a common noun or a sentence's first word.
        // So is a single capitalised word, which may be a translated label ("Click Save" / "cliquez sur
        // Enregistrer"): alone it counts only as an acronym or a name the packs know. A run of German nouns
        // without a sign of a name ("Heiligen Krieg") is no more reliable.
        auto set_aside = [](std::vector<std::size_t>& strong, std::vector<std::size_t>& weak,
                            const std::vector<Entity>& es) {
            std::vector<std::size_t> singles = std::exchange(weak, {});
            std::erase_if(strong, [&](std::size_t i) {
                const bool single = (es[i].core.size() == 1 && !es[i].acronym && !es[i].known) || es[i].noun_run;
                if (single) singles.push_back(i);
                return single;
            });
            std::sort(singles.begin(), singles.end());
            return singles;
        };
        // Acronyms are localised ("GDP" / "BIP", "NGO" / "NRO") and expansions translated into ordinary
        // words, which nothing here can verify: an unmatched source acronym is no evidence of a loss, and an
        // unmatched target acronym is a localisation when the source has an unmatched acronym or longer
        // name of its own.
        // A source acronym counts only where the target has an unmatched name in its place that is no
        // localisation of it: a name that is not itself an acronym ("HCR" -> "European Commission"), or an
        // acronym without a letter in common ("RND" -> "ČSSD", never "GDP" -> "BIP" or "NGO" -> "NRO").
        const bool source_unmatched = std::any_of(s_strong.begin(), s_strong.end(), [&](std::size_t i) {
            return r.source[i].acronym || r.source[i].core.size() >= 2;
        });
        auto foreign = [](const std::string& a, const std::string& b) {
            return std::none_of(a.begin(), a.end(), [&](char c) { return b.find(c) != std::string::npos; });
        };
        std::vector<std::size_t> t_names;  // unmatched target names that may stand in a source acronym's place
        for (std::size_t i : t_strong)
            if (!r.target[i].noun_run && (!r.target[i].acronym || !source_unmatched)) t_names.push_back(i);
        const std::vector<std::size_t> s_unmatched = s_strong;
        std::erase_if(s_strong, [&](std::size_t i) {
            if (!r.source[i].acronym) return false;
            return std::none_of(t_names.begin(), t_names.end(), [&](std::size_t t) {
                return !r.target[t].acronym || foreign(r.source[i].core[0], r.target[t].core[0]);
            });
        });
        // An unmatched target acronym is a localisation when the source has an unmatched acronym sharing a
        // letter with it, or a longer name (its expansion, translated).
        std::erase_if(t_strong, [&](std::size_t t) {
            if (!r.target[t].acronym) return false;
            return std::any_of(s_unmatched.begin(), s_unmatched.end(), [&](std::size_t i) {
                return r.source[i].core.size() >= 2 ||
                       (r.source[i].acronym && !foreign(r.source[i].core[0], r.target[t].core[0]));
            });
        });
        const auto s_single = set_aside(s_strong, s_weak, r.source), t_single = set_aside(t_strong, t_weak, r.target);
        // Except a single word inside a sentence of a language that writes nouns in lower case, which no
        // dictionary knows as a word: a proper name ("filia Neckermann", "que Palestina pretende"). Asks the
        // FreeDict dictionary of the language into English (without one, nothing is known).
        if (!k.source.capitalised_nouns) {
            const std::string& sl = k.source_lang;
            const bool english_source = primary_language(sl) == "en";
            for (std::size_t i : s_single) {
                const Entity& a = r.source[i];
                if (a.weak || a.acronym || a.noun_run || a.core.size() != 1 || a.core[0].size() < 4 || a.core_words.empty())
                    continue;
                const Word& w = sw[a.core_words[0]];
                if (w.sentence_start || w.end > st.size() || !w.capitalised) continue;
                // Not from English: its place names are exonyms a translation replaces ("Bavaria" / "Bayern").
                if (english_source) continue;
                const auto& dict = text::BilingualDictionary::shared(sl, "en");
                if (dict.empty()) continue;
                // Or that is an English word as well, a cognate common noun ("Union" of "l'Union européenne").
                const bool word = !translations(st.substr(w.begin, w.end - w.begin), sl, "en").empty() ||
                                  (english_lexicon().loaded && english_lexicon().common(a.core[0]));
                // Nor when a word of the target spells it another way ("Losanna" / "Lausanne", "Česku" / "Czech").
                const bool alike = std::any_of(tw.begin(), tw.end(), [&](const Word& t) {
                    return t.has_letter && t.key.size() >= 4 && loosely_alike(t.key, a.core[0]);
                });
                if (!word && !alike && !k.display_names().set_of.count(a.core[0]))
                    s_strong.insert(std::upper_bound(s_strong.begin(), s_strong.end(), i), i);
            }
        }
        // Unless it is a country or language name standing where the other side has an unmatched name:
        // "Croatia" -> "Serbien" is a substitution, not a loss. Only as many as pair up, so this never
        // adds a finding, it only names the replacement.
        auto rescue = [&](const std::vector<std::size_t>& singles, const std::vector<Entity>& es,
                          std::vector<std::size_t>& strong, std::size_t want) {
            for (std::size_t i : singles) {
                if (strong.size() >= want) break;
                if (es[i].core.size() == 1 && k.display_names().set_of.count(es[i].core[0]))
                    strong.insert(std::upper_bound(strong.begin(), strong.end(), i), i);
            }
        };
        rescue(t_single, r.target, t_strong, s_strong.size());
        rescue(s_single, r.source, s_strong, t_strong.size());
        // A run of nouns in a language that capitalises them is a name when the other language, which
        // writes nouns in lower case, has an unmatched name in its place: "Peter Frampton" -> "Macura",
        // while "Heiligen Krieg" -> "holy war" has none. Again only as many as pair up.
        // Only a run in the source: in a target that capitalises nouns, a source name without a match is far
        // more often rendered in the translator's own form ("Brünn", "Ghaddafis", "Schulden-Harmagedon")
        // next to ordinary nouns than replaced by another name.
        if (k.source.capitalised_nouns && !k.target.capitalised_nouns) {
            const bool src_nouns = k.source.capitalised_nouns;
            const auto& runs_single = src_nouns ? s_single : t_single;
            const auto& names_single = src_nouns ? t_single : s_single;
            const auto& run_es = src_nouns ? r.source : r.target;
            const auto& name_es = src_nouns ? r.target : r.source;
            auto& run_strong = src_nouns ? s_strong : t_strong;
            auto& name_strong = src_nouns ? t_strong : s_strong;
            std::vector<std::size_t> runs, names;
            for (std::size_t i : runs_single)
                if (run_es[i].noun_run && run_es[i].core.size() >= 2) runs.push_back(i);
            for (std::size_t i : names_single)
                if (!name_es[i].weak && !name_es[i].noun_run) names.push_back(i);
            // "In its place": a run and a name pair only at about the same place in their sentences.
            const auto& run_words = src_nouns ? sw : tw;
            const auto& name_words = src_nouns ? tw : sw;
            auto place = [](const Entity& e, const std::vector<Word>& w) {
                return w.empty() ? 0.0 : (e.begin + e.end) / 2.0 / static_cast<double>(w.back().end);
            };
            auto near_any = [&](const Entity& e, const std::vector<Word>& ew, const std::vector<std::size_t>& others,
                                const std::vector<Entity>& oes, const std::vector<Word>& ow) {
                return std::any_of(others.begin(), others.end(),
                                   [&](std::size_t o) { return std::fabs(place(e, ew) - place(oes[o], ow)) <= 0.2; });
            };
            const auto runs0 = runs;
            std::erase_if(runs, [&](std::size_t i) { return !near_any(run_es[i], run_words, names, name_es, name_words); });
            std::erase_if(names, [&](std::size_t i) { return !near_any(name_es[i], name_words, runs0, run_es, run_words); });
            auto promote = [](std::vector<std::size_t>& strong, const std::vector<std::size_t>& from, std::size_t n) {
                for (std::size_t j = 0; j < from.size() && j < n; ++j)
                    strong.insert(std::upper_bound(strong.begin(), strong.end(), from[j]), from[j]);
            };
            const std::size_t r0 = run_strong.size(), n0 = name_strong.size();
            const std::size_t pairs = std::min(r0 + runs.size(), n0 + names.size());
            if (pairs > std::max(r0, n0)) {
                promote(run_strong, runs, pairs > r0 ? pairs - r0 : 0);
                promote(name_strong, names, pairs > n0 ? pairs - n0 : 0);
            }
        }
        // In an English target, a lone word that WordNet knows only as a name ("Hamáček", "Shenyang") is a
        // name for sure; standing where the source has an unmatched capitalised word of its own, with no
        // resemblance between the two (not "Mailand" / "Milan"), it replaced that word.
        if (t_english && english_lexicon().loaded) {
            auto place = [](const Entity& e, const std::vector<Word>& w) {
                return w.empty() ? 0.0 : (e.begin + e.end) / 2.0 / static_cast<double>(w.back().end);
            };
            std::vector<std::size_t> s_free, lone_names;
            for (std::size_t i : s_single)
                if (std::find(s_strong.begin(), s_strong.end(), i) == s_strong.end()) s_free.push_back(i);
            for (std::size_t t : t_single) {
                if (std::find(t_strong.begin(), t_strong.end(), t) != t_strong.end()) continue;
                const Entity& b = r.target[t];
                if (b.core.size() != 1 || b.acronym || b.noun_run || translatable_word(b.core[0], k)) continue;
                if (k.display_names().set_of.count(b.core[0])) continue;  // countries pair above, as rescued
                std::size_t best = s_free.size();
                double best_gap = 0.25;
                for (std::size_t j = 0; j < s_free.size(); ++j) {
                    const Entity& a = r.source[s_free[j]];
                    const double gap = std::fabs(place(a, sw) - place(b, tw));
                    const std::string& x = a.core.back();
                    const std::string& y = b.core[0];
                    if (gap < best_gap && edit_distance(x, y, std::max(x.size(), y.size()) / 2) > std::max(x.size(), y.size()) / 2) {
                        best = j;
                        best_gap = gap;
                    }
                }
                if (best == s_free.size()) {
                    // Inside a sentence, with nothing in its place and nothing like it in the source (an
                    // exonym, an adjective in lower case: "Losanna", "blanenských"), a name the source lacks.
                    if (!b.weak && std::none_of(sw.begin(), sw.end(), [&](const Word& w) {
                            return w.has_letter && w.key.size() >= 4 && loosely_alike(w.key, b.core[0]);
                        }))
                        lone_names.push_back(t);
                    continue;
                }
                r.substitutions.emplace_back(s_free[best], t);
                s_free.erase(s_free.begin() + static_cast<std::ptrdiff_t>(best));
            }
            for (std::size_t t : lone_names) t_strong.insert(std::upper_bound(t_strong.begin(), t_strong.end(), t), t);
        }
    }
    const std::size_t paired = std::min(s_strong.size(), t_strong.size());
    for (std::size_t i = 0; i < paired; ++i) r.substitutions.emplace_back(s_strong[i], t_strong[i]);
    std::vector<std::size_t> s_left(s_strong.begin() + static_cast<std::ptrdiff_t>(paired), s_strong.end());
    std::vector<std::size_t> t_left(t_strong.begin() + static_cast<std::ptrdiff_t>(paired), t_strong.end());
    // Weak candidates take part only in a substitution anchored by unchanged neighbours.
    auto pair_anchored = [&](std::vector<std::size_t>& ss, std::vector<std::size_t>& ts) {
        for (auto si = ss.begin(); si != ss.end();) {
            auto ti = std::find_if(ts.begin(), ts.end(),
                                   [&](std::size_t t) { return anchored(r.source[*si], r.target[t], sw, tw); });
            if (ti == ts.end()) {
                ++si;
                continue;
            }
            r.substitutions.emplace_back(*si, *ti);
            ts.erase(ti);
            si = ss.erase(si);
        }
    };
    // In English, a capitalised word that WordNet knows in lower case, alone at a sentence's start, is no
    // name when the word in its place is one too: "Nearly" / "Almost", "Wolf children" / "Feral children".
    const bool english = !cross && primary_language(k.source_lang) == "en" && english_lexicon().loaded;
    auto plain_word = [&](const Entity& e) {
        return english && e.core.size() == 1 && !e.acronym && !e.known && english_lexicon().common(e.core[0]) &&
               !k.set_of.count(e.core[0]);
    };
    if (english) {
        auto drop_plain = [&](std::vector<std::size_t>& weak, const std::vector<Entity>& es) {
            std::erase_if(weak, [&](std::size_t i) { return plain_word(es[i]); });
        };
        auto any_plain = [&](const std::vector<std::size_t>& weak, const std::vector<Entity>& es) {
            return std::any_of(weak.begin(), weak.end(), [&](std::size_t i) { return plain_word(es[i]); });
        };
        // (WordNet is asked about the target's words only when the source has such a word.)
        if (any_plain(s_weak, r.source) && any_plain(t_weak, r.target)) {
            drop_plain(s_weak, r.source);
            drop_plain(t_weak, r.target);
        }
    }
    pair_anchored(s_left, t_weak);
    pair_anchored(s_weak, t_left);
    pair_anchored(s_weak, t_weak);
    std::sort(r.substitutions.begin(), r.substitutions.end());
    // Unpaired, such a word is as often a common noun given a capital ("the Board", "the Navy", "Earth")
    // as a name: reported only in a substitution.
    std::erase_if(s_left, [&](std::size_t i) { return plain_word(r.source[i]); });
    std::erase_if(t_left, [&](std::size_t i) { return plain_word(r.target[i]); });
    // An acronym the target adds alone abbreviates as often something the source says in words ("COVID" for
    // "the new coronavirus", "KO" for "knockout") as it adds a name; in a substitution it still counts.
    if (!cross) std::erase_if(t_left, [&](std::size_t i) { return r.target[i].acronym; });
    r.missing = std::move(s_left);
    r.added = std::move(t_left);
    return r;
}

}  // namespace

namespace {

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
}  // namespace

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

namespace {

// fold_key written into `key`, whose buffer it reuses: split_words folds every word in place.
void fold_into(std::string_view text, std::string& key) {
    key.assign(text.data(), text.size());
    bool ascii = true;
    for (char& c : key) {
        if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
        else if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (ascii) return;
    // Other text by way of ICU, memoised per thread by its lower-cased bytes.
    thread_local std::unordered_map<std::string, std::string> cache;
    if (auto it = cache.find(key); it != cache.end()) {
        key = it->second;
        return;
    }
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    std::string folded;
    if (!fold_latin(u, folded)) {
        folded.clear();
        if (auto* t = to_ascii()) t->transliterate(u);
        else u.foldCase();
        u.toUTF8String(folded);
    }
    if (cache.size() > 50000) cache.clear();
    cache.emplace(std::move(key), folded);
    key = std::move(folded);
}

}  // namespace

std::string fold_key(std::string_view text) {
    std::string key;
    fold_into(text, key);
    return key;
}

std::vector<Word> split_words(std::string_view text) {
    std::vector<Word> out;
    out.reserve(text.size() / 5 + 1);
    bool pending_start = true, clean_gap = true, hyphen_gap = false;
    int commas = 0, other_marks = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t next = i;
        const char32_t c = next_cp(text, next);
        if (!is_word_char(c)) {
            if (ends_sentence(c)) pending_start = true;
            // A hyphen joins the parts of a compound name ("Kidawa-Błońska"), tokenised or not.
            // So does the apostrophe of an elided article or preposition: "Côte d'Ivoire", "Banca d'Italia".
            const bool elision = (c == '\'' || c == 0x2019) && !out.empty() && out.back().end == i &&
                                 out.back().end - out.back().begin <= 4 && !out.back().capitalised &&
                                 out.back().has_letter && is_letter_cp(peek(text, next));
            const bool space = is_space_cp(c);
            if (!space && !is_hyphen(c) && !elision) clean_gap = false;
            if (c == ',') ++commas;
            else if (!space) ++other_marks;
            if (is_hyphen(c)) hyphen_gap = true;
            i = next;
            continue;
        }
        const bool first = out.empty();
        Word& w = out.emplace_back();  // built in place
        w.begin = i;
        w.sentence_start = pending_start;
        w.joined = clean_gap && !first;
        w.hyphenated = w.joined && hyphen_gap;
        w.after_comma = !first && commas == 1 && other_marks == 0;
        std::size_t letters = 0, upper = 0, lower = 0, piece = 0;
        bool first_letter_upper = false, seen_letter = false, dotted = false;
        std::size_t j = i;
        int script = -1;  // 0: Latin letters and digits, 1: a script written without spaces
        for (;;) {
            // ASCII letters and digits, most of any word, by table and without branching on case.
            if (const unsigned flags = j < text.size() ? ascii_class(text[j]) : 0; flags != 0 && script != 1) {
                script = 0;
                const bool up = flags & kUpper, letter = flags & (kUpper | kLower);
                letters += letter;
                upper += up;
                lower += (flags & kLower) != 0;
                if (letter && !seen_letter) {
                    first_letter_upper = up;
                    seen_letter = true;
                }
                ++piece;
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
                    ++letters;
                    const bool up = d < 0x80 ? (d >= 'A' && d <= 'Z') : text::utf8::is_upper(d);
                    const bool lo = d < 0x80 ? (d >= 'a' && d <= 'z') : text::utf8::is_lower(d);
                    upper += up;
                    lower += lo;
                    if (!seen_letter) first_letter_upper = up;
                    seen_letter = true;
                }
                ++piece;
                j = after;
                continue;
            }
            // Dotted initials: "U.S.", "E.U." (a single letter, a dot, a letter).
            if (d == '.' && piece == 1 && letters > 0 && is_letter_cp(peek(text, after))) {
                std::size_t k = after;
                next_cp(text, k);
                if (!is_word_char(peek(text, k))) {
                    dotted = true;
                    piece = 0;
                    j = after;
                    continue;
                }
            }
            if (d == '.' && dotted && piece == 1) j = after;  // the final dot of "U.S." ends no sentence
            break;
        }
        w.end = j;
        w.in_identifier = (i > 0 && text[i - 1] == '_') || (j < text.size() && text[j] == '_');
        w.has_letter = letters > 0;
        w.capitalised = first_letter_upper || (upper > 0 && lower > 0);
        w.acronym = upper == letters && letters > 0 && (letters >= 2 || piece > letters || dotted);
        std::string_view raw = text.substr(i, j - i);
        if (!w.acronym && first_letter_upper && upper >= 2 && upper >= lower && letters == piece && letters >= 3 &&
            letters <= 7 && !dotted) {
            bool ascii = true;
            for (char ch : raw) ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
            if (ascii) {
                w.mixed_acronym = true;
                for (char ch : raw) w.capitals.push_back(ch >= 'A' && ch <= 'Z');
            }
        }
        if (dotted) {
            std::string undotted;
            for (char ch : raw)
                if (ch != '.') undotted += ch;
            fold_into(undotted, w.key);
        } else {
            fold_into(raw, w.key);
        }
        pending_start = false;
        clean_gap = true;
        hyphen_gap = false;
        commas = other_marks = 0;
        i = j;
    }
    return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t la = a.size(), lb = b.size();
    if ((la > lb ? la - lb : lb - la) > limit) return limit + 1;
    // Names are short: two rows on the stack, no allocation (longer words are compared as unequal).
    if (lb >= 64) return a == b ? 0 : limit + 1;
    std::size_t prev_row[64], cur_row[64];
    std::size_t* prev = prev_row;
    std::size_t* cur = cur_row;
    for (std::size_t j = 0; j <= lb; ++j) prev[j] = j;
    for (std::size_t i = 1; i <= la; ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= lb; ++j) {
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > limit) return limit + 1;
        std::swap(prev, cur);
    }
    return prev[lb];
}

const SegmentWords& segment_words(const SegmentView& view) {
    struct Memo {
        std::string source, target;
        SegmentWords words;
    };
    thread_local Memo memo;
    const std::string& s = view.segment.source.text;
    static const std::string none;
    const std::string& t = view.segment.target ? view.segment.target->text : none;
    if (memo.source != s || memo.target != t || (memo.words.source.empty() && memo.words.target.empty())) {
        memo.source = s;
        memo.target = t;
        memo.words.source = split_words(s);
        memo.words.target = split_words(t);
    }
    return memo.words;
}

EntityComparison compare_entity_texts(std::string_view source, std::string_view target, const PackSet& packs,
                                      std::string_view source_lang, std::string_view target_lang) {
    const auto k = knowledge(packs, source_lang, target_lang);
    const bool cross = primary_language(source_lang) != primary_language(target_lang);
    return compare(split_words(source), split_words(target), *k, cross, source, target);
}

bool mentioned_in(const Entity& e, const SegmentView& view, std::string_view other_target) {
    if (other_target.empty()) return false;
    const auto k = knowledge(view.packs, view.source_lang, view.target_lang);
    const bool cross = primary_language(view.source_lang) != primary_language(view.target_lang);
    const auto& words = segment_words(view);
    const std::vector<Word> ow = split_words(other_target);
    const std::vector<Entity> oe = find_entities(ow, k->target, *k);
    static const std::vector<Entity> none;
    const Side own{words.source, none, view.segment.source.text};
    const Side other{ow, oe, other_target};
    return has_counterpart(e, own, other, true, *k, cross, cross && primary_language(view.source_lang) == "en");
}

bool mentioned_in_source(const Entity& e, const SegmentView& view, std::string_view other_source) {
    if (other_source.empty() || !view.segment.target) return false;
    // Only within one language: across languages the evidence that a neighbour names it is too loose.
    if (primary_language(view.source_lang) != primary_language(view.target_lang)) return false;
    // Within one language every word of the name, as itself: a neighbour naming something like it is no
    // evidence ("American Dollar" is not "East African").
    if (primary_language(view.source_lang) == primary_language(view.target_lang)) {
        const std::vector<Word> ow = split_words(other_source);
        return !e.core.empty() && std::all_of(e.core.begin(), e.core.end(), [&](const std::string& c) {
            return std::any_of(ow.begin(), ow.end(), [&](const Word& w) { return inflected_form(c, w.key); });
        });
    }
    const auto k = knowledge(view.packs, view.source_lang, view.target_lang);
    const bool cross = primary_language(view.source_lang) != primary_language(view.target_lang);
    const auto& words = segment_words(view);
    const std::vector<Word> ow = split_words(other_source);
    const std::vector<Entity> oe = find_entities(ow, k->source, *k);
    static const std::vector<Entity> none;
    const Side own{words.target, none, view.segment.target->text};
    const Side other{ow, oe, other_source};
    return has_counterpart(e, own, other, false, *k, cross, cross && primary_language(view.target_lang) == "en");
}

bool target_refers_back(const SegmentView& view) {
    const auto k = knowledge(view.packs, view.source_lang, view.target_lang);
    if (k->target.anaphora.empty()) return false;
    const auto& words = segment_words(view);
    auto count = [](const std::vector<Word>& ws, const Lexicon& lex) {
        return std::count_if(ws.begin(), ws.end(), [&](const Word& w) { return lex.anaphora.count(w.key) > 0; });
    };
    return count(words.target, k->target) > count(words.source, k->source);
}

bool target_brings_name(const SegmentView& view) {
    const auto& c = compare_entities(view);
    if (!c.added.empty() || !c.substitutions.empty()) return true;
    const bool cross = primary_language(view.source_lang) != primary_language(view.target_lang);
    const auto k = knowledge(view.packs, view.source_lang, view.target_lang);
    const auto& words = segment_words(view);
    // Across languages: an acronym, or in English a word WordNet knows only capitalised.
    const bool english = cross && primary_language(view.target_lang) == "en" && english_lexicon().loaded;
    for (const auto& w : words.target) {
        if (!w.has_letter || !(w.capitalised || w.acronym) || (w.sentence_start && !w.acronym) ||
            k->target.stop.count(w.key))
            continue;
        if (cross && !w.acronym && !(english && !english_lexicon().common(w.key))) continue;
        if (std::none_of(words.source.begin(), words.source.end(),
                         [&](const Word& s) { return s.has_letter && word_match(s.key, w.key, cross); }))
            return true;
    }
    return false;
}

const EntityComparison& compare_entities(const SegmentView& view) {
    struct Memo {
        std::shared_ptr<const Knowledge> knowledge;
        std::string source, target;
        EntityComparison result;
    };
    thread_local Memo memo;
    const auto k = knowledge(view.packs, view.source_lang, view.target_lang);
    const std::string& s = view.segment.source.text;
    static const std::string none;
    const std::string& t = view.segment.target ? view.segment.target->text : none;
    if (memo.knowledge != k || memo.source != s || memo.target != t) {
        const auto& words = segment_words(view);
        const bool cross = primary_language(view.source_lang) != primary_language(view.target_lang);
        memo.result = compare(words.source, words.target, *k, cross, s, t);
        memo.knowledge = k;
        memo.source = s;
        memo.target = t;
    }
    return memo.result;
}

}  // namespace verity::rules
