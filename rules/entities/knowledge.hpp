// What the packs say about names in a language pair, folded for lookup: stop lists, titles and
// connectors of each language, alias sets, demonyms; and the ICU display names of the pair.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rules/entities/display_names.hpp"
#include "rules/lexicon/wordnet.hpp"

namespace verity::rules {
class PackSet;
}

namespace verity::rules::entities {

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

const EnglishLexicon& english_lexicon();

struct Lexicon {
    std::unordered_set<std::string> stop;         // capitalised words that are no names
    std::unordered_set<std::string> entity_stop;  // the same for acronyms: only the packs' entity list
    std::unordered_set<std::string> connectors, titles, anaphora, joiners;
    bool capitalised_nouns = false;
    bool english = false;
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

// The knowledge of a language pair, built from the packs on first use.
std::shared_ptr<const Knowledge> knowledge(const PackSet& packs, std::string_view source_lang, std::string_view target_lang);

}  // namespace verity::rules::entities
