// What a whole document says about its acronyms: which ones the translation localises, alters or keeps,
// read once per file from the brackets that define them ("Civil Aviation Safety Investigation Board
// (CASIB)") and from the acronyms both sides write.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rules/engine/rule.hpp"
#include "rules/entities/entities.hpp"

namespace verity::rules::entities {

// Acronyms are folded ("casib").
struct DocumentAcronyms {
    // In a unit where each side defines one acronym in brackets and they differ, the target's is the
    // source's in the target's language ("CASIB" / "JISAC"): source acronym -> target acronyms.
    std::unordered_map<std::string, std::unordered_set<std::string>> target_of;
    // The same pairs where the target's acronym is the source's with a letter changed (two of five or
    // more), the source's spells its own expansion and the target's spells neither its own nor the
    // source's ("Verkehrsverbund Weserbergland-Süd (VWS)" / "Weserbergland-Süd transport association
    // (VBS)"): altered, not localised. Not in target_of.
    std::unordered_map<std::string, std::unordered_set<std::string>> altered;
    // The words the source defines each of its acronyms by: "communauté", "agglomération", "val", "sorlin"
    // for "(CAVS)".
    std::unordered_map<std::string, std::unordered_set<std::string>> expansion_of;
    // The same in the target, for an acronym the target defines as the source does ("Amt für
    // Informationsaufsicht (IOO)").
    std::unordered_map<std::string, std::unordered_set<std::string>> target_expansion_of;
    // Acronyms the source writes and the target defines as they are ("Amt für Informationsaufsicht
    // (IOO)"): the translation keeps them, so one missing from a segment's target is no localisation. (An
    // acronym the target merely writes somewhere may be localised elsewhere: "BMI" and "IMC", "N.A." and
    // "k.A." in one file.)
    std::unordered_set<std::string> kept;
};

const DocumentAcronyms& document_acronyms(const SegmentView& view);

// Whether the folded acronym spells the folded words: their initials, hyphenated parts included, and with
// `inner` also letters inside a word after its initial ("bamf" in "bundesamt fur migration und
// fluchtlinge").
bool spells(const std::string& acronym, const std::vector<std::string>& words, bool inner);

// Applies the document's acronyms to a segment's comparison `c`: a localised pair is no substitution and
// one alone no loss or addition when the other side holds its counterpart; an altered pair is a
// substitution; a kept acronym is rendered by the target's words for it ("Amt für Informationsaufsicht").
void apply_document_acronyms(const SegmentView& view, EntityComparison& c, bool cross);

}  // namespace verity::rules::entities
