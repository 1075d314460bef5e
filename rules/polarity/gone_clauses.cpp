// Negations that went with their clause or sentence (see gone_clauses.hpp).
#include "rules/polarity/gone_clauses.hpp"

#include <cmath>
#include <string_view>

#include "rules/lexicon/rendering.hpp"
#include "rules/omission/length_model.hpp"

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
    auto boundary = [](char c) {
        return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '(' || c == ')';
    };
    // The lengths must say so too: the side without the clauses falls short of the document's length
    // model, and would lie nearer to it with them gone (a clause kept in words the dictionary misses
    // leaves the lengths as they are: "not to have noticed any signs of worry" / "eine Beunruhigung gespürt").
    const double deviation = length_model_deviation(v);
    if (std::isnan(deviation) || (source_more ? deviation > -kShortBy : deviation < kShortBy)) return false;
    constexpr std::size_t kClauseWords = 3;
    double cut = 0;
    for (const Match& m : more) {
        if (m.first >= tokens.size()) return false;
        std::size_t b = tokens[m.first].begin, e = b;
        while (b > 0 && !boundary(text[b - 1])) --b;
        while (e < text.size() && !boundary(text[e])) ++e;
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

// Content words a clause must hold besides the negation for "none rendered" to say the clause went.
constexpr std::size_t kGoneClauseWords = 3;

// Whether the other side (the target when `source_more`) has no room for a sentence of `words` content words
// said in words of its own: the words of the other side no dictionary traces exceed those of the rest of this
// side (`rest_unrendered`: a rendering the dictionary misses leaves as many on each side) by less than
// kRoomShare of the sentence's. A sentence reworded beyond the dictionary ("Getting rid of them is not an
// option" / "wir kriegen sie mehr weg") leaves its own words there; a sentence dropped, none.
constexpr double kRoomShare = 0.6;

static bool no_room_for(const SegmentView& v, const Analysis& a, std::size_t words, std::size_t rest_unrendered,
                 bool source_more) {
    const auto& other = source_more ? a.target : a.source;
    const std::string_view text = source_more ? std::string_view(v.segment.target->text) : std::string_view(v.segment.source.text);
    const auto [n, r] = cross_rendering(v, a, source_more).count(other, 0, text.size());
    return static_cast<double>(n - r) < static_cast<double>(rest_unrendered) + kRoomShare * static_cast<double>(words);
}

// Across languages, whether the clause of each word of `more` (source when `source_more`), cut at
// punctuation, went with it: besides the negation's own words it holds kGoneClauseWords content words or more,
// none of which the other side renders, while three quarters of the rest of the text are rendered ("Loans may be
// renewed up to three times, unless another user has reserved the item" / "… bis zu dreimal verlängert
// werden"). The loss is omission.phrase's to report; the negation did not flip. Only for the words that carry a
// negation lexically (check_lost_implicit): a particle's clause left unrendered is as often an idiom the
// dictionary misses around a real flip ("not taking any risks" / "gehe ein Risiko mehr ein").
// With `whole_sentences`, the unit is the sentence instead, in a side of two sentences or more (a link of the
// document's alignment that joined a sentence the other side dropped to its neighbour): a sentence none of whose
// words the other side renders went as a whole, whichever its negation, particles included.
bool clauses_gone(const SegmentView& v, const Analysis& a, const std::vector<Match>& more, bool source_more,
                  bool whole_sentences) {
    if (more.empty()) return false;
    const auto& tokens = source_more ? a.source : a.target;
    const std::string_view text = source_more ? std::string_view(v.segment.source.text) : std::string_view(v.segment.target->text);
    const Rendering& r = cross_rendering(v, a, !source_more);
    auto boundary = [](char c) {
        return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '(' || c == ')';
    };
    const auto [all_n, all_r] = r.count(tokens, 0, text.size());
    for (const Match& m : more) {
        if (m.first >= tokens.size() || m.last > tokens.size()) return false;
        std::size_t b = tokens[m.first].begin, e = tokens[m.last - 1].end;
        if (whole_sentences) {
            std::size_t first = m.first, last = m.last;
            while (first > 0 && !tokens[first].sentence_start) --first;
            while (last < tokens.size() && !tokens[last].sentence_start) ++last;
            if (first == 0 && last == tokens.size()) return false;  // one sentence
            // A sentence, not a phrase after an ellipsis ("all of a sudden...like I can't even imagine").
            if ((first > 0 && !tokens[first].capitalised) || (last < tokens.size() && !tokens[last].capitalised))
                return false;
            b = tokens[first].begin, e = last < tokens.size() ? tokens[last].begin : text.size();
        } else {
            while (b > 0 && !boundary(text[b - 1])) --b;
            while (e < text.size() && !boundary(text[e])) ++e;
        }
        auto [n, h] = r.count(tokens, b, e);
        const auto [own_n, own_r] = r.count(tokens, tokens[m.first].begin, tokens[m.last - 1].end);
        n -= own_n, h -= own_r;
        const std::size_t rest_n = all_n - n - own_n, rest_r = all_r - h - own_r;
        if (n < kGoneClauseWords || rest_n == 0) return false;
        // A sentence that went may share a word or two with its neighbour, which the other side renders
        // there ("Refunds are made … Refunds cannot be paid in cash"): a quarter of its words may be found,
        // where its neighbours are rendered a quarter more (the dictionaries of some pairs are small).
        const double gone_share = static_cast<double>(h) / static_cast<double>(n);
        const double rest_share = static_cast<double>(rest_r) / static_cast<double>(rest_n);
        if (whole_sentences ? gone_share > 0.25 || rest_share < 0.25 + gone_share : h > 0 || rest_share < 0.75)
            return false;
        if (whole_sentences && !no_room_for(v, a, n, rest_n - rest_r, source_more)) return false;
    }
    return true;
}

}  // namespace verity::rules::polarity
