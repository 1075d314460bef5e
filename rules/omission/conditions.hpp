// A condition or an exception of the source ("unless the hotel can resell the room", "with the exception of
// guide dogs", "sofern das Buch nicht vorgemerkt ist") that the target leaves out: omission.condition reports
// it, and omission.phrase and polarity.negation leave its words to that finding.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "rules/engine/rule.hpp"

namespace verity::rules {

struct DroppedCondition {
    ByteRange span;                // of the source: the condition word and the clause it opens
    std::string word;              // the condition word as written ("unless")
    std::size_t words = 0;         // content words of the clause after the condition word
    std::size_t rendered = 0;      // of them, rendered in the target
};

// The condition or exception of the source that the target dropped, if any (made once per segment): the
// source holds more condition words of its pack (conditions.words) than the target holds of its own, and of
// the clause one opens (up to the next punctuation) two content words or more, at most a third of them
// rendered in the target, while the target renders at least a third of the rest of the source (three content
// words or more), and the target is not longer than the document's length model expects. Of several, the one
// with the smallest share rendered.
const std::optional<DroppedCondition>& dropped_condition(const SegmentView& view);

}  // namespace verity::rules
