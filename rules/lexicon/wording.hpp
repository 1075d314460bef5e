// The lexical machinery of the wording rules in one include, for callers that use most of it
// (omission.*). Each job has its own header; include those where one or two suffice.
#pragma once

#include "rules/engine/rule.hpp"
#include "rules/lexicon/analysis.hpp"
#include "rules/lexicon/anchors.hpp"
#include "rules/lexicon/clauses.hpp"
#include "rules/lexicon/lexicon.hpp"
#include "rules/lexicon/phrase_set.hpp"
#include "rules/lexicon/rendering.hpp"
#include "rules/lexicon/tokens.hpp"

namespace verity::rules::wording {

// How far the pair's target length lies from the document's length model, in standard
// deviations (negative: shorter than expected); see omission.length. Defined there.
double length_deviation(const SegmentView& view);

}  // namespace verity::rules::wording
