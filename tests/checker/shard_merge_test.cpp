// Splitting a run into shards and merging their reports back: shards are disjoint, cover every input and
// do not depend on the machine; a merge gives the report one run gives, and refuses what does not fit.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "checker/cli_support.hpp"
#include "checker/merge.hpp"
#include "checker/shard.hpp"

namespace verity::checker {
namespace {

std::vector<std::string> paths(std::size_t n) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back("docs/part-" + std::to_string(i) + ".xlf");
    return out;
}

TEST(Shard, ParsesKOverNAndRejectsTheRest) {
    std::string error;
    const auto s = parse_shard("2/5", error);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->index, 2u);
    EXPECT_EQ(s->count, 5u);
    for (const char* bad : {"0/3", "4/3", "1/0", "x/y", "3", "1/2/3", "-1/2", "", "2/ 3"}) {
        error.clear();
        EXPECT_FALSE(parse_shard(bad, error)) << bad;
        EXPECT_NE(error.find("K/N"), std::string::npos) << bad;
    }
}

TEST(Shard, ShardsAreDisjointAndCoverEveryInput) {
    const auto all = paths(200);
    for (std::size_t n : {1u, 2u, 3u, 7u}) {
        std::set<std::size_t> seen;
        std::size_t total = 0;
        for (std::size_t k = 1; k <= n; ++k) {
            const auto mine = shard_positions(all, {k, n});
            total += mine.size();
            seen.insert(mine.begin(), mine.end());
            EXPECT_TRUE(std::is_sorted(mine.begin(), mine.end()));
            if (n > 1) {
                EXPECT_LT(mine.size(), all.size()) << k << "/" << n;  // no shard takes everything
            }
        }
        EXPECT_EQ(total, all.size()) << n;
        EXPECT_EQ(seen.size(), all.size()) << n;
    }
}

TEST(Shard, TheHashIsFixed) {
    // FNV-1a 64: the published offset basis for the empty string, and a value any implementation gives.
    EXPECT_EQ(shard_hash(""), 14695981039346656037ull);
    EXPECT_EQ(shard_hash("a"), 0xaf63dc4c8601ec8cull);
}

RunReport shard_report(std::size_t index, std::size_t count, std::size_t inputs, std::vector<std::size_t> positions) {
    RunReport r;
    r.tool_version = "1.0";
    for (const std::size_t p : positions) {
        FileReport f;
        f.path = "f" + std::to_string(p);
        f.units = f.segments = 1;
        rules::Finding x;
        x.rule = "number.mismatch";
        x.severity = p % 2 ? rules::Severity::Error : rules::Severity::Info;
        f.findings.push_back(x);
        r.files.push_back(f);
    }
    r.shard = ShardInfo{index, count, inputs, std::move(positions)};
    return r;
}

TEST(Merge, PutsShardsBackInTheRunsOrder) {
    std::string error;
    auto merged = merge_reports({{"b", shard_report(2, 2, 5, {1, 4})}, {"a", shard_report(1, 2, 5, {0, 2, 3})}}, error);
    ASSERT_TRUE(merged) << error;
    ASSERT_EQ(merged->files.size(), 5u);
    for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(merged->files[i].path, "f" + std::to_string(i));
    EXPECT_FALSE(merged->shard);
    EXPECT_EQ(merged->count(rules::Severity::Error), 2u);
    EXPECT_EQ(merged->count(rules::Severity::Info), 3u);
}

TEST(Merge, RefusesMissingDuplicateAndForeignShards) {
    std::string error;
    EXPECT_FALSE(merge_reports({{"a", shard_report(1, 3, 4, {0})}, {"b", shard_report(2, 3, 4, {1, 2})}}, error));
    EXPECT_NE(error.find("3/3 missing"), std::string::npos) << error;
    EXPECT_FALSE(merge_reports({{"a", shard_report(1, 2, 4, {0})}, {"b", shard_report(1, 2, 4, {1})}}, error));
    EXPECT_NE(error.find("twice"), std::string::npos) << error;
    EXPECT_FALSE(merge_reports({{"a", shard_report(1, 2, 4, {0, 1})}, {"b", shard_report(2, 2, 5, {2, 3})}}, error));
    EXPECT_NE(error.find("does not belong"), std::string::npos) << error;
    auto other_version = shard_report(2, 2, 4, {2, 3});
    other_version.tool_version = "2.0";
    EXPECT_FALSE(merge_reports({{"a", shard_report(1, 2, 4, {0, 1})}, {"b", other_version}}, error));
    EXPECT_NE(error.find("verity 2.0"), std::string::npos) << error;
}

TEST(Merge, JsonReportsReadBackAsTheyWereWritten) {
    auto report = shard_report(1, 1, 2, {0, 1});
    report.files[0].findings[0].source = rules::FindingSide{"", "Le 12 mai", {{3, 5, "12", {4, 7}, {4, 9}}}, {4, 1}, {}};
    report.files[0].findings[0].segment = "s1";
    report.files[1].error = xliff::LoadError{"XML is not well-formed", {2, 5}};
    std::ostringstream first;
    write_json(first, report);
    std::string error;
    const auto read = read_json_report(first.str(), error);
    ASSERT_TRUE(read) << error;
    std::ostringstream second;
    write_json(second, *read);
    EXPECT_EQ(first.str(), second.str());
    EXPECT_FALSE(read_json_report("{\"tool\": {\"name\": \"other\", \"version\": \"1\"}, \"files\": []}", error));
    EXPECT_FALSE(read_json_report("{\n  \"tool\": [,", error));
    EXPECT_EQ(error.rfind("2:12: not JSON", 0), 0u) << error;
}

TEST(Merge, CommandLineMergesShardsOfADirectory) {
    verity::testing::TempDir dir;
    const std::string dir_arg = (dir / "in").string();
    std::filesystem::create_directories(dir / "in");
    for (int i = 0; i < 9; ++i)
        verity::testing::write_file(
            dir / "in" / ("f" + std::to_string(i) + ".xlf"),
            "<?xml version=\"1.0\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file "
            "source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\" original=\"x\"><body><trans-unit "
            "id=\"1\"><source>Pay 1" + std::to_string(i) + " euros.</source><target>Payez 2" + std::to_string(i) +
                " euros.</target></trans-unit></body></file></xliff>");
    using verity::testing::run;
    const auto whole = run("check " + dir_arg + " --format json");
    EXPECT_EQ(whole.code, 1);
    std::string shards;
    for (int k = 1; k <= 3; ++k) {
        const std::string out = (dir / ("s" + std::to_string(k) + ".json")).string();
        EXPECT_LE(run("check " + dir_arg + " --format json --fail-on never --shard " + std::to_string(k) + "/3 -o " + out).code, 1);
        shards += " " + out;
    }
    const auto merged = run("merge" + shards);
    EXPECT_EQ(merged.code, 1);  // a number changed in every file: errors, as in the whole run
    EXPECT_EQ(merged.out, whole.out);
}

}  // namespace
}  // namespace verity::checker
