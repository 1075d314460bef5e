#include "rules/entities/acronyms.hpp"

#include <algorithm>

namespace verity::rules::entities {

std::string initials(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words)
        if (!w.empty()) out += w[0];
    return out;
}

// Consecutive words whose initials spell the acronym, skipping short function words: "vehicle
// identification number" = "VIN", "Organisation for Security and Cooperation in Europe" = "OSCE".
bool spelled_out(const std::string& acronym, const std::vector<Word>& words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::size_t k = 0, j = i;
        while (j < words.size() && k < acronym.size()) {
            const std::string& w = words[j].key;
            if (!words[j].has_letter || w.empty()) break;
            if (w[0] == acronym[k]) ++k;
            else if (j == i || w.size() > 3) break;  // "of", "and", "for" may sit between the words
            if (j > i && !words[j].joined) break;
            ++j;
        }
        if (k == acronym.size() && j - i >= acronym.size()) return true;
    }
    return false;
}

// A mixed-case acronym spells consecutive words: each capital begins a word, a lower-case letter continues
// the word begun ("Af" of "African" in "AfDB") or begins a short connector ("f" of "for" in "DfID"); short
// connectors may also be left out ("Bank of England" = "BoE", "Minister of State" = "MoS").
bool mixed_spells(const std::string& letters, const std::vector<bool>& capitals, const std::vector<std::string>& words) {
    if (letters.size() != capitals.size() || words.size() < 2) return false;
    const std::size_t n = letters.size(), m = words.size();
    // p: next letter; j: word last begun (m before any); q: letters of it used.
    auto go = [&](auto&& self, std::size_t p, std::size_t j, std::size_t q) -> bool {
        if (p == n) return j == m - 1;
        const char c = letters[p];
        if (!capitals[p] && j < m && q < words[j].size() && words[j][q] == c && self(self, p + 1, j, q + 1)) return true;
        // Begin a later word, leaving out at most two short words between.
        for (std::size_t nj = j == m ? 0 : j + 1, skipped = 0; nj < m && skipped <= 2; ++nj, ++skipped) {
            const std::string& w = words[nj];
            if (!w.empty() && w[0] == c && (capitals[p] || w.size() <= 3) && self(self, p + 1, nj, 1)) return true;
            if (w.size() > 3 || j == m) break;
        }
        return false;
    };
    return go(go, 0, m, 0);
}

// The same, for a run of consecutive words anywhere in a text.
bool mixed_spelled_out(const std::string& letters, const std::vector<bool>& capitals, const std::vector<Word>& words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].key.empty() || words[i].key[0] != letters[0]) continue;
        std::vector<std::string> run{words[i].key};
        for (std::size_t j = i + 1; j < words.size() && run.size() < letters.size() + 3 && words[j].joined && words[j].has_letter; ++j) {
            run.push_back(words[j].key);
            if (mixed_spells(letters, capitals, run)) return true;
        }
    }
    return false;
}

bool unlike_acronyms(const std::string& a, const std::string& b) {
    if (a.size() < 3 || b.size() < 3) return false;
    std::string rest = b;
    std::size_t common = 0;
    for (char c : a)
        if (const auto at = rest.find(c); at != std::string::npos) ++common, rest.erase(at, 1);
    return 2 * common < std::max(a.size(), b.size());
}

bool share_a_letter(const std::string& a, const std::string& b) {
    return std::any_of(a.begin(), a.end(), [&](char c) { return b.find(c) != std::string::npos; });
}

}  // namespace verity::rules::entities
