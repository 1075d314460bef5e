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

// The loudest polarity finding on one pair (Info when there is none).
Severity loudest(const std::string& source, const std::string& target, const std::string& sl, const std::string& tl) {
    Severity out = Severity::Info;
    for (const auto& f : check_pairs({{source, target}}, "polarity.*", sl, tl))
        if (static_cast<int>(f.severity) > static_cast<int>(out)) out = f.severity;
    return out;
}

TEST(ClauseNegation, EvidenceThatMakesAFlipUnsureKeepsItAtInfo) {
    // A word written with the language's negation particle ("niedostępna" = "not available") may say the
    // negation although the dictionary lacks its inflected form.
    EXPECT_EQ(loudest("This option is not available in your region.", "Ta opcja jest niedostępna w Twoim regionie.",
                      "en", "pl"),
              Severity::Info);
    // A negation with nothing after it stands for a verb said before; a verb of failure may render it.
    EXPECT_EQ(loudest("It may still work when the other methods do not.",
                      "Może nadal działać, gdy inne metody zawodzą.", "en", "pl"),
              Severity::Info);
    // "not … correctly" is what "nieprawidłowo" (incorrectly) says: no opposite.
    EXPECT_EQ(loudest("Some pages may not load correctly.", "Niektóre strony mogą ładować się nieprawidłowo.", "en",
                      "pl"),
              Severity::Info);
    // A plain flip, with its verb said, is still sure.
    EXPECT_EQ(loudest("The other methods do not work.", "Die anderen Methoden funktionieren.", "en", "de"),
              Severity::Error);
    EXPECT_EQ(loudest("The service is available in your region.", "Der Dienst ist in Ihrer Region nicht verfügbar.",
                      "en", "de"),
              Severity::Error);
}

}  // namespace
}  // namespace verity::rules
