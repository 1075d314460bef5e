// Which language a text is in, from how many of its words are each language's stopwords.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace verity::text {

// profiles: (language code, stopwords) pairs, as in the packs' [stopwords] tables. Returns the
// code whose stopwords cover the most word tokens (a paragraph or more works best; one short
// sentence may share all its function words with a neighbour language), or "" when the text has too few words or
// the two best languages are too close to tell apart.
std::string guess_language(std::string_view text,
                           const std::vector<std::pair<std::string, std::vector<std::string>>>& stopword_profiles);

}  // namespace verity::text
