// One segment pair as the wording rules see it: both sides tokenised with their language's lexicon
// and, in one language, word-aligned (what was kept, moved, dropped or added).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "rules/engine/rule.hpp"
#include "rules/lexicon/lexicon.hpp"
#include "rules/lexicon/tokens.hpp"

namespace verity::rules::wording {

// A contiguous stretch between two aligned anchors: tokens [begin, end) of each side.
struct Gap {
    std::size_t source_begin = 0, source_end = 0;
    std::size_t target_begin = 0, target_end = 0;
};

// One segment pair, tokenised and (same language only) word-aligned.
struct Analysis {
    const Lexicon* source_lexicon = nullptr;
    const Lexicon* target_lexicon = nullptr;
    bool same_language = false;
    std::vector<Token> source, target;
    // Same language: the target token each source token is aligned to (in order or moved), or -1.
    std::vector<int> source_link, target_link;
    std::vector<Gap> gaps;  // stretches between in-order anchors where something is unaligned
    double similarity = 0;  // share of content words aligned in order, over both sides
    std::size_t edits = 0;  // gaps with an unaligned content word on either side
    std::size_t moved = 0;  // content words aligned out of order (a reordering)
    // Changed in several places, or reordered: a rewording rather than a revision in one place.
    bool reworded(std::size_t edits_limit) const { return edits + (moved > 0 ? 1 : 0) >= edits_limit; }
    bool aligned = false;   // same language and short enough to align
};

// The primary language of each side, as the engine decided it (see SegmentView::source_lang).
std::string source_language(const SegmentView& view);
std::string target_language(const SegmentView& view);

// The analysis of a segment with the lexicons of the languages of the view, made by the first rule
// that asks and kept in the segment's store for the rules that run on it after. Returns null when
// the segment is not for the wording rules (no target, blank, alignment gap, a language without a
// pack across languages).
const Analysis* analyse(const SegmentView& view);

// The same with given lexicons (without the check on packs).
const Analysis* analyse(const SegmentView& view, const Lexicon& source, const Lexicon& target);

}  // namespace verity::rules::wording
