#include "rules/entities/certainty.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "rules/entities/knowledge.hpp"
#include "rules/entities/phrase.hpp"
#include "rules/entities/translations.hpp"
#include "xliff/text/edit_distance.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::rules::entities {
namespace {

// How much each reason to doubt lowers the confidence.
constexpr double kOtherScript = 0.35;
constexpr double kUnknownLanguage = 0.2;
constexpr double kTitleCaseLabel = 0.3;
constexpr double kOrdinaryWords = 0.2;
constexpr double kOrdinaryWeak = 0.4;
constexpr double kWholeUnit = 0.35;
constexpr double kPseudoText = 0.5;
constexpr double kQuoted = 0.2;

// Quotation marks of the languages: straight, curly, low, guillemets.
constexpr std::string_view kQuotes[] = {"'", "\"", "\u2018", "\u2019", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb"};

// The letters and digits of a folded word ("n'u-jorku" → "nujorku").
std::string letters_of(std::string_view key) {
    std::string out;
    for (char c : key)
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    return out;
}

}  // namespace

bool mostly_other_script(std::string_view text) {
    std::size_t latin = 0, other = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = text::utf8::next(text, i);
        if (!text::utf8::is_letter(cp)) continue;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
        if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) continue;
        (script == USCRIPT_LATIN ? latin : other) += 1;
    }
    return other > 0 && other * 3 >= latin + other;
}

bool is_headline(std::string_view text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '"' || text.back() == '\''))
        text.remove_suffix(1);
    return !text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?' && text.back() != ':' &&
           text.back() != ';';
}

bool title_cased_headline(std::string_view text, const std::vector<Word>& words) {
    if (!is_headline(text)) return false;
    std::size_t long_words = 0, capitalised = 0;
    for (const Word& w : words) {
        if (!w.has_letter || w.acronym || w.key.size() < 4) continue;
        ++long_words;
        capitalised += w.capitalised;
    }
    return long_words >= 3 && 10 * capitalised >= 9 * long_words;
}

namespace {

// A short text whose words of three letters or more all start with a capital: a title-case UI label or
// heading ("Allow in the Background", "ACME Long Term Outlook"), where capitals say nothing about names.
// Acronyms may stand among them; two words at least must be capitalised words.
bool title_case_label(const std::vector<Word>& words) {
    std::size_t long_words = 0;
    for (const Word& w : words) {
        if (!w.has_letter || w.key.size() < 3 || w.acronym) continue;
        if (!w.capitalised) return false;
        ++long_words;
    }
    return long_words >= 2 && words.size() <= 8;
}

// Whether the name is all the text there is: a unit that only names a country or a product, translated as
// a whole in ways no list covers ("Yhdistynyt kuningaskunta" for "United Kingdom").
bool whole_text(const Entity& e, const std::vector<Word>& words) {
    for (std::size_t i = 0; i < words.size(); ++i)
        if (words[i].has_letter && (i < e.first || i > e.last)) return false;
    return true;
}

// Whether the other side is itself a name the packs or ICU know, which then stands for another thing.
bool known_name(std::string_view text, const Knowledge& k) {
    const std::string phrase = join(split_phrase(text));
    return k.set_of.count(phrase) > 0 || k.display_names().set_of.count(phrase) > 0;
}

// Pseudo-text (test data with vowels replaced by digits, "R9nd9m9z9d Tr99l"): at least two words, and a
// quarter of them, with a digit between letters. Its capitals mark nothing.
bool pseudo_text(const std::vector<Word>& words) {
    std::size_t odd = 0, letters = 0;
    for (const Word& w : words) {
        if (!w.has_letter) continue;
        ++letters;
        const std::string& key = w.key;
        for (std::size_t i = 1; i + 1 < key.size(); ++i)
            if (key[i] >= '0' && key[i] <= '9' && std::isalpha(static_cast<unsigned char>(key[i - 1])) &&
                std::isalpha(static_cast<unsigned char>(key[i + 1]))) {
                ++odd;
                break;
            }
    }
    return odd >= 2 && 4 * odd >= letters;
}

// Whether a text has a quotation mark; an apostrophe between letters ("programme's", "l'automne") is none.
bool has_quote(std::string_view text) {
    for (std::string_view q : kQuotes)
        for (std::size_t p = text.find(q); p != std::string_view::npos; p = text.find(q, p + 1)) {
            const std::size_t after = p + q.size();
            const bool inside_word = (q == "'" || q == "\u2019") && p > 0 && after < text.size() &&
                                     std::isalpha(static_cast<unsigned char>(text[p - 1])) &&
                                     std::isalpha(static_cast<unsigned char>(text[after]));
            if (!inside_word) return true;
        }
    return false;
}

// A name in quotes ("the 'Pre-Open Prices' setting"): the label of a setting or a title, which a
// translation renders in its own words.
bool quoted(const Entity& e, std::string_view text) {
    auto quote = [](std::string_view s) {
        for (std::string_view q : kQuotes)
            if (s.size() >= q.size() && s.substr(0, q.size()) == q) return true;
        return false;
    };
    std::size_t b = e.begin;
    while (b > 0 && text[b - 1] == ' ') --b;
    std::size_t before = b;
    while (before > 0 && (static_cast<unsigned char>(text[before - 1]) & 0xC0) == 0x80) --before;
    if (before == 0) return false;
    --before;
    while (before > 0 && (static_cast<unsigned char>(text[before]) & 0xC0) == 0x80) --before;
    std::size_t after = e.end;
    while (after < text.size() && text[after] == ' ') ++after;
    return quote(text.substr(before, b - before)) && after < text.size() && quote(text.substr(after));
}

// Whether every word of the name that is not an acronym is an ordinary English word (WordNet), and
// there is one.
bool ordinary_english_words(const Entity& e, const std::vector<Word>& words, const Knowledge& k) {
    if (!k.english_words.loaded) return false;
    std::size_t ordinary = 0;
    for (std::size_t i : e.core_words) {
        if (i >= words.size()) return false;
        if (words[i].acronym || words[i].mixed_acronym) continue;
        if (!k.english_words.common(words[i].key)) return false;
        ++ordinary;
    }
    return ordinary > 0;
}

// Whether every word of the name that is not an acronym is an ordinary word of its language, one its
// dictionary into English renders in lower case ("Tribunale", "Endstand", "Urząd Miasta"), and there is one.
bool ordinary_words(const Entity& e, const std::vector<Word>& words, std::string_view text, const std::string& lang,
                    Translations& tr) {
    std::size_t ordinary = 0;
    for (std::size_t i : e.core_words) {
        if (i >= words.size() || words[i].end > text.size()) return false;
        if (words[i].acronym || words[i].mixed_acronym) continue;
        if (!tr.ordinary(text.substr(words[i].begin, words[i].end - words[i].begin), lang)) return false;
        ++ordinary;
    }
    return ordinary > 0;
}

}  // namespace

bool after_determiner(const std::vector<Word>& words, std::size_t i, const Lexicon& lex) {
    while (i > 0 && (words[i].hyphenated || !words[i - 1].has_letter)) --i;
    return i > 0 && lex.determiners.count(words[i - 1].key) > 0;
}

bool capitals_say_nothing(const Entity& e, const std::vector<Word>& words, const Lexicon& lex) {
    if (e.core.size() != 1 || e.core_words.empty() || e.core_words[0] >= words.size()) return false;
    const std::size_t i = e.core_words[0];
    return words[i].sentence_start || (lex.capitalised_nouns && after_determiner(words, i, lex));
}

bool transliterated_in(const Entity& e, std::string_view other_text) {
    std::vector<std::string> others;
    for (const Word& w : split_words(other_text)) others.push_back(letters_of(w.key));
    std::size_t matched = 0, needed = 0;
    for (const std::string& core : e.core) {
        const std::string name = letters_of(core);
        if (name.size() < 3) continue;
        ++needed;
        // An inflected or transliterated form, either way round: about the same letters at the start of
        // the longer word as the whole shorter one, an ending added ("Jorku" for "York", "Londynie" for
        // "London", "York" for "Jorku").
        const bool found = std::any_of(others.begin(), others.end(), [&](const std::string& w) {
            if (e.acronym) return w == name;  // letters, not a word: "UPS" is not "uns"
            const std::string_view shorter = w.size() < name.size() ? std::string_view(w) : std::string_view(name);
            const std::string_view longer = w.size() < name.size() ? std::string_view(name) : std::string_view(w);
            if (shorter.size() < 3 || longer.size() > shorter.size() + 4) return false;
            const std::size_t limit = shorter.size() / 3;
            return text::edit_distance(shorter, longer.substr(0, shorter.size()), limit) <= limit;
        });
        matched += found;
    }
    return needed > 0 && matched == needed;
}

double missing_name_confidence(const SegmentView& v, const Entity& e, bool in_source, double base) {
    const std::string& own_text = in_source ? v.segment.source.text : v.segment.target->text;
    const std::string& other_text = in_source ? v.segment.target->text : v.segment.source.text;
    const std::string_view own_lang = in_source ? v.source_lang : v.target_lang;
    const SegmentWords& words = segment_words(v);
    const std::vector<Word>& own_words = in_source ? words.source : words.target;
    double confidence = base;
    const Knowledge& k = knowledge(v.run, v.source_lang, v.target_lang);
    // Reasons that hold for any name, known or not: test data, and a unit that is only the name (unless
    // the other side names another thing the packs or ICU know).
    if (pseudo_text(own_words)) confidence -= kPseudoText;
    // (Within one language a unit that is a name stays that name.)
    const bool same_language = text::primary_language(v.source_lang) == text::primary_language(v.target_lang);
    if (!same_language && whole_text(e, own_words) && !known_name(other_text, k)) confidence -= kWholeUnit;
    if (e.known) return std::max(confidence, 0.05);  // the packs know its other names
    if (mostly_other_script(other_text) && !mostly_other_script(own_text)) confidence -= kOtherScript;
    if (!same_language && (!v.source_pack || !v.target_pack)) confidence -= kUnknownLanguage;
    if (!e.acronym && title_case_label(own_words)) confidence -= kTitleCaseLabel;
    // Across languages only, and when the other side quotes something too: there the quotes mark a label
    // translated; within one language a quoted name replaced ("Hanna" -> "Alberto") is still a replacement.
    if (!same_language && !e.acronym && quoted(e, own_text) && has_quote(other_text)) confidence -= kQuoted;
    // Across languages, a name made of ordinary words is often a description the translation renders in its
    // own words; a lone one at the start of a sentence is barely a name at all ("Dzieci", "Person"). From
    // languages other than English only a one-word name: the dictionary finds the words of a longer one on
    // the other side when they are rendered ("Banque des Territoires" is no "European Investment Bank").
    if (!same_language && !e.acronym) {
        const bool english = text::primary_language(own_lang) == "en";
        if (english ? ordinary_english_words(e, own_words, k)
                    : e.core.size() == 1 && ordinary_words(e, own_words, own_text, std::string(own_lang),
                                                           document_translations(v.document_context, v.run)))
            confidence -= capitals_say_nothing(e, own_words, in_source ? k.source : k.target) ? kOrdinaryWeak
                                                                                              : kOrdinaryWords;
    }
    return std::max(confidence, 0.05);
}

}  // namespace verity::rules::entities
