#include "xliff/text/edit_distance.hpp"

#include <algorithm>
#include <vector>

namespace verity::text {
namespace {

// The dynamic programme, two rows long; `prev` and `cur` hold b.size() + 1 cells each.
std::size_t bounded_levenshtein(std::string_view a, std::string_view b, std::size_t limit, std::size_t* prev,
                                std::size_t* cur) {
    const std::size_t la = a.size(), lb = b.size();
    for (std::size_t j = 0; j <= lb; ++j) prev[j] = j;
    for (std::size_t i = 1; i <= la; ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= lb; ++j) {
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > limit) return limit + 1;
        std::swap(prev, cur);
    }
    return std::min(prev[lb], limit + 1);
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t la = a.size(), lb = b.size();
    if ((la > lb ? la - lb : lb - la) > limit) return limit + 1;
    if (la < lb) std::swap(a, b);  // rows as long as the shorter string
    // Words and names are short: two rows on the stack, no allocation.
    constexpr std::size_t kStack = 64;
    if (b.size() < kStack) {
        std::size_t prev[kStack], cur[kStack];
        return bounded_levenshtein(a, b, limit, prev, cur);
    }
    std::vector<std::size_t> rows(2 * (b.size() + 1));
    return bounded_levenshtein(a, b, limit, rows.data(), rows.data() + b.size() + 1);
}

}  // namespace verity::text
