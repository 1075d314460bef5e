// number.mismatch: numbers a compound spells out are rendered; digits inside words are codes or masks
// (info); a changed number stays an error; paragraph labels on one side only are no quantities.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;

std::vector<Finding> number_findings(const std::string& source, const std::string& target, const std::string& src_lang,
                                     const std::string& tgt_lang) {
    return testing::rule_findings("number.mismatch", source, target, src_lang, tgt_lang);
}

TEST(NumberCertainty, ASmallNumberInsideACompoundIsRendered) {
    EXPECT_TRUE(number_findings("Rates for the 3 year loan rose.", "Die Zinsen für das dreijährige Darlehen stiegen.", "en",
                                "de")
                    .empty());
    EXPECT_TRUE(number_findings("The meeting takes 2 hours.", "Die Sitzung ist zweistündig.", "en", "de").empty());
    // Another number in the compound is still a missing number.
    const auto f = number_findings("Rates for the 3 year loan rose.", "Die Zinsen für das fünfjährige Darlehen stiegen.",
                                   "en", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
}

TEST(NumberCertainty, ADiallingCodeAddedOrDroppedIsNoChangeButAChangedOneIs) {
    EXPECT_TRUE(number_findings("Rufen Sie uns unter 07463 88 15-0 an.", "Call us on +49 7463 88 15-0.", "de", "en").empty());
    EXPECT_TRUE(number_findings("Call us on +44 20 7946 0018.", "Appelez-nous au 20 7946 0018.", "en", "fr").empty());
    const auto f = number_findings("Rufen Sie uns unter +49 7463 88 15-0 an.", "Call us on +43 7463 88 15-0.", "de", "en");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("49"), std::string::npos) << f[0].message;
    // A plus sign before a number with nothing after it is an amount, not a code.
    EXPECT_EQ(number_findings("Prices rose by 4%.", "Les prix ont augmenté de +5 %.", "en", "fr").size(), 1u);
}

TEST(NumberCertainty, ANumberThatWentWithItsClauseIsTheOmissions) {
    // The clause "which is staffed 24 hours a day" went whole: omission.phrase reports it, not each number in it.
    const std::string source = "If you feel unwell after the treatment, call the clinic nurse on 0161 496 0730, which is "
                               "staffed 24 hours a day.";
    const auto all = check_pairs({{source, "Si vous vous sentez mal après le traitement, appelez l'infirmière de la "
                                           "clinique au 0161 496 0730."}},
                                 "*", "en", "fr");
    EXPECT_TRUE(std::none_of(all.begin(), all.end(), [](const Finding& f) { return f.rule == "number.mismatch"; }));
    EXPECT_TRUE(std::any_of(all.begin(), all.end(), [](const Finding& f) { return f.rule.starts_with("omission."); }));
    // The clause kept with another number: a changed number.
    EXPECT_EQ(number_findings(source, "Si vous vous sentez mal après le traitement, appelez l'infirmière de la clinique "
                                      "au 0161 496 0730, joignable 12 heures par jour.",
                              "en", "fr")
                  .size(),
              1u);
}

TEST(NumberCertainty, DigitsInsideWordsAreCodesNotQuantities) {
    const auto f = number_findings("Code AB12CD is valid.", "Le code AB13CD est valide.", "en", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Info);
    EXPECT_LT(f[0].confidence, kWarningConfidence);
}

TEST(NumberCertainty, AChangedNumberInANameIsStillAnError) {
    const auto f = number_findings("Patients are tested daily for Covid-19.", "Les patients sont testés chaque jour pour le Covid-22.",
                                   "en", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_GE(f[0].confidence, kErrorConfidence);
}

TEST(NumberCertainty, PlaceholderDigitsAreNoNumbers) {
    EXPECT_TRUE(number_findings("Connected through %1 via %2", "เชื่อมต่อที่ %1 ผ่าน %2 แล้ว", "en", "th").empty());
    EXPECT_TRUE(number_findings("Step {0} of {1}: 3 files left", "Étape {0} sur {1} : 3 fichiers restants", "en", "fr")
                    .empty());
    // A number beside placeholders is still compared.
    EXPECT_EQ(number_findings("Step {0} of {1}: 3 files left", "Étape {0} sur {1} : 4 fichiers restants", "en", "fr")
                  .size(),
              1u);
}

TEST(NumberCertainty, ParagraphLabelsOnOneSideOnlyAreNoQuantities) {
    // A rewrite without the statute's numbering changes no quantity, and "§ 4" is no "vier" of the target.
    EXPECT_TRUE(number_findings("§ 4 (1) Papier wird alle vier Wochen abgeholt.", "Papier wird alle vier Wochen abgeholt.",
                                "de", "de")
                    .empty());
    EXPECT_TRUE(number_findings("Die Tonnen sind voll. (2) Asche darf nicht hinein.",
                                "Die Tonnen sind voll. Asche darf nicht hinein.", "de", "de")
                    .empty());
    EXPECT_TRUE(number_findings("3. Press the red button.", "Appuyez sur le bouton rouge.", "en", "fr").empty());
    // Labels on both sides are compared, and a quantity beside a label still is.
    EXPECT_EQ(number_findings("§ 5 Fees apply.", "§ 6 Des frais s'appliquent.", "en", "fr").size(), 1u);
    EXPECT_EQ(number_findings("(2) Collection is every 4 weeks.", "La collecte a lieu toutes les 5 semaines.", "en", "fr").size(),
              1u);
}

}  // namespace
}  // namespace verity::rules
