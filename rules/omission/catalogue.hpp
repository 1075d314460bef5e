// Whether a document reads as a message catalogue: many short, separate messages (UI strings, validator
// messages) rather than running text. In one language such a pair is usually a message and its updated
// display text ("This is not a valid IP address." / "This value is not a valid IP address."), where a word
// or clause added to make the message more precise is the point of the update, not a departure.
#pragma once

#include "rules/engine/rule.hpp"

namespace verity::rules {

// Learnt once per document (its DocumentContext): at least kCatalogueMinPairs measurable pairs whose
// median source is short (catalogue.cpp).
bool is_message_catalogue(const SegmentView& view);

}  // namespace verity::rules
