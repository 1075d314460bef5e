// number.mismatch with units: a number's unit or currency is part of its value; a conversion within
// rounding is the same quantity, and the message says what the converted value would be.
#include <gtest/gtest.h>

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

TEST(NumberUnits, TheSameNumberInAnotherUnitIsAnError) {
    const auto f = number_findings("The shelf is 60 cm deep.", "Das Regal ist 60 mm tief.", "en", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_NE(f[0].message.find("unit"), std::string::npos) << f[0].message;
    EXPECT_TRUE(number_findings("The shelf is 60 cm deep.", "Das Regal ist 60 Zentimeter tief.", "en", "de").empty());
}

TEST(NumberUnits, InflectedUnitWordsAreRead) {
    EXPECT_TRUE(number_findings("Turn left after 200 metres.", "Nach 200 Metern links abbiegen.", "en", "de").empty());
    EXPECT_EQ(number_findings("Turn left after 200 yards.", "Nach 200 Metern links abbiegen.", "en", "de").size(), 1u);
    EXPECT_TRUE(number_findings("La granja produce 30 toneladas.", "The farm produces 30 tonnes.", "es", "en").empty());
}

TEST(NumberUnits, CurrenciesDiffer) {
    const auto f = number_findings("Parking costs £15 a day.", "Le parking coûte 15 € par jour.", "en", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_TRUE(number_findings("Parking costs €15 a day.", "Le parking coûte 15 euros par jour.", "en", "fr").empty());
    EXPECT_TRUE(number_findings("Parking costs USD 15.", "Le parking coûte 15 dollars.", "en", "fr").empty());
}

TEST(NumberUnits, AConversionWithinRoundingIsTheSameQuantity) {
    EXPECT_TRUE(number_findings("The lake is 3 miles across.", "Le lac fait 5 km de large.", "en", "fr").empty());
    EXPECT_TRUE(number_findings("It was 25 °C outside.", "Draußen waren es 77 °F.", "en", "de").empty());
    EXPECT_TRUE(number_findings("The bag holds 10 pounds sterling.", "La bolsa vale 10 libras esterlinas.", "en", "es").empty());
}

TEST(NumberUnits, AConversionThatIsOffSaysWhatItShouldBe) {
    const auto f = number_findings("The lake is 3 miles across.", "Le lac fait 9 km de large.", "en", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("about 4.828 km"), std::string::npos) << f[0].message;
}

TEST(NumberUnits, ARangeSharesItsUnit) {
    EXPECT_TRUE(number_findings("Allow 2 to 3 hours.", "Comptez 2 à 3 heures.", "en", "fr").empty());
    const auto f = number_findings("Allow 2 to 3 hours.", "Comptez 2 à 3 jours.", "en", "fr");
    ASSERT_EQ(f.size(), 2u);
    // The first end of the range only shares the unit: less sure.
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(f[1].severity, Severity::Error);
}

TEST(NumberUnits, AndJoinsTwoQuantitiesNotARange) {
    EXPECT_TRUE(number_findings("Voters over 65 and 20% of the young.", "Wähler über 65 Jahre und 20 % der Jungen.", "en", "de")
                    .empty());
}

TEST(NumberUnits, PercentAndPercentagePointsDifferWithLessCertainty) {
    const auto f = number_findings("Turnout fell by 4 percentage points.", "La participation a baissé de 4 %.", "en", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
}

TEST(NumberUnits, SymbolsInsideLongerWordsAreNoUnits) {
    EXPECT_TRUE(number_findings("Wait 5 minutes.", "Attendez 5 min.", "en", "fr").empty());
    EXPECT_TRUE(number_findings("We met 3 times.", "Nous nous sommes vus 3 fois.", "en", "fr").empty());
}

TEST(NumberUnits, TheNumbersOfAnActNamedOtherwiseOnTheOtherSideCountNothing) {
    const std::string source = "Alle Stoffe wurden nach der Verordnung (EG) Nr. 1907/2006 bei der Agentur registriert.";
    EXPECT_TRUE(number_findings(source, "All substances were registered with the Agency under the REACH Regulation.", "de", "en")
                    .empty());
    // Named by its number on both sides, a number changed is a change.
    EXPECT_EQ(number_findings(source, "All substances were registered with the Agency under Regulation (EC) No 1907/2007.",
                              "de", "en")
                  .size(),
              1u);
    // The other side names no act: the numbers are missing.
    EXPECT_FALSE(number_findings(source, "All substances were registered with the Agency.", "de", "en").empty());
    // Half a share written as two numbers ("12 su 17" / "Twelve of the 17"), or an idiom for always: nothing.
    EXPECT_TRUE(number_findings("Hanno votato 12 consiglieri su 17.", "Twelve of the 17 councillors voted.", "it", "en").empty());
    EXPECT_TRUE(number_findings("Lo sportello risponde 24 ore su 24.", "The desk answers around the clock.", "it", "en").empty());
}

}  // namespace
}  // namespace verity::rules
