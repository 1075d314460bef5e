#include <algorithm>
#include <string>
#include <vector>

#include "rules/entities/counterpart.hpp"
#include "rules/entities/spelling.hpp"
#include "rules/entities/translatable.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules::entities {

namespace {

// Across languages, whether a foreign name `f` of side `fs` that shares a word (`f_shared`) with an English
// name is seen to differ from it: each of its other words is in the dictionary, and no translation of it
// is among the English name's words ("Nueva Jersey" is "New Jersey", "Banque des Territoires" no "World
// Bank").
bool translated_apart(const Entity& f, const Side& fs, const std::vector<bool>& f_shared, const Entity& english_name,
                      const std::string& language, const Knowledge& k, Translations& tr) {
    for (std::size_t i = 0; i < f.core.size(); ++i) {
        if (f_shared[i] || i >= f.core_words.size() || f.core_words[i] >= fs.words.size()) continue;
        const Word& w = fs.words[f.core_words[i]];
        if (w.end > fs.text.size()) return false;
        // Any word of the English name: the cognate taken for the shared word may be false ("Siete
        // Hermanas": "Siete" ~ "Sisters", while "Hermanas" translates as "sister").
        const auto ts = tr.of(fs.text.substr(w.begin, w.end - w.begin), language, "en");
        const bool differs = !ts.empty() && std::none_of(ts.begin(), ts.end(), [&](const std::string& t) {
            return std::any_of(english_name.core.begin(), english_name.core.end(),
                               [&](const std::string& x) { return resemble(x, t, k, false); });
        });
        if (!differs) return false;
    }
    return true;
}

}  // namespace

// Within one language a name that shares words with a name of the other side is mostly that name
// reworded ("Buffalo-Pittsburgh Highway" for "... Freeway", "China Railway" for "China National Railway
// Group"). It is another name when every such name of the other side
//   - shares with it only a generic word, the others having nothing in common: "World Bank" and "European
//     Investment Bank" share only the head "Bank", "European Council" and "European Commission" only an
//     adjective of place; or
//   - in English, brings a word that is a name (WordNet knows it only capitalised) and resembles none of
//     the words it lost: "US President Erwin Huber" for "US President Donald Trump".
// Across languages only the first test applies, a word being generic when its English side is a word
// WordNet writes in lower case: "Banque des Territoires" and "European Investment Bank" share only
// "Banque" ~ "Bank".
bool another_name(const Entity& e, const Side& own, const Side& other, bool e_in_source, const Knowledge& k,
                  Translations& tr, bool cross) {
    const std::vector<Word>& source_words = e_in_source ? own.words : other.words;
    const bool lexicon = k.english_words.loaded;
    const bool source_english = text::primary_language(k.source_lang) == "en";
    const bool target_english = text::primary_language(k.target_lang) == "en";
    const bool e_english = lexicon && (e_in_source ? source_english : target_english);
    const bool o_english = lexicon && (e_in_source ? target_english : source_english);
    const bool english = !cross && e_english;
    auto generic = [&](const std::string& w) {
        return (k.english_words.common(w) || k.demonym_forms.count(w) > 0) && !k.display_names().set_of.count(w);
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
                // Across languages the other words are translated, so they must be seen to differ.
                const bool e_foreign = !e_english;
                const std::string& language = e_foreign == e_in_source ? k.source_lang : k.target_lang;
                differs = generic(e_foreign ? o.core[o_at] : e.core[at]) &&
                          (e_foreign ? translated_apart(e, own, e_shared, o, language, k, tr)
                                     : translated_apart(o, other, o_shared, e, language, k, tr));
            }
        }
        if (!differs) return false;
    }
    return overlapping;
}

}  // namespace verity::rules::entities
