// The report formats beyond text and JSON as the command line writes them: SARIF, JUnit, JSON Lines and
// the annotated XLIFF copy (which must never replace its input unless asked to).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"

namespace {

namespace fs = std::filesystem;
using verity::testing::run;
using verity::testing::TempDir;

const std::string kFixtures = std::string(VERITY_SOURCE_DIR) + "/tests/fixtures/rules/";

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST(CliFormats, HelpListsEveryFormat) {
    const auto h = run("check --help");
    for (const char* format : {"sarif", "junit", "jsonl", "xliff", "--in-place"})
        EXPECT_NE(h.out.find(format), std::string::npos) << format;
}

TEST(CliFormats, JsonLinesHoldTheJsonReportsFindingsInItsOrderWhateverTheThreads) {
    TempDir dir;
    for (int i = 0; i < 5; ++i)
        fs::copy_file(kFixtures + (i % 2 ? "core-1.2.xlf" : "core-2.0.xlf"), dir / ("f" + std::to_string(i) + ".xlf"));
    const auto json = run("check --no-config --format json -j 1 " + dir.path().string());
    const auto one = run("check --no-config --format jsonl -j 1 " + dir.path().string());
    const auto eight = run("check --no-config --format jsonl -j 8 " + dir.path().string());
    EXPECT_EQ(one.code, json.code);
    EXPECT_EQ(one.out, eight.out);
    const auto whole = nlohmann::json::parse(json.out);
    std::vector<nlohmann::json> findings, files;
    std::istringstream lines(one.out);
    for (std::string line; std::getline(lines, line);) {
        auto j = nlohmann::json::parse(line);
        if (j["type"] == "finding") findings.push_back(j);
        if (j["type"] == "file") files.push_back(j);
    }
    ASSERT_EQ(files.size(), whole["files"].size());
    std::size_t n = 0;
    for (const auto& f : whole["files"])
        for (const auto& x : f["findings"]) {
            ASSERT_LT(n, findings.size());
            EXPECT_EQ(findings[n]["file"], f["path"]);
            EXPECT_EQ(findings[n]["fingerprint"], x["fingerprint"]);
            ++n;
        }
    EXPECT_EQ(n, findings.size());
}

TEST(CliFormats, AnnotatedXliffIsACopyAndNeverReplacesTheInputUnlessAsked) {
    TempDir dir;
    const fs::path in = dir / "in.xlf";
    fs::copy_file(kFixtures + "core-2.0.xlf", in);
    const std::string original = read(in);
    // Usage errors, before any work: the input as output, several inputs, a folder, compare.
    const auto over = run("check --no-config --format xliff -o " + in.string() + " " + in.string(), "", true);
    EXPECT_EQ(over.code, 2);
    EXPECT_NE(over.out.find("--in-place"), std::string::npos);
    EXPECT_EQ(run("check --no-config --format xliff " + in.string() + " " + kFixtures + "core-1.2.xlf").code, 2);
    EXPECT_EQ(run("check --no-config --format xliff " + dir.path().string()).code, 2);
    EXPECT_EQ(run("compare --no-config --format xliff " + in.string() + " " + in.string()).code, 2);
    EXPECT_EQ(read(in), original);

    const fs::path out = dir / "annotated.xlf";
    const auto annotated = run("check --no-config --format xliff -o " + out.string() + " " + in.string());
    EXPECT_EQ(annotated.code, run("check --no-config " + in.string()).code);
    EXPECT_EQ(read(in), original);
    const std::string copy = read(out);
    EXPECT_NE(copy.find("<its:locQualityIssues xml:id=\"verity-lqi-"), std::string::npos);
    EXPECT_FALSE(fs::exists(dir / "annotated.xlf.verity-tmp"));
    // The copy is XLIFF Verity reads, with the same findings.
    const auto again = nlohmann::json::parse(run("check --no-config --format json " + out.string()).out);
    const auto first = nlohmann::json::parse(run("check --no-config --format json " + in.string()).out);
    EXPECT_EQ(again["summary"]["findings"], first["summary"]["findings"]);

    EXPECT_NE(run("check --no-config --format xliff --in-place " + in.string()).code, 2);
    EXPECT_EQ(read(in), copy);
}

}  // namespace
