#include "xliff/text/language_guess.hpp"

#include <unordered_set>

#include "xliff/text/case_folding.hpp"
#include "xliff/text/utf8.hpp"

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

    // A stopword shared by several languages ("que", "a", "la") says less than one only a
    // single language has, so each hit counts 1/(number of profiles listing it).
    std::vector<std::unordered_set<std::string>> sets;
    for (const auto& profile : profiles) {
        sets.emplace_back();
        for (const auto& w : profile.second) sets.back().insert(fold_case(w));
    }
    std::string best_language;
    double best = 0, second = 0;
    for (std::size_t p = 0; p < profiles.size(); ++p) {
        double hits = 0;
        for (const auto& w : words) {
            if (!sets[p].count(w)) continue;
            std::size_t listed = 0;
            for (const auto& set : sets) listed += set.count(w);
            hits += 1.0 / static_cast<double>(listed);
        }
        if (hits > best) second = best, best = hits, best_language = profiles[p].first;
        else if (hits > second) second = hits;
    }
    // Require a clear winner: some evidence and a margin over the runner-up.
    if (best < 1.5 || best < second * 1.25 + 0.5) return {};
    return best_language;
}

}  // namespace verity::text
