// Standard input (`check -`, `compare - TARGET`) and batch compare (`compare --pairs MANIFEST.tsv`).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"

namespace {

namespace fs = std::filesystem;
using verity::testing::run;
using verity::testing::TempDir;
using verity::testing::write_file;

const std::string kFast = "VERITY_NO_DICTIONARY=1";
const std::string kRules = std::string(VERITY_SOURCE_DIR) + "/tests/fixtures/rules/";
const std::string kExamples = std::string(VERITY_SOURCE_DIR) + "/examples/";

// The findings' rule ids of a JSON report's file, in order.
std::vector<std::string> rules_of(const nlohmann::json& file) {
    std::vector<std::string> out;
    for (const auto& f : file["findings"]) out.push_back(f["rule"].get<std::string>() + "@" + f["unit"].dump());
    return out;
}

TEST(StdinPairs, CheckReadsOneDocumentFromStandardInput) {
    const std::string file = kRules + "core-1.2.xlf";
    const auto named = run("check --format json --fail-on never " + file, kFast);
    const auto piped = run("check --format json --fail-on never - < " + file, kFast);
    ASSERT_EQ(piped.code, 0) << piped.out;
    const auto a = nlohmann::json::parse(named.out), b = nlohmann::json::parse(piped.out);
    ASSERT_EQ(b["files"].size(), 1u);
    EXPECT_EQ(b["files"][0]["path"], "<stdin>");
    EXPECT_EQ(rules_of(b["files"][0]), rules_of(a["files"][0]));
    EXPECT_FALSE(rules_of(b["files"][0]).empty());
    // Not XLIFF: an error entry at its position, exit 2.
    const auto bad = run("check --format json - < " + kExamples + "official-statement.txt", kFast);
    EXPECT_EQ(bad.code, 2);
    EXPECT_FALSE(nlohmann::json::parse(bad.out)["files"][0]["error"].is_null());
}

TEST(StdinPairs, CompareReadsEitherSideFromStandardInput) {
    const std::string source = kExamples + "official-statement.txt", target = kExamples + "unofficial-translation.txt";
    const auto named = run("compare --format json --fail-on never " + source + " " + target, kFast);
    const auto piped = run("compare --format json --fail-on never " + source + " - < " + target, kFast);
    ASSERT_EQ(piped.code, 0) << piped.out;
    const auto a = nlohmann::json::parse(named.out), b = nlohmann::json::parse(piped.out);
    EXPECT_EQ(rules_of(b["files"][0]), rules_of(a["files"][0]));
    EXPECT_FALSE(rules_of(a["files"][0]).empty());
    const auto both = run("compare - - < " + target, kFast, true);
    EXPECT_EQ(both.code, 2);
    EXPECT_NE(both.out.find("only one side"), std::string::npos) << both.out;
}

TEST(StdinPairs, PairsManifestComparesEachPairRelativeToItself) {
    TempDir dir;
    fs::create_directories(dir / "texts");
    fs::copy_file(kExamples + "official-statement.txt", dir / "texts" / "en.txt");
    fs::copy_file(kExamples + "unofficial-translation.txt", dir / "texts" / "fr.txt");
    write_file(dir / "pairs.tsv", "# source\ttarget\n\ntexts/en.txt\ttexts/fr.txt\r\n" + kExamples +
                                      "official-statement.txt\t" + (dir / "texts" / "missing.txt").string() + "\n");
    const auto r = run("compare --format json --pairs " + (dir / "pairs.tsv").string(), kFast);
    EXPECT_EQ(r.code, 2) << r.out;  // the missing text is an input error; the other pair is still checked
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["files"].size(), 2u);
    EXPECT_EQ(j["files"][0]["path"], (dir / "texts" / "en.txt").string());
    EXPECT_TRUE(j["files"][0]["error"].is_null());
    const auto single = run("compare --format json --fail-on never " + kExamples + "official-statement.txt " +
                                kExamples + "unofficial-translation.txt", kFast);
    EXPECT_EQ(rules_of(j["files"][0]), rules_of(nlohmann::json::parse(single.out)["files"][0]));
    EXPECT_NE(j["files"][1]["path"].get<std::string>().find("missing.txt"), std::string::npos);
    EXPECT_FALSE(j["files"][1]["error"].is_null());
}

TEST(StdinPairs, BadManifestsAreUsageErrorsWithTheLine) {
    TempDir dir;
    for (const std::string bad : {"one-path-only", "a\tb\tc", "\tb", "a\t"}) {
        write_file(dir / "m.tsv", "# fine\na.txt\tb.txt\n" + bad + "\n");
        const auto r = run("compare --pairs " + (dir / "m.tsv").string(), kFast, true);
        EXPECT_EQ(r.code, 2) << bad;
        EXPECT_NE(r.out.find("m.tsv:3:"), std::string::npos) << r.out;
    }
    write_file(dir / "empty.tsv", "# nothing\n\n");
    EXPECT_EQ(run("compare --pairs " + (dir / "empty.tsv").string(), kFast, true).code, 2);
    EXPECT_EQ(run("compare --pairs " + (dir / "none.tsv").string(), kFast, true).code, 2);
    const auto both = run("compare a.txt b.txt --pairs " + (dir / "empty.tsv").string(), kFast, true);
    EXPECT_EQ(both.code, 2);
    EXPECT_NE(both.out.find("not both"), std::string::npos) << both.out;
}

}  // namespace
