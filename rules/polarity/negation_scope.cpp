#include "rules/polarity/negation_scope.hpp"

#include <algorithm>

#include "rules/lexicon/rendering.hpp"
#include "rules/polarity/negation_words.hpp"
#include "rules/polarity/prefix_opposites.hpp"

namespace verity::rules::polarity {
namespace {

// Match::scale of a negation by affix (as in polarity_negation.cpp): it has no head of its own.
constexpr int kAffix = 1;
// How far from its negator a governed word may stand.
constexpr std::size_t kReach = 3;

bool content_word(const Lexicon& lex, const Token& t) {
    return !t.numeric && t.folded.size() > 2 && !wording::is_stopword(lex, t) && lex.negators.find({t}).empty();
}

bool has_lower(std::string_view s) {
    for (char c : s)
        if (c >= 'a' && c <= 'z') return true;
    return false;
}

}  // namespace

std::size_t negation_head(const Lexicon& lex, const std::vector<Token>& tokens, const Match& m) {
    for (std::size_t i = m.last; i < tokens.size() && i < m.last + kReach; ++i)
        if (content_word(lex, tokens[i])) return i;
    for (std::size_t back = 1; back <= kReach && back <= m.first; ++back)
        if (content_word(lex, tokens[m.first - back])) return m.first - back;
    return tokens.size();
}

ScopeRendered negated_scope_rendered(const SegmentView& v, const Lexicon& lex, const std::vector<Token>& tokens,
                                     const std::vector<Match>& negations, const std::vector<Token>& other,
                                     const Lexicon& other_lex) {
    std::vector<Token> scope;
    std::vector<bool> head;
    for (const Match& m : negations) {
        if (m.scale == kAffix) continue;
        const std::size_t h = negation_head(lex, tokens, m);
        const std::size_t from = m.first >= kReach ? m.first - kReach : 0;
        for (std::size_t i = from; i < tokens.size() && i < m.last + kReach + 1; ++i)
            if ((i < m.first || i >= m.last) && content_word(lex, tokens[i])) {
                scope.push_back(tokens[i]);
                head.push_back(i == h);
            }
    }
    ScopeRendered best = ScopeRendered::none;
    if (scope.empty()) return best;
    const auto rendered = wording::rendered_in(v, scope, lex.language, other, other_lex);
    for (std::size_t k = 0; k < scope.size(); ++k)
        if (rendered[k]) best = head[k] ? ScopeRendered::head : std::max(best, ScopeRendered::neighbour);
    return best;
}

bool negation_made_requirement(const Lexicon& more_lex, const std::vector<Token>& more,
                               const Lexicon& fewer_lex, const std::vector<Token>& fewer) {
    auto obliges = [](const Lexicon& lex, const std::vector<Token>& tokens) {
        for (const Match& m : lex.modals.find(tokens))
            if (m.level <= 1) return true;
        return false;
    };
    return obliges(fewer_lex, fewer) && !obliges(more_lex, more);
}

bool head_faces_affirmative(const SegmentView& v, const Lexicon& lex, const std::vector<Token>& tokens,
                            const std::vector<Match>& negations, const std::vector<Token>& other,
                            const Lexicon& other_lex) {
    const auto context = negation_context(other_lex, other);
    auto negated = [&](std::size_t k) {
        for (const Match& c : context)
            if (c.first <= k + kReach + 1 && k <= c.last + kReach - 1) return true;
        return false;
    };
    for (const Match& m : negations) {
        if (m.scale == kAffix) continue;
        const std::size_t h = negation_head(lex, tokens, m);
        if (h >= tokens.size()) continue;
        const std::size_t k = rendered_word(v, tokens[h], lex, other, other_lex);
        if (k < other.size() && !negated(k)) return true;
    }
    return false;
}

bool asks(std::string_view text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '"' || text.back() == ')' || text.back() == '\n' ||
                             text.ends_with("”") || text.ends_with("»")))
        text.remove_suffix(text.ends_with("”") ? 3 : text.ends_with("»") ? 2 : 1);
    return !text.empty() && (text.back() == '?' || text.ends_with("？"));
}

bool governed_clause_rendered(const SegmentView& v, const Lexicon& lex, std::string_view text,
                              const std::vector<Token>& tokens, const Match& word, const std::vector<Token>& other,
                              const Lexicon& other_lex) {
    constexpr std::size_t kGovernedReach = 5;
    // Punctuation between token i - 1 and token i ends a clause.
    const auto broken = [&](std::size_t i) {
        const std::size_t from = tokens[i - 1].end;
        return from < tokens[i].begin &&
               text.substr(from, tokens[i].begin - from).find_first_of(",;:.!?()") != std::string_view::npos;
    };
    std::vector<Token> governed;
    for (std::size_t i = word.last; i < tokens.size() && i < word.last + kGovernedReach && !broken(i); ++i)
        if (content_word(lex, tokens[i])) governed.push_back(tokens[i]);
    // Its subject or object before it, as a predicate has ("Flood damage is excluded").
    for (std::size_t i = word.first; i > 0 && i + kGovernedReach > word.first && !broken(i); --i)
        if (content_word(lex, tokens[i - 1])) governed.push_back(tokens[i - 1]);
    if (governed.size() < 2) return false;
    const auto rendered = wording::rendered_in(v, governed, lex.language, other, other_lex);
    const auto n = static_cast<std::size_t>(std::count(rendered.begin(), rendered.end(), true));
    return 3 * n >= 2 * governed.size();
}

bool negations_in_unaligned_clause(const Lexicon& lex, const std::vector<Token>& tokens,
                                   const std::vector<int>& links, const std::vector<Match>& negations) {
    // A verb that only changed its form under the negation ("fell" -> "did not fall") leaves one word
    // unaligned; a clause that came with the negation leaves several.
    constexpr std::size_t kClause = 2;
    bool any = false;
    for (const Match& m : negations) {
        if (m.scale == kAffix) continue;
        const std::size_t h = negation_head(lex, tokens, m);
        if (h >= tokens.size() || links[h] >= 0) return false;
        std::size_t unaligned = 0;
        const std::size_t from = m.first >= kReach ? m.first - kReach : 0;
        for (std::size_t i = from; i < tokens.size() && i < m.last + kReach + 1; ++i)
            unaligned += (i < m.first || i >= m.last) && content_word(lex, tokens[i]) && links[i] < 0;
        if (unaligned < kClause) return false;
        any = true;
    }
    return any;
}

bool has_lexical_negative(const RunContext& run, const Lexicon& lex, const std::vector<Token>& tokens) {
    if (!lex.lexical_negatives.find(tokens).empty()) return true;
    for (const Token& t : tokens)
        if (dictionary_negative(run, lex, t)) return true;
    return false;
}

bool negator_not_translated(std::string_view text, const std::vector<Token>& tokens, const Match& m,
                            const std::vector<Token>& other) {
    const std::string_view written = text.substr(tokens[m.first].begin, tokens[m.last - 1].end - tokens[m.first].begin);
    if (written.size() >= 2 && !has_lower(written) && has_lower(text)) return true;
    if (m.last >= tokens.size()) return false;
    const std::size_t n = m.last - m.first + 1;
    for (std::size_t j = 0; j + n <= other.size(); ++j) {
        bool same = true;
        for (std::size_t k = 0; same && k < n; ++k) same = other[j + k].folded == tokens[m.first + k].folded;
        if (same) return true;
    }
    return false;
}

}  // namespace verity::rules::polarity
