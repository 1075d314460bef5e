// Words that went with their clause or sentence (see gone_words.hpp).
#include "rules/lexicon/gone_words.hpp"

#include <algorithm>
#include <tuple>
#include <string_view>

#include "rules/lexicon/rendering.hpp"

namespace verity::rules::wording {

namespace {

// Content words a clause must hold besides the span's own for "none rendered" to say the clause went.
constexpr std::size_t kGoneClauseWords = 3;
// Content words besides numbers a phrase gone with its number must hold, and those the rest of the text must.
constexpr std::size_t kGonePhraseWords = 1;
constexpr std::size_t kGonePhraseRestWords = 3;

// Whether the other side (the target when `source_more`) has no room for a sentence of `words` content words
// said in words of its own: the words of the other side no dictionary traces exceed those of the rest of this
// side (`rest_unrendered`: a rendering the dictionary misses leaves as many on each side) by less than
// kRoomShare of the sentence's. A sentence reworded beyond the dictionary ("Getting rid of them is not an
// option" / "wir kriegen sie mehr weg") leaves its own words there; a sentence dropped, none.
constexpr double kRoomShare = 0.6;

bool no_room_for(const SegmentView& v, const Analysis& a, std::size_t words, std::size_t rest_unrendered,
                 bool source_more) {
    const auto& other = source_more ? a.target : a.source;
    const std::string_view text = source_more ? std::string_view(v.segment.target->text) : std::string_view(v.segment.source.text);
    const auto [n, r] = cross_rendering(v, a, source_more).count(other, 0, text.size());
    return static_cast<double>(n - r) < static_cast<double>(rest_unrendered) + kRoomShare * static_cast<double>(words);
}

}  // namespace

std::pair<std::size_t, std::size_t> clause_around(std::string_view text, std::size_t begin, std::size_t end) {
    auto boundary = [](char c) {
        return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '(' || c == ')';
    };
    while (begin > 0 && !boundary(text[begin - 1])) --begin;
    while (end < text.size() && !boundary(text[end])) ++end;
    return {begin, end};
}

// See the header. The clause test is strict (no word rendered): a clause the dictionary cannot follow around a
// real change ("not taking any risks" / "gehe ein Risiko mehr ein") must not pass for one that went.
bool went_with_its_clause(const SegmentView& v, const Analysis& a, bool source_side, std::size_t begin_byte,
                          std::size_t end_byte, bool whole_sentences) {
    const auto& tokens = source_side ? a.source : a.target;
    const std::string_view text = source_side ? std::string_view(v.segment.source.text) : std::string_view(v.segment.target->text);
    const Rendering& r = cross_rendering(v, a, !source_side);
    const auto [all_n, all_r] = r.count(tokens, 0, text.size());
    // The words of the span: [first, last).
    std::size_t first = tokens.size(), last = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i].end > begin_byte && tokens[i].begin < end_byte) first = std::min(first, i), last = i + 1;
    if (first >= last) return false;
    const auto [own_n, own_r] = r.count(tokens, tokens[first].begin, tokens[last - 1].end);
    std::size_t b = tokens[first].begin, e = tokens[last - 1].end;
    if (whole_sentences) {
        std::size_t from = first, to = last;
        while (from > 0 && !tokens[from].sentence_start) --from;
        while (to < tokens.size() && !tokens[to].sentence_start) ++to;
        if (from == 0 && to == tokens.size()) return false;  // one sentence
        // A sentence, not a phrase after an ellipsis ("all of a sudden...like I can't even imagine").
        if ((from > 0 && !tokens[from].capitalised) || (to < tokens.size() && !tokens[to].capitalised)) return false;
        b = tokens[from].begin, e = to < tokens.size() ? tokens[to].begin : text.size();
    } else {
        std::tie(b, e) = clause_around(text, b, e);
    }
    auto [n, h] = r.count(tokens, b, e);
    n -= own_n, h -= own_r;
    const std::size_t rest_n = all_n - n - own_n, rest_r = all_r - h - own_r;
    if (n < kGoneClauseWords || rest_n == 0) return false;
    // A sentence that went may share a word or two with its neighbour, which the other side renders there
    // ("Refunds are made … Refunds cannot be paid in cash"): a quarter of its words may be found, where its
    // neighbours are rendered a quarter more (the dictionaries of some pairs are small).
    const double gone_share = static_cast<double>(h) / static_cast<double>(n);
    const double rest_share = static_cast<double>(rest_r) / static_cast<double>(rest_n);
    if (whole_sentences ? gone_share > 0.25 || rest_share < 0.25 + gone_share : h > 0 || rest_share < 0.75)
        return false;
    return !whole_sentences || no_room_for(v, a, n, rest_n - rest_r, source_side);
}

// See the header.
std::optional<std::pair<std::size_t, std::size_t>> phrase_gone_with(const SegmentView& v, const Analysis& a,
                                                                    bool source_side, std::size_t begin_byte,
                                                                    std::size_t end_byte, std::size_t own_end) {
    const auto& tokens = source_side ? a.source : a.target;
    const std::string_view text = source_side ? std::string_view(v.segment.source.text) : std::string_view(v.segment.target->text);
    const Rendering& r = cross_rendering(v, a, !source_side);
    if (r.rendered.size() < tokens.size()) return std::nullopt;
    auto rendered = [&](std::size_t i) { return r.content[i] && r.rendered[i]; };
    std::size_t first = tokens.size(), last = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i].end > begin_byte && tokens[i].begin < end_byte) first = std::min(first, i), last = i + 1;
    if (first >= last) return std::nullopt;
    for (std::size_t i = first; i < last; ++i)
        if (rendered(i)) return std::nullopt;  // the number is there after all
    const auto [clause_begin, clause_end] = clause_around(text, tokens[first].begin, tokens[last - 1].end);
    std::size_t lo = first, hi = last;
    while (lo > 0 && tokens[lo - 1].begin >= clause_begin && !rendered(lo - 1)) --lo;
    while (hi < tokens.size() && tokens[hi].end <= clause_end && !rendered(hi)) ++hi;
    while (lo < first && !r.content[lo]) ++lo;
    while (hi > last && !r.content[hi - 1]) --hi;
    std::size_t words = 0;
    for (std::size_t i = lo; i < hi; ++i)
        words += r.content[i] && !tokens[i].numeric && (tokens[i].begin < begin_byte || tokens[i].begin >= own_end);
    if (words < kGonePhraseWords) return std::nullopt;
    const auto [all_n, all_r] = r.count(tokens, 0, text.size());
    const auto [own_n, own_r] = r.count(tokens, tokens[lo].begin, tokens[hi - 1].end);
    const std::size_t rest_n = all_n - own_n, rest_r = all_r - own_r;
    if (rest_n < kGonePhraseRestWords || 2 * rest_r < rest_n) return std::nullopt;
    return std::pair{tokens[lo].begin, tokens[hi - 1].end};
}

}  // namespace verity::rules::wording
