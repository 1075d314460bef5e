// A concept's two opposite poles said one way by the source and the other by the target: a thing free of
// charge given a price (polarity.cost), a quantity going up made one going down, included made excluded, open
// made closed (polarity.opposite). Each side's mentions come from its pack's [cost] and [opposites] lists
// (wording::Lexicon::Poles); a negation next to a mention turns it over where the concept has two states only
// ("no longer free" has a price, "kostet nichts" is free) and otherwise leaves it saying neither.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "rules/lexicon/analysis.hpp"

namespace verity::rules::polarity {

// The first mention on each side (tokens [first, last), the negation that turns it over included), and which
// pole the source says (the target says the other).
struct PoleFlip {
    std::string concept_name;  // "cost", or a key of [opposites]: "direction", "inclusion", "opening", "permission"
    std::size_t source_first = 0, source_last = 0, target_first = 0, target_last = 0;
    bool source_first_pole = false;
    // A negation turned a mention of a side ("not allowed" / "Se permite"): the flip is a negation said or
    // left out, as sure as polarity.negation's.
    bool by_negation = false;
};

// The concepts on which every mention of a side agrees and the two sides disagree (in the segment's store:
// found once for the rules that ask).
const std::vector<PoleFlip>& pole_flips(const SegmentView& view, const wording::Analysis& analysis);

// How a rule words what each side says of one concept's poles: the source's ("it is free of charge", "it has a
// price") and the target's ("that it is free", "that it has a price").
struct PolePhrases {
    std::string_view concept_name;
    std::string_view source_first, source_second, target_first, target_second;
};

// Reports each flip of a concept `phrases` words as `rule`'s finding, for polarity.cost and polarity.opposite
// alike: "the source says {…} ("…"), the target {…} ("…")", both mentions marked. Sure (0.95) in one language,
// where the two words face each other in a text otherwise the same, and where a negation decided the flip (as
// polarity.negation's); otherwise 0.75, as across languages a word of a pole may be said of another thing than
// the source's.
void report_flips(const SegmentView& view, const RuleInfo& rule, const std::vector<PolePhrases>& phrases,
                  FindingSink& sink);

}  // namespace verity::rules::polarity
