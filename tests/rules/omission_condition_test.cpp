// omission.condition: a condition or exception of the source that the target drops, said once.
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

std::size_t count(const std::vector<Finding>& f, const std::string& rule) {
    std::size_t n = 0;
    for (const auto& x : f) n += x.rule == rule;
    return n;
}

const std::string kSource =
    "Loans can be renewed up to three times online, unless another user has reserved the item.";

TEST(OmissionCondition, AnExceptionDroppedIsOneFindingNotAlsoANegationOrAPhrase) {
    if (!dictionary("en", "de")) GTEST_SKIP() << "no English-German FreeDict dictionary";
    const auto f = testing::check_pairs({{kSource, "Ausleihen können bis zu dreimal online verlängert werden."}}, "*", "en",
                                        "de");
    ASSERT_EQ(count(f, "omission.condition"), 1u);
    EXPECT_EQ(count(f, "polarity.negation"), 0u);
    EXPECT_EQ(count(f, "omission.phrase"), 0u);
    for (const auto& x : f) {
        if (x.rule != "omission.condition") continue;
        EXPECT_EQ(x.severity, Severity::Warning);
        EXPECT_EQ(testing::marked(x.source), "unless another user has reserved the item");
    }
}

TEST(OmissionCondition, AConditionKeptInOtherWordsIsNone) {
    if (!dictionary("en", "de")) GTEST_SKIP() << "no English-German FreeDict dictionary";
    // Said with the target's own condition word, or as "if … not": the same number of conditions.
    for (const std::string target : {"Ausleihen können bis zu dreimal online verlängert werden, es sei denn, ein anderer "
                                     "Nutzer hat das Medium vorgemerkt.",
                                     "Ausleihen können bis zu dreimal online verlängert werden, wenn kein anderer Nutzer "
                                     "das Medium vorgemerkt hat."})
        EXPECT_EQ(count(testing::check_pairs({{kSource, target}}, "omission.condition", "en", "de"), "omission.condition"), 0u)
            << target;
}

TEST(OmissionCondition, AConditionWhoseWordsTheTargetRendersIsNone) {
    if (!dictionary("en", "de")) GTEST_SKIP() << "no English-German FreeDict dictionary";
    // The condition word is missing but its content is there: reworded, not dropped.
    const auto f = testing::check_pairs(
        {{kSource, "Ausleihen können bis zu dreimal online verlängert werden; ein anderer Nutzer darf das Medium aber "
                   "nicht reserviert haben."}},
        "omission.condition", "en", "de");
    EXPECT_EQ(count(f, "omission.condition"), 0u);
}

}  // namespace
}  // namespace verity::rules
