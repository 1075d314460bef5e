#include <gtest/gtest.h>

#include <cmath>

#include "rules/engine/context.hpp"
#include "rules/engine/packs.hpp"
#include "rules/numbers/numbers.hpp"

namespace verity::rules {
namespace {

const std::vector<std::string> kNoPercent;

// A run with the built-in packs, whose store keeps the number lexicons.
const RunContext& test_run() {
    static const PackSet packs = PackSet::builtin();
    static const RunContext run(packs, {});
    return run;
}

// The numbers in digits of `text` in `lang`, with only `percent` as percent words.
std::vector<NumberToken> digits(std::string_view text, std::string_view lang,
                                const std::vector<std::string>& percent) {
    NumberLexicon lexicon = number_lexicon(test_run(), lang);
    lexicon.percent = percent;
    return extract_digit_numbers(text, lexicon);
}

std::vector<double> first_values(std::string_view text, std::string_view lang,
                                 const std::vector<std::string>& percent = kNoPercent) {
    std::vector<double> out;
    for (const auto& t : digits(text, lang, percent)) out.push_back(t.values.empty() ? -1 : t.values.front());
    return out;
}

TEST(Numbers, EnglishSeparators) {
    EXPECT_EQ(first_values("1,500.5 and 3", "en"), (std::vector<double>{1500.5, 3}));
    EXPECT_EQ(first_values("a 12,345,678 total", "en"), (std::vector<double>{12345678}));
}

TEST(Numbers, FrenchSeparatorsIncludingSpaces) {
    EXPECT_EQ(first_values("1 500,5 et 2\u202F000", "fr"), (std::vector<double>{1500.5, 2000}));
    EXPECT_EQ(first_values("1\u00A0500,5", "fr"), (std::vector<double>{1500.5}));
}

TEST(Numbers, GermanSeparators) { EXPECT_EQ(first_values("2.500,75 Euro", "de"), (std::vector<double>{2500.75})); }

TEST(Numbers, PlainSpaceNeverJoinsAYearAndACount) {
    EXPECT_EQ(first_values("en 2022 100 personnes", "fr"), (std::vector<double>{2022, 100}));
    EXPECT_EQ(first_values("in 2022 100 people", "en"), (std::vector<double>{2022, 100}));
}

TEST(Numbers, SentencePunctuationIsNotPartOfTheNumber) {
    const auto tokens = digits("It was 40. Then 12, then 7.", "en", kNoPercent);
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[0].values.front(), 40);
    EXPECT_EQ(tokens[1].values.front(), 12);
    EXPECT_EQ(tokens[2].end, std::string("It was 40. Then 12, then 7").size());
}

TEST(Numbers, AmbiguousGroupingKeepsBothReadings) {
    // "1,500" is 1500 in English text but 1.5 in French text; a translator may keep either.
    const auto en = digits("1,500", "en", kNoPercent);
    ASSERT_EQ(en.size(), 1u);
    EXPECT_EQ(en[0].values.front(), 1500);
    EXPECT_EQ(en[0].values.size(), 2u);
    const auto fr = digits("1,500", "fr", kNoPercent);
    EXPECT_EQ(fr[0].values.front(), 1.5);
    EXPECT_TRUE(same_number(en[0], digits("1 500", "fr", kNoPercent)[0]));
    EXPECT_FALSE(same_number(digits("1,500.5", "en", kNoPercent)[0], digits("1 500", "fr", kNoPercent)[0]));
}

TEST(Numbers, PercentSignsAndWords) {
    const auto t = digits("40 per cent, 12 % and 7%", "en", {"per cent"});
    ASSERT_EQ(t.size(), 3u);
    EXPECT_TRUE(t[0].percent);
    EXPECT_TRUE(t[1].percent);
    EXPECT_TRUE(t[2].percent);
    EXPECT_FALSE(digits("40 percentage points", "en", {"percent"})[0].percent);
    EXPECT_EQ(describe_number(t[0]), "40%");
}

TEST(Numbers, NonAsciiDigits) {
    // Arabic-Indic digits read as the same value as ASCII ones.
    const auto t = digits("\u0664\u0660", "ar", kNoPercent);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].values.front(), 40);
}

TEST(Numbers, UnreadableTokensCompareLiterally) {
    const auto a = digits("version 1.2.3", "en", kNoPercent);
    const auto b = digits("Version 1.2.3", "de", kNoPercent);
    ASSERT_EQ(a.size(), 1u);
    EXPECT_TRUE(a[0].values.empty());
    EXPECT_TRUE(same_number(a[0], b[0]));
    EXPECT_FALSE(same_number(a[0], digits("1.2.4", "en", kNoPercent)[0]));
}

}  // namespace
}  // namespace verity::rules

namespace verity::rules {
namespace {

// The numbers a text holds on its own: a fraction of one part counts only before a unit (needs_unit), which
// number.mismatch decides once units are attached.
std::vector<double> values_with_words(std::string_view text, std::string_view lang) {
    std::vector<double> out;
    for (const auto& t : extract_numbers(text, number_lexicon(test_run(), lang)))
        if (!t.needs_unit) out.push_back(t.values.empty() ? -1 : t.values.front());
    return out;
}

TEST(NumberWords, SpelledOutNumbersReadAsValuesInSeveralLanguages) {
    EXPECT_EQ(values_with_words("forty-two people and seven boats", "en"), (std::vector<double>{42, 7}));
    EXPECT_EQ(values_with_words("quarante personnes, vingt et un bateaux", "fr"), (std::vector<double>{40, 21}));
    EXPECT_EQ(values_with_words("cuarenta y dos personas", "es"), (std::vector<double>{42}));
    EXPECT_EQ(values_with_words("vier Monate", "de"), (std::vector<double>{4}));
}

TEST(NumberWords, ArticlesAndOrdinaryWordsAreNoNumbers) {
    EXPECT_TRUE(values_with_words("one of the first to arrive", "en").empty());
    EXPECT_TRUE(values_with_words("un vélo neuf", "fr").empty());
    EXPECT_TRUE(values_with_words("40 pour cent", "fr") == (std::vector<double>{40}));
}

TEST(NumberWords, ScaleWordsMultiply) {
    EXPECT_EQ(values_with_words("5 million euros", "en"), (std::vector<double>{5e6}));
    EXPECT_EQ(values_with_words("PLN 103bn", "en"), (std::vector<double>{103e9}));
    EXPECT_EQ(values_with_words("3 Mio. Euro", "de"), (std::vector<double>{3e6}));
    const auto t = extract_numbers("2,500 million", number_lexicon(test_run(), "en"));
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(describe_number(t[0]), "2500");  // the report quotes the digits it marks
}

TEST(Numbers, SpaceGroupsThousandsInEveryLanguage) {
    EXPECT_EQ(first_values("etwa 50 000 Besucher", "de"), (std::vector<double>{50000}));
    EXPECT_EQ(first_values("some 12 500 visitors", "en"), (std::vector<double>{12500}));
    EXPECT_EQ(first_values("rund 8\u00A0000 und 1\u2009335", "de"), (std::vector<double>{8000, 1335}));
    // A group after the space must have exactly three digits, and the one before at most three.
    EXPECT_EQ(first_values("in 2007 20 people", "en"), (std::vector<double>{2007, 20}));
    EXPECT_EQ(first_values("im Jahr 2019 350 Menschen", "de"), (std::vector<double>{2019, 350}));
    EXPECT_EQ(first_values("Seite 12 3456", "de"), (std::vector<double>{12, 3456}));
}

bool reads(const NumberToken& t, double v) {
    for (double x : t.values)
        if (std::fabs(x - v) < 1e-9) return true;
    return false;
}

TEST(Numbers, TimesOfDayReadOnBothClocks) {
    const auto pm = digits("from 6:30 PM until 11pm", "en", kNoPercent);
    ASSERT_EQ(pm.size(), 3u);
    EXPECT_TRUE(reads(pm[0], 6.3) && reads(pm[0], 18.3) && reads(pm[0], 18));
    EXPECT_TRUE(pm[1].minutes);
    EXPECT_TRUE(reads(pm[2], 23));
    const auto de = digits("um 18.30 Uhr", "de", kNoPercent);
    ASSERT_EQ(de.size(), 1u);
    EXPECT_TRUE(same_number(pm[0], de[0]));
    // A race time is no time of day.
    const auto race = digits("in 2:03:59", "en", kNoPercent);
    ASSERT_EQ(race.size(), 3u);
    EXPECT_FALSE(race[1].minutes);
    EXPECT_FALSE(reads(race[0], 2.03));
}

TEST(Numbers, DecadesOrdinalsAndCompounds) {
    const auto d = digits("the 1970s and 80s", "en", kNoPercent);
    ASSERT_EQ(d.size(), 2u);
    EXPECT_TRUE(reads(d[0], 70));
    EXPECT_TRUE(digits("the 2nd round", "en", kNoPercent)[0].ordinal);
    EXPECT_TRUE(digits("im 19. Jahrhundert", "de", kNoPercent)[0].ordinal);
    EXPECT_FALSE(digits("im Jahr 2019. Dann", "de", kNoPercent)[0].ordinal);
    EXPECT_TRUE(digits("nicht 100-prozentig sicher", "de", kNoPercent)[0].compound);
    EXPECT_TRUE(digits("a 4x4 car", "en", kNoPercent)[0].in_name);
    const auto f = digits("size 5 1/2 or 6", "en", kNoPercent);
    ASSERT_EQ(f.size(), 3u);
    EXPECT_TRUE(f[1].fraction);
    EXPECT_DOUBLE_EQ(f[1].values.front(), 0.5);
}

TEST(NumberWords, FractionsOfAScaleWord) {
    EXPECT_EQ(values_with_words("about a quarter of a million EVs", "en"), (std::vector<double>{250000}));
    EXPECT_EQ(values_with_words("half a million or half a billion", "en"), (std::vector<double>{5e5, 5e8}));
    EXPECT_EQ(values_with_words("a half million, a half-million and a quarter-million", "en"),
              (std::vector<double>{5e5, 5e5, 250000}));
    EXPECT_EQ(values_with_words("three-quarters of a million", "en"), (std::vector<double>{750000}));
    EXPECT_EQ(values_with_words("un demi-million et un quart de million", "fr"), (std::vector<double>{5e5, 250000}));
    EXPECT_EQ(values_with_words("eine halbe Million, einer halben Milliarde", "de"), (std::vector<double>{5e5, 5e8}));
    EXPECT_EQ(values_with_words("eine Viertelmillion und eine Dreiviertelmillion", "de"),
              (std::vector<double>{250000, 750000}));
    EXPECT_EQ(values_with_words("medio millón y un cuarto de millón", "es"), (std::vector<double>{5e5, 250000}));
    EXPECT_EQ(values_with_words("mezzo milione e un quarto di milione", "it"), (std::vector<double>{5e5, 250000}));
    // A third of a billion is also the round figures it is written as.
    const auto third = extract_numbers("a third of a billion", number_lexicon(test_run(), "en"));
    ASSERT_EQ(third.size(), 1u);
    EXPECT_TRUE(reads(third[0], 1e9 / 3) && reads(third[0], 333e6) && reads(third[0], 330e6));
}

// A fraction of one part alone is a number only in a phrase the pack marks as a share ("=1/4": "a
// quarter of", "ein Viertel"), where it reads as a percentage too: "a quarter of the budget" = 25 per cent.
TEST(NumberWords, AFractionAloneIsAShareOnlyInAMarkedPhrase) {
    EXPECT_TRUE(values_with_words("half the staff left at a quarter past the hour", "en").empty());
    EXPECT_EQ(values_with_words("a third of voters", "en"), (std::vector<double>{1.0 / 3}));
    EXPECT_EQ(values_with_words("a quarter of the 40 staff", "en"), (std::vector<double>{0.25, 40}));
    const auto viertel = extract_numbers("ein Viertel der Befragten", number_lexicon(test_run(), "de"));
    ASSERT_EQ(viertel.size(), 1u);
    EXPECT_TRUE(reads(viertel[0], 0.25) && reads(viertel[0], 25));
    EXPECT_TRUE(values_with_words("im Viertel wohnen viele Familien", "de").empty());
    EXPECT_TRUE(values_with_words("un cuarto de baño", "es").empty());
    EXPECT_TRUE(values_with_words("half a century", "en").empty());
    // An ordinal stays one: "a third party" is "제3자".
    EXPECT_EQ(values_with_words("a third party", "en"), (std::vector<double>{3}));
    // One part waits for a unit: "half" of "half an hour" is a candidate, marked so.
    const auto half = extract_numbers("half an hour", number_lexicon(test_run(), "en"));
    ASSERT_EQ(half.size(), 1u);
    EXPECT_TRUE(half[0].needs_unit && reads(half[0], 0.5));
}

// More than one part of a whole is a share even alone, also as a percentage; so is a fraction the pack
// marks ("a tenth of").
TEST(NumberWords, ASharedOfSeveralPartsIsANumber) {
    const auto two_thirds = extract_numbers("two thirds of the members", number_lexicon(test_run(), "en"));
    ASSERT_EQ(two_thirds.size(), 1u);
    EXPECT_TRUE(reads(two_thirds[0], 2.0 / 3) && reads(two_thirds[0], 66.7));
    const auto tenth = extract_numbers("un dixième de la récolte", number_lexicon(test_run(), "fr"));
    ASSERT_EQ(tenth.size(), 1u);
    EXPECT_TRUE(reads(tenth[0], 0.1) && reads(tenth[0], 10));
    EXPECT_EQ(extract_numbers("drei Viertel der Stimmen", number_lexicon(test_run(), "de")).size(), 1u);
}

TEST(NumberWords, HalvesBesideAScale) {
    EXPECT_EQ(values_with_words("two and a half million tenge", "en"), (std::vector<double>{2.5e6}));
    EXPECT_EQ(values_with_words("a million and a half", "en"), (std::vector<double>{1.5e6}));
    EXPECT_EQ(values_with_words("deux millions et demi", "fr"), (std::vector<double>{2.5e6}));
    EXPECT_EQ(values_with_words("dos millones y medio", "es"), (std::vector<double>{2.5e6}));
    EXPECT_EQ(values_with_words("due milioni e mezzo", "it"), (std::vector<double>{2.5e6}));
    EXPECT_EQ(values_with_words("zweieinhalb Millionen, anderthalb Milliarden", "de"), (std::vector<double>{2.5e6, 1.5e9}));
    // Without a scale the whole number reads too ("alle due e mezzo" may be a time of day).
    const auto time = extract_numbers("alle due e mezzo", number_lexicon(test_run(), "it"));
    ASSERT_EQ(time.size(), 1u);
    EXPECT_TRUE(reads(time[0], 2.5) && reads(time[0], 2));
    EXPECT_EQ(values_with_words("size five and a half or 5 1/2", "en"), (std::vector<double>{5.5, 5.5}));
}

TEST(NumberWords, DozensMultiply) {
    EXPECT_EQ(values_with_words("a dozen eggs, two dozen rolls, 3 dozen cakes", "en"), (std::vector<double>{12, 24, 36}));
    EXPECT_EQ(values_with_words("half a dozen, a half dozen", "en"), (std::vector<double>{6, 6}));
    EXPECT_TRUE(values_with_words("dozens of people", "en").empty());
    EXPECT_EQ(values_with_words("ein Dutzend, zwei Dutzend, ein halbes Dutzend", "de"), (std::vector<double>{12, 24, 6}));
    EXPECT_EQ(values_with_words("une douzaine, deux douzaines, une demi-douzaine", "fr"), (std::vector<double>{12, 24, 6}));
}

TEST(NumberWords, AbbreviatedScalesAfterAmounts) {
    EXPECT_EQ(values_with_words("1.2bn, $1.2bn and $1.2 bn", "en"), (std::vector<double>{1.2e9, 1.2e9, 1.2e9}));
    EXPECT_EQ(values_with_words("€4.5m, US$50k and £3m", "en"), (std::vector<double>{4.5e6, 50000, 3e6}));
    EXPECT_EQ(values_with_words("a 4.5m wall, 10k steps", "en"), (std::vector<double>{4.5, 10}));
}

TEST(NumberWords, AWholeNumberAndAFraction) {
    EXPECT_EQ(values_with_words("over 2 1/2 million tenge", "en"), (std::vector<double>{2.5e6}));
    EXPECT_EQ(values_with_words("size 5 1/2 or 6", "en"), (std::vector<double>{5.5, 6}));
    EXPECT_EQ(values_with_words("07/08/2022", "en").size(), 3u);
}

TEST(NumberWords, ScalesChainAndFollowHyphens) {
    EXPECT_EQ(values_with_words("640 thousand million dollars", "en"), (std::vector<double>{640e9}));
    EXPECT_EQ(values_with_words("ein 700-Milliarden-Dollar-Paket", "de"), (std::vector<double>{700e9}));
    EXPECT_EQ(values_with_words("16 millions of litres", "en"), (std::vector<double>{16e6}));
}

}  // namespace
}  // namespace verity::rules
