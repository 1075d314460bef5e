#include "xliff/pair/links.hpp"

#include <gtest/gtest.h>

using namespace verity::text;
using namespace verity::xliff;

TEST(Links, FormatMatchesGoldFiles) {
    std::vector<Link> links{{{0, 1}, {0}}, {{2}, {}}, {{}, {1}}, {{3}, {2, 3, 4}}};
    EXPECT_EQ(format_links(links), "[0, 1]:[0]\n[2]:[]\n[]:[1]\n[3]:[2, 3, 4]\n");
}

TEST(Links, ParseRoundTripsAndToleratesSpacing) {
    auto links = parse_links("[0,1]:[0]\r\n\n[2]:[]\n[]:[ 1 ]\nnot a link\n[3]:[2, 3, 4]");
    ASSERT_EQ(links.size(), 4u);
    EXPECT_EQ(links[0], (Link{{0, 1}, {0}}));
    EXPECT_EQ(links[1], (Link{{2}, {}}));
    EXPECT_EQ(links[2], (Link{{}, {1}}));
    EXPECT_EQ(links[3], (Link{{3}, {2, 3, 4}}));
    EXPECT_EQ(parse_links(format_links(links)), links);
}

TEST(Links, MalformedLinesAreSkipped) {
    EXPECT_TRUE(parse_links("[1:[2]\n[a]:[1]\n[1]:[2] trailing\n").empty());
}
