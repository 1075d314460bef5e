// A free thing given a price, or the reverse (see cost_flip.hpp).
#include "rules/polarity/cost_flip.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

namespace verity::rules::polarity {
namespace {

using namespace wording;

// Words between a negation and the price word it turns over: before it ("nicht mehr kostenlos", "no longer
// free") and, for a price asked, after it ("kostet Sie nichts", "ne coûte rien", "kostet der Brief kein Porto").
// A negation after a word of no price is of what follows ("free of charge and without notice").
constexpr std::size_t kNegationBefore = 3;
constexpr std::size_t kNegationAfter = 3;
// Words a phrase of no price may run on beyond the word that ends a shorter one ("free" → "free of charge").
constexpr std::size_t kLongestFree = 4;

// One mention of a price: tokens [first, last), and whether it says the thing is free once negations count.
struct Mention {
    std::size_t first = 0, last = 0;
    bool free = false;
};

// Whether a clause boundary (punctuation) stands between two tokens.
bool boundary_between(std::string_view text, const Token& a, const Token& b) {
    for (std::size_t i = a.end; i < b.begin && i < text.size(); ++i)
        if (text[i] == ',' || text[i] == ';' || text[i] == '.' || text[i] == ':' || text[i] == '?' || text[i] == '!' ||
            text[i] == '(' || text[i] == ')')
            return true;
    return false;
}

std::vector<Mention> mentions(std::string_view text, const std::vector<Token>& tokens, const Lexicon& lex) {
    std::vector<Mention> out;
    auto freedom = [&](std::size_t last) { return last < tokens.size() && lex.free_not_before.contains(tokens[last].folded); };
    for (const Match& m : lex.free_of_charge.find(tokens)) {
        if (!freedom(m.last)) {
            out.push_back({m.first, m.last, true});
            continue;
        }
        // "free to choose", "free from gluten": freedom, not a price. A longer phrase may start inside the
        // match that the matcher passed over ("be free" of "be free of charge").
        const std::size_t from = m.first + 1, to = std::min(tokens.size(), m.last + kLongestFree);
        const std::vector<Token> rest(tokens.begin() + static_cast<std::ptrdiff_t>(from), tokens.begin() + static_cast<std::ptrdiff_t>(to));
        for (const Match& inner : lex.free_of_charge.find(rest))
            if (inner.first + from < m.last && !freedom(inner.last + from))
                out.push_back({inner.first + from, inner.last + from, true});
    }
    for (const Match& m : lex.charged.find(tokens)) {
        // A price word inside a phrase of no price ("free of charge") is that phrase's.
        const bool inside = std::any_of(out.begin(), out.end(), [&](const Mention& f) {
            return f.free && m.first < f.last && f.first < m.last;
        });
        if (!inside) out.push_back({m.first, m.last, false});
    }
    const auto negations = lex.negators.find(tokens);
    for (Mention& mention : out) {
        for (const Match& n : negations) {
            if (n.first < mention.last && mention.first < n.last) continue;  // the phrase's own ("sans frais")
            const bool before = n.last <= mention.first && mention.first - n.last < kNegationBefore &&
                                !boundary_between(text, tokens[n.last - 1], tokens[mention.first]);
            const bool after = !mention.free && n.first >= mention.last && n.first - mention.last < kNegationAfter &&
                               !boundary_between(text, tokens[mention.last - 1], tokens[n.first]);
            if (before || after) {
                // The negation is part of what the mention says: "no longer be free".
                mention.free = !mention.free;
                mention.first = std::min(mention.first, n.first);
                mention.last = std::max(mention.last, n.last);
                break;
            }
        }
    }
    return out;
}

// The side's one reading: free, with a price, or none (no mention, or both).
std::optional<bool> reading(const std::vector<Mention>& ms) {
    if (ms.empty()) return std::nullopt;
    const bool free = ms.front().free;
    for (const Mention& m : ms)
        if (m.free != free) return std::nullopt;
    return free;
}

}  // namespace

std::optional<CostFlip> cost_flip(const SegmentView& v, const Analysis& a) {
    if (!v.segment.target) return std::nullopt;
    const auto s = mentions(v.segment.source.text, a.source, *a.source_lexicon);
    if (s.empty()) return std::nullopt;
    const auto t = mentions(v.segment.target->text, a.target, *a.target_lexicon);
    const auto sr = reading(s), tr = reading(t);
    if (!sr || !tr || *sr == *tr) return std::nullopt;
    return CostFlip{s.front().first, s.front().last, t.front().first, t.front().last, *sr};
}

}  // namespace verity::rules::polarity
