// polarity.negation and polarity.antonym, with WordNet's parser on a hand-made data file.
#include <gtest/gtest.h>

#include <filesystem>

#include "rules/wordnet.hpp"
#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;
using testing::marked;

TEST(PolarityNegation, AddedNegationIsMarked) {
    const auto f = check_pairs({{"The company rejected the petitions.", "The company did not reject the petitions."}},
                               "polarity.*");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "polarity.negation");
    EXPECT_EQ(marked(f[0].target), "not");
}

TEST(PolarityNegation, ReworkedNegationIsNotAFlip) {
    EXPECT_TRUE(check_pairs({{"It is unlikely to rain.", "It isn't likely to rain."},
                             {"The cause was not clear.", "The cause was unclear."},
                             {"He never stopped.", "He did not ever stop."}},
                            "polarity.*")
                    .empty());
}

TEST(PolarityNegation, AcrossLanguagesAPresenceFlipCounts) {
    EXPECT_EQ(check_pairs({{"This is not what was promised.", "Das ist das, was versprochen wurde."}}, "polarity.*", "en", "de")
                  .size(),
              1u);
    EXPECT_TRUE(check_pairs({{"There is no rule here.", "Hier gibt es keine Regel."}}, "polarity.*", "en", "de").empty());
}

TEST(PolarityNegation, NumberSignIsNoNegation) {
    EXPECT_TRUE(check_pairs({{"See No. 5 of the list.", "See item 5 of the list."}}, "polarity.negation").empty());
}

TEST(PolarityAntonym, PackPairsInOneLanguage) {
    const auto f = check_pairs({{"Prices will increase next year.", "Prices will decrease next year."}}, "polarity.*");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "polarity.antonym");
    EXPECT_EQ(marked(f[0].source), "increase");
    EXPECT_EQ(marked(f[0].target), "decrease");
}

// Two synsets pointing at each other, a satellite of the first, byte offsets as WordNet has them.
std::string tiny_wordnet() {
    std::string body = "  1 licence text ! here\n";
    auto line = [](std::size_t off, const std::string& rest) {
        std::string s = std::to_string(off);
        s.insert(0, 8 - s.size(), '0');
        return s + rest + "\n";
    };
    const std::size_t big = body.size();
    const std::string big_line_tail = " 00 a 01 large 0 002 ! SMALL a 0101 & HUGE s 0000 | of size";
    const std::size_t small = big + line(big, big_line_tail).size();
    const std::string small_line = line(small, " 00 a 01 small 0 001 ! BIGGG a 0101 | not large");
    const std::size_t huge = small + small_line.size();
    auto pad = [](std::size_t v) {
        std::string s = std::to_string(v);
        return std::string(8 - s.size(), '0') + s;
    };
    std::string big_line = line(big, big_line_tail);
    big_line.replace(big_line.find("SMALL"), 5, pad(small).substr(3));
    big_line.replace(big_line.find("HUGE"), 4, pad(huge).substr(4));
    std::string small_fixed = small_line;
    small_fixed.replace(small_fixed.find("BIGGG"), 5, pad(big).substr(3));
    return body + big_line + small_fixed + line(huge, " 00 s 01 huge 0 001 & " + pad(big) + " a 0000 | very large");
}

TEST(WordNet, ParsesAntonymsAndSatellites) {
    const std::string body = tiny_wordnet();
    // The fixed-width offsets must hold for the parser to find the lines.
    ASSERT_NE(body.find("00000024 00 a 01 large"), std::string::npos) << body;
    wordnet::Antonyms a;
    wordnet::parse_data_file(body, a);
    wordnet::parse_exceptions("larger large\n", a);
    EXPECT_TRUE(a.are_antonyms("large", "small"));
    EXPECT_TRUE(a.are_antonyms("huge", "small")) << "satellite of the opposite head";
    EXPECT_TRUE(a.are_antonyms("larger", "smallest")) << "inflected forms";
    EXPECT_FALSE(a.are_antonyms("large", "huge"));
}

TEST(WordNet, InstalledFilesGiveCommonPairs) {
    if (!std::filesystem::exists("/usr/share/wordnet/data.adj")) GTEST_SKIP() << "wordnet-base is not installed";
    const auto& a = wordnet::english_antonyms();
    ASSERT_TRUE(a.loaded);
    EXPECT_TRUE(a.are_antonyms("likely", "unlikely"));
    EXPECT_TRUE(a.are_antonyms("began", "ended"));
    EXPECT_TRUE(a.are_antonyms("faster", "slower"));
    EXPECT_FALSE(a.are_antonyms("large", "big"));
}

}  // namespace
}  // namespace verity::rules
