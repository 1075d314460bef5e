// Negations that went with their clause or sentence (see gone_clauses.hpp).
#include "rules/polarity/gone_clauses.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "rules/lexicon/gone_words.hpp"
#include "rules/lexicon/rendering.hpp"
#include "rules/lexicon/tokens.hpp"
#include "rules/omission/length_model.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules::polarity {

using namespace wording;

// Across languages, negations on one side only, each inside a clause the other side does not render (three
// content words or more, at most a quarter of them rendered, while the rest of the side is rendered at
// least half):
// the clause went with its negation, an omission for omission.phrase to weigh, not a flip of polarity
// ("…, unless another user has reserved the item" / "… bis zu dreimal verlängert werden."), when the
// lengths agree.
constexpr double kShortBy = 1.0;  // standard deviations of the length model

bool in_dropped_clauses(const SegmentView& v, const Analysis& a, const std::vector<Match>& src,
                        const std::vector<Match>& tgt) {
    if (src.empty() == tgt.empty()) return false;
    const bool source_more = !src.empty();
    const auto& more = source_more ? src : tgt;
    const auto& tokens = source_more ? a.source : a.target;
    const std::string_view text = source_more ? std::string_view(v.segment.source.text) : std::string_view(v.segment.target->text);
    const Rendering& r = cross_rendering(v, a, !source_more);
    const auto [all_n, all_r] = r.count(tokens, 0, text.size());
    // The lengths must say so too: the side without the clauses falls short of the document's length
    // model, and would lie nearer to it with them gone (a clause kept in words the dictionary misses
    // leaves the lengths as they are: "not to have noticed any signs of worry" / "eine Beunruhigung gespürt").
    const double deviation = length_model_deviation(v);
    if (std::isnan(deviation) || (source_more ? deviation > -kShortBy : deviation < kShortBy)) return false;
    constexpr std::size_t kClauseWords = 3;
    double cut = 0;
    for (const Match& m : more) {
        if (m.first >= tokens.size()) return false;
        const auto [b, e] = clause_around(text, tokens[m.first].begin, tokens[m.first].begin);
        const auto [n, h] = r.count(tokens, b, e);
        if (n < kClauseWords || 4 * h > n || all_n - n < kClauseWords || 2 * (all_r - h) < all_n - n) return false;
        cut += content_length(text.substr(b, e - b));
    }
    const LengthModel& model = document_length_model(v);
    double ls = content_length(v.segment.source.text), lt = content_length(v.segment.target->text);
    (source_more ? ls : lt) -= cut;
    if (ls < 1 || lt < 1) return false;
    const double without = (lt - model.ratio * ls) / (model.spread * std::sqrt(ls));
    return std::abs(without) < std::abs(deviation);
}

bool clauses_gone(const SegmentView& v, const Analysis& a, const std::vector<Match>& more, bool source_more,
                  bool whole_sentences) {
    if (more.empty()) return false;
    const auto& tokens = source_more ? a.source : a.target;
    return std::all_of(more.begin(), more.end(), [&](const Match& m) {
        return m.first < m.last && m.last <= tokens.size() &&
               went_with_its_clause(v, a, source_more, tokens[m.first].begin, tokens[m.last - 1].end, whole_sentences);
    });
}

bool moved_to_neighbour(const SegmentView& v, const wording::Lexicon& lex, bool target_side) {
    // (A sentence split off is one the alignment found added, or dropped: an aligned neighbour's negation is its
    // own source's.)
    auto with_target = +[](const xliff::Unit& u) {
        return u.origin == xliff::UnitOrigin::Added && !u.segments.empty() && u.segments.front().target &&
               !text::is_blank(u.segments.front().target->text);
    };
    auto with_source = +[](const xliff::Unit& u) {
        return u.origin == xliff::UnitOrigin::Dropped && !u.segments.empty() && !text::is_blank(u.segments.front().source.text);
    };
    const auto n = target_side ? neighbour_segments(v, with_target, 1) : neighbour_segments(v, with_source, 1);
    for (const xliff::Segment* seg : {n.before, n.after}) {
        if (!seg || (target_side && !seg->target)) continue;
        const std::string_view text = target_side ? std::string_view(seg->target->text) : std::string_view(seg->source.text);
        if (!lex.negators.find(tokenize(text, lex.language)).empty()) return true;
    }
    return false;
}

}  // namespace verity::rules::polarity
