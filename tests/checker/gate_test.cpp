// The CI gate: baselines (recorded findings left out of later reports, counted; new ones still fail),
// segment states left out of the check, and "verity-ignore" notes.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "checker/baseline.hpp"
#include "checker/inline_ignore.hpp"
#include "cli_support.hpp"

namespace verity::checker {
namespace {

using verity::testing::run;
using verity::testing::TempDir;

rules::Finding finding(const std::string& rule, const std::string& unit, const std::string& fingerprint) {
    rules::Finding f;
    f.rule = rule;
    f.unit = unit;
    f.severity = rules::Severity::Error;
    f.fingerprint = fingerprint;
    return f;
}

RunReport report_of(const std::string& path, std::vector<rules::Finding> findings) {
    RunReport r;
    FileReport f;
    f.path = path;
    f.findings = std::move(findings);
    r.files.push_back(std::move(f));
    return r;
}

Baseline baseline_of(const RunReport& report) {
    std::ostringstream out;
    write_baseline(out, report);
    std::string error;
    auto b = Baseline::parse(out.str(), "b.json", error);
    EXPECT_TRUE(b.has_value()) << error;
    return b ? *b : Baseline{};
}

TEST(Baseline, RoundTripSuppressesExactlyTheRecordedFindings) {
    const Baseline b = baseline_of(report_of("a.xlf", {finding("number.mismatch", "u1", "aaaa"),
                                                        finding("number.mismatch", "u1", "aaaa"),
                                                        finding("target.empty", "u2", "bbbb")}));
    EXPECT_EQ(b.size(), 3u);
    // Today: the two equal findings and the empty target are excused; a third equal one and a new
    // finding are not, nor is the same fingerprint in another file.
    RunReport today = report_of("a.xlf", {finding("number.mismatch", "u1", "aaaa"), finding("number.mismatch", "u1", "aaaa"),
                                          finding("number.mismatch", "u1", "aaaa"), finding("target.empty", "u2", "bbbb"),
                                          finding("markup.mismatch", "u3", "cccc")});
    FileReport other;
    other.path = "b.xlf";
    other.findings.push_back(finding("target.empty", "u2", "bbbb"));
    today.files.push_back(other);
    EXPECT_EQ(b.apply(today), 3u);
    ASSERT_EQ(today.files[0].findings.size(), 2u);
    EXPECT_EQ(today.files[0].findings[1].rule, "markup.mismatch");
    EXPECT_EQ(today.files[0].suppressed.at("baseline"), 3u);
    EXPECT_EQ(today.files[1].findings.size(), 1u);
    EXPECT_TRUE(today.files[1].suppressed.empty());
    EXPECT_EQ(today.suppressed().at("baseline"), 3u);
}

TEST(Baseline, WritingIsDeterministic) {
    const auto a = report_of("a.xlf", {finding("x.y", "u2", "2222"), finding("x.y", "u1", "1111")});
    const auto b = report_of("a.xlf", {finding("x.y", "u1", "1111"), finding("x.y", "u2", "2222")});
    std::ostringstream oa, ob;
    write_baseline(oa, a);
    write_baseline(ob, b);
    EXPECT_EQ(oa.str(), ob.str());
}

TEST(Baseline, BadFilesSayWhereAndWhat) {
    std::string error;
    EXPECT_FALSE(Baseline::parse("{\n  \"version\": 1,\n  \"findings\": [\n", "b.json", error));
    EXPECT_EQ(error.rfind("b.json:4:1:", 0), 0u) << error;
    EXPECT_FALSE(Baseline::parse("[1, 2]", "b.json", error));
    EXPECT_NE(error.find("\"findings\""), std::string::npos) << error;
    EXPECT_FALSE(Baseline::parse("{\"version\": 7, \"findings\": []}", "b.json", error));
    EXPECT_NE(error.find("version 7"), std::string::npos) << error;
    EXPECT_FALSE(Baseline::parse("{\"version\": 1, \"findings\": [{\"file\": \"a\"}]}", "b.json", error));
    EXPECT_NE(error.find("finding 1"), std::string::npos) << error;
}

// One unit whose number changed; `extra` adds units before it (an unrelated edit) and after it.
std::string xliff(const std::string& before, const std::string& after) {
    return "<?xml version=\"1.0\"?>\n<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
           "srcLang=\"en\" trgLang=\"fr\"><file id=\"f\">\n" +
           before +
           "<unit id=\"refund\"><segment><source>Refunds are paid within 30 days.</source>"
           "<target>Les remboursements sont versés sous 13 jours.</target></segment></unit>\n" +
           after + "</file></xliff>\n";
}

TEST(Baseline, CliReportsOnlyNewFindingsAfterUnrelatedEdits) {
    TempDir dir;
    const auto file = dir / "app.xlf";
    const auto base = dir / "baseline.json";
    testing::write_file(file, xliff("", ""));
    auto first = run("check " + file.string() + " --write-baseline " + base.string());
    EXPECT_EQ(first.code, 1);  // the run itself still reports and fails
    // Lines added above move the old finding; a new unit brings a new one.
    testing::write_file(file, xliff("<unit id=\"intro\"><segment><source>Welcome back.</source>"
                                    "<target>Bon retour.</target></segment></unit>\n\n\n",
                                    "<unit id=\"fee\"><segment><source>The fee is 5 euros.</source>"
                                    "<target>Les frais sont de 8 euros.</target></segment></unit>\n"));
    auto second = run("check " + file.string() + " --baseline " + base.string() + " --format json");
    EXPECT_EQ(second.code, 1);
    const auto report = nlohmann::json::parse(second.out);
    ASSERT_EQ(report["files"][0]["findings"].size(), 1u);
    EXPECT_EQ(report["files"][0]["findings"][0]["unit"], "fee");
    EXPECT_EQ(report["summary"]["suppressed"]["baseline"], 1);
    // Without the new unit everything is baselined: the gate passes.
    testing::write_file(file, xliff("<unit id=\"intro\"><segment><source>Welcome back.</source>"
                                    "<target>Bon retour.</target></segment></unit>\n",
                                    ""));
    EXPECT_EQ(run("check " + file.string() + " --baseline " + base.string()).code, 0);
    // Usage errors: a missing or broken baseline, a baseline written over the input.
    EXPECT_EQ(run("check " + file.string() + " --baseline " + (dir / "none.json").string()).code, 2);
    EXPECT_EQ(run("check " + file.string() + " --write-baseline " + file.string()).code, 2);
}

}  // namespace
}  // namespace verity::checker

namespace verity::checker {
namespace {

TEST(SkipStates, SegmentsInTheNamedStatesAreNotCheckedButCounted) {
    TempDir dir;
    const auto file = dir / "states.xlf";
    testing::write_file(
        file,
        "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
        "<file source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\" original=\"a\"><body>\n"
        "<trans-unit id=\"a\"><source>Refunds are paid within 30 days.</source>"
        "<target state=\"final\">Les remboursements sont versés sous 13 jours.</target></trans-unit>\n"
        "<trans-unit id=\"b\" approved=\"yes\"><source>The fee is 5 euros.</source>"
        "<target state=\"translated\">Les frais sont de 8 euros.</target></trans-unit>\n"
        "<trans-unit id=\"c\"><source>Up to 4 users.</source>"
        "<target state=\"needs-review-translation\">Jusqu'à 6 utilisateurs.</target></trans-unit>\n"
        "</body></file></xliff>\n");
    const auto all = nlohmann::json::parse(run("check " + file.string() + " --format json").out);
    EXPECT_EQ(all["summary"]["findings"]["error"], 3);
    const auto some = run("check " + file.string() + " --format json --skip-states Final,approved");
    EXPECT_EQ(some.code, 1);
    const auto report = nlohmann::json::parse(some.out);
    ASSERT_EQ(report["files"][0]["findings"].size(), 1u);
    EXPECT_EQ(report["files"][0]["findings"][0]["unit"], "c");
    EXPECT_EQ(report["files"][0]["segments"], 3);  // still counted as segments of the file
    EXPECT_EQ(report["summary"]["skipped_segments"]["final"], 1);
    EXPECT_EQ(report["summary"]["skipped_segments"]["approved"], 1);
    EXPECT_EQ(run("check " + file.string() + " --skip-states done").code, 2);
}

}  // namespace
}  // namespace verity::checker

namespace verity::checker {
namespace {

TEST(InlineIgnore, NotesNameTheRulesTheySilence) {
    using Globs = std::vector<std::string>;
    EXPECT_EQ(ignored_rule_globs({"Verity-Ignore: number.mismatch, entity.*"}), (Globs{"number.mismatch", "entity.*"}));
    EXPECT_EQ(ignored_rule_globs({"Brand name.\nverity-ignore target.same-as-source\nKeep short."}),
              Globs{"target.same-as-source"});
    EXPECT_EQ(ignored_rule_globs({"verity-ignore"}), Globs{"*"});
    EXPECT_TRUE(ignored_rule_globs({"verity-ignored by nobody", "see verity-ignore-list", "plain note"}).empty());
}

TEST(InlineIgnore, ANoteSilencesOnlyItsUnitAndItsRules) {
    TempDir dir;
    const auto file = dir / "notes.xlf";
    testing::write_file(
        file,
        "<?xml version=\"1.0\"?>\n<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
        "srcLang=\"en\" trgLang=\"fr\"><file id=\"f\">\n"
        "<unit id=\"a\"><notes><note>verity-ignore: number.*</note></notes><segment>"
        "<source>Refunds are paid within 30 days.</source><target>Les remboursements sont versés sous 13 jours.</target>"
        "</segment></unit>\n"
        "<unit id=\"b\"><notes><note>verity-ignore: markup.*</note></notes><segment>"
        "<source>The fee is 5 euros.</source><target>Les frais sont de 8 euros.</target></segment></unit>\n"
        "</file></xliff>\n");
    const auto r = run("check " + file.string() + " --format json");
    EXPECT_EQ(r.code, 1);
    const auto report = nlohmann::json::parse(r.out);
    ASSERT_EQ(report["files"][0]["findings"].size(), 1u);
    EXPECT_EQ(report["files"][0]["findings"][0]["unit"], "b");
    EXPECT_EQ(report["summary"]["suppressed"]["verity-ignore note"], 1);
}

}  // namespace
}  // namespace verity::checker
