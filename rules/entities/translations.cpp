#include "rules/entities/translations.hpp"

#include <algorithm>
#include <memory>
#include <span>
#include <utility>

#include "rules/engine/packs.hpp"
#include "rules/entities/fold.hpp"
#include "rules/entities/spelling.hpp"
#include "rules/entities/phrase.hpp"
#include "xliff/text/case_folding.hpp"

namespace verity::rules::entities {

Translations::Direction& Translations::direction(const std::string& from, const std::string& to) {
    const std::string key = from + ">" + to;
    auto it = directions_.find(key);
    if (it == directions_.end())
        it = directions_.emplace(key, Direction{run_.dictionary(from, to), text::Stemmer(from)}).first;
    return it->second;
}

// The dictionary senses of a folded word: its own entry or, inflected, those of the headwords of its
// family. With a stemmer, the headwords with its stem that share all its letters up to the last two
// ("territoires" -> "territoire", never "travailler" for "travailliste"). Without one (Polish, Czech),
// its family by letters (BilingualDictionary::family).
std::vector<std::size_t> Translations::senses(Direction& d, const std::string& folded) {
    std::vector<std::size_t> out;
    const auto& dict = d.dictionary;
    if (dict.empty()) return out;
    if (auto own = dict.index_of(folded)) {
        out.push_back(*own);
        return out;
    }
    constexpr std::size_t kLooked = 20;
    if (d.stemmer.supported()) {
        const std::string stem = d.stemmer.stem(folded);
        if (stem.size() < 3) return out;
        const auto [first, last] = dict.prefix_range(stem);
        for (std::size_t i = first; i < last && i < first + kLooked; ++i) {
            const std::string_view h = dict.headword(i);
            std::size_t common = 0;
            while (common < h.size() && common < folded.size() && h[common] == folded[common]) ++common;
            if (common + 2 >= std::max(h.size(), folded.size()) && d.stemmer.stem(h) == stem) out.push_back(i);
        }
        return out;
    }
    return dict.family(folded);
}

const Translations::NameWords& Translations::name_words(const std::string& language) {
    auto it = name_words_.find(language);
    if (it != name_words_.end()) return it->second;
    NameWords nw;
    if (const verity::rules::LanguagePack* pack = run_.packs().find(language)) {
        text::Stemmer own(language), english("en");
        auto stem = [](text::Stemmer& s, const std::string& w) { return s.supported() ? s.stem(w) : w; };
        for (const auto& g : pack->group_list("entities.name_words")) {
            if (g.size() < 2) continue;
            const std::string word = fold_key(g[0]);
            auto& to = nw.to_english[stem(own, word)];
            for (std::size_t i = 1; i < g.size(); ++i) {
                const std::string e = fold_key(g[i]);
                to.push_back(e);
                nw.from_english[stem(english, e)].push_back(word);
            }
        }
    }
    return name_words_.emplace(language, std::move(nw)).first->second;
}

void Translations::add_name_words(const std::string& folded, const std::string& from, const std::string& to,
                                  std::vector<std::string>& out) {
    if ((from == "en") == (to == "en")) return;
    const bool into_english = to == "en";
    const NameWords& nw = name_words(into_english ? from : to);
    const auto& table = into_english ? nw.to_english : nw.from_english;
    if (table.empty()) return;
    Direction& d = direction(from, to);
    const std::string stem = d.stemmer.supported() ? d.stemmer.stem(folded) : folded;
    if (auto it = table.find(stem); it != table.end()) out.insert(out.end(), it->second.begin(), it->second.end());
}

// Translations of a word into another language, from the FreeDict dictionary, folded: of the word
// itself or, inflected, of its family (`senses`). Empty when the dictionary lacks the word or none is
// installed. With `phrase_words`, translations of several words give each of their words ("Datenschutz"
// -> "data", "protection"); otherwise only one-word translations count.
std::vector<std::string> Translations::of(std::string_view raw, const std::string& from, const std::string& to,
                                          bool phrase_words) {
    std::vector<std::string> out;
    Direction& d = direction(from, to);
    add_name_words(text::fold_case(raw), from, to, out);
    for (std::size_t i : senses(d, text::fold_case(raw)))
        for (const auto& t : d.dictionary.translations(i)) {
            if (t.find(' ') == std::string::npos) out.push_back(fold_key(t));
            else if (phrase_words)
                for (auto& p : split_phrase(fold_key(t)))
                    if (p.size() >= 3) out.push_back(std::move(p));
        }
    return out;
}

std::vector<std::vector<std::string>> Translations::phrases(std::string_view raw, const std::string& from,
                                                            const std::string& to) {
    std::vector<std::vector<std::string>> out;
    Direction& d = direction(from, to);
    for (std::size_t i : senses(d, text::fold_case(raw)))
        for (const auto& t : d.dictionary.translations(i))
            if (t.find(' ') != std::string::npos)
                if (auto words = split_phrase(fold_key(t)); words.size() >= 2) out.push_back(std::move(words));
    return out;
}

// An ordinary word of its language: the dictionary into English knows it, or its family, and renders it
// with a word in lower case somewhere ("Tribunale" -> "court", "Endstand" -> "final score"), where a name
// has only names ("Warszawa" -> "Warsaw"). False without a dictionary.
bool Translations::ordinary(std::string_view raw, const std::string& from) {
    std::vector<std::string> listed;
    add_name_words(text::fold_case(raw), from, "en", listed);
    if (!listed.empty()) return true;
    Direction& d = direction(from, "en");
    for (std::size_t i : senses(d, text::fold_case(raw))) {
        const auto capitals = d.dictionary.capitals(i);
        if (std::any_of(capitals.begin(), capitals.end(), [](char c) { return c == 0; })) return true;
    }
    return false;
}

// What a translation of one word of a name (folded, `from` -> `to`) may write: per part of it, the
// words of the part's dictionary translations, phrases included. A word the dictionary knows is one
// part ("Landgericht" -> "district", "court", "regional"); one it lacks splits at its hyphens, and a
// compound without a hyphen into a head and a last part the dictionary both knows ("Grundverordnung"
// = "Grund" + "verordnung"). A part with no translation has none. Kept for the document.
const std::vector<std::vector<std::string>>& Translations::parts(const std::string& folded, const std::string& from,
                                                                 const std::string& to, std::size_t shortest_compound,
                                                                 std::size_t shortest_tail) {
    const std::string key = from + ">" + to + ":" + std::to_string(shortest_compound) + "," +
                            std::to_string(shortest_tail) + ":" + folded;
    if (auto it = parts_.find(key); it != parts_.end()) return it->second;
    if (parts_.size() > 100000) parts_.clear();
    std::vector<std::vector<std::string>> found;
    auto compound = [&](const std::string& w) {
        auto ts = of(w, from, to, true);
        if (!ts.empty() || w.size() < shortest_compound) {
            found.push_back(std::move(ts));
            return;
        }
        // The longest last part first: "verordnung" before "ordnung".
        for (std::size_t i = 3; i + shortest_tail <= w.size(); ++i) {
            if ((static_cast<unsigned char>(w[i]) & 0xC0) == 0x80) continue;
            auto tail = of(w.substr(i), from, to, true);
            if (tail.empty()) continue;
            std::string head = w.substr(0, i);
            auto front = of(head, from, to, true);
            // A linking "s" ("Landes" of "Landesgericht").
            if (front.empty() && head.size() > 4 && head.back() == 's') front = of(head.substr(0, head.size() - 1), from, to, true);
            found.push_back(std::move(front));
            found.push_back(std::move(tail));
            return;
        }
        found.emplace_back();
    };
    if (folded.find('-') == std::string::npos) {
        compound(folded);
    } else {
        auto whole = of(folded, from, to, true);
        if (!whole.empty()) found.push_back(std::move(whole));
        else
            for (std::size_t b = 0; b <= folded.size();) {
                std::size_t e = folded.find('-', b);
                if (e == std::string::npos) e = folded.size();
                if (e > b) compound(folded.substr(b, e - b));
                b = e + 1;
            }
    }
    return parts_.emplace(key, std::move(found)).first->second;
}

Translations& document_translations(const DocumentContext& document, const RunContext& run) {
    return document.store().get<Translations>([&] { return std::make_unique<Translations>(run); });
}

bool only_names(Translations& tr, std::string_view raw, const std::string& folded, const std::string& from) {
    if (tr.dictionary(from, "en").empty()) return false;
    const auto translations = tr.of(raw, from, "en");
    return std::all_of(translations.begin(), translations.end(),
                       [&](const std::string& t) { return respelt_letters(folded, t) == 0; });
}

}  // namespace verity::rules::entities
