// Phrases as the name tables hold them: lists of folded words (fold_key of each word).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace verity::rules::entities {

// The folded words of a phrase: "Union européenne" -> {"union", "europeenne"}.
std::vector<std::string> split_phrase(std::string_view phrase);

// Words [from, to) joined by single spaces: the key of a phrase in the tables.
std::string join(const std::vector<std::string>& words, std::size_t from = 0, std::size_t to = std::string::npos);

}  // namespace verity::rules::entities
