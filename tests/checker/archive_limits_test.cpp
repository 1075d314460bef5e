// Archive limits (issue 15): entry count and decompressed size per archive, nesting one level deep,
// members read again when they are checked rather than held in memory.
#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "archive_support.hpp"
#include "checker/runner.hpp"
#include "cli_support.hpp"

namespace verity::checker {
namespace {

namespace fs = std::filesystem;
using verity::testing::run;
using verity::testing::slurp;
using verity::testing::TempDir;
using verity::testing::write_archive;

const std::string kFixtures = std::string(VERITY_SOURCE_DIR) + "/tests/fixtures/rules/";

std::vector<std::pair<std::string, std::string>> numbered_members(int count, const std::string& bytes) {
    std::vector<std::pair<std::string, std::string>> members;
    for (int i = 0; i < count; ++i) members.push_back({"m" + std::to_string(10 + i) + ".xlf", bytes});
    return members;
}

RunReport check(const std::vector<Input>& inputs, unsigned jobs) { return verity::testing::check_inputs(inputs, jobs); }

TEST(ArchiveLimits, EntriesPastTheCountLimitAreOneErrorEntry) {
    TempDir dir;
    write_archive(dir / "many.zip", ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE, numbered_members(5, slurp(kFixtures + "core-1.2.xlf")));
    InputLimits limits;
    limits.max_archive_entries = 3;
    const auto inputs = expand_inputs({(dir / "many.zip").string()}, limits);
    ASSERT_EQ(inputs.size(), 4u);
    for (std::size_t i = 0; i < 3; ++i) EXPECT_TRUE(inputs[i].error.empty()) << inputs[i].error;
    EXPECT_EQ(inputs[3].path, (dir / "many.zip").string());
    EXPECT_NE(inputs[3].error.find("--max-archive-entries (3)"), std::string::npos) << inputs[3].error;
    limits.max_archive_entries = 5;
    EXPECT_EQ(expand_inputs({(dir / "many.zip").string()}, limits).size(), 5u);
}

TEST(ArchiveLimits, AnArchiveThatExpandsPastTheSizeLimitStopsThere) {
    TempDir dir;
    const std::string good = slurp(kFixtures + "core-1.2.xlf");
    for (const std::string name : {"big.tar.gz", "big.zip"}) {
        write_archive(dir / name, name.ends_with(".zip") ? ARCHIVE_FORMAT_ZIP : ARCHIVE_FORMAT_TAR_PAX_RESTRICTED,
                      name.ends_with(".zip") ? ARCHIVE_FILTER_NONE : ARCHIVE_FILTER_GZIP, numbered_members(4, good));
        InputLimits limits;
        limits.max_archive_size = good.size() * 2 + good.size() / 2;  // two members and a half
        const auto inputs = expand_inputs({(dir / name).string()}, limits);
        ASSERT_EQ(inputs.size(), 3u) << name;
        EXPECT_TRUE(inputs[0].error.empty() && inputs[1].error.empty()) << name;
        EXPECT_NE(inputs[2].error.find("--max-archive-size"), std::string::npos) << inputs[2].error;
        EXPECT_EQ(expand_inputs({(dir / name).string()}).size(), 4u) << name;
    }
}

TEST(ArchiveLimits, NestedArchivesAreReadOneLevelDown) {
    TempDir dir;
    const std::string good = slurp(kFixtures + "core-1.2.xlf");
    write_archive(dir / "inner.tar.gz", ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_GZIP, {{"in.xlf", good}});
    write_archive(dir / "middle.zip", ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE, {{"inner.tar.gz", slurp((dir / "inner.tar.gz").string())}});
    write_archive(dir / "outer.zip", ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE,
                  {{"a.xlf", good},
                   {"inner.tar.gz", slurp((dir / "inner.tar.gz").string())},
                   {"middle.zip", slurp((dir / "middle.zip").string())},
                   {"z.xlf", good}});
    const std::string outer = (dir / "outer.zip").string();
    const auto inputs = expand_inputs({outer});
    std::vector<std::string> paths;
    for (const auto& input : inputs) paths.push_back(input.path + (input.error.empty() ? "" : " ERROR"));
    EXPECT_EQ(paths, (std::vector<std::string>{outer + "!/a.xlf", outer + "!/inner.tar.gz!/in.xlf",
                                               outer + "!/middle.zip!/inner.tar.gz ERROR", outer + "!/z.xlf"}));
    EXPECT_NE(inputs[2].error.find("1 level down"), std::string::npos) << inputs[2].error;
    // The nested member is checked like the others: the same findings as the file itself.
    const RunReport report = check(inputs, 1);
    ASSERT_EQ(report.files.size(), 4u);
    EXPECT_FALSE(report.files[1].error) << report.files[1].error->message;
    EXPECT_EQ(report.files[1].findings.size(), report.files[0].findings.size());
    EXPECT_FALSE(report.files[0].findings.empty());
}

TEST(ArchiveLimits, MembersAreReadWhenCheckedWhateverTheThreads) {
    TempDir dir;
    const std::string one = slurp(kFixtures + "core-1.2.xlf"), two = slurp(kFixtures + "core-2.0.xlf");
    std::vector<std::pair<std::string, std::string>> members;
    for (int i = 0; i < 24; ++i) members.push_back({"f" + std::to_string(100 + i) + ".xlf", i % 3 ? one : two});
    write_archive(dir / "mixed.tar.xz", ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_XZ, members);
    const auto inputs = expand_inputs({(dir / "mixed.tar.xz").string()});
    ASSERT_EQ(inputs.size(), 24u);
    for (const auto& input : inputs) {
        EXPECT_EQ(input.bytes, nullptr) << "listing an archive holds none of its members in memory";
        EXPECT_NE(input.archive, nullptr);
    }
    const RunReport serial = check(inputs, 1);
    for (const unsigned jobs : {2u, 4u}) {
        const RunReport parallel = check(inputs, jobs);
        ASSERT_EQ(parallel.files.size(), serial.files.size());
        for (std::size_t i = 0; i < serial.files.size(); ++i) {
            EXPECT_FALSE(parallel.files[i].error) << parallel.files[i].error->message;
            EXPECT_EQ(parallel.files[i].findings.size(), serial.files[i].findings.size()) << i;
            EXPECT_EQ(parallel.files[i].segments, (i % 3 ? serial.files[1] : serial.files[0]).segments) << i;
        }
    }
}

TEST(ArchiveLimits, TheOptionsAreCheckedBeforeTheRun) {
    TempDir dir;
    write_archive(dir / "three.zip", ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE, numbered_members(3, slurp(kFixtures + "core-1.2.xlf")));
    auto r = run("check --format json --max-archive-entries 2 " + (dir / "three.zip").string(), "VERITY_NO_DICTIONARY=1");
    EXPECT_EQ(r.code, 2) << r.out;  // an error entry: input error
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["files"].size(), 3u);
    EXPECT_NE(j["files"][2]["error"]["message"].get<std::string>().find("--max-archive-entries"), std::string::npos);
    for (const std::string bad : {"--max-archive-entries 0", "--max-archive-size 0", "--max-archive-size 3X"}) {
        r = run("check " + bad + " " + (dir / "three.zip").string(), "", true);
        EXPECT_EQ(r.code, 2) << bad;
        EXPECT_NE(r.out.find(bad.substr(0, bad.find(' '))), std::string::npos) << r.out;
    }
}

}  // namespace
}  // namespace verity::checker
