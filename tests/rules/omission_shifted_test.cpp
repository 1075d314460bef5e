// omission.shifted: a source segment translated in a neighbouring segment's target.
#include <gtest/gtest.h>

#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;
using testing::Pair;

std::vector<std::string> flagged_units(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings) out.push_back(f.unit);
    return out;
}

TEST(OmissionShifted, MergedTranslationShiftsTheRestByOne) {
    // The first target also holds the second sentence; every later target is one segment early.
    const auto f = check_pairs({{"The council approved the new library budget on Tuesday evening.",
                                 "The council approved the new library budget on Tuesday evening. The mayor praised the volunteers who run the reading rooms."},
                                {"The mayor praised the volunteers who run the reading rooms.",
                                 "Construction of the eastern wing will start in autumn."},
                                {"Construction of the eastern wing will start in autumn.",
                                 "Opening hours remain unchanged during the works."},
                                {"Opening hours remain unchanged during the works.",
                                 "Opening hours remain unchanged during the works."}},
                               "omission.shifted");
    EXPECT_EQ(flagged_units(f), (std::vector<std::string>{"u2", "u3"}));
    ASSERT_FALSE(f.empty());
    EXPECT_NE(f[0].message.find("previous segment (unit u1)"), std::string::npos) << f[0].message;
}

TEST(OmissionShifted, TargetOfTheNextSegmentAcrossLanguages) {
    // The second target translates the third source; the third target is missing its own. No
    // dictionary is needed: numbers and cognates carry the evidence.
    const auto f = check_pairs({{"The festival presents 45 concerts in 12 historic churches.",
                                 "Le festival présente 45 concerts dans 12 églises historiques."},
                                {"Tickets cost 18 euros and are sold at the tourist office.",
                                 "Les musiciens viennent de 9 pays européens différents."},
                                {"The musicians come from 9 different European countries.",
                                 "Le programme complet sera publié en mars."},
                                {"The complete programme will be published in March.",
                                 "Le programme complet sera publié en mars."}},
                               "omission.shifted", "en", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].unit, "u3");
    EXPECT_NE(f[0].message.find("previous"), std::string::npos) << f[0].message;
}

TEST(OmissionShifted, TheNextSegmentsTargetCanHoldTheTranslation) {
    const auto f = check_pairs({{"The museum will close for renovation from May to September.",
                                 "Visitors can still use the garden and the cafe during that time."},
                                {"Visitors can still use the garden and the cafe during that time.",
                                 "Visitors can still use the garden and the cafe during that time."}},
                               "omission.shifted");
    // u1's own target says nothing of its source, but its source is not translated elsewhere either.
    EXPECT_TRUE(f.empty());
    const auto g = check_pairs({{"The museum will close for renovation from May to September.",
                                 "Visitors can still use the garden and the cafe during that time."},
                                {"Visitors can still use the garden and the cafe during that time.",
                                 "The museum will close for renovation from May to September, but visitors can still use the garden."}},
                               "omission.shifted");
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].unit, "u1");
    EXPECT_NE(g[0].message.find("next segment (unit u2)"), std::string::npos) << g[0].message;
}

TEST(OmissionShifted, FaithfulAndRepetitiveDocumentsAreQuiet) {
    // Unrelated neighbours, each correctly translated.
    EXPECT_TRUE(check_pairs({{"Rainfall was twice the seasonal average in the north.",
                              "Rainfall in the north was twice the seasonal average."},
                             {"Farmers expect a late harvest of wheat and barley.",
                              "A late wheat and barley harvest is expected by farmers."}},
                            "omission.shifted")
                    .empty());
    // List items that share most words: a target matching a neighbour is no evidence of a shift.
    EXPECT_TRUE(check_pairs({{"The image width is too large for the page layout.", "Die Bildhöhe ist zu groß für das Seitenlayout."},
                             {"The image height is too large for the page layout.", "Die Bildbreite ist zu groß für das Seitenlayout."}},
                            "omission.shifted", "en", "de")
                    .empty());
}

}  // namespace
}  // namespace verity::rules
