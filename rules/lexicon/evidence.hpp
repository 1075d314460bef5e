// Comparable evidence of two short texts, within one language or across two: the words (stems),
// numbers, cognates and dictionary translations that a text and its translation should share.
// Used to tell which source segment a target segment translates.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "xliff/text/bilingual_dictionary.hpp"

namespace verity::text {

class Evidence {
public:
    // Stop words are left out; they are the pack lists "stopwords.words" of each language.
    // `dictionaries` are the run's (its source → target dictionary is used), kept alive by the Evidence;
    // null: no dictionary evidence.
    Evidence(std::string_view source_language, std::string_view target_language,
             const std::vector<std::string>& source_stopwords, const std::vector<std::string>& target_stopwords,
             std::shared_ptr<const Dictionaries> dictionaries);
    ~Evidence();
    Evidence(const Evidence&) = delete;
    Evidence& operator=(const Evidence&) = delete;

    // The content words of a text, each with the keys it can be recognised by. Within one
    // language: number values and word stems. Across languages: number values, cognate prefixes
    // (transliterated, four letters) and, when a FreeDict dictionary for the pair is installed,
    // the stems of a source word's translations (a target word's own stem).
    struct Bag {
        std::vector<std::vector<std::string>> words;  // per content word, its keys
        std::vector<std::string> keys;                // all keys, sorted, unique
    };
    Bag source(std::string_view text);
    Bag target(std::string_view text);

    bool same_language() const;

    // Share of the words of `of` that have a key in `in` (0 when `of` has no words).
    static double containment(const Bag& of, const Bag& in);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace verity::text
