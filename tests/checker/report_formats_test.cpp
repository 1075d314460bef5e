// The SARIF, JUnit and JSON Lines reporters on hand-built reports: what each format promises, whatever
// the text holds (markup characters, control characters, invalid UTF-8).
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "checker/report.hpp"

namespace verity::checker {
namespace {

rules::Finding finding(std::string rule, rules::Severity severity, std::string message) {
    rules::Finding x;
    x.rule = std::move(rule);
    x.its_type = "numbers";
    x.severity = severity;
    x.message = std::move(message);
    x.unit = "u<1>";
    x.segment = "s1";
    x.source = rules::FindingSide{"", "Le 12 mai", {{3, 5, "12", {}, {}}}, {4, 9}, {}};
    x.target = rules::FindingSide{"", "On 10 May", {{3, 5, "10", {}, {}}}, {5, 9}, {}};
    x.fingerprint = "0123456789abcdef";
    return x;
}

// Three files: one with an error and an info finding, one clean, one that did not load.
RunReport sample() {
    RunReport r;
    r.tool_version = "9.9";
    FileReport a;
    a.path = "dir/a & b.xlf";
    a.format = xliff::DocumentFormat::Xliff12;
    a.findings.push_back(finding("number.mismatch", rules::Severity::Error,
                                 "the <b> \"12\" & bell\x07 and bad byte \xFF differ"));
    a.findings.push_back(finding("whitespace.leading", rules::Severity::Info, "a leading space was added"));
    r.files.push_back(a);
    FileReport clean;
    clean.path = "clean.xlf";
    r.files.push_back(clean);
    FileReport broken;
    broken.path = "broken.xlf";
    broken.error = xliff::LoadError{"expected '>' after </source", {2, 5}};
    r.files.push_back(broken);
    return r;
}

std::vector<RuleDescriptor> catalogue() {
    return {{"number.mismatch", "numbers", rules::Severity::Error, "Numbers differ", "- compares **numbers**"},
            {"whitespace.leading", "whitespace", rules::Severity::Info, "Leading whitespace differs", ""}};
}

TEST(ReportJunit, WellFormedWithAFailurePerFindingAtTheThreshold) {
    std::ostringstream out;
    write_junit(out, sample(), rules::Severity::Warning);
    pugi::xml_document doc;
    const auto parsed = doc.load_string(out.str().c_str());
    ASSERT_TRUE(parsed) << parsed.description() << "\n" << out.str();
    const auto suites = doc.child("testsuites");
    EXPECT_EQ(suites.attribute("failures").as_int(), 1);
    EXPECT_EQ(suites.attribute("errors").as_int(), 1);
    EXPECT_EQ(suites.attribute("tests").as_int(), 3);
    std::vector<pugi::xml_node> files(suites.children("testsuite").begin(), suites.children("testsuite").end());
    ASSERT_EQ(files.size(), 3u);
    EXPECT_STREQ(files[0].attribute("name").value(), "dir/a & b.xlf");
    // The info finding is below --fail-on warning: one failing case, no passing one for that file.
    const auto failure = files[0].child("testcase").child("failure");
    EXPECT_STREQ(failure.attribute("type").value(), "number.mismatch");
    EXPECT_STREQ(failure.attribute("message").value(), "the <b> \"12\" & bell and bad byte \xEF\xBF\xBD differ");
    EXPECT_NE(std::string(failure.text().get()).find("dir/a & b.xlf:4:9: error: "), std::string::npos);
    EXPECT_EQ(files[0].attribute("failures").as_int(), 1);
    EXPECT_FALSE(files[1].child("testcase").child("failure"));
    EXPECT_EQ(files[1].attribute("tests").as_int(), 1);
    const auto error = files[2].child("testcase").child("error");
    EXPECT_NE(std::string(error.text().get()).find("broken.xlf:2:5: expected '>'"), std::string::npos);
    EXPECT_EQ(files[2].attribute("errors").as_int(), 1);
}

TEST(ReportJunit, FailOnNeverMakesEveryCasePass) {
    std::ostringstream out;
    write_junit(out, sample(), std::nullopt);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(out.str().c_str()));
    EXPECT_EQ(doc.child("testsuites").attribute("failures").as_int(), 0);
    EXPECT_FALSE(doc.select_node("//failure"));
}

TEST(ReportJsonl, OneObjectPerFindingAndFileThenTheSummary) {
    const RunReport report = sample();
    std::ostringstream lines_out, json_out;
    write_jsonl(lines_out, report);
    write_json(json_out, report);
    const auto whole = nlohmann::json::parse(json_out.str());
    std::vector<nlohmann::json> lines;
    std::istringstream in(lines_out.str());
    for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
    ASSERT_EQ(lines.size(), 2u + 3u + 1u);
    std::vector<std::string> types;
    for (const auto& l : lines) types.push_back(l["type"]);
    EXPECT_EQ(types, (std::vector<std::string>{"finding", "finding", "file", "file", "file", "summary"}));
    // A finding line is the JSON report's finding plus its type and file.
    nlohmann::json first = lines[0];
    EXPECT_EQ(first["file"], "dir/a & b.xlf");
    first.erase("type");
    first.erase("file");
    EXPECT_EQ(first, whole["files"][0]["findings"][0]);
    EXPECT_EQ(lines[2]["findings"]["error"], 1);
    EXPECT_EQ(lines[2]["findings"]["info"], 1);
    EXPECT_TRUE(lines[2]["error"].is_null());
    EXPECT_EQ(lines[4]["error"]["line"], 2);
    nlohmann::json summary = lines[5];
    summary.erase("type");
    EXPECT_EQ(summary, whole["summary"]);
}

TEST(ReportSarif, SuppressedFindingsAreResultsMarkedWithWhereTheSuppressionLives) {
    RunReport report = sample();
    report.files[1].suppressed_findings.push_back({kSuppressedByBaseline, finding("number.mismatch", rules::Severity::Error, "old")});
    report.files[1].suppressed_findings.push_back({kSuppressedInSource, finding("whitespace.leading", rules::Severity::Info, "new")});
    std::ostringstream out;
    write_sarif(out, report, SarifRun{catalogue(), 1, ""});
    const auto results = nlohmann::json::parse(out.str())["runs"][0]["results"];
    ASSERT_EQ(results.size(), 4u);
    EXPECT_EQ(results[2]["suppressions"][0]["kind"], "external");
    EXPECT_EQ(results[3]["suppressions"][0]["kind"], "inSource");
    EXPECT_EQ(results[3]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "clean.xlf");
}

TEST(ReportSarif, ResultsPointIntoTheDriverAndCarryLocations) {
    RunReport report = sample();
    report.files[0].path = "/work/project/dir/a & b.xlf";
    report.files[0].findings[0].target->path = "/work/project/target.txt";
    std::ostringstream out;
    write_sarif(out, report, SarifRun{catalogue(), 2, "/work/project"});
    const auto log = nlohmann::json::parse(out.str());
    EXPECT_EQ(log["version"], "2.1.0");
    const auto& run = log["runs"][0];
    const auto& rules = run["tool"]["driver"]["rules"];
    ASSERT_EQ(rules.size(), 2u);
    EXPECT_EQ(rules[0]["name"], "NumberMismatch");
    EXPECT_EQ(rules[0]["defaultConfiguration"]["level"], "error");
    EXPECT_EQ(rules[1]["defaultConfiguration"]["level"], "note");
    EXPECT_EQ(rules[0]["help"]["markdown"], "- compares **numbers**");
    const auto& results = run["results"];
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[1]["ruleIndex"], 1);
    EXPECT_EQ(results[1]["level"], "note");
    EXPECT_EQ(results[1]["message"]["text"], "a leading space was added.");
    const auto& where = results[0]["locations"][0]["physicalLocation"];
    EXPECT_EQ(where["artifactLocation"]["uri"], "dir/a%20%26%20b.xlf");
    EXPECT_EQ(where["region"]["startLine"], 4);
    EXPECT_EQ(where["region"]["startColumn"], 9);
    EXPECT_EQ(results[0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"], "target.txt");
    EXPECT_FALSE(results[1].contains("relatedLocations"));  // the target has no file of its own
    EXPECT_EQ(results[0]["partialFingerprints"]["verityFingerprint/v1"], "0123456789abcdef");
    EXPECT_EQ(run["invocations"][0]["exitCode"], 2);
    EXPECT_EQ(run["invocations"][0]["executionSuccessful"], false);  // a file did not load
    EXPECT_EQ(run["artifacts"][0]["location"]["uri"], "broken.xlf");
    EXPECT_FALSE(results[0].contains("suppressions"));
    EXPECT_EQ(run["invocations"][0]["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]["region"]
                 ["startLine"],
              2);
}

}  // namespace
}  // namespace verity::checker
