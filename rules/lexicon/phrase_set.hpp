// Word lists of the packs compiled for matching a token sequence: words, phrases, "word*" prefixes
// and gapped phrases ("ne … plus").
#pragma once

#include <bitset>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rules/lexicon/tokens.hpp"

namespace verity::rules::wording {

// A match of a pack phrase on a token sequence: tokens [first, last).
struct Match {
    std::size_t first = 0, last = 0;
    int scale = 0;  // index of the scale (scales) or 0 (plain lists)
    int level = 0;  // step on the scale, 0 = strongest
};

// Phrases of a pack list compiled for matching token by token. Entries are words or phrases;
// "word*" matches any word starting with "word", "*end" any longer word ending with "end" ("*-free");
// "a … b" (or "a ... b") matches a, then b within
// the next four words (French "ne … plus"). With `by_stem`, words compare by stem, so "condemn"
// matches "condemned" and "condemns".
class PhraseSet {
public:
    void add(std::string_view phrase, std::string_view language, bool by_stem, int scale, int level);
    std::vector<Match> find(const std::vector<Token>& tokens) const;
    bool empty() const { return entries_.empty(); }

private:
    struct Word {
        std::string text;
        bool prefix = false;
        bool suffix = false;  // "*-free": any word ending so ("interest-free")
    };
    struct Entry {
        std::vector<Word> words;
        std::size_t gap_after = 0;  // index of the word followed by "…", or 0 for none
        int scale = 0, level = 0;
    };
    bool word_matches(const Word& w, const Token& t) const;
    std::string_view lookup_key(std::string_view word) const;
    std::vector<Entry> entries_;
    // Looked up with string_views of tokens, without building a string per token.
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::vector<std::size_t>, KeyHash, std::equal_to<>> by_first_;  // exact first words
    // A cheap sieve before the hash lookup (most tokens start no entry): a bit per fingerprint of a first word's
    // length and first and last bytes (fingerprint()).
    static constexpr std::size_t kSieveBits = 4096;
    static std::size_t fingerprint(std::string_view key);
    std::bitset<kSieveBits> first_sieve_;
    std::vector<std::size_t> prefix_first_;                               // entries starting "word*" or "*end"
    bool by_stem_ = false;
};

}  // namespace verity::rules::wording
