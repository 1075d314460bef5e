#include "rules/entities/aliases.hpp"

#include <algorithm>

#include "rules/entities/phrase.hpp"
#include "rules/entities/spelling.hpp"

namespace verity::rules::entities {

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

// Words of a name that name a currency whose symbol the other side writes: "US-Dollar" for "$",
// "Pfund" for "£". Marks them in `hit`.
void currency_by_symbol(const Entity& e, std::string_view other_text, const Knowledge& k, std::vector<bool>& hit) {
    const auto& symbols = k.display_names().currency_symbols;
    for (std::size_t from = 0; from < e.core.size(); ++from)
        for (std::size_t to = from + 1; to <= e.core.size() && to <= from + 3; ++to) {
            auto it = symbols.find(join(e.core, from, to));
            if (it == symbols.end()) continue;
            for (const auto& sym : it->second)
                if (other_text.find(sym) != std::string_view::npos) {
                    for (std::size_t w = from; w < to; ++w) hit[w] = true;
                    break;
                }
        }
}

}  // namespace verity::rules::entities
