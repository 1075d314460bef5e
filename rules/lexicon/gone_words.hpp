// Words of one side that went with their whole clause or sentence: the other side renders none of the
// clause's other words while it renders the rest of the text. What they said is then an omission (or an
// addition) to report as such, not a change of the word itself: a negation that "flipped", a number
// "missing".
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

#include "rules/engine/rule.hpp"
#include "rules/lexicon/analysis.hpp"

namespace verity::rules::wording {

// The bytes [begin, end) of the clause around bytes [begin, end) of `text`: widened to the nearest comma,
// semicolon, colon, sentence punctuation or bracket on each side.
std::pair<std::size_t, std::size_t> clause_around(std::string_view text, std::size_t begin, std::size_t end);

// Whether the words in bytes [begin_byte, end_byte) of the source (`source_side`) or target went with their
// clause, cut at punctuation: besides their own, the clause holds three content words or more, none of which
// the other side renders, while three quarters of the rest of the text are rendered. With `whole_sentences`,
// the unit is their sentence, in a side of two sentences or more (a link of a document's alignment that joined
// a sentence the other side dropped to its neighbour): at most a quarter of its words rendered, the rest of
// the side a quarter more, and no room for it on the other side (that side's words no dictionary traces exceed
// those of the rest of this side by less than 0.6 of the sentence's: a sentence reworded beyond the dictionary
// leaves words of its own there).
bool went_with_its_clause(const SegmentView& view, const Analysis& analysis, bool source_side, std::size_t begin_byte,
                          std::size_t end_byte, bool whole_sentences);

// The phrase around a number in bytes [begin_byte, end_byte) of the source (`source_side`) or target that went
// with it: the number's words unrendered on the other side, widened within their clause over every word the
// other side does not render (stop words included) up to the nearest one it does. It counts when it holds a
// content word besides numbers and the number's own words up to `own_end` (its unit), and the other side renders at least half of the rest of the text (of three
// content words or more), so the dictionary follows the pair. Returns its bytes, first to last content word.
std::optional<std::pair<std::size_t, std::size_t>> phrase_gone_with(const SegmentView& view, const Analysis& analysis,
                                                                    bool source_side, std::size_t begin_byte,
                                                                    std::size_t end_byte, std::size_t own_end);

}  // namespace verity::rules::wording
