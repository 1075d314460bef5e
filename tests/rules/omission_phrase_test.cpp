// omission.phrase / addition.phrase / omission.length, and the wording fixtures.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "wording_pairs.hpp"
#include "xliff/reader.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;
using testing::marked;
using testing::Pair;

TEST(OmissionPhrase, DeletedStretchIsMarked) {
    const auto f = check_pairs({{"According to data provided by the university, cases rose.",
                                 "According to data provided, cases rose."}},
                               "omission.*,addition.*");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "omission.phrase");
    EXPECT_EQ(marked(f[0].source), "by the university");
    EXPECT_EQ(marked(f[0].target), "provided");
}

TEST(OmissionPhrase, ReplacedWordsAreARewording) {
    EXPECT_TRUE(check_pairs({{"Remains were found in the homes of the city.", "Remains were found in the houses of the city."},
                             {"He should receive professional training.", "He should get some professional training."},
                             {"Prices rose by 40 per cent.", "Prices rose by 40%."}},
                            "omission.*,addition.*")
                    .empty());
}

TEST(OmissionPhrase, ARewordedPairNeedsAClauseSizedDeletion) {
    // Three edits and a reordering: a paraphrase. One dropped word there is not reported...
    const Pair para{"Italian media reports say the match between Inter and Genoa is the club's 3,000th.",
                    "The Italian media say that Inter's match against Genoa is the club's 3,000th."};
    EXPECT_TRUE(check_pairs({para}, "omission.phrase").empty());
    // ...unless the option lowers the bar.
    EXPECT_FALSE(check_pairs({para}, "omission.phrase", "en", "en", {{"omission.phrase", {{"reworded_min_words", "1"}}}}).empty());
}

TEST(AdditionPhrase, AddedWordIsMarked) {
    const auto f = check_pairs({{"As I watched the eclipse from the city, clouds parted.",
                                 "As I watched the partial eclipse from the city, clouds parted."}},
                               "omission.*,addition.*");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "addition.phrase");
    EXPECT_EQ(marked(f[0].target), "partial");
}

TEST(OmissionLength, LearnsTheRatioFromTheDocument) {
    // German runs about 1.3 times as long as English here; a target at the English length is short.
    std::vector<Pair> pairs;
    const std::string en = "The committee discussed the annual report of the agency at length today.";
    const std::string de = "Der Ausschuss hat heute ausführlich den Jahresbericht der Agentur für Grenzschutz erörtert.";
    for (int i = 0; i < 40; ++i) pairs.push_back({en, de});
    pairs.push_back({en + " It also approved the budget for the next three years without changes.", de});
    const auto f = check_pairs(pairs, "omission.length", "en", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].unit, "u41");
    EXPECT_NE(f[0].message.find("shorter"), std::string::npos);
    EXPECT_TRUE(check_pairs({{en, de}}, "omission.length", "en", "en").empty()) << "one language: left to omission.phrase";
}

// Fixtures tests/fixtures/rules/wording-*.xlf, in the format of rules_fixtures_test.cpp.
TEST(WordingFixtures, FindingsAreExactlyTheExpectedOnes) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(VERITY_SOURCE_DIR) / "tests" / "fixtures" / "rules";
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("wording-", 0) != 0) continue;
        ++files;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream body;
        body << in.rdbuf();
        std::map<std::string, std::multiset<std::string>> expected, actual;
        static const std::regex re(R"(<!--\s*expect\s+([^:\s]+):\s*([^>]*?)\s*-->)");
        const std::string text = body.str();
        for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) {
            std::istringstream rules((*it)[2].str());
            for (std::string r; rules >> r;) expected[(*it)[1].str()].insert(r);
        }
        auto loaded = xliff::load_buffer(text, entry.path().string());
        ASSERT_TRUE(loaded.ok()) << name;
        Registry registry;
        register_builtin_rules(registry);
        const Engine engine(registry, testing::builtin_packs(), {});
        for (const auto& f : engine.check(*loaded.document)) actual[f.unit].insert(f.rule);
        for (const auto& [unit, rules] : expected) EXPECT_EQ(actual[unit], rules) << name << " unit " << unit;
        for (const auto& [unit, rules] : actual)
            if (!expected.count(unit))
                for (const auto& r : rules) ADD_FAILURE() << "unexpected " << r << " on unit " << unit << " in " << name;
    }
    EXPECT_GT(files, 0u);
}

}  // namespace
}  // namespace verity::rules
