#include "rules/entities/translatable.hpp"

#include <algorithm>

#include "rules/entities/phrase.hpp"

namespace verity::rules::entities {

// Every word of the name is an English word WordNet lists in lower case: a description that may be
// translated. Unknown without WordNet.
// A word a translation renders in its own words: a common English word or a demonym ("Russian").
bool translatable_word(const std::string& w, const Knowledge& k) {
    return k.demonym_forms.count(w) || k.english_words.common(w);
}

// Every word of an English name is a word a translator translates: a description ("Football Association",
// "Ministry of Culture"), an adjective of a people ("South American"), a headline in capitals ("WHAT
// HAPPENED"). Unknown without WordNet.
bool translatable(const Entity& e, bool english, const Knowledge& k) {
    if (!english || e.core.empty()) return false;
    const EnglishLexicon& lex = k.english_words;
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

}  // namespace verity::rules::entities
