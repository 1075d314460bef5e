// English antonyms from WordNet (Debian package wordnet-base), read once, on first use.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace verity::rules::wordnet {

struct Antonyms {
    bool loaded = false;  // false when the WordNet files are absent: packs' lists are all there is
    std::string directory;
    // Snowball English stem -> stems of its direct antonyms ("!" pointers of data.adj/.adv/.verb/.noun).
    std::unordered_map<std::string, std::vector<std::string>> by_stem;
    bool are_antonyms(std::string_view stem_a, std::string_view stem_b) const;
};

// Reads $VERITY_WORDNET_DIR, else /usr/share/wordnet. Thread-safe; parsed once per process.
const Antonyms& english_antonyms();

// Parses one WordNet data file's text into `out` (exposed for tests).
void parse_data_file(std::string_view body, Antonyms& out);

}  // namespace verity::rules::wordnet
