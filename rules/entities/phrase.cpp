#include "rules/entities/phrase.hpp"

#include <algorithm>

#include "rules/entities/words.hpp"

namespace verity::rules::entities {

std::vector<std::string> split_phrase(std::string_view phrase) {
    std::vector<std::string> out;
    for (const auto& w : split_words(phrase)) out.push_back(w.key);
    return out;
}

std::string join(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string out;
    to = std::min(to, words.size());
    for (std::size_t i = from; i < to; ++i) {
        if (!out.empty()) out += ' ';
        out += words[i];
    }
    return out;
}

}  // namespace verity::rules::entities
