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
    // Snowball English stem -> the antonym pairs it belongs to: (pair id, side 0 or 1, plus 2 for
    // a satellite). A pair is one "!" pointer of data.adj/.adv/.verb widened to both synsets,
    // and for adjectives to the satellites of the heads ("huge" / "small" through "large").
    std::unordered_map<std::string, std::vector<std::pair<unsigned, unsigned char>>> poles;
    // Irregular forms from the *.exc files, stemmed: "began" -> stem of "begin".
    std::unordered_map<std::string, std::string> irregular;
    unsigned pairs = 0;
    // Whether two case-folded words are antonyms, after undoing inflection ("faster" / "slower").
    bool are_antonyms(std::string_view word_a, std::string_view word_b) const;
};

// Reads $VERITY_WORDNET_DIR, else /usr/share/wordnet. Thread-safe; parsed once per process.
const Antonyms& english_antonyms();

// Parses one WordNet data file's text into `out` (exposed for tests).
void parse_data_file(std::string_view body, Antonyms& out);
// Parses one exception list ("began begin") into `out.irregular`.
void parse_exceptions(std::string_view body, Antonyms& out);

}  // namespace verity::rules::wordnet
