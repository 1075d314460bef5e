// The mission's real example (../shared/seeds) and our own document pairs (bench/docpairs) scored
// by the project's own scorer (../shared/acceptance/score.py) against their gold lists. Skipped
// when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "cli_support.hpp"

namespace {

namespace fs = std::filesystem;
using verity::testing::TempDir;

const fs::path kShared = fs::path(VERITY_SOURCE_DIR) / ".." / "shared";

// Standard output of a shell command.
std::string capture(const std::string& cmd) {
    std::string out;
    FILE* pipe = popen(cmd.c_str(), "r");
    if (!pipe) return out;
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
    pclose(pipe);
    return out;
}

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
    s.output = capture(cmd);
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

// Our own document pairs with planted changes (bench/docpairs/<case>/source.txt, target.txt,
// gold.json): every planted change of each kind is a separate expectation, so the floors below
// hold across pairs and kinds rather than for one sentence. Benign differences must never be hit.
struct DocScore {
    double recall = -1, precision = -1;
    int traps = -1;
    std::string output;
};

DocScore score_docpair(const fs::path& dir) {
    DocScore s;
    std::ifstream in(dir / "gold.json");
    const auto gold = nlohmann::json::parse(in, nullptr, false);
    if (gold.is_discarded()) return s;
    TempDir tmp;
    const fs::path report = tmp / "report.json";
    const std::string compare = std::string(VERITY_BINARY) + " compare --format json --fail-on never --source-lang " +
                                gold.value("source_lang", "en") + " --target-lang " + gold.value("target_lang", "en") +
                                " " + (dir / "source.txt").string() + " " + (dir / "target.txt").string() + " > " +
                                report.string() + " 2>/dev/null";
    if (std::system(compare.c_str()) == -1) return s;
    const std::string cmd = "python3 " + (kShared / "acceptance" / "score.py").string() + " " +
                            (dir / "gold.json").string() + " " + report.string();
    s.output = capture(cmd);
    std::smatch m;
    const std::regex total(R"(recall ([0-9.]+) \(\d+/\d+\) precision ([0-9.]+) \(\d+/\d+\) traps (\d+))");
    if (std::regex_search(s.output, m, total)) {
        s.recall = std::stod(m[1]);
        s.precision = std::stod(m[2]);
        s.traps = std::stoi(m[3]);
    }
    return s;
}

std::vector<std::string> docpair_cases() {
    std::vector<std::string> out;
    const fs::path root = fs::path(VERITY_SOURCE_DIR) / "bench" / "docpairs";
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(root, ec))
        if (fs::exists(e.path() / "gold.json")) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

class DocPair : public ::testing::TestWithParam<std::string> {};

TEST_P(DocPair, FindsMostPlantedChangesAndNoBenignOne) {
    if (!fs::exists(kShared / "acceptance" / "score.py"))
        GTEST_SKIP() << "../shared/acceptance is not beside the checkout; scoring the document pairs needs score.py";
    const auto s = score_docpair(fs::path(VERITY_SOURCE_DIR) / "bench" / "docpairs" / GetParam());
    ASSERT_GE(s.traps, 0) << s.output;
    EXPECT_EQ(s.traps, 0) << s.output;
    EXPECT_GE(s.recall, 0.5) << s.output;
    EXPECT_GE(s.precision, 0.6) << s.output;
}

INSTANTIATE_TEST_SUITE_P(Bench, DocPair, ::testing::ValuesIn(docpair_cases()), [](const auto& info) {
    std::string n = info.param;
    for (char& c : n)
        if (c == '-') c = '_';
    return n;
});

}  // namespace
