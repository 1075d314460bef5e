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

#include "rules/engine/context.hpp"
#include "rules/entities/display_names.hpp"
#include "rules/lexicon/wordnet.hpp"

namespace verity::rules::entities {

// Words WordNet lists in lower case in some synset of any part of speech: "court", "great", "deputy",
// "association"; not "Milan", "Huber" or "Britain", which it writes only capitalised. A name made of such
// words is a description a translator may translate ("Football Association" -> "Fußballverband").
class EnglishLexicon {
public:
    // Looked up in place in WordNet's mapped files (wordnet::CommonWords): nothing is read up front.
    explicit EnglishLexicon(const wordnet::CommonWords& words) : loaded(words.loaded), words_(words) {}

    bool loaded = false;  // false without WordNet: then no word is known to be common
    // The folded word or its singular ("deputies" -> "deputy", "churches" -> "church", "theses" -> "thesis").
    bool common(const std::string& key) const;
    // WordNet lists the folded word at all, as a word or as a name ("paris", "bavaria").
    bool known(const std::string& key) const { return words_.known(key); }

private:
    const wordnet::CommonWords& words_;
};

// The words of one language that bear on names, folded.
struct Lexicon {
    std::unordered_set<std::string> stop;         // capitalised words that are no names
    std::unordered_set<std::string> entity_stop;  // the same for acronyms: only the packs' entity list
    std::unordered_set<std::string> unit_symbols;  // the units' symbols ("GB", "MW", "kWh"): no names after a number
    std::unordered_set<std::string> currency_codes;  // written before an amount ("CZK", "EUR"): no names before one
    std::unordered_set<std::string> connectors, titles, anaphora, joiners;
    std::unordered_set<std::string> institution_heads;  // last words of institutions' names ("organization")
    std::unordered_set<std::string> honorifics;   // words right before a person's name ("ms", "herrn")
    std::vector<std::string> name_endings;        // endings of a family name's cases ("owi", "s")
    std::unordered_set<std::string> determiners;  // a capitalised word after one is a noun ("den Endstand")
    bool capitalised_nouns = false;
    bool english = false;
    bool has_pack = false;  // the language has a pack of its own (its name_endings are known)
};

// What is known about names in one language pair: built from the run's packs once, kept in the run's
// store and read by all its threads (the display names are fetched on first use, once).
class Knowledge {
public:
    Knowledge(const PackSet& packs, std::string_view source_language, std::string_view target_language,
              const wordnet::CommonWords& english_common_words);
    Knowledge(const Knowledge&) = delete;
    Knowledge& operator=(const Knowledge&) = delete;

    std::string source_lang, target_lang;
    Lexicon source, target;
    std::vector<std::vector<std::vector<std::string>>> sets;  // alias sets of phrases of folded words
    std::unordered_map<std::string, std::vector<std::size_t>> set_of;
    // One-word members written in capitals only, and those written otherwise.
    std::unordered_set<std::string> acronym_forms, word_forms;
    bool acronym_only(const std::string& key) const { return acronym_forms.count(key) && !word_forms.count(key); }
    // Adjectives and peoples of the packs' demonym and alias sets ("german", "russians", "british"): words a
    // translation writes in its own way, often in lower case ("deutsch", "Russen", "britisch").
    std::unordered_set<std::string> demonym_forms;
    // Common given names (the "mul" pack's and the pair's): the first word of a person's name.
    std::unordered_set<std::string> given_names;
    // English words WordNet writes in lower case (the run's wordnet::english_common_words).
    EnglishLexicon english_words;
    // The ICU names of the pair: most pairs never need them.
    const DisplayNames& display_names() const;

private:
    mutable std::once_flag names_once_;
    mutable std::shared_ptr<const DisplayNames> names_;
};

// The knowledge of a language pair in `run`, built from its packs by the first that asks.
const Knowledge& knowledge(const RunContext& run, std::string_view source_lang, std::string_view target_lang);

}  // namespace verity::rules::entities
