#include <gtest/gtest.h>

#include "rules/numbers.hpp"

namespace verity::rules {
namespace {

std::vector<double> first_values(std::string_view text, std::string_view lang,
                                 const std::vector<std::string>& percent = {}) {
    std::vector<double> out;
    for (const auto& t : extract_numbers(text, lang, percent)) out.push_back(t.values.empty() ? -1 : t.values.front());
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
    const auto tokens = extract_numbers("It was 40. Then 12, then 7.", "en", {});
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[0].values.front(), 40);
    EXPECT_EQ(tokens[1].values.front(), 12);
    EXPECT_EQ(tokens[2].end, std::string("It was 40. Then 12, then 7").size());
}

TEST(Numbers, AmbiguousGroupingKeepsBothReadings) {
    // "1,500" is 1500 in English text but 1.5 in French text; a translator may keep either.
    const auto en = extract_numbers("1,500", "en", {});
    ASSERT_EQ(en.size(), 1u);
    EXPECT_EQ(en[0].values.front(), 1500);
    EXPECT_EQ(en[0].values.size(), 2u);
    const auto fr = extract_numbers("1,500", "fr", {});
    EXPECT_EQ(fr[0].values.front(), 1.5);
    EXPECT_TRUE(same_number(en[0], extract_numbers("1 500", "fr", {})[0]));
    EXPECT_FALSE(same_number(extract_numbers("1,500.5", "en", {})[0], extract_numbers("1 500", "fr", {})[0]));
}

TEST(Numbers, PercentSignsAndWords) {
    const auto t = extract_numbers("40 per cent, 12 % and 7%", "en", {"per cent"});
    ASSERT_EQ(t.size(), 3u);
    EXPECT_TRUE(t[0].percent);
    EXPECT_TRUE(t[1].percent);
    EXPECT_TRUE(t[2].percent);
    EXPECT_FALSE(extract_numbers("40 percentage points", "en", {"percent"})[0].percent);
    EXPECT_EQ(describe_number(t[0]), "40%");
}

TEST(Numbers, NonAsciiDigits) {
    // Arabic-Indic digits read as the same value as ASCII ones.
    const auto t = extract_numbers("\u0664\u0660", "ar", {});
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].values.front(), 40);
}

TEST(Numbers, UnreadableTokensCompareLiterally) {
    const auto a = extract_numbers("version 1.2.3", "en", {});
    const auto b = extract_numbers("Version 1.2.3", "de", {});
    ASSERT_EQ(a.size(), 1u);
    EXPECT_TRUE(a[0].values.empty());
    EXPECT_TRUE(same_number(a[0], b[0]));
    EXPECT_FALSE(same_number(a[0], extract_numbers("1.2.4", "en", {})[0]));
}

}  // namespace
}  // namespace verity::rules
