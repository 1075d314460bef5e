// The command line as users and CI see it: exit codes, the JSON contract, the text report, batches.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"

namespace {

namespace fs = std::filesystem;
using verity::testing::run;
using verity::testing::TempDir;

const std::string kFixtures = std::string(VERITY_SOURCE_DIR) + "/tests/fixtures/rules/";

void write(const fs::path& p, const std::string& body) { verity::testing::write_file(p, body); }

TEST(Cli, VersionAndHelp) {
    auto v = run("--version");
    EXPECT_EQ(v.code, 0);
    EXPECT_NE(v.out.find("verity "), std::string::npos);
    auto h = run("--help");
    EXPECT_EQ(h.code, 0);
    EXPECT_NE(h.out.find("check"), std::string::npos);
    EXPECT_NE(h.out.find("Exit codes"), std::string::npos);
}

TEST(Cli, UsageErrorsExitTwo) {
    EXPECT_EQ(run("").code, 2);
    EXPECT_EQ(run("check").code, 2);
    EXPECT_EQ(run("check --format yaml " + kFixtures + "core-1.2.xlf").code, 2);
    EXPECT_EQ(run("check --rules 'nosuch.*' " + kFixtures + "core-1.2.xlf").code, 2);
    EXPECT_EQ(run("check --option number.mismatch.nope=1 " + kFixtures + "core-1.2.xlf").code, 2);
    EXPECT_EQ(run("frobnicate").code, 2);
}

TEST(Cli, RulesListsTheCatalogue) {
    auto r = run("rules --format json");
    ASSERT_EQ(r.code, 0);
    auto list = nlohmann::json::parse(r.out);
    std::set<std::string> ids;
    for (const auto& e : list) {
        ids.insert(e["id"].get<std::string>());
        EXPECT_TRUE(e.contains("its_type"));
        EXPECT_TRUE(e.contains("severity"));
        EXPECT_TRUE(e.contains("summary"));
    }
    for (const char* id : {"target.empty", "target.same-as-source", "markup.mismatch", "number.mismatch"})
        EXPECT_TRUE(ids.count(id)) << id;
    auto text = run("rules");
    EXPECT_NE(text.out.find("number.mismatch"), std::string::npos);
}

TEST(Cli, RulesExplainShowsExamplesCheckedLive) {
    auto r = run("rules --explain date.mismatch");
    ASSERT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("date.mismatch (ITS type"), std::string::npos) << r.out;
    // The incorrect example is checked now and shows what the rule says; the correct one shows no finding.
    EXPECT_NE(r.out.find("verity: error date.mismatch:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("verity: no finding"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Options: none"), std::string::npos) << r.out;
    auto options = run("rules --explain omission.length");
    EXPECT_NE(options.out.find("--option omission.length."), std::string::npos) << options.out;
}

TEST(Cli, RulesExplainOfAnUnknownRuleIsAUsageErrorWithSuggestions) {
    auto r = run("rules --explain number.mismach", "", true);
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.out.find("closest: number.mismatch"), std::string::npos) << r.out;
}

TEST(Cli, RulesMarkdownIsTheRuleReference) {
    auto r = run("rules --format markdown");
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(r.out.rfind("# Rule reference\n", 0), 0u);
    EXPECT_NE(r.out.find("## omission.shifted\n"), std::string::npos);
}

TEST(Cli, JsonReportFollowsTheContract) {
    auto r = run("check --format json " + kFixtures + "core-1.2.xlf");
    ASSERT_EQ(r.code, 1) << r.out;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["tool"]["name"], "verity");
    ASSERT_EQ(j["files"].size(), 1u);
    const auto& file = j["files"][0];
    EXPECT_EQ(file["format"], "xliff-1.2");
    EXPECT_EQ(file["source_lang"], "en-GB");
    EXPECT_EQ(file["target_lang"], "de-DE");
    EXPECT_EQ(file["units"], 8);
    EXPECT_TRUE(file["error"].is_null());
    std::size_t errors = 0;
    const std::regex hex("[0-9a-f]{16}");
    for (const auto& f : file["findings"]) {
        for (const char* key : {"rule", "its_type", "severity", "message", "unit", "segment", "source", "target",
                                "fingerprint"})
            EXPECT_TRUE(f.contains(key)) << key;
        EXPECT_TRUE(std::regex_match(f["fingerprint"].get<std::string>(), hex));
        // Confidence agrees with the severity: an error is at least 0.9 sure, an info below 0.6.
        ASSERT_TRUE(f.contains("confidence"));
        const double confidence = f["confidence"].get<double>();
        EXPECT_GE(confidence, f["severity"] == "error" ? 0.9 : 0.0);
        EXPECT_LE(confidence, f["severity"] == "info" ? 0.59 : 1.0);
        errors += f["severity"] == "error";
        if (f["rule"] == "number.mismatch") {
            // Spans count code points of the side's text and carry that text.
            const auto& src = f["source"];
            const auto& span = src["spans"][0];
            EXPECT_EQ(span["text"], "2,500");
            EXPECT_EQ(src["text"].get<std::string>().substr(span["start"], 5), "2,500");
            EXPECT_EQ(f["target"]["spans"][0]["text"], "2.600");
            EXPECT_GT(src["line"].get<int>(), 0);
            EXPECT_GT(src["column"].get<int>(), 0);
        }
    }
    EXPECT_EQ(j["summary"]["findings"]["error"], errors);
    EXPECT_EQ(j["summary"]["files"], 1);
}

TEST(Cli, SpanOffsetsCountCodePointsNotBytes) {
    TempDir dir;
    write(dir / "u.xlf",
          "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"fr\" trgLang=\"en\">"
          "<file id=\"f\"><unit id=\"u\"><segment><source>Élevé à 30 %</source><target>Raised to 35%</target>"
          "</segment></unit></file></xliff>");
    auto r = run("check --format json " + (dir / "u.xlf").string());
    const auto j = nlohmann::json::parse(r.out);
    const auto& f = j["files"][0]["findings"][0];
    EXPECT_EQ(f["source"]["spans"][0]["start"], 8);  // "Élevé à " is 8 code points, 10 bytes
    EXPECT_EQ(f["source"]["spans"][0]["end"], 10);
}

TEST(Cli, FailOnSetsTheExitCode) {
    const std::string file = kFixtures + "core-1.2.xlf";  // has errors and a warning
    EXPECT_EQ(run("check " + file).code, 1);
    EXPECT_EQ(run("check --fail-on never " + file).code, 0);
    EXPECT_EQ(run("check --rules target.same-as-source " + file).code, 0) << "a warning is below the default";
    EXPECT_EQ(run("check --rules target.same-as-source --fail-on warning " + file).code, 1);
    EXPECT_EQ(run("check --rules target.same-as-source --option target.same-as-source.min_words=50 --fail-on info " +
                  file)
                  .code,
              0);
}

TEST(Cli, TextReportIsCompilerStyleWithExcerptsAndSummary) {
    auto r = run("check --rules number.mismatch " + kFixtures + "core-1.2.xlf", "NO_COLOR=1");
    EXPECT_EQ(r.code, 1);
    const std::regex line(R"([^\n]*core-1\.2\.xlf:\d+:\d+: error: number 2500 in the source became 2600 in the target \[number\.mismatch\])");
    EXPECT_TRUE(std::regex_search(r.out, line)) << r.out;
    EXPECT_NE(r.out.find("source | The fund holds 2,500 million euros."), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("^~~~~"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("1 error, 0 warnings, 0 info in 1 file"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("\x1b["), std::string::npos) << "no colour when NO_COLOR is set or not a terminal";
    auto forced = run("check --color always --rules number.mismatch " + kFixtures + "core-1.2.xlf");
    EXPECT_NE(forced.out.find("\x1b["), std::string::npos);
    // --color always is explicit and wins over NO_COLOR; an empty NO_COLOR does not count.
    auto always = run("check --color always --rules number.mismatch " + kFixtures + "core-1.2.xlf", "NO_COLOR=1");
    EXPECT_NE(always.out.find("\x1b["), std::string::npos);
    auto empty = run("check --color always --rules number.mismatch " + kFixtures + "core-1.2.xlf", "NO_COLOR=");
    EXPECT_NE(empty.out.find("\x1b["), std::string::npos);
}

TEST(Cli, LanguageTagsAndOptionNumbersAreValidated) {
    const std::string pair = std::string(VERITY_SOURCE_DIR) + "/examples/official-statement.txt " + VERITY_SOURCE_DIR +
                             "/examples/unofficial-translation.txt";
    EXPECT_EQ(run("compare " + pair + " --source-lang english").code, 2);
    EXPECT_EQ(run("compare " + pair + " --target-lang xx").code, 2);
    EXPECT_EQ(run("compare " + pair + " --source-lang en-GB --target-lang en_US --fail-on never").code, 0);
    EXPECT_EQ(run("check --option target.same-as-source.min_words=nan " + kFixtures + "core-1.2.xlf").code, 2);
    EXPECT_EQ(run("check --option target.same-as-source.min_words=inf " + kFixtures + "core-1.2.xlf").code, 2);
    const auto negative = run("check --option omission.length.threshold=-3 " + kFixtures + "core-1.2.xlf", "", true);
    EXPECT_EQ(negative.code, 2);
    EXPECT_NE(negative.out.find("must be zero or more"), std::string::npos) << negative.out;
    EXPECT_EQ(run("check --option omission.length.threshold=0 --fail-on never " + kFixtures + "core-1.2.xlf").code, 0);
}

TEST(Cli, BadFileDoesNotStopTheBatch) {
    TempDir dir;
    write(dir / "a-broken.xlf", "<xliff version=\"1.2\"><file source-language=\"en\">\n  <body>\n</xliff>");
    fs::copy_file(kFixtures + "core-1.2.xlf", dir / "b-good.xlf");
    write(dir / "ignored.txt", "not xliff");
    auto r = run("check --format json " + dir.path().string());
    EXPECT_EQ(r.code, 2);
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["files"].size(), 2u);
    EXPECT_FALSE(j["files"][0]["error"].is_null());
    EXPECT_GT(j["files"][0]["error"]["line"].get<int>(), 0);
    EXPECT_TRUE(j["files"][1]["error"].is_null());
    EXPECT_FALSE(j["files"][1]["findings"].empty());
    EXPECT_EQ(j["summary"]["files_with_errors"], 1);
    EXPECT_EQ(run("check " + (dir / "missing.xlf").string()).code, 2);
}

TEST(Cli, ReportIsTheSameWhateverTheNumberOfThreads) {
    TempDir dir;
    for (int i = 0; i < 6; ++i) fs::copy_file(kFixtures + (i % 2 ? "core-1.2.xlf" : "core-2.0.xlf"),
                                              dir / ("f" + std::to_string(i) + ".xlf"));
    const auto one = run("check --format json -j 1 " + dir.path().string());
    const auto eight = run("check --format json -j 8 " + dir.path().string());
    EXPECT_EQ(one.code, 1);
    EXPECT_EQ(one.out, eight.out);
}

TEST(Cli, OutputFileIsWrittenAndNeverReplacesAnInput) {
    TempDir dir;
    fs::copy_file(kFixtures + "core-1.2.xlf", dir / "in.xlf");
    const auto before = fs::file_size(dir / "in.xlf");
    EXPECT_EQ(run("check -o " + (dir / "in.xlf").string() + " " + (dir / "in.xlf").string()).code, 2);
    EXPECT_EQ(fs::file_size(dir / "in.xlf"), before);
    EXPECT_EQ(run("check --format json -o " + (dir / "r.json").string() + " " + (dir / "in.xlf").string()).code, 1);
    std::ifstream in(dir / "r.json");
    const auto parsed = nlohmann::json::parse(in, nullptr, false);
    EXPECT_FALSE(parsed.is_discarded());
    EXPECT_EQ(parsed["tool"]["name"], "verity");
}

}  // namespace

namespace {

TEST(Cli, ArchivesAreCheckedMemberByMember) {
    TempDir dir;
    fs::create_directories(dir / "in" / "sub");
    fs::copy_file(kFixtures + "core-1.2.xlf", dir / "in" / "a.xlf");
    fs::copy_file(kFixtures + "core-2.0.xlf", dir / "in" / "sub" / "b.xliff");
    write(dir / "in" / "notes.txt", "not checked");
    write(dir / "in" / "broken.xlf", "<xliff version=\"2.0\"");
    const std::string in = (dir / "in").string();
    ASSERT_EQ(std::system(("tar -czf " + (dir / "batch.tar.gz").string() + " -C " + in + " a.xlf sub notes.txt broken.xlf").c_str()), 0);
    ASSERT_EQ(std::system(("cd " + in + " && python3 -c \"import zipfile; z=zipfile.ZipFile('../batch.zip','w'); "
                           "[z.write(p) for p in ('a.xlf','sub/b.xliff')]\"").c_str()),
              0);
    for (const char* name : {"batch.tar.gz", "batch.zip"}) {
        auto r = run("check --format json " + (dir / name).string());
        const auto j = nlohmann::json::parse(r.out);
        std::vector<std::string> paths;
        for (const auto& f : j["files"]) paths.push_back(f["path"].get<std::string>());
        ASSERT_GE(paths.size(), 2u) << name;
        EXPECT_EQ(paths[0], (dir / name).string() + "!/a.xlf");
        EXPECT_FALSE(j["files"][0]["findings"].empty());
        EXPECT_NE(std::find(paths.begin(), paths.end(), (dir / name).string() + "!/sub/b.xliff"), paths.end());
        // The tar also holds a broken file: an error entry, exit 2, and the others still checked.
        EXPECT_EQ(r.code, std::string(name) == "batch.zip" ? 1 : 2) << name;
    }
    write(dir / "damaged.zip", "PK\x03\x04 this is not really a zip");
    auto damaged = run("check --format json " + (dir / "damaged.zip").string());
    EXPECT_EQ(damaged.code, 2);
    EXPECT_FALSE(nlohmann::json::parse(damaged.out)["files"][0]["error"].is_null());
}

}  // namespace

namespace {

TEST(Cli, GlossaryTermsAreRequiredAndBadGlossariesAreUsageErrors) {
    TempDir dir;
    write(dir / "g.csv", "en,fr\nfact-finding mission,mission d'enquête\n");
    write(dir / "u.xlf",
          "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">"
          "<file id=\"f\"><unit id=\"ok\"><segment><source>They welcomed the fact-finding mission.</source>"
          "<target>Ils ont salué la mission d'enquête.</target></segment></unit>"
          "<unit id=\"bad\"><segment><source>They welcomed the fact-finding mission.</source>"
          "<target>Ils ont salué la mission d'information.</target></segment></unit></file></xliff>");
    auto r = run("check --format json --rules 'terminology.*' --glossary " + (dir / "g.csv").string() + " " +
                 (dir / "u.xlf").string());
    const auto j = nlohmann::json::parse(r.out);
    std::vector<std::string> units;
    for (const auto& f : j["files"][0]["findings"]) units.push_back(f["unit"].get<std::string>());
    EXPECT_EQ(units, std::vector<std::string>{"bad"}) << r.out;
    write(dir / "bad.csv", "one column only\n");
    EXPECT_EQ(run("check --glossary " + (dir / "bad.csv").string() + " " + (dir / "u.xlf").string()).code, 2);
    EXPECT_EQ(run("check --glossary " + (dir / "missing.csv").string() + " " + (dir / "u.xlf").string()).code, 2);
}

}  // namespace

namespace {

// A long file whose targets are English copies of English sources although French is declared: an
// untranslated document. Each copy is target.same-as-source; no meaning rule speaks about it, and the
// declared language is not "corrected" to English.
TEST(Cli, UntranslatedCopiesAreSameAsSourceOnly) {
    TempDir dir;
    std::string units;
    const char* sentences[] = {"The committee did not approve the budget for the next year.",
                               "Ministers will meet again in March to review the progress made.",
                               "The agency must publish its annual report before the summer.",
                               "Several partners strongly support the new cooperation programme."};
    for (int i = 0; i < 40; ++i) {
        const std::string s = sentences[i % 4];
        units += "<unit id=\"u" + std::to_string(i) + "\"><segment><source>" + s + "</source><target>" + s +
                 "</target></segment></unit>";
    }
    write(dir / "copy.xlf", "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" "
                            "trgLang=\"fr\"><file id=\"f\">" + units + "</file></xliff>");
    const auto r = run("check --format json " + (dir / "copy.xlf").string());
    const auto j = nlohmann::json::parse(r.out);
    std::map<std::string, int> rules;
    for (const auto& f : j["files"][0]["findings"]) ++rules[f["rule"].get<std::string>()];
    EXPECT_EQ(rules, (std::map<std::string, int>{{"target.same-as-source", 40}})) << r.out.substr(0, 2000);
    EXPECT_FALSE(j["files"][0].contains("notes"));
}

}  // namespace

namespace {

TEST(Cli, ADeclaredLanguageTheTextContradictsIsCorrectedAndNoted) {
    TempDir dir;
    std::string units;
    const std::pair<const char*, const char*> pairs[] = {
        {"The committee approved the budget for the next year.", "Der Ausschuss hat den Haushalt für das nächste Jahr gebilligt."},
        {"Ministers will meet again in March to review the progress.", "Die Minister werden sich im März wieder treffen, um die Fortschritte zu prüfen."},
        {"The agency must publish its report before the summer.", "Die Agentur muss ihren Bericht vor dem Sommer veröffentlichen."},
        {"It is not clear whether the partners agree with this plan.", "Es ist nicht klar, ob die Partner mit diesem Plan einverstanden sind."}};
    for (int i = 0; i < 24; ++i)
        units += "<unit id=\"u" + std::to_string(i) + "\"><segment><source>" + pairs[i % 4].first +
                 "</source><target>" + pairs[i % 4].second + "</target></segment></unit>";
    write(dir / "mislabelled.xlf", "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
                                   "srcLang=\"en\" trgLang=\"en\"><file id=\"f\">" + units + "</file></xliff>");
    const auto r = run("check --format json " + (dir / "mislabelled.xlf").string());
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_TRUE(j["files"][0].contains("notes")) << r.out.substr(0, 2000);
    EXPECT_EQ(j["files"][0]["notes"][0], "target declared \"en\" reads as \"de\"; checked as \"de\"");
    // Read as English, every German word would be an addition; read as German, the pairs are fine.
    EXPECT_EQ(j["summary"]["findings"]["error"], 0) << r.out.substr(0, 3000);
}

}  // namespace
