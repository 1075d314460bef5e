#include "rules/omission/conditions.hpp"

#include <cmath>

#include "rules/lexicon/wording.hpp"
#include "rules/omission/length_model.hpp"

namespace verity::rules {
namespace {

using namespace wording;

constexpr std::size_t kClauseWords = 2;       // content words the condition's clause must hold
constexpr std::size_t kRenderedDivisor = 3;   // at most one in this many rendered
// Content words the rest of the source must hold, a third of them rendered (the dictionaries of some pairs are
// small): the pair is a translation of the same sentence.
constexpr std::size_t kRestWords = 3;
constexpr std::size_t kRestDivisor = 3;

// The end of the clause a condition word opens: the next comma, semicolon, colon, sentence punctuation or
// bracket after it, or the end of the text.
std::size_t clause_end(std::string_view text, std::size_t from) {
    const std::size_t e = text.find_first_of(",;:.!?()", from);
    return e == std::string_view::npos ? text.size() : e;
}

struct Computed {
    std::optional<DroppedCondition> value;
};

std::optional<DroppedCondition> compute(const SegmentView& v) {
    if (!v.segment.target) return std::nullopt;
    const Analysis* a = analyse(v);
    if (!a) return std::nullopt;
    const Lexicon& sl = *a->source_lexicon;
    const Lexicon& tl = *a->target_lexicon;
    if (sl.conditions.empty() || tl.conditions.empty()) return std::nullopt;
    const auto in_source = sl.conditions.find(a->source);
    if (in_source.empty() || tl.condition_renderings.find(a->target).size() >= in_source.size()) return std::nullopt;
    const std::string_view text = v.segment.source.text;
    // The target must not be longer than the document's length model expects: a condition said in words the
    // dictionary misses keeps the length ("unless it continues to snow" / "wenn es weiter schneit").
    if (const double deviation = length_model_deviation(v); !std::isnan(deviation) && deviation > 0) return std::nullopt;
    const Rendering& r = cross_rendering(v, *a);
    const auto [all_n, all_r] = r.count(a->source, 0, text.size());
    std::optional<DroppedCondition> best;
    for (const Match& m : in_source) {
        const std::size_t begin = a->source[m.first].begin, after = a->source[m.last - 1].end;
        const std::size_t end = clause_end(text, after);
        const auto [n, h] = r.count(a->source, after, end);
        if (n < kClauseWords || kRenderedDivisor * h > n) continue;
        const auto [own_n, own_r] = r.count(a->source, begin, end);
        const std::size_t rest_n = all_n - own_n, rest_r = all_r - own_r;
        if (rest_n < kRestWords || kRestDivisor * rest_r < rest_n) continue;
        if (best && h * best->words >= best->rendered * n) continue;  // no smaller share rendered
        best = DroppedCondition{{begin, end}, std::string(text.substr(begin, after - begin)), n, h};
    }
    return best;
}

}  // namespace

const std::optional<DroppedCondition>& dropped_condition(const SegmentView& v) {
    return v.segment_context.store().get<Computed>("dropped condition", [&] { return Computed{compute(v)}; }).value;
}

}  // namespace verity::rules
