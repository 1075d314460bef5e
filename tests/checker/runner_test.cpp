// check_files hands each file's report over as soon as it and the files before it are done: in input
// order, whatever the threads (what the streamed JSON Lines report relies on).
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "checker/report.hpp"
#include "checker/runner.hpp"
#include "rules/builtin.hpp"
#include "rules/engine/packs.hpp"

namespace verity::checker {
namespace {

const rules::Engine& test_engine() {
    static const rules::Registry registry = [] {
        rules::Registry r;
        rules::register_builtin_rules(r);
        return r;
    }();
    static const rules::PackSet packs = rules::PackSet::builtin();  // the engine keeps a reference
    static const rules::Engine engine = [] {
        rules::EngineOptions options;
        options.rule_globs = "target.*,markup.*";
        return rules::Engine(registry, packs, options);
    }();
    return engine;
}

// `n` fixture files with findings, then one that cannot be read.
std::vector<Input> test_inputs(int n) {
    const std::string fixtures = VERITY_SOURCE_DIR "/tests/fixtures/rules/";
    std::vector<Input> inputs;
    for (int i = 0; i < n; ++i)
        inputs.push_back({fixtures + (i % 3 == 0 ? "core-1.2.xlf" : i % 3 == 1 ? "core-2.0.xlf" : "wording-2.0.xlf"), "", nullptr});
    inputs.push_back({"/nonexistent/missing.xlf", "", nullptr});  // a failing file is handed over too
    return inputs;
}

TEST(Runner, FilesAreHandedOverInInputOrderWhateverTheThreads) {
    const rules::Engine& engine = test_engine();
    const std::vector<Input> inputs = test_inputs(9);
    for (const unsigned jobs : {1u, 4u}) {
        std::vector<std::string> seen;
        std::vector<std::size_t> counts;
        const RunReport report = check_files(
            inputs, [&engine](const std::string&) -> const rules::Engine& { return engine; }, jobs, {},
            [&](FileReport& f) {
                seen.push_back(f.path);
                counts.push_back(f.findings.size());
            });
        ASSERT_EQ(seen.size(), inputs.size()) << jobs << " jobs";
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            EXPECT_EQ(seen[i], inputs[i].path);
            EXPECT_EQ(counts[i], report.files[i].findings.size());
        }
        EXPECT_TRUE(report.files.back().error.has_value());
    }
}

// A streamed run lets each file's findings go once they are handed over and keeps their counts: the
// JSON written file by file is the report of the run that kept everything, byte for byte, and so are the
// summary's counts.
TEST(Runner, AStreamedRunLetsFindingsGoAndKeepsTheirCounts) {
    const rules::Engine& engine = test_engine();
    const std::vector<Input> inputs = test_inputs(300);
    const auto engine_for = [&engine](const std::string&) -> const rules::Engine& { return engine; };
    RunReport kept = check_files(inputs, engine_for, 2, {});
    kept.tool_version = "test";
    std::ostringstream whole;
    write_json(whole, kept);
    ASSERT_GT(kept.count(rules::Severity::Error) + kept.count(rules::Severity::Warning), 300u);
    for (const unsigned jobs : {1u, 2u, 4u}) {
        CheckOptions options;
        options.release_findings = true;
        std::ostringstream streamed;
        JsonReportStream json(streamed, "test", std::nullopt);
        std::size_t handed = 0;
        RunReport report = check_files(inputs, engine_for, jobs, options, [&](FileReport& f) {
            json.file(f);
            ++handed;
        });
        report.tool_version = "test";
        EXPECT_EQ(handed, inputs.size());
        for (const auto& f : report.files) EXPECT_TRUE(f.findings.empty()) << f.path;
        for (const auto s : {rules::Severity::Info, rules::Severity::Warning, rules::Severity::Error})
            EXPECT_EQ(report.count(s), kept.count(s)) << jobs << " jobs";
        json.finish(report);
        EXPECT_EQ(streamed.str(), whole.str()) << jobs << " jobs";
    }
}

// The text report written file by file, then its summary line, is the one write_text gives.
TEST(Runner, TheTextReportInPartsIsTheWholeReport) {
    const rules::Engine& engine = test_engine();
    const std::vector<Input> inputs = test_inputs(5);
    const RunReport report = check_files(inputs, [&engine](const std::string&) -> const rules::Engine& { return engine; }, 1, {});
    std::ostringstream whole, parts;
    write_text(whole, report, {});
    for (const auto& f : report.files) write_text_file(parts, f, {});
    write_text_summary(parts, report, {});
    EXPECT_EQ(parts.str(), whole.str());
    EXPECT_NE(whole.str().find("1 file could not be read"), std::string::npos) << whole.str();
}

}  // namespace
}  // namespace verity::checker
