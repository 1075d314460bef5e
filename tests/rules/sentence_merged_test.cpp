// addition.sentence / omission.sentence inside a segment whose one side says more sentences than the other
// (a link that took in a neighbour): a sentence of that side none of whose words the other side renders.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "wording_pairs.hpp"
#include "xliff/text/bilingual_dictionary.hpp"

namespace verity::rules {
namespace {

bool dictionary(const std::string& from, const std::string& to) {
    return !text::Dictionaries("/usr/share/dictd", true, text::default_dictionary_cache()).get(from, to).empty();
}

std::vector<Finding> of_rule(const std::vector<Finding>& all, const std::string& rule) {
    std::vector<Finding> out;
    for (const auto& f : all)
        if (f.rule == rule) out.push_back(f);
    return out;
}

const std::string kSource = "Owners should bring the dog's vaccination record or the pet passport.";
const std::string kTarget = "Les propriétaires doivent apporter le carnet de vaccination du chien ou le passeport de l'animal.";

TEST(MergedSentences, ASentenceNoWordOfWhichTheOtherSideRendersWasAdded) {
    if (!dictionary("fr", "en")) GTEST_SKIP() << "no French-English FreeDict dictionary";
    const auto f = of_rule(testing::check_pairs({{kSource, kTarget + " Le paiement se fait uniquement en espèces."}},
                                                "addition.sentence", "en", "fr"),
                           "addition.sentence");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(testing::marked(f[0].target), "Le paiement se fait uniquement en espèces.");
}

TEST(MergedSentences, ASentenceSplitInTwoIsNone) {
    if (!dictionary("fr", "en")) GTEST_SKIP() << "no French-English FreeDict dictionary";
    const auto f = testing::check_pairs(
        {{"Owners should bring the dog's vaccination record and pay the fee of 45 euros in cash.",
          kTarget + " Ils paient les 45 euros en espèces."}},
        "addition.sentence", "en", "fr");
    EXPECT_TRUE(of_rule(f, "addition.sentence").empty());
}

TEST(MergedSentences, ASourceSentenceNoWordOfWhichTheTargetRendersWasDropped) {
    if (!dictionary("en", "fr")) GTEST_SKIP() << "no English-French FreeDict dictionary";
    const auto f = of_rule(testing::check_pairs({{kSource + " Payment is accepted in cash only at the clinic desk.", kTarget}},
                                                "omission.sentence", "en", "fr"),
                           "omission.sentence");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(testing::marked(f[0].source), "Payment is accepted in cash only at the clinic desk.");
}

// A long sentence may have one word the other side happens to render (a cognate, or a common word said
// elsewhere): it is still dropped. A short one with a word rendered is not asserted.
TEST(MergedSentences, ALongSentenceWithOneWordRenderedWasStillDropped) {
    if (!dictionary("en", "fr")) GTEST_SKIP() << "no English-French FreeDict dictionary";
    const std::string dropped = "The unit may not be used as a workshop, an office or a place to sleep.";
    const auto f = of_rule(
        testing::check_pairs({{"You may store furniture, boxes and clothes in the unit. " + dropped,
                               "Vous pouvez entreposer des meubles, des cartons et des vêtements dans le box."}},
                             "omission.sentence", "en", "fr"),
        "omission.sentence");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(testing::marked(f[0].source), dropped);
    EXPECT_EQ(f[0].severity, Severity::Warning);
}

}  // namespace
}  // namespace verity::rules
