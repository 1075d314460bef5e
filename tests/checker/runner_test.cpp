// check_files hands each file's report over as soon as it and the files before it are done: in input
// order, whatever the threads (what the streamed JSON Lines report relies on).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "checker/runner.hpp"
#include "rules/builtin.hpp"
#include "rules/engine/packs.hpp"

namespace verity::checker {
namespace {

TEST(Runner, FilesAreHandedOverInInputOrderWhateverTheThreads) {
    rules::Registry registry;
    rules::register_builtin_rules(registry);
    rules::EngineOptions options;
    options.rule_globs = "target.*,markup.*";
    const rules::PackSet packs = rules::PackSet::builtin();  // the engine keeps a reference
    const rules::Engine engine(registry, packs, options);
    const std::string fixtures = VERITY_SOURCE_DIR "/tests/fixtures/rules/";
    std::vector<Input> inputs;
    for (int i = 0; i < 9; ++i)
        inputs.push_back({fixtures + (i % 3 == 0 ? "core-1.2.xlf" : i % 3 == 1 ? "core-2.0.xlf" : "wording-2.0.xlf"), "", nullptr});
    inputs.push_back({"/nonexistent/missing.xlf", "", nullptr});  // a failing file is handed over too
    for (const unsigned jobs : {1u, 4u}) {
        std::vector<std::string> seen;
        std::vector<std::size_t> counts;
        const RunReport report = check_files(
            inputs, [&engine](const std::string&) -> const rules::Engine& { return engine; }, jobs, {},
            [&](const FileReport& f) {
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

}  // namespace
}  // namespace verity::checker
