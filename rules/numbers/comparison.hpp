// The numbers of a segment pair compared by value: what number.mismatch reports, and which lone numbers went
// with the words around them (omission.number and addition.number report those as the phrase dropped or
// added, not as a number changed). Made once per segment, by the first rule that asks.
#pragma once

#include <vector>

#include "rules/dates/dates.hpp"
#include "rules/engine/rule.hpp"
#include "rules/numbers/numbers.hpp"

namespace verity::rules {

// The numbers of one side, and its dates.
struct SideNumbers {
    std::vector<NumberToken> numbers;
    std::vector<DateToken> dates;
    std::size_t idiom_numbers = 0;  // numbers of an idiom for "always" ("24 hours a day"), left out
};

// A pair of numbers equal in value whose units differ: "35 mm" / "35 cm", "€20" / "20 $".
struct UnitChange {
    const NumberToken* source;
    const NumberToken* target;
};

// The numbers of each side that no number of the other side matches, and the matched pairs whose units
// differ.
struct Unmatched {
    std::vector<const NumberToken*> missing;  // of the source
    std::vector<const NumberToken*> extra;    // of the target
    std::vector<UnitChange> unit_changes;
};

// A number of one side only that went with the phrase around it: the words next to it, within its clause, up
// to the nearest word the other side renders (wording::phrase_gone_with).
struct GonePhrase {
    const NumberToken* number = nullptr;
    ByteRange phrase;         // on the number's side
    double confidence = 0.0;  // number.mismatch's for the number alone
};

struct NumberComparison {
    SideNumbers source, target;
    Unmatched unmatched;             // what number.mismatch reports
    std::vector<GonePhrase> missing_phrases;  // of the source, taken out of unmatched.missing
    std::vector<GonePhrase> extra_phrases;    // of the target, taken out of unmatched.extra
};

// The comparison of the view's pair (empty for a pair without a target or an alignment gap). Its pointers
// point into its own SideNumbers, which never move.
const NumberComparison& compare_numbers(const SegmentView& view);

}  // namespace verity::rules
