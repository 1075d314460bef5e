// Whether two folded words, or a phrase and the words of a text, are the same name spelt alike or
// otherwise: plurals, spelling variants, transcriptions, inflected and derived forms, cognates.
#pragma once

#include <string>
#include <vector>

#include "rules/entities/knowledge.hpp"
#include "rules/entities/words.hpp"

namespace verity::rules::entities {

// The same word of a name: alike, a plural, a spelling variant, a transcription, a derived or inflected
// form; across languages (`cross`) also a cognate.
bool word_match(const std::string& a, const std::string& b, bool cross);
// A place and its people or adjective: the same stem.
bool stem_match(const std::string& a, const std::string& b);
// The same word, or an inflection of it: "bank" / "banks"; not "Kredit" / "Kreditinstitut".
bool inflected_form(const std::string& a, const std::string& b);
// Two words of names that may be one word reworded (the packs' aliases included).
bool resemble(const std::string& a, const std::string& b, const Knowledge& k, bool cross);
// Two folded words in one alias set of the packs ("us" / "american").
bool aliases(const std::string& a, const std::string& b, const Knowledge& k);
// Two spellings of a name across languages, loosely ("Cornwall" / "Cornovaglia").
bool loosely_alike(const std::string& a, const std::string& b);

// One word spelt for another language or dialect, closely: after folding the letters transcriptions swap,
// five letters or more, the same first letter, at most three letters more and a quarter of them changed
// ("Ripubblica" / "Repubblica", "Keninkryk" / "Koninkrijk"; not "Holandia" / "hold", "Briton" / "prison").
bool spelled_alike(const std::string& a, const std::string& b);

// How many letters one spelling of a name changes in another beyond what transcription (k/c, w/v, doubled
// letters), inflection (an ending, a final vowel) and a spelling variant explain: 0 for "Mohammed" /
// "Mohamed", "Krakowie" / "Krakow", "Donetsk" / "Donezk"; 2 for "Kessler" / "Kastler", "Vantora" / "Ventara".
std::size_t respelt_letters(const std::string& a, const std::string& b);

// Two words spelt alike letter for letter but for the letters transcriptions swap (k/c, z/s, w/v, y/j/i) and
// the spellings of one sound (sh, sch, ch, sz, zh, kh), with i, y and j (a glide or a soft sign) left out:
// "Poliakov" / "Poljakow", "Poroshenko" / "Poroschenko", "Dmitry" / "Dimitri";
// not "Brendel" / "Brandel", nor "Hallworth" / "Halworth".
bool transcribed_same(std::string_view a, std::string_view b);

// Two folded words of which one writes a "y" as a vowel, between two consonants, and the other has no "y"
// ("Pryce" / "Price", "Dalrymple" / "Dalrimple"): transcriptions write a glide as y, i or j ("Sergyey" /
// "Sergej", "Poliakov" / "Poljakow"), but a vowel of a name in Latin letters is copied as it is.
bool vowel_y_respelt(const std::string& a, const std::string& b);

// Two words alike but for two neighbouring letters swapped, a slip of the keyboard: "Wikinwes" / "Wikinews".
bool letters_swapped(std::string_view a, std::string_view b);

// Whether two words begin with letters that spellings of one language and another swap for one sound
// ("Karl" / "Carl": k/c, z/s, w/v, y/j/i): a name whose first letter changed otherwise is another name.
bool same_initial_sound(const std::string& a, const std::string& b);

// One family name in two folded spellings, as a translation copies it: the same letters, a possessive,
// an ending of a grammatical case added on either side (`a_endings` are the endings of a's language:
// "Kowalskiego" / "Kowalski", "Merkelová" / "Merkel"), or a transcription (doubled letters, k/c, z/s,
// w/v, y/j/i, h: "Chamenei" / "Khamenei"); not a letter changed ("Bradshow" / "Bradshaw", "Vaudrin" /
// "Vautrin") or added ("Rennert" / "Renner").
bool same_family_name(const std::string& a, const std::string& b, const std::vector<std::string>& a_endings,
                      const std::vector<std::string>& b_endings);

// A phrase of folded words among `words`, consecutively (one word also inside a hyphenated compound).
bool occurs(const std::vector<std::string>& phrase, const std::vector<Word>& words);
// The same, each word possibly inflected or derived.
bool occurs_inflected(const std::vector<std::string>& phrase, const std::vector<Word>& words);
// A word of a name inside a compound of the other side ("Kong" in "Hongkong").
bool in_compound(const std::string& c, const std::vector<Word>& other);

}  // namespace verity::rules::entities
