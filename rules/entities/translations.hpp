// What the FreeDict dictionaries give for a word of a name in the other language.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rules/engine/context.hpp"
#include "xliff/text/bilingual_dictionary.hpp"
#include "xliff/text/stemmer.hpp"

namespace verity::rules::entities {

// The dictionary lookups of one document: the run's dictionaries, a stemmer per direction (a libstemmer
// handle, which must not be shared between threads) and the parts of the words looked up so far. Kept in
// the document's store, so used by one thread.
class Translations {
public:
    explicit Translations(const RunContext& run) : run_(run) {}
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // The run's `from` -> `to` dictionary (empty when none is installed).
    const text::BilingualDictionary& dictionary(const std::string& from, const std::string& to) const {
        return run_.dictionary(from, to);
    }
    // Translations of a word `from` -> `to`, folded (of its inflections too); with `phrase_words` the
    // words of translations of several words as well. Empty without a dictionary.
    std::vector<std::string> of(std::string_view raw, const std::string& from, const std::string& to,
                                bool phrase_words = false);
    // Translations of a word `from` -> `to` that are phrases of two or more words, each as its folded words
    // ("Hauptversammlung" -> {"general", "meeting"}). Empty without a dictionary.
    std::vector<std::vector<std::string>> phrases(std::string_view raw, const std::string& from, const std::string& to);
    // Whether the dictionary `from` -> English knows the word (or an inflection of it) as an ordinary word,
    // rendered in lower case: a word a translation translates, not a name it copies.
    bool ordinary(std::string_view raw, const std::string& from);
    // What a translation of one folded word may write, part by part (compounds split: a word the dictionary
    // lacks of `shortest_compound` letters or more, at its longest known last part of `shortest_tail` or more).
    const std::vector<std::vector<std::string>>& parts(const std::string& folded, const std::string& from,
                                                       const std::string& to, std::size_t shortest_compound = 8,
                                                       std::size_t shortest_tail = 4);

private:
    struct Direction {
        const text::BilingualDictionary& dictionary;
        text::Stemmer stemmer;  // of the `from` language
    };
    Direction& direction(const std::string& from, const std::string& to);
    static std::vector<std::size_t> senses(Direction& d, const std::string& folded);
    // The pack's `entities.name_words` of a language (words inside names of institutions and places, with
    // their English renderings: "tribunale" -> "court", "tribunal"), by stem of the word and of each
    // English rendering, folded.
    struct NameWords {
        std::unordered_map<std::string, std::vector<std::string>> to_english;  // stem -> English words
        std::unordered_map<std::string, std::vector<std::string>> from_english;  // English stem -> words
    };
    const NameWords& name_words(const std::string& language);
    // The name words' renderings of a folded word `from` -> `to` (one side English), into `out`.
    void add_name_words(const std::string& folded, const std::string& from, const std::string& to,
                        std::vector<std::string>& out);

    const RunContext& run_;
    std::map<std::string, Direction> directions_;  // "from>to"
    std::unordered_map<std::string, std::vector<std::vector<std::string>>> parts_;  // "from>to:word"
    std::map<std::string, NameWords> name_words_;  // by language
};

// Whether a word only names: the dictionary of its language into English (`from` -> "en") gives no other
// word for it ("Kessler": nothing; "Tübingen": "Tübingen"), unlike an exonym ("Mailand": "Milan") or a
// common word. `folded` is the word folded. False without a dictionary.
bool only_names(Translations& tr, std::string_view raw, const std::string& folded, const std::string& from);

// The document's lookups, made in its store on first use.
Translations& document_translations(const DocumentContext& document, const RunContext& run);

}  // namespace verity::rules::entities
