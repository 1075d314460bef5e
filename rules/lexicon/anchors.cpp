#include "rules/lexicon/anchors.hpp"

#include <algorithm>
#include <string>
#include <string_view>

namespace verity::rules::wording {

std::vector<std::pair<std::size_t, std::size_t>> cross_anchors(const Analysis& a) {
    const auto& S = a.source;
    const auto& T = a.target;
    auto anchor = [&](const Token& s, const Token& t) {
        if (s.numeric || t.numeric) return s.numeric && t.numeric && digits_of(s.folded) == digits_of(t.folded);
        if (s.folded.size() < 4 || is_stopword(*a.source_lexicon, s) || is_stopword(*a.target_lexicon, t)) return false;
        if (s.folded == t.folded) return true;
        return s.folded.size() >= 6 && t.folded.size() >= 6 && s.folded.compare(0, 5, t.folded, 0, 5) == 0;
    };
    std::vector<std::pair<std::size_t, std::size_t>> candidates;
    for (std::size_t i = 0; i < S.size(); ++i)
        for (std::size_t j = 0; j < T.size(); ++j)
            if (anchor(S[i], T[j])) candidates.emplace_back(i, j);
    // Longest chain increasing on both sides (candidates are few: quadratic is cheap).
    const std::size_t k = candidates.size();
    std::vector<std::size_t> best(k, 1), prev(k, k);
    std::size_t top = k;
    for (std::size_t x = 0; x < k; ++x) {
        for (std::size_t y = 0; y < x; ++y)
            if (candidates[y].first < candidates[x].first && candidates[y].second < candidates[x].second &&
                best[y] + 1 > best[x]) {
                best[x] = best[y] + 1;
                prev[x] = y;
            }
        if (top == k || best[x] > best[top]) top = x;
    }
    std::vector<std::pair<std::size_t, std::size_t>> chain;
    for (std::size_t x = top; x < k; x = prev[x]) chain.push_back(candidates[x]);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

double map_position(const std::vector<std::pair<std::size_t, std::size_t>>& anchors, std::size_t i,
                    std::size_t source_size, std::size_t target_size) {
    double s0 = -1, t0 = -1, s1 = static_cast<double>(source_size), t1 = static_cast<double>(target_size);
    for (auto [s, t] : anchors) {
        if (s == i) return static_cast<double>(t);
        if (s < i) {
            s0 = static_cast<double>(s);
            t0 = static_cast<double>(t);
        } else {
            s1 = static_cast<double>(s);
            t1 = static_cast<double>(t);
            break;
        }
    }
    return t0 + (static_cast<double>(i) - s0) * (t1 - t0) / std::max(s1 - s0, 1.0);
}

}  // namespace verity::rules::wording
