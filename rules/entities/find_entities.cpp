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

}  // namespace

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
            return !(lex.english && k.english_words.loaded && !k.english_words.common(words[e.first].key) &&
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

}  // namespace verity::rules::entities
