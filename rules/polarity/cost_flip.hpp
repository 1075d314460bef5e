// A thing one side gives free of charge that the other side says has a price (polarity.cost; polarity.negation
// leaves such a segment to it). Each side's mentions of a price come from its pack's [cost] lists; a negation
// next to one turns it over ("no longer free" has a price, "kostet nichts" is free).
#pragma once

#include <cstddef>
#include <optional>

#include "rules/lexicon/analysis.hpp"

namespace verity::rules::polarity {

// The first mention of a price on each side (tokens [first, last), the negation that turns it over included),
// and what the source says: free (the target then says it has a price) or with a price.
struct CostFlip {
    std::size_t source_first = 0, source_last = 0, target_first = 0, target_last = 0;
    bool source_free = false;
};

// Where every mention of a side agrees, and the two sides disagree.
std::optional<CostFlip> cost_flip(const SegmentView& view, const wording::Analysis& analysis);

}  // namespace verity::rules::polarity
