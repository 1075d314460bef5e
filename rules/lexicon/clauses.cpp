#include "rules/lexicon/clauses.hpp"

#include <cctype>

namespace verity::rules::wording {

std::vector<Clause> clauses(std::string_view text) {
    std::vector<Clause> out;
    std::size_t start = 0;
    auto cut = [&](std::size_t end, bool strong) {
        if (end > start) out.push_back({start, end, strong});
        start = end;
    };
    // The period of a dotted abbreviation ("p.m.", "U.S.", "e.g.") is no sentence's.
    auto abbreviation = [&](std::size_t dot) {
        return dot >= 3 && std::isalpha(static_cast<unsigned char>(text[dot - 1])) && text[dot - 2] == '.' &&
               std::isalpha(static_cast<unsigned char>(text[dot - 3]));
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool space_after = i + 1 >= text.size() || text[i + 1] == ' ';
        if (c == '.' && space_after && i + 1 < text.size() && abbreviation(i)) continue;
        if ((c == '.' || c == '!' || c == '?' || c == ';' || c == ':') && space_after) cut(i + 1, true);
        else if (c == ',' && space_after) cut(i + 1, false);
        else if (c == ' ' && i + 2 < text.size() && (text[i + 1] == '-') && text[i + 2] == ' ') cut(i + 1, true);
        else if (c == ' ' && text.compare(i + 1, 3, "\u2013") == 0) cut(i + 1, true);
        else if (c == ' ' && text.compare(i + 1, 3, "\u2014") == 0) cut(i + 1, true);
    }
    cut(text.size(), true);
    return out;
}

std::vector<Clause> strong_clauses(std::string_view text) {
    std::vector<Clause> out;
    std::size_t b = 0;
    for (const auto& c : clauses(text))
        if (c.strong) out.push_back({b, c.end, true}), b = c.end;
    return out;
}

}  // namespace verity::rules::wording
