// Words of a text as the name rules see them: letters and digits with their fold_key, and what their
// shape says (capitalised, an acronym, the start of a sentence, joined to the word before).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace verity::rules {

struct Word {
    std::size_t begin = 0, end = 0;  // bytes in the text
    std::string key;                 // fold_key of the word; dots of "U.S." removed
    bool capitalised = false;        // starts with an upper-case letter, or has one inside ("iPhone")
    bool acronym = false;            // two or more letters, none lower case: "EU", "U.S.", "G20"
    bool has_letter = false;
    bool sentence_start = false;     // first word of the text or of a sentence inside it
    bool joined = false;             // only spaces separate it from the previous word
    bool hyphenated = false;         // a hyphen joins it to the previous word: "Kommissar" of "EU-Kommissar"
    bool after_comma = false;        // only a comma and spaces separate it from the previous word
    bool in_identifier = false;      // an underscore touches it: a part of "OPT_STNDSTLL_PX_EXP", "FR2__Phase"
    // An acronym written with some lower-case letters: "AfDB", "DfID", "KfW", "MoU" (a capital first, three
    // to seven letters, no more lower-case letters than capitals). Its letters, folded, in `key`; which
    // of them are capitals in `capitals` (one flag per letter of `key`).
    bool mixed_acronym = false;
    std::vector<bool> capitals;
};

// Words of a text: letters and digits, with inner hyphens ("Covid-19") and dotted initials ("U.S.");
// apostrophes split ("Morocco's" -> "Morocco", "s").
std::vector<Word> split_words(std::string_view text);

}  // namespace verity::rules
