// Numbers left unmatched that are no change (rules/numbers/leftovers.hpp).
#include "rules/numbers/leftovers.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/entities/words.hpp"

namespace verity::rules {

// A telephone number one side writes as such ("+48 44 615 20 90") and the other as groups no reader takes
// for one (the national number without a trunk zero: "44 615 20 90"): unmatched groups in a row, with only
// separators between them, whose digits spell its national number. Both are left out.
void drop_phone_groups(Unmatched& u, std::string_view src, std::string_view tgt) {
    auto digits_of = [](const NumberToken* n) {
        std::string d;
        for (char c : n->literal)
            if (c >= '0' && c <= '9') d += c;
        return d;
    };
    auto drop = [&](std::vector<const NumberToken*>& phones, std::vector<const NumberToken*>& others,
                    std::string_view other_text) {
        for (auto p = phones.begin(); p != phones.end();) {
            if (!(*p)->phone || (*p)->values.empty()) {
                ++p;
                continue;
            }
            const std::string want = fmt::format("{:.0f}", (*p)->values.front());
            bool found = false;
            for (std::size_t first = 0; first < others.size() && !found; ++first) {
                std::string spelled;
                for (std::size_t last = first; last < others.size(); ++last) {
                    const NumberToken* n = others[last];
                    if (n->phone || n->values.empty() || n->spelled) break;
                    if (last > first) {
                        const std::size_t from = others[last - 1]->end;
                        if (n->begin < from ||
                            other_text.substr(from, n->begin - from).find_first_not_of(" -/.()") != std::string_view::npos)
                            break;
                    }
                    spelled += digits_of(n);
                    const std::size_t zeros = spelled.find_first_not_of('0');
                    if (zeros != std::string::npos && spelled.substr(zeros) == want) {
                        others.erase(others.begin() + static_cast<std::ptrdiff_t>(first),
                                     others.begin() + static_cast<std::ptrdiff_t>(last) + 1);
                        found = true;
                        break;
                    }
                    if (spelled.size() >= want.size() + 1) break;
                }
            }
            p = found ? phones.erase(p) : p + 1;
        }
    };
    drop(u.missing, u.extra, tgt);
    drop(u.extra, u.missing, src);
}

// One string of digits grouped differently on each side ("1-888-555-0147" / "1 888 555-0147", an account or
// reference number "12 3456 7890" / "1234-567890"): runs of unmatched numbers in digits with only separators
// between them whose digits, at least kRegroupedDigits of them, are the same. Both runs are left out.
constexpr std::size_t kRegroupedDigits = 6;
void drop_regrouped_digits(Unmatched& u, std::string_view src, std::string_view tgt) {
    if (u.missing.empty() || u.extra.empty()) return;
    auto by_place = [](const NumberToken* a, const NumberToken* b) { return a->begin < b->begin; };
    std::sort(u.missing.begin(), u.missing.end(), by_place);
    std::sort(u.extra.begin(), u.extra.end(), by_place);
    // The digits of the run of `side` from `first` to each `last`, while it stays a run.
    auto runs = [](const std::vector<const NumberToken*>& side, std::size_t first, std::string_view text) {
        std::vector<std::string> out;
        std::string digits;
        for (std::size_t last = first; last < side.size(); ++last) {
            const NumberToken* n = side[last];
            if (n->spelled || n->literal.empty()) break;
            if (last > first) {
                const std::size_t from = side[last - 1]->end;
                if (n->begin < from || text.substr(from, n->begin - from).find_first_not_of(" -/.()") != std::string_view::npos)
                    break;
            }
            for (char c : n->literal)
                if (c >= '0' && c <= '9') digits += c;
            out.push_back(digits);
        }
        return out;
    };
    for (std::size_t s = 0; s < u.missing.size();) {
        const auto src_runs = runs(u.missing, s, src);
        bool dropped = false;
        for (std::size_t t = 0; t < u.extra.size() && !dropped; ++t) {
            const auto tgt_runs = runs(u.extra, t, tgt);
            for (std::size_t a = 0; a < src_runs.size() && !dropped; ++a)
                for (std::size_t b = 0; b < tgt_runs.size() && !dropped; ++b) {
                    if (src_runs[a].size() < kRegroupedDigits || src_runs[a] != tgt_runs[b] || a + b == 0) continue;
                    u.missing.erase(u.missing.begin() + static_cast<std::ptrdiff_t>(s),
                                    u.missing.begin() + static_cast<std::ptrdiff_t>(s + a + 1));
                    u.extra.erase(u.extra.begin() + static_cast<std::ptrdiff_t>(t),
                                  u.extra.begin() + static_cast<std::ptrdiff_t>(t + b + 1));
                    dropped = true;
                }
        }
        if (!dropped) ++s;
    }
}

// A count said before a colon that the items after it make up ("ces 3 documents : - une copie…, - un RIB, -
// votre dernier avis", "2 Umschläge: einen blauen und einen roten"): a rewrite or translation counted a list
// that the other side gives item by item, whose items are compared in their own right. Items are bullets
// ("- ", "• ") where the list has them, else the parts between commas and semicolons, and one more after a
// list word ("und", "et") in the last part.
constexpr double kLongestCountedList = 12;
bool counts_its_list(const NumberToken& n, std::string_view text, const NumberLexicon& lex) {
    if (n.values.size() != 1 || n.percent || n.ordinal || n.clock || !n.unit.empty()) return false;
    const double count = n.values.front();
    if (count < 2 || count > kLongestCountedList || count != std::floor(count)) return false;
    const std::size_t colon = text.find(':', n.end);
    if (colon == std::string_view::npos) return false;
    constexpr std::size_t kWordsBeforeColon = 3;  // the counted noun: "3 documents :", "2 Teilen:"
    if (split_words(text.substr(n.end, colon - n.end)).size() > kWordsBeforeColon ||
        text.substr(n.end, colon - n.end).find_first_of(".;!?") != std::string_view::npos)
        return false;
    const std::string_view list = text.substr(colon + 1);
    std::size_t bullets = 0;
    for (std::size_t i = 0; i + 1 < list.size(); ++i)
        if ((list[i] == '-' || list.compare(i, 3, "•") == 0) && (i == 0 || list[i - 1] == ' ') &&
            list[i + (list[i] == '-' ? 1 : 3)] == ' ')
            ++bullets;
    std::size_t items = bullets;
    if (bullets < 2) {
        items = 1;
        std::size_t last = 0;
        for (std::size_t i = 0; i < list.size(); ++i)
            if (list[i] == ',' || list[i] == ';') ++items, last = i + 1;
        for (const auto& w : split_words(list.substr(last)))
            if (lex.list_words.count(w.key)) {
                ++items;
                break;
            }
    }
    return static_cast<double>(items) == count;
}

}  // namespace verity::rules
