// The text::Evidence of a segment pair's two languages, shared by omission.shifted and omission.phrase.
#pragma once

#include "rules/engine/rule.hpp"
#include "rules/lexicon/evidence.hpp"

namespace verity::rules {

// Made on first use for the view's language pair (stop words from its packs) and kept for the document:
// an Evidence memoises transliterations as it reads and is not safe to share between threads, so it
// lives in the (single-threaded) DocumentContext rather than the run's store.
text::Evidence& pair_evidence(const SegmentView& view);

}  // namespace verity::rules
