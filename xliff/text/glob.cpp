#include "xliff/text/glob.hpp"

namespace verity::text {

bool glob_match(std::string_view pattern, std::string_view text) {
    // Iterative wildcard match with single-star backtracking.
    std::size_t p = 0, s = 0, star = std::string_view::npos, mark = 0;
    while (s < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[s])) {
            ++p;
            ++s;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            mark = s;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            s = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

}  // namespace verity::text
