#include "rules/entities/find_entities.hpp"

#include <algorithm>
#include <utility>

namespace verity::rules::entities {
namespace {

// "II", "XIV", "XX": capitals that count, not name. Only I, V and X, so "CD", "DC" and "MIT" stay names.
bool roman_numeral(const Word& w) {
    if (!w.acronym || w.key.size() < 2 || w.key.size() > 5) return false;
    return std::all_of(w.key.begin(), w.key.end(), [](char c) { return c == 'i' || c == 'v' || c == 'x'; });
}

// The words of one text, read with the lists of its language.
class Finder {
public:
    Finder(const std::vector<Word>& words, const Lexicon& lex, const Knowledge& k)
        : words_(words), lex_(lex), k_(k), n_(words.size()) {}

    bool is_name_word(std::size_t i) const {
        const Word& w = words_[i];
        if (!w.has_letter || !(w.capitalised || w.acronym) || w.in_identifier) return false;
        if (unit_after_number(i) || currency_before_number(i)) return false;
        return w.acronym ? lex_.entity_stop.count(w.key) == 0 : lex_.stop.count(w.key) == 0;
    }
    // A capitalised stop word that begins a name the packs or ICU know with the name words after it:
    // "Stati" of "Stati Uniti" (Italian "stati" = "been").
    bool opens_known_name(std::size_t i) const {
        const Word& w = words_[i];
        if (!w.has_letter || !w.capitalised || w.acronym || w.in_identifier || !lex_.stop.count(w.key)) return false;
        std::string phrase = w.key;
        for (std::size_t j = i + 1; j < n_ && j <= i + 2 && joined(j) && is_name_word(j); ++j) {
            phrase += ' ' + words_[j].key;
            if (k_.set_of.count(phrase) || k_.display_names().set_of.count(phrase)) return true;
        }
        return false;
    }
    // A unit's symbol right after a number is no name: "128 GB", "3 MW", "40 kWh".
    bool unit_after_number(std::size_t i) const {
        if (i == 0 || !words_[i].joined || words_[i - 1].has_letter || !lex_.unit_symbols.count(words_[i].key)) return false;
        const std::string& n = words_[i - 1].key;
        return !n.empty() && std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; });
    }
    // A currency code right before an amount is no name: "CZK 34,125", "EUR 5".
    bool currency_before_number(std::size_t i) const {
        if (i + 1 >= n_ || !words_[i + 1].joined || !lex_.currency_codes.count(words_[i].key)) return false;
        const std::string& n = words_[i + 1].key;
        return !n.empty() && n[0] >= '0' && n[0] <= '9';
    }
    std::size_t span_end(std::size_t i) const;
    Entity span(std::size_t first, std::size_t last, std::size_t& titled) const;
    void drop_uncertain_first(Entity& e) const;
    void drop_nouns_before_person(Entity& e) const;
    bool no_name(const Entity& e) const;
    void describe(Entity& e, std::size_t titled) const;
    // An English name whose uncertain first word was left out, its one word inside the sentence and
    // unknown to WordNet as an ordinary word: "Anna Okonedo" (not "Help Center").
    bool surely_named(const Entity& e) const {
        const Word& w = words_[e.core_words.front()];
        return e.first_uncertain && lex_.english && k_.english_words.loaded && !starts(e.core_words.front()) &&
               !w.acronym && !w.mixed_acronym && !k_.english_words.common(e.core[0]);
    }

private:
    bool is_title(std::size_t i) const { return lex_.titles.count(words_[i].key) > 0; }
    bool is_initial(std::size_t i) const { return words_[i].key.size() == 1 && words_[i].capitalised; }
    // "Dr. Smith", "J. Smith": the stop ends an abbreviation, not a sentence.
    bool starts(std::size_t i) const {
        return words_[i].sentence_start && !(i > 0 && (is_title(i - 1) || is_initial(i - 1)));
    }
    bool joined(std::size_t i) const { return words_[i].joined || (i > 0 && !starts(i) && words_[i].sentence_start); }

    const std::vector<Word>& words_;
    const Lexicon& lex_;
    const Knowledge& k_;
    const std::size_t n_;
};

// The last word of the name that begins with word `i`: name words joined by spaces or hyphens, and
// connectors between them.
std::size_t Finder::span_end(std::size_t i) const {
    std::size_t last = i, j = i + 1;
    bool connected = false;
    while (j < n_ && joined(j)) {
        if (is_name_word(j) && !starts(j)) {
            last = j++;
            continue;
        }
        // Up to two lower-case connectors inside a name: "Minister of the Interior", "Charles de Gaulle".
        std::size_t c = j;
        while (c < n_ && c - j < 2 && joined(c) && !words_[c].capitalised && lex_.connectors.count(words_[c].key)) ++c;
        if (c > j && c < n_ && joined(c) && is_name_word(c) && !starts(c)) {
            last = c;
            j = c + 1;
            connected = true;
            continue;
        }
        // An office named after a title and a connector goes on past "and": "Minister for Europe and
        // Foreign Affairs", "Secretary of State for Health and Social Care"; not "King Charles and Camilla".
        if (connected && is_title(i) && j + 1 < n_ && !words_[j].capitalised && lex_.joiners.count(words_[j].key) &&
            joined(j + 1) && is_name_word(j + 1) && !starts(j + 1) && !is_title(j + 1)) {
            last = j + 1;
            j += 2;
            continue;
        }
        // An institution named with "and" is one name when two or three name words after it end in an
        // institution's head word and the words before it do not: "Food and Agriculture Organization",
        // "Department of Health and Human Services"; not "France and Germany", nor two institutions
        // ("Commission and Council"), nor a list of names ("Thomas Cook Retail and Thomas Cook Financial
        // Services"), nor an office ("Executive Officer and Manager of the Regional Strategy Office").
        constexpr std::size_t kInstitutionWords = 3;
        if (j + 1 < n_ && !words_[j].capitalised && lex_.joiners.count(words_[j].key) &&
            !lex_.institution_heads.count(words_[last].key) && joined(j + 1) && is_name_word(j + 1) && !starts(j + 1) &&
            !is_title(j + 1)) {
            const std::size_t end = span_end(j + 1);
            bool plain = end - j <= kInstitutionWords && words_[j + 1].key != words_[i].key;
            for (std::size_t w = j + 1; w <= end && plain; ++w) plain = is_name_word(w);
            if (plain && lex_.institution_heads.count(words_[end].key)) return end;
        }
        break;
    }
    return last;
}

// The name spanning words [first, last]: its phrase and its core words, titles counted in `titled`.
Entity Finder::span(std::size_t first, std::size_t last, std::size_t& titled) const {
    Entity e;
    e.first = first;
    e.last = last;
    e.begin = words_[first].begin;
    e.end = words_[last].end;
    e.core.reserve(last - first + 1);
    e.core_words.reserve(last - first + 1);
    for (std::size_t w = first; w <= last; ++w) {
        // Every folded word of the span, space-separated (as `join` writes it).
        if (!e.phrase.empty()) e.phrase += ' ';
        e.phrase += words_[w].key;
        if (is_title(w)) ++titled;
        else if (words_[w].capitalised || words_[w].acronym) {
            e.core.push_back(words_[w].key);
            e.core_words.push_back(w);
        }
    }
    return e;
}

// The first word of a sentence may just be capitalised there ("Press Enter", "Click Save"): unless the
// whole is a known name, the name is what follows.
// In English a first word that WordNet knows only capitalised is a name wherever it stands ("Barack Obama
// said"), and in any language a common given name is.
void Finder::drop_uncertain_first(Entity& e) const {
    const Word& first = words_[e.first];
    // (Asked last: a WordNet lookup.)
    auto plain_first = [&] {
        return !(lex_.english && k_.english_words.loaded && !k_.english_words.common(first.key) && first.has_letter);
    };
    // (Nor a common given name before another name: "Monika Gerstenmeier, Leiterin Vertrieb".)
    if (starts(e.first) && e.last > e.first && !k_.set_of.count(e.phrase) && !first.acronym && e.core.size() > 1 &&
        !e.core.empty() && e.core.front() == first.key && !k_.given_names.count(first.key) && plain_first()) {
        e.core.erase(e.core.begin());
        e.core_words.erase(e.core_words.begin());
        e.first_uncertain = true;
    }
}

// In a language that capitalises its nouns, a noun or two before a person's name join it as titles do
// ("Rennleiter Gareth Price", "Kreisvertrauensapothekerin Dorothea Wendtland"): the name is the person's, from
// the given name on, so that its family name is compared as one ("Wendtland" / "Wentland").
void Finder::drop_nouns_before_person(Entity& e) const {
    constexpr std::size_t kNounsBefore = 2;
    if (!lex_.capitalised_nouns || e.core.size() < 3 || k_.set_of.count(e.phrase)) return;
    for (std::size_t gi = 1; gi <= kNounsBefore && gi + 1 < e.core.size(); ++gi) {
        if (k_.set_of.count(e.core[gi - 1]) || k_.given_names.count(e.core[gi - 1]) ||
            words_[e.core_words[gi - 1]].acronym)
            return;
        if (!k_.given_names.count(e.core[gi]) || k_.given_names.count(e.core.back())) continue;
        e.core.erase(e.core.begin(), e.core.begin() + static_cast<std::ptrdiff_t>(gi));
        e.core_words.erase(e.core_words.begin(), e.core_words.begin() + static_cast<std::ptrdiff_t>(gi));
        return;
    }
}

// Letters from which a word in capitals is a word, not an acronym ("ADMISIÓN"; "UNICEF" has six).
constexpr std::size_t kHeadlineWord = 7;

// The characters of a UTF-8 word (its bytes but continuation bytes).
std::size_t letters(const std::string& key) {
    return static_cast<std::size_t>(
        std::count_if(key.begin(), key.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Capitals that are not acronyms: a Roman numeral ("XX", "III") or a headline set in capitals, where one
// word is a function word of the language ("WHAT HAPPENED", "WENN ES GESCHAH").
bool Finder::no_name(const Entity& e) const {
    const std::size_t last = e.last;
    if (last == e.first && roman_numeral(words_[last])) return true;
    // A lone capital letter is an initial or a one-letter word ("В php.ini", "Η επέκταση"), not a name.
    if (last == e.first && words_[last].key.size() == 1 && !words_[last].acronym) return true;
    if (last > e.first && std::all_of(words_.begin() + static_cast<std::ptrdiff_t>(e.first),
                                      words_.begin() + static_cast<std::ptrdiff_t>(last) + 1,
                                      [&](const Word& w) { return w.acronym || !w.has_letter; })) {
        // Also a run with a word too long for an acronym ("ZASADACH BAGAŻOWYCH"), or of three words or more
        // with a short function word ("AVIS DE RAPPEL").
        const bool long_run = last >= e.first + 2;
        bool function_word = false;
        for (std::size_t w = e.first; w <= last; ++w) {
            const std::string& key = words_[w].key;
            function_word = function_word || (key.size() >= (long_run ? 2 : 3) && lex_.stop.count(key) &&
                                              !lex_.entity_stop.count(key)) ||
                            letters(key) >= kHeadlineWord;
        }
        if (function_word) return true;
    }
    return false;
}

// What kind of name it is: an acronym, a qualifier, known to the packs, weak, a run of nouns.
void Finder::describe(Entity& e, std::size_t titled) const {
    const std::size_t last = e.last;
    e.acronym = e.core.size() == 1 && (words_[last].acronym || words_[last].mixed_acronym) && last == e.first;
    e.qualifier = e.acronym && words_[last].acronym && e.core[0].size() <= 3 && words_[e.first].after_comma &&
                  e.first > 0 && words_[e.first - 1].capitalised && !words_[e.first - 1].acronym;
    if (e.acronym && words_[last].mixed_acronym) e.capitals = words_[last].capitals;
    e.known = k_.set_of.count(e.phrase) > 0 && !(k_.acronym_only(e.phrase) && !e.acronym);
    e.weak = e.core.size() == 1 && titled == 0 && !words_[e.first].acronym && !words_[e.first].mixed_acronym &&
             (lex_.capitalised_nouns || (starts(e.first) && !surely_named(e))) && !e.known;
    // An acronym shows a name, unless it only begins a compound noun ("EU-Kommissar", "CIA-Flüge").
    bool has_acronym = false;
    for (std::size_t w = e.first; w <= last; ++w)
        has_acronym = has_acronym || (words_[w].acronym && !(w < last && words_[w + 1].hyphenated && !words_[w + 1].acronym));
    // A person's name is no run of nouns: "Jens Albrecht", "Frau Anna Keller".
    e.noun_run = lex_.capitalised_nouns && !e.known && titled == 0 && !has_acronym &&
                 last - e.first + 1 == e.core.size() + (e.first_uncertain ? 1 : 0) &&
                 !person_name(e, words_, lex_, k_);
}

}  // namespace

bool person_name(const Entity& e, const std::vector<Word>& words, const Lexicon& lex, const Knowledge& k) {
    if (e.acronym || e.known || e.core.size() < 2 || e.core.size() > 4 || e.core_words.empty()) return false;
    // A name ending in capitals is no person's ("Elizabeth II", "Jens Keller GmbH").
    if (e.core_words.back() >= words.size() || words[e.core_words.back()].acronym) return false;
    const std::size_t first = e.core_words[0];
    if (first > 0 && first - 1 < words.size() && lex.honorifics.count(words[first - 1].key)) return true;
    return k.given_names.count(e.core[0]) > 0;
}

std::vector<Entity> find_entities(const std::vector<Word>& words, const Lexicon& lex, const Knowledge& k) {
    const Finder finder(words, lex, k);
    std::vector<Entity> out;
    for (std::size_t i = 0; i < words.size();) {
        if (!finder.is_name_word(i) && !finder.opens_known_name(i)) {
            ++i;
            continue;
        }
        const std::size_t last = finder.span_end(i);
        std::size_t titled = 0;
        Entity e = finder.span(i, last, titled);
        finder.drop_uncertain_first(e);
        finder.drop_nouns_before_person(e);
        i = last + 1;
        if (e.core.empty()) continue;  // a bare title: "the President said"
        if (finder.no_name(e)) continue;
        finder.describe(e, titled);
        if (out.empty()) out.reserve(8);  // a sentence names a few things: no regrowth for most
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace verity::rules::entities
