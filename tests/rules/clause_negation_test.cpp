// Clause negation beyond particles: a verb negated by its prefix (Czech "ne-"), negative concord
// (Polish, Czech, Italian: one negation said by several words), and a particle whose head stands
// past an auxiliary ("will not be dark"). Needs the installed FreeDict dictionaries.
#include <gtest/gtest.h>

#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;

TEST(ClauseNegation, CzechVerbPrefixNegatesTheClause) {
    EXPECT_EQ(check_pairs({{"Ministr nepodporuje zákon.", "The minister supports the law."}}, "polarity.negation", "cs", "en")
                  .size(),
              1u);
    EXPECT_TRUE(check_pairs({{"Ministr nepodporuje zákon.", "The minister does not support the law."}},
                            "polarity.negation", "cs", "en")
                    .empty());
}

TEST(ClauseNegation, CzechWordsOfTheirOwnAreNoNegation) {
    // "nemocnice" (hospital) and "nebezpečí" (danger) start as a negated verb would.
    EXPECT_TRUE(check_pairs({{"Lékař pracuje v nemocnici.", "The doctor works in a hospital."},
                             {"Hrozí vážné nebezpečí.", "There is a serious danger."}},
                            "polarity.*", "cs", "en")
                    .empty());
}

TEST(ClauseNegation, NegativeConcordIsOneNegation) {
    EXPECT_TRUE(check_pairs({{"Nikt nie odebrał telefonu.", "Nobody answered the phone."}}, "polarity.negation", "pl", "en")
                    .empty());
    EXPECT_TRUE(check_pairs({{"Nikdo nezvedl telefon.", "Nobody answered the phone."}}, "polarity.negation", "cs", "en")
                    .empty());
    EXPECT_TRUE(check_pairs({{"Non ha risposto nessuno.", "Nobody answered."}}, "polarity.negation", "it", "en").empty());
}

TEST(ClauseNegation, ConcordDoesNotCrossAClause) {
    // Two clauses, each with its own negation: the target kept one.
    EXPECT_EQ(check_pairs({{"Nikt nie odebrał telefonu, ale nie było nikogo w domu.", "Nobody answered the phone, but someone was at home."}},
                          "polarity.negation", "pl", "en")
                  .size(),
              1u);
}

}  // namespace
}  // namespace verity::rules
