// verity.toml and the settings of a run: the file's errors point at file:line:column, the command line wins
// over the file and the file over the defaults, and `verity config` says where each setting came from.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "checker/config.hpp"
#include "checker/settings.hpp"
#include "cli_support.hpp"
#include "rules/builtin.hpp"

namespace verity::checker {
namespace {

using verity::testing::run;
using verity::testing::TempDir;

std::string read_error(const TempDir& dir, const std::string& body) {
    const auto file = dir / "verity.toml";
    testing::write_file(file, body);
    std::string error;
    EXPECT_FALSE(read_config(file.string(), error).has_value()) << body;
    return error.substr(file.string().size());  // ":LINE:COL: what"
}

TEST(Config, ErrorsNameLineColumnAndWhatWasExpected) {
    TempDir dir;
    EXPECT_EQ(read_error(dir, "fail_on = \"sometimes\"\n").rfind(":1:11: 'fail_on' must be", 0), 0u);
    EXPECT_EQ(read_error(dir, "\n[rules]\nenabled = [\"x\"]\n").rfind(":3:11: unknown key 'enabled' in [rules]", 0), 0u);
    EXPECT_EQ(read_error(dir, "[rules.severity]\n\"number.*\" = \"loud\"\n").rfind(":2:14: level of 'number.*'", 0), 0u);
    EXPECT_EQ(read_error(dir, "packs = \"p\"\n").rfind(":1:9: 'packs' must be an array", 0), 0u);
    EXPECT_EQ(read_error(dir, "fail_on =\n").rfind(":1:", 0), 0u);  // TOML syntax
}

TEST(Config, FoundBesideTheInputsOrAbove) {
    TempDir dir;
    std::filesystem::create_directories(dir / "a/b");
    testing::write_file(dir / "a/b/x.xlf", "");
    EXPECT_EQ(find_config({(dir / "a/b/x.xlf").string()}), "");
    testing::write_file(dir / "verity.toml", "");
    EXPECT_EQ(find_config({(dir / "a/b/x.xlf").string()}), (dir / "verity.toml").string());
    testing::write_file(dir / "a/verity.toml", "");
    EXPECT_EQ(find_config({(dir / "a/b").string()}), (dir / "a/verity.toml").string());
}

TEST(Settings, CommandLineWinsOverTheFileAndTheFileOverDefaults) {
    TempDir dir;
    testing::write_file(dir / "verity.toml",
                        "fail_on = \"warning\"\npacks = [\"more\"]\n[rules]\ndisable = [\"consistency.*\"]\n"
                        "[rules.severity]\n\"number.mismatch\" = \"warning\"\n\"entity.added\" = \"off\"\n"
                        "[rules.options]\n\"target.same-as-source.min_words\" = 3\n");
    rules::Registry registry;
    rules::register_builtin_rules(registry);
    CommandLine cli;
    cli.paths = {(dir / "x.xlf").string()};
    Settings from_file;
    std::string error;
    ASSERT_TRUE(resolve_settings(cli, registry, from_file, error)) << error;
    EXPECT_EQ(from_file.fail_on, "warning");
    EXPECT_EQ(from_file.engine.rule_globs, "-consistency.*,-entity.added");
    EXPECT_EQ(from_file.engine.levels.at("number.mismatch"), rules::Severity::Warning);
    EXPECT_EQ(from_file.packs, std::vector<std::string>{(dir / "more").string()});
    EXPECT_EQ(from_file.options, std::vector<std::string>{"target.same-as-source.min_words=3"});

    cli.fail_on = "never";
    cli.rules = "number.*";
    cli.options = {"target.same-as-source.min_words=1"};
    Settings both;
    ASSERT_TRUE(resolve_settings(cli, registry, both, error)) << error;
    EXPECT_EQ(both.fail_on, "never");
    EXPECT_EQ(both.engine.rule_globs, "number.*");
    EXPECT_EQ(both.options.back(), "target.same-as-source.min_words=1");  // parsed last: it wins

    cli.no_config = true;
    Settings none;
    ASSERT_TRUE(resolve_settings(cli, registry, none, error)) << error;
    EXPECT_TRUE(none.config_path.empty());
    EXPECT_TRUE(none.engine.levels.empty());
}

TEST(Settings, ARuleTheFileNamesMustExist) {
    TempDir dir;
    rules::Registry registry;
    rules::register_builtin_rules(registry);
    CommandLine cli;
    cli.config = (dir / "c.toml").string();
    std::string error;
    Settings s;
    testing::write_file(dir / "c.toml", "[rules]\ndisable = [\"nosuch.*\"]\n");
    EXPECT_FALSE(resolve_settings(cli, registry, s, error));
    EXPECT_NE(error.find("c.toml:2: no rule matches 'nosuch.*'"), std::string::npos) << error;
    testing::write_file(dir / "c.toml", "[rules.options]\n\"number.mismatch.frob\" = 1\n");
    EXPECT_FALSE(resolve_settings(cli, registry, s, error));
    EXPECT_NE(error.find("has no option 'frob'"), std::string::npos) << error;
}

TEST(Settings, LevelsMoveARulesFindingsAndTheGateFollows) {
    TempDir dir;
    const auto file = dir / "refund.xlf";
    testing::write_file(file, "<?xml version=\"1.0\"?>\n<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                              "srcLang=\"en\" trgLang=\"fr\"><file id=\"f\"><unit id=\"r\"><segment>"
                              "<source>Refunds are paid within 30 days.</source>"
                              "<target>Les remboursements sont versés sous 13 jours.</target></segment></unit></file></xliff>\n");
    const auto plain = nlohmann::json::parse(run("check " + file.string() + " --format json").out);
    EXPECT_EQ(plain["files"][0]["findings"][0]["severity"], "error");
    testing::write_file(dir / "verity.toml", "[rules.severity]\n\"number.*\" = \"warning\"\n");
    const auto lowered = run("check " + file.string() + " --format json");
    EXPECT_EQ(lowered.code, 0);  // the default gate fails on errors only
    EXPECT_EQ(nlohmann::json::parse(lowered.out)["files"][0]["findings"][0]["severity"], "warning");
    EXPECT_EQ(run("check " + file.string() + " --fail-on warning").code, 1);
    const auto shown = run("config " + file.string());
    EXPECT_EQ(shown.code, 0);
    EXPECT_NE(shown.out.find("verity.toml:2)"), std::string::npos) << shown.out;
    testing::write_file(dir / "verity.toml", "[rules.severity]\n\"number.*\" = \"off\"\n");
    EXPECT_EQ(nlohmann::json::parse(run("check " + file.string() + " --format json").out)["files"][0]["findings"].size(), 0u);
    testing::write_file(dir / "verity.toml", "[rules.severity]\n\"number.*\" = 3\n");
    EXPECT_EQ(run("check " + file.string()).code, 2);
}

TEST(Settings, FileSectionsSetTheRulesOfTheInputsTheyMatch) {
    TempDir dir;
    std::filesystem::create_directories(dir / "legacy");
    std::filesystem::create_directories(dir / "current");
    const std::string unit = "<?xml version=\"1.0\"?>\n<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                             "srcLang=\"en\" trgLang=\"fr\"><file id=\"f\"><unit id=\"r\"><segment>"
                             "<source>Refunds are paid within 30 days.</source>"
                             "<target>Les remboursements sont versés sous 13 jours.</target></segment></unit></file></xliff>\n";
    testing::write_file(dir / "legacy/a.xlf", unit);
    testing::write_file(dir / "current/a.xlf", unit);
    testing::write_file(dir / "verity.toml", "[rules]\ndisable = [\"consistency.*\"]\n"
                                             "[[files]]\nglob = \"legacy/*\"\n[files.rules]\ndisable = [\"number.*\"]\n"
                                             "[[files]]\nglob = \"*/a.xlf\"\n[files.rules.severity]\n\"number.*\" = \"warning\"\n");
    const auto r = run("check " + (dir / "legacy").string() + " " + (dir / "current").string() + " --format json");
    const auto report = nlohmann::json::parse(r.out);
    ASSERT_EQ(report["files"].size(), 2u);
    // Both match the last section (a later one wins): number findings at warning, not switched off.
    for (const auto& f : report["files"]) {
        ASSERT_EQ(f["findings"].size(), 1u) << f["path"];
        EXPECT_EQ(f["findings"][0]["severity"], "warning");
    }
    testing::write_file(dir / "verity.toml", "[[files]]\nglob = \"legacy/*\"\n[files.rules]\ndisable = [\"number.*\"]\n");
    const auto only = nlohmann::json::parse(run("check " + (dir / "legacy").string() + " " + (dir / "current").string() +
                                                " --format json")
                                                .out);
    for (const auto& f : only["files"]) {
        const bool legacy = f["path"].get<std::string>().find("legacy") != std::string::npos;
        EXPECT_EQ(f["findings"].size(), legacy ? 0u : 1u) << f["path"];
    }
    testing::write_file(dir / "verity.toml", "[[files]]\n[files.rules]\ndisable = [\"number.*\"]\n");
    EXPECT_EQ(run("check " + (dir / "legacy").string()).code, 2);  // a section needs a glob
}

}  // namespace
}  // namespace verity::checker
