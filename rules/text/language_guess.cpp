#include "rules/text/language_guess.hpp"

#include <unordered_set>

#include "rules/text/stemmer.hpp"
#include "rules/text/utf8.hpp"

namespace verity::text {

std::string guess_language(std::string_view text,
                           const std::vector<std::pair<std::string, std::vector<std::string>>>& profiles) {
    std::vector<std::string> words;
    std::string current;
    for (std::size_t i = 0; i <= text.size();) {
        std::size_t start = i;
        char32_t cp = i < text.size() ? utf8::next(text, i) : 0;
        if (i == start) ++i;  // end of text: flush below
        if (cp != 0 && utf8::is_letter(cp)) {
            current.append(text.substr(start, i - start));
        } else {
            // "l'homme", "dell'anno": the elided article counts as the word it stands for.
            if (cp == '\'' || cp == U'’') current += '\'';
            if (!current.empty()) words.push_back(fold_case(current));
            current.clear();
        }
    }
    // Below this many words stopword counts are noise.
    constexpr std::size_t kMinWords = 4;
    if (words.size() < kMinWords) return {};

    std::string best_language;
    std::size_t best = 0, second = 0;
    for (const auto& [language, stopwords] : profiles) {
        std::unordered_set<std::string> set;
        for (const auto& w : stopwords) set.insert(fold_case(w));
        std::size_t hits = 0;
        for (const auto& w : words) hits += set.count(w) > 0;
        if (hits > best) second = best, best = hits, best_language = language;
        else if (hits > second) second = hits;
    }
    // Require a clear winner: at least two hits and a margin over the runner-up.
    if (best < 2 || best * 4 < second * 5 + 4) return {};
    return best_language;
}

}  // namespace verity::text
