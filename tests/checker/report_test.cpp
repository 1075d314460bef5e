// The reporters on hand-built reports: what the contract promises, whatever the text holds.
#include <gtest/gtest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "checker/report.hpp"

namespace verity::checker {
namespace {

RunReport sample() {
    RunReport r;
    r.tool_version = "9.9";
    FileReport f;
    f.path = "a \"quoted\" path\\x.xlf";
    f.format = xliff::DocumentFormat::Xliff20;
    f.source_lang = "en";
    f.units = 1;
    f.segments = 1;
    rules::Finding x;
    x.rule = "number.mismatch";
    x.its_type = "numbers";
    x.severity = rules::Severity::Error;
    x.message = "tab\there, newline\nthere, bell\x07, bad byte \xFF end";
    x.unit = "u1";
    x.source = rules::FindingSide{"", "Le 1\xC3\xA9r", {{3, 4, "1", {}, {}}}, {3, 7}, {}};
    x.fingerprint = "0123456789abcdef";
    f.findings.push_back(x);
    r.files.push_back(f);
    FileReport broken;
    broken.path = "b.xlf";
    broken.error = xliff::LoadError{"XML is not well-formed", {2, 5}};
    r.files.push_back(broken);
    return r;
}

TEST(ReportJson, EscapesEverythingAndKeepsTheContractShape) {
    std::ostringstream out;
    write_json(out, sample());
    const auto j = nlohmann::json::parse(out.str());  // throws if the writer produced invalid JSON
    EXPECT_EQ(j["tool"]["version"], "9.9");
    const auto& f = j["files"][0];
    EXPECT_EQ(f["path"], "a \"quoted\" path\\x.xlf");
    EXPECT_TRUE(f["target_lang"].is_null());
    const auto& x = f["findings"][0];
    EXPECT_EQ(x["message"], "tab\there, newline\nthere, bell\x07, bad byte \xEF\xBF\xBD end");
    EXPECT_TRUE(x["segment"].is_null());
    EXPECT_TRUE(x["target"].is_null());
    EXPECT_EQ(x["source"]["text"], "Le 1\xC3\xA9r");
    EXPECT_EQ(x["source"]["spans"][0]["start"], 3);
    EXPECT_EQ(x["source"]["line"], 3);
    EXPECT_FALSE(x["source"].contains("path"));
    EXPECT_EQ(j["files"][1]["error"]["column"], 5);
    EXPECT_TRUE(j["files"][1]["findings"].empty());
    EXPECT_EQ(j["summary"]["files_with_errors"], 1);
    EXPECT_EQ(j["summary"]["findings"]["error"], 1);
    EXPECT_EQ(j["summary"]["units"], 1);
}

TEST(ReportText, SummaryCountsAndUnreadableFiles) {
    std::ostringstream out;
    write_text(out, sample(), TextStyle{false});
    const std::string s = out.str();
    EXPECT_NE(s.find("b.xlf:2:5: error: XML is not well-formed"), std::string::npos) << s;
    EXPECT_NE(s.find("1 error, 0 warnings, 0 info in 2 files (1 segment); 1 file could not be read"), std::string::npos)
        << s;
}

}  // namespace
}  // namespace verity::checker
