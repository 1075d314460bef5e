// Acronyms and their expansions: initials, and the words an acronym (also a mixed-case one) spells.
#pragma once

#include <string>
#include <vector>

#include "rules/entities/words.hpp"

namespace verity::rules::entities {

// The first letters of folded words: {"european", "union"} -> "eu".
std::string initials(const std::vector<std::string>& words);
// Consecutive words of a text whose initials spell `acronym` (folded), short function words skipped.
bool spelled_out(const std::string& acronym, const std::vector<Word>& words);
// Whether a mixed-case acronym's letters (folded; `capitals` flags its capitals) spell `words`.
bool mixed_spells(const std::string& letters, const std::vector<bool>& capitals, const std::vector<std::string>& words);
// The same, for a run of consecutive words anywhere in a text.
bool mixed_spelled_out(const std::string& letters, const std::vector<bool>& capitals, const std::vector<Word>& words);
// Two folded acronyms of three letters or more with fewer than half the letters of the longer in common, each
// letter counted once ("tefap" / "snap", "icea" / "ccpb"). A localisation reorders or keeps most letters
// ("nato" / "otan", "ngo" / "nro", "ecb" / "ezb").
bool unlike_acronyms(const std::string& a, const std::string& b);
// Whether two folded acronyms have a letter in common ("us" / "lpg" have none).
bool share_a_letter(const std::string& a, const std::string& b);

}  // namespace verity::rules::entities
