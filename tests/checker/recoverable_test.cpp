// Files with faults Verity reads past (xliff.structure) and the exit code of --fail-on never.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"

namespace {

using verity::testing::run;
using verity::testing::TempDir;
using verity::testing::write_file;

const std::string kFast = "VERITY_NO_DICTIONARY=1";

TEST(Recoverable, DuplicateUnitIdsAndDanglingDataRefsAreFindingsAndTheRestIsChecked) {
    TempDir dir;
    write_file(dir / "d.xlf",
               "<?xml version=\"1.0\"?>\n"
               "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"fr\">\n"
               "<file id=\"f\">\n"
               "<unit id=\"u1\"><segment><source>Open the file.</source><target></target></segment></unit>\n"
               "<unit id=\"u1\"><segment><source>Close the file.</source><target></target></segment></unit>\n"
               "<unit id=\"u2\"><segment><source>Press <ph id=\"1\" dataRef=\"d9\"/> now.</source>"
               "<target></target></segment></unit>\n"
               "</file></xliff>\n");
    const auto r = run("check --format json --rules 'xliff.*,target.empty' " + (dir / "d.xlf").string(), kFast);
    EXPECT_EQ(r.code, 1) << r.out;  // target.empty is an error; the file itself loads
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_TRUE(j["files"][0]["error"].is_null());
    std::vector<std::string> seen;
    for (const auto& f : j["files"][0]["findings"])
        seen.push_back(f["rule"].get<std::string>() + "@" + std::to_string(f["source"]["line"].get<int>()) + ":" +
                       std::to_string(f["source"]["column"].get<int>()) + ":" + f["severity"].get<std::string>());
    // Every unit is checked; each defect is at its own place (the second unit's tag, the ph element).
    EXPECT_EQ(seen, (std::vector<std::string>{"target.empty@4:24:error", "target.empty@5:24:error",
                                              "xliff.structure@5:1:warning", "target.empty@6:24:error",
                                              "xliff.structure@6:38:warning"}));
}

TEST(Recoverable, FailOnNeverExitsZeroUnlessTheUsageIsWrong) {
    TempDir dir;
    write_file(dir / "broken.xlf", "<xliff version=\"1.2\"><file");
    const std::string broken = (dir / "broken.xlf").string(), missing = (dir / "missing.xlf").string();
    // Unreadable inputs: 2 by default, 0 with --fail-on never; the report still lists them.
    EXPECT_EQ(run("check " + broken + " " + missing, kFast).code, 2);
    const auto r = run("check --format json --fail-on never " + broken + " " + missing, kFast);
    EXPECT_EQ(r.code, 0);
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["files"].size(), 2u);
    EXPECT_FALSE(j["files"][0]["error"].is_null());
    EXPECT_FALSE(j["files"][1]["error"].is_null());
    EXPECT_EQ(run("compare --fail-on never " + missing + " " + broken, kFast).code, 0);
    // Usage errors stay 2.
    EXPECT_EQ(run("check --fail-on never --max-file-size 0 " + broken, kFast).code, 2);
    EXPECT_EQ(run("check --fail-on never --rules no.such.rule " + broken, kFast).code, 2);
    EXPECT_EQ(run("check --fail-on never -o " + (dir / "nowhere" / "r.txt").string() + " " + broken, kFast).code, 2);
}

}  // namespace
