// softening.intensifier in reworded pairs and counterparts across languages; softening.modal and
// conditional modals; multi-word verbs on the scales.
#include <gtest/gtest.h>

#include "xliff/text/bilingual_dictionary.hpp"
#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;
using testing::marked;

TEST(SofteningIntensifierRound2, DroppedFromBetweenKeptNeighboursInARewordedPair) {
    // The target adds a phrase and rewords the sentence; "firmly" went from between "Norway" and
    // "backs", which stayed side by side.
    const auto f = check_pairs({{"In Oslo today Norway firmly backs a new fund for the Arctic.",
                                 "Norway backs a new fund for the Arctic region and its coastal towns."}},
                               "softening.intensifier");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(marked(f[0].source), "firmly");
    // Where the words around it were reworded too, the intensifier went with the rewording.
    EXPECT_TRUE(check_pairs({{"In Oslo today Norway firmly backs a new fund for the Arctic.",
                              "Norway is in favour of a new fund for the Arctic region and its coastal towns."}},
                            "softening.intensifier")
                    .empty());
}

TEST(SofteningIntensifierRound2, AnyFormOnTheOtherSideIsACounterpart) {
    // "absoluten" is an inflected "absolut"; "hochqualifizierte" holds the counterpart-only "hoch*".
    EXPECT_TRUE(check_pairs({{"Oslo offers absolute protection to Anna Berg.", "Oslo bietet Anna Berg absoluten Schutz."}},
                            "softening.intensifier", "en", "de")
                    .empty());
    EXPECT_TRUE(check_pairs({{"Oslo hired two highly trained pilots from Bergen.",
                              "Oslo stellte zwei hochqualifizierte Piloten aus Bergen ein."}},
                            "softening.intensifier", "en", "de")
                    .empty());
    // Without any, the dropped intensifier is reported.
    EXPECT_EQ(check_pairs({{"Oslo hired two highly trained pilots from Bergen.", "Oslo stellte zwei Piloten aus Bergen ein."}},
                          "softening.intensifier", "en", "de")
                  .size(),
              1u);
}

TEST(SofteningIntensifierRound2, AWordWhoseTranslationIsThereIsRendered) {
    if (text::Dictionaries("/usr/share/dictd", true, text::default_dictionary_cache()).get("en", "de").empty()) GTEST_SKIP() << "no English-German FreeDict dictionary";
    // "firm" here is the noun, rendered by "Firma".
    EXPECT_TRUE(check_pairs({{"The firm in Graz hired 20 engineers.", "Die Firma in Graz stellte 20 Ingenieure ein."}},
                            "softening.intensifier", "en", "de")
                    .empty());
    EXPECT_EQ(check_pairs({{"Graz takes a firm stance on the 20 engineers.", "Graz nimmt eine Haltung zu den 20 Ingenieuren ein."}},
                          "softening.intensifier", "en", "de")
                  .size(),
              1u);
}

TEST(SofteningModalRound2, AGermanConditionalIsNoModal) {
    EXPECT_TRUE(check_pairs({{"If the talks in Bonn fail, the court will set the rent.",
                              "Sollten die Gespräche in Bonn scheitern, wird das Gericht die Miete festlegen."}},
                            "softening.modal", "en", "de")
                    .empty());
    // Inside a clause "sollte" is the weaker modal it is.
    EXPECT_EQ(check_pairs({{"The court in Bonn will set the rent.", "Das Gericht in Bonn sollte die Miete festlegen."}},
                          "softening.modal", "en", "de")
                  .size(),
              1u);
}

TEST(SofteningVerbRound2, MultiWordVerbsAreOnTheScales) {
    const auto f = check_pairs({{"The mayors condemned the closure of the port.",
                                 "The mayors expressed concern about the closure of the port."}},
                               "softening.verb");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(marked(f[0].target), "expressed concern");
    EXPECT_EQ(check_pairs({{"Chile confirmed its support for the treaty.", "Chile took note of the treaty."}}, "softening.verb").size(),
              1u);
}

}  // namespace
}  // namespace verity::rules
