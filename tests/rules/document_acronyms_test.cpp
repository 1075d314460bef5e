// What a document's definitions say about its acronyms: one the target defines as the source does is
// kept, so a segment without it lost it; one the target defines with a letter changed, spelling neither
// expansion, was altered; one that spells the target's own expansion is a localisation.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "rules/entities/document_acronyms.hpp"
#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

std::size_t in_unit(const std::vector<Finding>& f, const std::string& unit, const std::string& rule) {
    return static_cast<std::size_t>(
        std::count_if(f.begin(), f.end(), [&](const Finding& x) { return x.unit == unit && x.rule == rule; }));
}

TEST(DocumentAcronyms, AnAcronymSpellsItsExpansionByInitialsOrByLettersInsideItsWords) {
    using entities::spells;
    EXPECT_TRUE(spells("vws", {"der", "verkehrsverbund", "weserbergland", "sud"}, false));
    EXPECT_TRUE(spells("ctl", {"castellan", "therapeutics", "ltd"}, false));
    EXPECT_FALSE(spells("vbs", {"the", "weserbergland", "sud", "transport", "association"}, true));
    // Letters inside the words only when asked: "BAMF" of "Bundesamt für Migration und Flüchtlinge".
    EXPECT_TRUE(spells("bamf", {"bundesamt", "fur", "migration", "und", "fluchtlinge"}, true));
    EXPECT_FALSE(spells("bamf", {"bundesamt", "fur", "migration", "und", "fluchtlinge"}, false));
    EXPECT_FALSE(spells("", {"any"}, true));
}

TEST(DocumentAcronyms, AnAcronymTheTargetDefinesWithALetterChangedIsASubstitutionThroughout) {
    const std::vector<testing::Pair> doc = {
        {"Der Verkehrsverbund Weserbergland-Süd (VWS) weist darauf hin, dass alle Fahrkarten gelten.",
         "The Weserbergland-Süd transport association (VBS) points out that all tickets are valid."},
        {"Fragen beantwortet der VWS am Telefon.", "The VBS answers questions by phone."}};
    const auto f = testing::check_pairs(doc, "entity.*", "de", "en");
    EXPECT_EQ(in_unit(f, "u1", "entity.substitution"), 1u);
    EXPECT_EQ(in_unit(f, "u2", "entity.substitution"), 1u);
    // The target's own acronym for its own words is a localisation, as is a third language's acronym that
    // is more than a letter away ("Supreme Court of Justice (SCJ)" / "(SCJN)").
    const std::vector<testing::Pair> localised = {
        {"Der Verkehrsverbund Weserbergland-Süd (VWS) weist darauf hin, dass alle Fahrkarten gelten.",
         "The Weserbergland South Transport Association (WSTA) points out that all tickets are valid."},
        {"The same day, the Supreme Court of Justice (SCJ) ruled on the dispute.",
         "Am selben Tag entschied der Oberste Gerichtshof Mexikos (SCJN) über den Streit."}};
    EXPECT_EQ(in_unit(testing::check_pairs({localised[0]}, "entity.*", "de", "en"), "u1", "entity.substitution"), 0u);
    EXPECT_EQ(in_unit(testing::check_pairs({localised[1]}, "entity.*", "en", "de"), "u1", "entity.substitution"), 0u);
}

TEST(DocumentAcronyms, AnAcronymTheTargetKeepsIsLostFromASegmentWithoutIt) {
    const testing::Pair defined{"We reported the incident to the Information Oversight Office (IOO) within 72 hours.",
                                "Wir haben den Vorfall innerhalb von 72 Stunden dem Amt für Informationsaufsicht (IOO) gemeldet."};
    const auto lost = testing::check_pairs(
        {defined, {"You may also complain to the IOO.", "Sie können sich auch bei der Energie-Schlichtungsstelle beschweren."}},
        "entity.*", "en", "de");
    EXPECT_EQ(in_unit(lost, "u2", "entity.missing"), 1u);
    // The target's words for it render it.
    const auto rendered = testing::check_pairs(
        {defined, {"You may also complain to the IOO.", "Sie können sich auch beim Amt für Informationsaufsicht beschweren."}},
        "entity.*", "en", "de");
    EXPECT_EQ(in_unit(rendered, "u2", "entity.missing") + in_unit(rendered, "u2", "entity.substitution"), 0u);
    // Without the target's definition an acronym may be localised anywhere: no finding.
    const auto undefined = testing::check_pairs(
        {{"We reported the incident to the Information Oversight Office (IOO).", "Wir haben den Vorfall dem Amt für Informationsaufsicht gemeldet."},
         {"You may also complain to the IOO.", "Sie können sich auch bei der Energie-Schlichtungsstelle beschweren."}},
        "entity.*", "en", "de");
    EXPECT_EQ(in_unit(undefined, "u2", "entity.missing"), 0u);
}

}  // namespace
}  // namespace verity::rules
