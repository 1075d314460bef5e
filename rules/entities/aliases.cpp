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

namespace {

// Whether `word` of the other side, spelt like a word of a name of `code` (empty: a pack's alias set), is a
// word of another thing's names: "Australia" is no spelling of "Austria", nor "Vereinigte" (of "Vereinigte
// Staaten") of "Vereinigtes" (of "Vereinigtes Königreich").
bool names_another(const std::string& word, const std::string& code, const Knowledge& k) {
    const DisplayNames& n = k.display_names();
    auto it = n.word_code.find(word);
    if (it != n.word_code.end() && (code.empty() || it->second != code)) return true;
    return code.empty() && k.set_of.count(word) > 0;
}

// Whether every word of `member` of four letters or more, and there is one, is spelt alike in `other`;
// shorter words must be there as they are.
bool spelled_in(const std::vector<std::string>& member, const std::string& code, const std::vector<Word>& other,
                const Knowledge& k) {
    bool long_word = false;
    for (const auto& w : member) {
        long_word = long_word || w.size() >= 4;
        const bool found = std::any_of(other.begin(), other.end(), [&](const Word& o) {
            return o.key == w || (w.size() >= 4 && o.key.size() >= 4 && spelled_alike(w, o.key) &&
                                  !names_another(o.key, code, k));
        });
        if (!found) return false;
    }
    return long_word;
}

// Whether a word of `member` that only the names of `code` use is spelt alike in `other`, by a word that
// names nothing else.
bool telling_word_in(const std::vector<std::string>& member, const std::string& code, const std::vector<Word>& other,
                     const Knowledge& k) {
    const DisplayNames& n = k.display_names();
    for (const auto& w : member) {
        auto it = n.word_code.find(w);
        if (it == n.word_code.end() || it->second != code) continue;
        for (const Word& o : other)
            if (o.key.size() >= 4 && spelled_alike(w, o.key) && !names_another(o.key, code, k)) return true;
    }
    return false;
}

// The other way round: a name no list holds whole ("y Deyrnas Gyfunol") with a word that only the names of
// one country use ("deyrnas"), and a name of that country among `other` ("United Kingdom").
bool named_by_telling_word(const std::string& phrase, const std::vector<Word>& other, const Knowledge& k) {
    const DisplayNames& n = k.display_names();
    for (const auto& w : split_phrase(phrase)) {
        auto code = n.word_code.find(w);
        if (code == n.word_code.end() || code->second.empty()) continue;
        for (std::size_t id = 0; id < n.sets.size(); ++id)
            if (n.code_of[id] == code->second &&
                std::any_of(n.sets[id].begin(), n.sets[id].end(), [&](const auto& m) { return occurs(m, other); }))
                return true;
    }
    return false;
}

}  // namespace

bool localised_otherwise(const std::string& phrase, const std::vector<Word>& other, const Knowledge& k) {
    if (auto it = k.set_of.find(phrase); it != k.set_of.end())
        for (std::size_t id : it->second)
            for (const auto& member : k.sets[id])
                if (spelled_in(member, "", other, k)) return true;
    const DisplayNames& n = k.display_names();
    auto it = n.set_of.find(phrase);
    if (it == n.set_of.end()) return named_by_telling_word(phrase, other, k);
    for (std::size_t id : it->second)
        for (const auto& member : n.sets[id])
            if (!n.code_of[id].empty() &&
                (spelled_in(member, n.code_of[id], other, k) || telling_word_in(member, n.code_of[id], other, k)))
                return true;
    return false;
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
