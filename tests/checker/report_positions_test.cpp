// Reports point at the flagged word in the file: line and column as a reader counts them in an editor,
// carets under the word on a terminal (wide characters take two cells), inline codes as visible markers.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "checker/cli_support.hpp"

namespace verity::checker {
namespace {

using verity::testing::run;
using verity::testing::TempDir;
using verity::testing::write_file;

// One unit: a price after an escape; the target in Japanese (wide characters) with an inline code.
const std::string kXliff =
    "<?xml version=\"1.0\"?>\n"
    "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
    "<file source-language=\"en\" target-language=\"ja\" datatype=\"plaintext\" original=\"x\"><body>\n"
    "<trans-unit id=\"1\"><source>Tom &amp; Jerry paid 12 euros on <x id=\"1\"/>Monday.</source>\n"
    "<target>\xE3\x83\x88\xE3\x83\xA0\xE3\x81\xA8<x id=\"1\"/>13</target></trans-unit>\n"
    "</body></file></xliff>\n";

// The line of `out` after the one that contains `marker`.
std::string line_after(const std::string& out, const std::string& marker) {
    const std::size_t at = out.find(marker);
    if (at == std::string::npos) return {};
    const std::size_t begin = out.find('\n', at) + 1;
    return out.substr(begin, out.find('\n', begin) - begin);
}

TEST(ReportPositions, TextHeaderPointsAtTheWordAndCaretsCountCells) {
    TempDir dir;
    write_file(dir / "t.xlf", kXliff);
    const verity::testing::Run r = run("check " + (dir / "t.xlf").string() + " --rules number.mismatch --color never");
    ASSERT_EQ(r.code, 1) << r.out;
    // "12" stands at column 49 of line 3: "&amp;" counts as the five characters the file has.
    EXPECT_NE(r.out.find("t.xlf:3:49: error:"), std::string::npos) << r.out;
    // The target: three wide characters (six cells) and the code marker ⟨1/⟩ (four cells) before "13".
    EXPECT_NE(r.out.find("\xE3\x83\x88\xE3\x83\xA0\xE3\x81\xA8\xE2\x9F\xA8" "1/\xE2\x9F\xA9" "13"), std::string::npos)
        << r.out;
    const std::string carets = line_after(r.out, "  target | ");
    const std::string prefix = "         | ";
    ASSERT_EQ(carets.substr(0, prefix.size()), prefix) << r.out;
    EXPECT_EQ(carets.substr(prefix.size()), std::string(10, ' ') + "^~") << r.out;
    // The target's own place in the file follows.
    EXPECT_NE(r.out.find("target at " + (dir / "t.xlf").string() + ":4:23"), std::string::npos) << r.out;
}

TEST(ReportPositions, JsonSpansAndSarifRegionsCarryTheFilePlace) {
    TempDir dir;
    write_file(dir / "t.xlf", kXliff);
    const verity::testing::Run json = run("check " + (dir / "t.xlf").string() + " --rules number.mismatch --format json");
    const auto j = nlohmann::json::parse(json.out);
    const auto& f = j["files"][0]["findings"][0];
    EXPECT_EQ(f["source"]["spans"][0]["line"], 3);
    EXPECT_EQ(f["source"]["spans"][0]["column"], 49);
    EXPECT_EQ(f["source"]["spans"][0]["end_column"], 51);
    EXPECT_EQ(f["target"]["spans"][0]["column"], 23);

    const verity::testing::Run sarif = run("check " + (dir / "t.xlf").string() + " --rules number.mismatch --format sarif");
    const auto s = nlohmann::json::parse(sarif.out);
    const auto& result = s["runs"][0]["results"][0];
    const auto& region = result["locations"][0]["physicalLocation"]["region"];
    EXPECT_EQ(region["startLine"], 3);
    EXPECT_EQ(region["startColumn"], 49);
    EXPECT_EQ(region["endColumn"], 51);  // one past the span, as SARIF counts
    EXPECT_FALSE(region.contains("endLine"));
    const auto& target = result["relatedLocations"][0]["physicalLocation"]["region"];
    EXPECT_EQ(target["startLine"], 4);
    EXPECT_EQ(target["startColumn"], 23);
}

TEST(ReportPositions, CompareGivesTheTargetItsOwnPlaceAndSentenceNumbers) {
    TempDir dir;
    write_file(dir / "a.txt", "The board met on Monday.\r\nIt approved a budget\r\nof 40 million euros.\r\n");
    write_file(dir / "b.txt", "The board met on Monday.\r\n\r\nIt approved a budget\r\nof 45 million euros.\r\n");
    const verity::testing::Run r = run("compare " + (dir / "a.txt").string() + " " + (dir / "b.txt").string() +
                      " --rules number.mismatch --color never --source-lang en --target-lang en");
    ASSERT_EQ(r.code, 1) << r.out;
    EXPECT_NE(r.out.find("a.txt:3:4: error:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("(sentence 2 of the source, sentence 2 of the target)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("target at " + (dir / "b.txt").string() + ":4:4"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace verity::checker
