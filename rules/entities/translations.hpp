// What the FreeDict dictionaries give for a word of a name in the other language.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verity::rules::entities {

// Translations of a word `from` -> `to`, folded (of its inflections too); with `phrase_words` the words
// of translations of several words as well. Empty without a dictionary.
std::vector<std::string> translations(std::string_view raw, const std::string& from, const std::string& to,
                                      bool phrase_words = false);

// What a translation of one folded word may write, part by part (compounds split).
const std::vector<std::vector<std::string>>& word_parts(const std::string& folded, const std::string& from,
                                                         const std::string& to);

}  // namespace verity::rules::entities
