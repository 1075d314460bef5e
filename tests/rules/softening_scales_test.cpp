// softening.* / strengthening.* : modal and verb scales, intensifiers and hedges.
#include <gtest/gtest.h>

#include "rules/lexicon/wording.hpp"
#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;
using testing::marked;

TEST(SofteningModal, MarksTheModalAndItsVerbOnBothSides) {
    const auto f = check_pairs({{"The programme between the partners will include mechanisms for support.",
                                 "The programme between the partners could cover mechanisms for support."}},
                               "softening.*,strengthening.*");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "softening.modal");
    EXPECT_EQ(marked(f[0].source), "will include");
    EXPECT_EQ(marked(f[0].target), "could cover");
}

TEST(SofteningModal, AModalLeftOutIsNotPairedWithAnother) {
    // "will" became a present tense; "can" stays: nothing softened.
    EXPECT_TRUE(check_pairs({{"The fund will pay what can be saved.", "The fund pays what can be saved."}},
                            "softening.modal,strengthening.modal")
                    .empty());
}

TEST(SofteningModal, AcrossLanguagesScalesMeetByName) {
    auto f = check_pairs({{"Member states must report every incident.", "Los Estados miembros podrían informar de cada incidente."}},
                         "softening.modal", "en", "es");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(marked(f[0].target), "podrían informar");
    f = check_pairs({{"Member states may report incidents.", "Die Mitgliedstaaten müssen Vorfälle melden."}},
                    "strengthening.modal", "en", "de");
    EXPECT_EQ(f.size(), 1u);
}

TEST(SofteningModal, ModalsOfDifferentSentencesAreNotPaired) {
    // Sentence two's "will" became a present tense; sentence one gained "can": nothing softened.
    EXPECT_TRUE(check_pairs({{"Tap once and you are ready to browse. The app will start on its own.",
                              "Tippen Sie einmal, und schon können Sie surfen. Die App startet von selbst."}},
                            "softening.modal", "en", "de")
                    .empty());
    // The same modal change inside one sentence of a two-sentence pair is still a softening.
    const auto f = check_pairs({{"Tap once to connect. The app will start on its own.",
                                 "Tippen Sie einmal, um zu verbinden. Die App könnte von selbst starten."}},
                               "softening.modal", "en", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(marked(f[0].source), "will start");
}

TEST(SofteningModal, NamesAreNotModals) {
    EXPECT_TRUE(check_pairs({{"The report of last May must be read.", "The report of last May must be read again."}},
                            "softening.modal,strengthening.modal")
                    .empty());
}

TEST(SofteningVerb, StemsFindInflectedForms) {
    const auto f = check_pairs({{"The ministers condemned the attacks.", "The ministers regretted the attacks."}},
                               "softening.verb");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(marked(f[0].source), "condemned");
    EXPECT_EQ(marked(f[0].target), "regretted");
}

TEST(SofteningIntensifier, DroppedIntensifierMarksTheWordItWentWith) {
    const auto f = check_pairs({{"The council strongly supports the plan.", "The council supports the plan."}},
                               "softening.*,omission.*");
    ASSERT_EQ(f.size(), 1u) << "one dropped word, one finding";
    EXPECT_EQ(f[0].rule, "softening.intensifier");
    EXPECT_EQ(marked(f[0].source), "strongly");
    EXPECT_EQ(marked(f[0].target), "supports");
}

TEST(SofteningIntensifier, AReplacedIntensifierIsACounterpart) {
    EXPECT_TRUE(check_pairs({{"They strongly reject it.", "They firmly reject it."}}, "softening.*,strengthening.*").empty());
}

TEST(SofteningHedge, AddedHedgeInTheTarget) {
    const auto f = check_pairs({{"Five people were killed.", "Five people were reportedly killed."}}, "softening.*,strengthening.*");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "softening.hedge");
    EXPECT_EQ(marked(f[0].target), "reportedly");
}

TEST(Wording, TokensKeepOffsetsAndSplitClitics) {
    const auto t = wording::tokenize("They didn't see l'homme's car, do n't.", "en");
    std::vector<std::string> folded;
    for (const auto& tok : t) folded.push_back(tok.folded);
    EXPECT_EQ(folded, (std::vector<std::string>{"they", "did", "n't", "see", "l'", "homme", "'s", "car", "do", "n't"}));
    EXPECT_EQ(t[2].begin, 8u);
    EXPECT_EQ(t[2].end, 11u);
    EXPECT_EQ(wording::tokenize("It can’t be 1,250.5 km", "en")[2].folded, "n't");
    EXPECT_EQ(wording::tokenize("It can’t be 1,250.5 km", "en")[1].folded, "can");
    EXPECT_EQ(wording::tokenize("It can’t be 1,250.5 km", "en")[4].folded, "1,250.5");
}

TEST(Wording, PhraseSetMatchesPhrasesPrefixesAndGaps) {
    wording::PhraseSet set;
    set.add("is to", "en", false, 0, 0);
    set.add("kein*", "de", false, 0, 1);
    set.add("ne … plus", "fr", false, 0, 2);
    const auto de = set.find(wording::tokenize("Es gibt keinen Grund", "de"));
    ASSERT_EQ(de.size(), 1u);
    EXPECT_EQ(de[0].level, 1);
    const auto fr = set.find(wording::tokenize("Il ne travaille plus ici", "fr"));
    ASSERT_EQ(fr.size(), 1u);
    EXPECT_EQ(fr[0].first, 1u);
    EXPECT_EQ(fr[0].last, 4u);
    EXPECT_TRUE(set.find(wording::tokenize("Il ne travaille pas ici et il est plus grand", "fr")).empty());
    EXPECT_EQ(set.find(wording::tokenize("The plan is to fund boats", "en")).size(), 1u);
}

TEST(SofteningIntensifier, AcrossLanguagesOnlyAnAnchoredClauseCounts) {
    // Nothing ties "entirely" to the German clause: a free rendering ("ganz") is likelier.
    EXPECT_TRUE(check_pairs({{"They fear it may not be entirely correct.", "Sie fürchten, dass es nicht ganz richtig sein könnte."}},
                            "softening.*", "en", "de")
                    .empty());
    // "Frontex" anchors the clause whose intensifier went.
    EXPECT_EQ(check_pairs({{"The ministers strongly support Frontex.", "Die Minister unterstützen Frontex."}},
                          "softening.intensifier", "en", "de")
                  .size(),
              1u);
}

}  // namespace
}  // namespace verity::rules
