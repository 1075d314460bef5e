// number.mismatch on numbers written in more than one way: telephone numbers for readers at home and
// abroad, hours of an afternoon range, the sides of a size, amounts in whole units and hundredths, and
// numbers a word before them rounds.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

std::vector<Finding> number_findings(const std::string& source, const std::string& target, const std::string& src_lang,
                                     const std::string& tgt_lang) {
    return testing::rule_findings("number.mismatch", source, target, src_lang, tgt_lang);
}

TEST(NumberForms, ATelephoneNumberIsItsNationalNumber) {
    // The trunk zero at home, the country code abroad; grouped by spaces, hyphens or slashes.
    EXPECT_TRUE(number_findings("Call us on 0345 600 2781.", "Appelez le +44 345 600 2781.", "en", "fr").empty());
    EXPECT_TRUE(number_findings("Telefon: 05162 944-310.", "Phone: +49 5162 944310.", "de", "en").empty());
    EXPECT_TRUE(number_findings("Il numero è +39 06 1234 5678.", "The number is 06 1234 5678.", "it", "en").empty());
    // Written as groups with no trunk zero on one side, with the country code on the other.
    EXPECT_TRUE(number_findings("Pogotowie: 44 615 20 90.", "Emergency service: +48 44 615 20 90.", "pl", "en").empty());
    // One digit changed is a changed number, named as written.
    const auto f = number_findings("Call us on 0800 048 7720.", "Appelez le +44 800 048 7721.", "en", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("+44 800 048 7721"), std::string::npos) << f[0].message;
    // Dates are no telephone numbers.
    EXPECT_TRUE(number_findings("Am 01.02.2024 um 10 Uhr.", "On 01.02.2024 at 10 am.", "de", "en").empty());
}

TEST(NumberForms, AnAfternoonRangeNamesPmOnce) {
    EXPECT_TRUE(number_findings("Aperto il giovedì dalle 15 alle 18.", "Open on Thursdays from 3 to 6 pm.", "it", "en").empty());
    EXPECT_TRUE(number_findings("Aperto dalle 15.30 alle 19.", "Open from 3.30 to 7 pm.", "it", "en").empty());
    // The hour before has its own "am": a morning hour still.
    EXPECT_EQ(number_findings("Aperto dalle 21 alle 17.", "Open from 9 am to 5 pm.", "it", "en").size(), 1u);
    EXPECT_EQ(number_findings("Aperto dalle 14 alle 18.", "Open from 3 to 6 pm.", "it", "en").size(), 1u);
}

TEST(NumberForms, TheSidesOfASizeShareTheirUnit) {
    EXPECT_TRUE(number_findings("It must not exceed 16 x 12 x 6 inches.", "Er darf 40 x 30 x 15 cm nicht überschreiten.", "en",
                                "de")
                    .empty());
    // The same digits in another unit: every side changed.
    EXPECT_EQ(number_findings("It must not exceed 16 x 12 x 6 inches.", "Er darf 16 x 12 x 6 cm nicht überschreiten.", "en", "de")
                  .size(),
              3u);
}

TEST(NumberForms, WholeUnitsAndHundredthsAreOneAmount) {
    EXPECT_TRUE(number_findings("Die Miete beträgt 712,50 Euro.", "Ihre Miete ist 712 Euro und 50 Cent im Monat.", "de", "de")
                    .empty());
    EXPECT_TRUE(number_findings("Das kostet rund 5,60 Euro.", "Das kostet ungefähr 5 Euro 60.", "de", "de").empty());
    EXPECT_TRUE(number_findings("Riders pay 15 cents a minute.", "Les usagers paient 0,15 $ par minute.", "en", "fr").empty());
    EXPECT_EQ(number_findings("Die Miete beträgt 712,50 Euro.", "Ihre Miete ist 712 Euro und 5 Cent.", "de", "de").size(), 1u);
    // Unnamed hundredths follow the currency word directly: an amount and a date's day are two numbers, so a
    // changed amount is seen ("350 euros by 20 February" is not 350.20 inside a date).
    const auto changed = number_findings("La prima rata di 250 euro entro il 20 febbraio.",
                                         "The first instalment of 350 euros by 20 February.", "it", "en");
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_NE(changed.front().message.find("became 350"), std::string::npos) << changed.front().message;
}

TEST(NumberForms, ARoundingWordAllowsTheRoundingOfItsDigits) {
    EXPECT_TRUE(number_findings("Le point vaut 1,4159 euro.", "Le point vaut environ 1 euro et 42 centimes.", "fr", "fr").empty());
    EXPECT_TRUE(number_findings("Il mare dista circa 25 chilometri.", "The sea is some 15 miles away.", "it", "en").empty());
    // Without the word, or beyond the rounding, a changed number.
    EXPECT_EQ(number_findings("Il mare dista 25 chilometri.", "The sea is 14 miles away.", "it", "en").size(), 1u);
    EXPECT_EQ(number_findings("Le point vaut 1,4159 euro.", "Le point vaut environ 1 euro et 52 centimes.", "fr", "fr").size(), 1u);
}

TEST(NumberForms, ATemperatureBelowZeroKeepsItsSign) {
    EXPECT_TRUE(number_findings("Frozen food is kept at 0°F.", "Los congelados se guardan a −18 °C.", "en", "es").empty());
    EXPECT_TRUE(number_findings("Frozen food is kept at 0°F.", "Los congelados se guardan a -18 °C.", "en", "es").empty());
    EXPECT_EQ(number_findings("It was -5 °C at dawn.", "Il faisait 5 °C à l'aube.", "en", "fr").size(), 1u);
    // A hyphen after a word or a digit is no sign.
    EXPECT_TRUE(number_findings("Tests for COVID-19 took 10-20 minutes.", "Les tests COVID-19 ont duré 10-20 minutes.", "en", "fr")
                    .empty());
}

TEST(NumberForms, ZeroInWordsOnlyWhereAPackCanTakeItBack) {
    // Welsh "dim" is zero to ICU and "only" or "no" in text: Welsh has no pack.
    EXPECT_TRUE(number_findings("We only use your email to sign in. We will never sell it to a third party.",
                                "Dim ond i fewngofnodi rydym yn defnyddio'ch e-bost. Fyddwn ni byth yn ei werthu i drydydd parti.",
                                "en", "cy")
                    .empty());
    EXPECT_EQ(number_findings("The fee is zero euros.", "Die Gebühr beträgt fünf Euro.", "en", "de").size(), 1u);
}

}  // namespace
}  // namespace verity::rules
