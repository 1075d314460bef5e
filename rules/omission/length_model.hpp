// omission.length's model of a document: target length ≈ ratio · source length, with a spread that
// grows with the square root of the length (Gale and Church). omission.phrase asks it how far a pair's
// target length lies from the expected one; omission.length's options decide how it is learnt,
// whichever rule asks first.
#pragma once

#include <cmath>
#include <string_view>
#include <utility>

#include "rules/engine/rule.hpp"

namespace verity::rules {

struct LengthModel {
    // Gale and Church's published values (c = 1, s² = 6.8 characters), for documents too short to learn from.
    double ratio = 1.0;
    double spread = std::sqrt(6.8);
    bool learnt = false;  // learnt from the document's own pairs
};

// Characters that carry content: letters, digits and punctuation, not spaces.
double content_length(std::string_view text);

// How far a pair's target length lies from the model, in standard deviations (negative: shorter), with
// the credit of an acronym expansion that one side spells out and the other does not (acronyms.hpp):
// the pair is judged with or without the expansions, whichever lies nearer the model, so the credit
// never makes a finding. `length`: the source length the deviation was judged at.
double judged_deviation(const LengthModel& model, std::string_view source, std::string_view target,
                        double* length = nullptr);

// A pair the model learns from and judges: to be translated, text on both sides, not an alignment gap.
bool measurable_pair(const xliff::Unit& unit, const xliff::Segment& segment);

// omission.length's metadata, whose options (min_segments, min_chars) set how the model is learnt.
// Defined in omission_length.cpp.
const RuleInfo& omission_length_info();

// The model of the view's document, learnt once per document (in its DocumentContext) from
// omission.length's options as the user gave them, whether or not omission.length runs.
const LengthModel& document_length_model(const SegmentView& view);

// How far the pair's target length lies from the document's model, in standard deviations (negative:
// shorter than expected); NaN for a pair the model does not judge.
double length_model_deviation(const SegmentView& view);

}  // namespace verity::rules
