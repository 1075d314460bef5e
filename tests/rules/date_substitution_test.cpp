// entity.date: a date replaced by a different one, another month named in words or another day of the week.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

std::vector<Finding> findings_of(const std::string& rule, const std::string& source, const std::string& target,
                                 const std::string& src_lang, const std::string& tgt_lang) {
    return testing::rule_findings(rule, source, target, src_lang, tgt_lang);
}

TEST(DateSubstitution, AnotherMonthInWordsIsASubstitutedDate) {
    const auto f = findings_of("entity.date", "It will be delivered in May 2025.", "Er wird im März 2025 geliefert.", "en", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
    // date.mismatch leaves it to entity.date, and keeps a changed day of the same month.
    EXPECT_TRUE(findings_of("date.mismatch", "It will be delivered in May 2025.", "Er wird im März 2025 geliefert.", "en", "de")
                    .empty());
    EXPECT_EQ(findings_of("date.mismatch", "Due on 1 May 2025.", "Fällig am 3. Mai 2025.", "en", "de").size(), 1u);
    EXPECT_TRUE(findings_of("entity.date", "Due on 1 May 2025.", "Fällig am 3. Mai 2025.", "en", "de").empty());
}

TEST(DateSubstitution, AnotherDayOfTheWeekAcrossLanguages) {
    EXPECT_EQ(findings_of("entity.date", "Il medico riceve il giovedì pomeriggio.", "The doctor sees patients on Tuesday afternoons.",
                          "it", "en")
                  .size(),
              1u);
    EXPECT_EQ(findings_of("entity.date", "Zbiórka odbywa się w każdy czwartek.", "Collections take place every Friday.", "pl", "en")
                  .size(),
              1u);
    // Inflected and plural forms name the same day; one side naming days the other words otherwise is no change.
    EXPECT_TRUE(findings_of("entity.date", "Sie erreichen uns dienstags und donnerstags.", "You can reach us on Tuesdays and "
                                                                                        "Thursdays.",
                            "de", "en")
                    .empty());
    EXPECT_TRUE(findings_of("entity.date", "Zbiórki odbywają się w czwartki.", "Collections take place on Thursdays.", "pl", "en")
                    .empty());
    EXPECT_TRUE(findings_of("entity.date", "Open Monday to Friday.", "Ouvert en semaine, sauf le lundi matin.", "en", "fr").empty());
}

}  // namespace
}  // namespace verity::rules
