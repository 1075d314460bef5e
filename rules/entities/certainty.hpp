// How sure the entity rules are of a name without a counterpart: the evidence that the other side could
// render the name in a way the comparison cannot see (another script, no pack for the language, a
// title-case label, a name made of ordinary words) lowers it.
#pragma once

#include <string_view>
#include <vector>

#include "rules/engine/rule.hpp"
#include "rules/entities/entities.hpp"
#include "rules/entities/knowledge.hpp"

namespace verity::rules::entities {

// The name `e` of one side, transliterated and compared with the other side's text letter by letter
// ("New York" in "Nowym Jorku", "Sergey Lavrov" in "Sergej Lawrow"): found there under another spelling.
// Each word of the name must be matched; an acronym only by the same letters.
bool transliterated_in(const Entity& e, std::string_view other_text);

// Whether at least a third of the letters of `text` are of a script other than Latin (Cyrillic, Han,
// Thai...): there a Latin name is transliterated or translated, and the comparison sees neither.
bool mostly_other_script(std::string_view text);

// A title rather than a sentence: no sentence-final mark at its end.
bool is_headline(std::string_view text);

// A headline (is_headline) set in title case: of its words of four letters or more that are no acronyms, three
// or more, nine in ten at least start with a capital ("Returns and Complaints Policy for the Online Shop",
// "Rules for the Teaching Apiary and the Extraction Room"). There capitals mark the heading, not names.
bool title_cased_headline(std::string_view text, const std::vector<Word>& words);

// Whether word `i` follows a determiner of its language, past the first parts of a compound and numbers
// ("den 2:0-Endstand").
bool after_determiner(const std::vector<Word>& words, std::size_t i, const Lexicon& lex);

// Whether the capital of a one-word name marks nothing: the first word of a sentence, or a noun after an
// article in a language that capitalises nouns ("den Endstand"; not "sprach Keller").
bool capitals_say_nothing(const Entity& e, const std::vector<Word>& words, const Lexicon& lex);

// The confidence (0–1) that the name `e` (of the source when `in_source`) has no counterpart, starting
// from `base` (what the rule's severity stands for) and lowered by each reason to doubt:
// - the other side is written (partly) in another script, where names are transliterated or translated;
// - the language pair has no pack on one side (its aliases and demonyms are unknown);
// - the name's side is a title-case label ("Current Device", "Allow in the Background"), where capitals
//   do not mark names;
// - the name is made of ordinary words of its language (WordNet's for English: "Reference CPI", "QR Code"),
//   which a translation translates.
// Names the packs list, acronyms alone and names of several words in a sentence keep their weight.
double missing_name_confidence(const SegmentView& view, const Entity& e, bool in_source, double base);

}  // namespace verity::rules::entities
