// omission.phrase: a target that breaks off after a comma, semicolon or dash where the source ends its sentence.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

std::vector<Finding> broken_off(const std::string& source, const std::string& target, const std::string& source_lang,
                                const std::string& target_lang) {
    auto f = testing::check_pairs({{source, target}}, "omission.phrase", source_lang, target_lang);
    std::erase_if(f, [](const Finding& x) { return x.message.find("breaks off") == std::string::npos; });
    return f;
}

TEST(OmissionTruncated, ATargetThatBreaksOffLosesTheSourcesLastClause) {
    const std::string source = "The reading room is open every weekday, but it closes early during the summer break.";
    const auto f = broken_off(source, "The reading room is open every weekday,", "en", "en");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(testing::marked(f[0].source), "but it closes early during the summer break.");
    // Ended as the source ends, or with a stray comma after the whole sentence: nothing broke off.
    EXPECT_TRUE(broken_off(source, "The reading room is open every weekday, but it closes early during the summer break.",
                           "en", "en")
                    .empty());
    EXPECT_TRUE(broken_off(source, "The reading room is open every weekday, but it closes early during the summer break,",
                           "en", "en")
                    .empty());
}

TEST(OmissionTruncated, AGreekSemicolonIsAQuestionMark) {
    EXPECT_TRUE(broken_off("Would you like to send a crash report, so that we can fix the issue?",
                           "Θέλετε να στείλετε μια αναφορά κατάρρευσης, για να διορθώσουμε το πρόβλημα;", "en", "el")
                    .empty());
}

}  // namespace
}  // namespace verity::rules
