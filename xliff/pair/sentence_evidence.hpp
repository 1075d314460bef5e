// What the aligner compares sentences by: evidence keys, interned as small integers. Within one
// language, word stems; across languages, numbers, cognates (a transliterated prefix), words a
// bilingual dictionary links, and punctuation that survives translation. Internal to xliff/pair.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "xliff/pair/aligner.hpp"
#include "xliff/text/segmenter.hpp"
#include "xliff/text/stemmer.hpp"

namespace verity::xliff::evidence {

// Interns evidence strings ("s:migrat", "#1988", "c:expe") as small integers.
class Keys {
public:
    std::uint32_t id(const std::string& key) {
        auto [it, inserted] = ids_.try_emplace(key, static_cast<std::uint32_t>(ids_.size()));
        return it->second;
    }
    std::size_t size() const { return ids_.size(); }

private:
    std::unordered_map<std::string, std::uint32_t> ids_;
};

// The evidence of one side of a document, per sentence.
struct Side {
    std::vector<std::vector<std::uint32_t>> keys;  // sorted, unique, per sentence
    std::vector<std::vector<std::uint32_t>> words; // whole-word keys, for learning a lexicon
    std::vector<std::vector<std::uint32_t>> parts; // keys of compounds' parts only (in `keys` too), sorted
    std::vector<double> chars;                      // non-space code points
    std::vector<std::size_t> paragraph;
};

class Transliterator;
class DictionaryMatcher;

// Builds the evidence of both sides of one document pair, with one key space for both.
class FeatureBuilder {
public:
    // `prefix`: the length of a cognate prefix, in letters.
    FeatureBuilder(const AlignerOptions& options, std::size_t prefix);
    ~FeatureBuilder();
    FeatureBuilder(const FeatureBuilder&) = delete;
    FeatureBuilder& operator=(const FeatureBuilder&) = delete;

    // Both sides in the same language: stems are compared, and nothing across languages.
    bool same_language() const { return same_; }

    // Within one language, the content-word stems of both documents: a closed compound on one
    // side ("Abfallkalender") then also carries the keys of its parts that the documents use on
    // their own ("Abfall-Kalender", "der Kalender"). Call before build(); a no-op across languages.
    void learn_vocabulary(const std::vector<text::Sentence>& source, const std::vector<text::Sentence>& target,
                          const AlignerOptions& options);

    // The source side must be built first: it decides which target words the dictionary links.
    Side build(const std::vector<text::Sentence>& sentences, const std::string& language,
               const std::vector<std::string>& stopwords, bool source);
    std::size_t key_count() const { return keys_.size(); }
    std::uint32_t new_key(const std::string& name) { return keys_.id(name); }
    bool is_dictionary_key(std::uint32_t id) const { return id < dictionary_keys_.size() && dictionary_keys_[id]; }

private:
    std::uint32_t dictionary_key(const std::string& stem);
    // Keys of the parts of a folded word that are stems of the documents' vocabulary.
    std::vector<std::uint32_t> part_keys(const std::string& folded, text::Stemmer& stemmer);

    static constexpr std::size_t kMinPart = 4;    // letters of a compound's part
    std::unordered_set<std::string> vocabulary_;  // same language: content-word stems of both sides

    bool same_;
    std::vector<bool> dictionary_keys_;
    std::size_t prefix_;
    Keys keys_;
    std::unique_ptr<Transliterator> translit_;
    std::unique_ptr<DictionaryMatcher> dictionary_;
};

}  // namespace verity::xliff::evidence
