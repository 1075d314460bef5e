// The mission's real example (../shared/seeds) scored by the project's own scorer
// (../shared/acceptance/score.py) against its gold list. Skipped when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "cli_support.hpp"

namespace {

namespace fs = std::filesystem;
using verity::testing::TempDir;

const fs::path kShared = fs::path(VERITY_SOURCE_DIR) / ".." / "shared";

struct Score {
    std::map<std::string, std::pair<int, int>> categories;  // expected, found
    int traps = -1;
    std::string output;
};

Score score_seed() {
    Score s;
    TempDir dir;
    const fs::path report = dir / "seed.json";
    const std::string compare = std::string(VERITY_BINARY) + " compare --format json " +
                                (kShared / "seeds" / "000_171730343e06ff35.txt").string() + " " +
                                (kShared / "seeds" / "001_8050c6e34b983d29.txt").string() + " > " + report.string() +
                                " 2>/dev/null";
    if (std::system(compare.c_str()) == -1) return s;
    const std::string cmd = "python3 " + (kShared / "acceptance" / "score.py").string() + " " +
                            (kShared / "acceptance" / "seed-gold.json").string() + " " + report.string();
    FILE* pipe = popen(cmd.c_str(), "r");
    if (!pipe) return s;
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) s.output.append(buf, n);
    pclose(pipe);
    const std::regex category(R"(^\s+([a-z-]+)\s+expected\s+(\d+) found\s+(\d+))");
    const std::regex traps(R"(traps (\d+))");
    std::istringstream lines(s.output);
    for (std::string line; std::getline(lines, line);) {
        std::smatch m;
        if (std::regex_search(line, m, category)) s.categories[m[1]] = {std::stoi(m[2]), std::stoi(m[3])};
        if (std::regex_search(line, m, traps)) s.traps = std::stoi(m[1]);
    }
    return s;
}

const Score& seed_score() {
    static const Score s = score_seed();
    return s;
}

class SeedCategory : public ::testing::TestWithParam<std::string> {};

TEST_P(SeedCategory, EveryExpectedFindingIsReported) {
    if (!fs::exists(kShared / "acceptance" / "seed-gold.json"))
        GTEST_SKIP() << "../shared/acceptance is not beside the checkout; the seed acceptance test needs it";
    const auto& s = seed_score();
    auto it = s.categories.find(GetParam());
    ASSERT_NE(it, s.categories.end()) << s.output;
    EXPECT_EQ(it->second.second, it->second.first) << s.output;
}

INSTANTIATE_TEST_SUITE_P(Seed, SeedCategory, ::testing::Values("omission", "addition"),
                         [](const auto& info) {
                             std::string n = info.param;
                             for (char& c : n)
                                 if (c == '-') c = '_';
                             return n;
                         });

TEST(Seed, NothingOnTheMustNotFlagList) {
    if (!fs::exists(kShared / "acceptance" / "seed-gold.json"))
        GTEST_SKIP() << "../shared/acceptance is not beside the checkout; the seed acceptance test needs it";
    EXPECT_EQ(seed_score().traps, 0) << seed_score().output;
}

}  // namespace
