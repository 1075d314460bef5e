#include "checker/cli.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/report.hpp"
#include "checker/runner.hpp"
#include "rules/engine.hpp"
#include "rules/packs.hpp"
#include "rules/rule.hpp"

namespace verity::checker {
namespace {

struct OutputOptions {
    std::string format = "text";
    std::string output;
    std::string color = "auto";
};

struct CheckArgs {
    std::vector<std::string> paths;
    OutputOptions out;
    std::string fail_on = "error";
    std::string rules;
    std::vector<std::string> packs;
    std::vector<std::string> options;
    unsigned jobs = 0;
};

// Writes to --output through a temporary file so a failed run never leaves half a report, and
// refuses to replace one of the inputs.
bool emit(const OutputOptions& opts, const std::vector<std::string>& inputs,
          const std::function<void(std::ostream&, bool color)>& write) {
    namespace fs = std::filesystem;
    if (opts.output.empty() || opts.output == "-") {
        const bool tty = isatty(fileno(stdout)) != 0;
        const bool color = !std::getenv("NO_COLOR") && (opts.color == "always" || (opts.color == "auto" && tty));
        write(std::cout, color);
        std::cout.flush();
        return true;
    }
    std::error_code ec;
    for (const auto& in : inputs)
        if (fs::exists(opts.output, ec) && fs::equivalent(in, opts.output, ec)) {
            std::cerr << fmt::format("verity: refusing to write the report over input file {}\n", opts.output);
            return false;
        }
    const std::string tmp = opts.output + ".verity-tmp";
    {
        std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
        if (!file) {
            std::cerr << fmt::format("verity: cannot write {}: {}\n", opts.output, std::strerror(errno));
            return false;
        }
        write(file, opts.color == "always" && !std::getenv("NO_COLOR"));
        if (!file.flush()) {
            std::cerr << fmt::format("verity: cannot write {}\n", opts.output);
            return false;
        }
    }
    fs::rename(tmp, opts.output, ec);
    if (ec) {
        std::cerr << fmt::format("verity: cannot write {}: {}\n", opts.output, ec.message());
        fs::remove(tmp, ec);
        return false;
    }
    return true;
}

// "--option number.mismatch.tolerance=0.1" -> rule id "number.mismatch", name "tolerance".
bool parse_rule_options(const std::vector<std::string>& items, const rules::Registry& registry,
                        rules::EngineOptions& engine) {
    for (const auto& item : items) {
        const auto eq = item.find('=');
        const auto dot = item.rfind('.', eq);
        if (eq == std::string::npos || dot == std::string::npos || dot == 0) {
            std::cerr << fmt::format("verity: --option expects RULE.NAME=VALUE, got '{}'\n", item);
            return false;
        }
        const std::string id = item.substr(0, dot);
        if (!registry.find(id)) {
            std::cerr << fmt::format("verity: --option names unknown rule '{}'\n", id);
            return false;
        }
        engine.rule_options[id][item.substr(dot + 1, eq - dot - 1)] = item.substr(eq + 1);
    }
    return true;
}

bool load_packs(const std::vector<std::string>& dirs, rules::PackSet& packs) {
    bool ok = true;
    for (const auto& dir : dirs)
        for (const auto& err : packs.add_directory(dir)) {
            std::cerr << "verity: " << err.to_string() << '\n';
            ok = false;
        }
    return ok;
}

int run_check(const CheckArgs& args) {
    rules::Registry registry;
    rules::register_builtin_rules(registry);
    rules::PackSet packs = rules::PackSet::builtin();
    if (!load_packs(args.packs, packs)) return kExitUsage;

    rules::EngineOptions engine_options;
    engine_options.rule_globs = args.rules;
    if (!parse_rule_options(args.options, registry, engine_options)) return kExitUsage;
    std::optional<rules::Engine> engine;
    try {
        engine.emplace(registry, packs, engine_options);
    } catch (const std::invalid_argument& e) {
        std::cerr << "verity: " << e.what() << '\n';
        return kExitUsage;
    }

    const auto inputs = expand_inputs(args.paths);
    if (inputs.empty()) {
        std::cerr << "verity: no XLIFF files found in the given directories\n";
        return kExitUsage;
    }
    const unsigned jobs = args.jobs ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
    RunReport report = check_files(inputs, *engine, jobs);
    report.tool_version = VERITY_VERSION;

    const bool written = emit(args.out, args.paths, [&](std::ostream& os, bool color) {
        if (args.out.format == "json") write_json(os, report);
        else write_text(os, report, TextStyle{color});
    });
    if (!written || report.files_with_errors() > 0) return kExitUsage;
    if (args.fail_on == "never") return kExitClean;
    const auto threshold = *rules::parse_severity(args.fail_on);
    for (const auto& f : report.files)
        for (const auto& x : f.findings)
            if (x.severity >= threshold) return kExitFindings;
    return kExitClean;
}

int run_rules(const OutputOptions& out) {
    rules::Registry registry;
    rules::register_builtin_rules(registry);
    emit(out, {}, [&](std::ostream& os, bool) {
        if (out.format == "json") {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (const auto& e : registry.entries()) {
                nlohmann::ordered_json options = nlohmann::ordered_json::array();
                for (const auto& o : e.info.options)
                    options.push_back({{"name", o.name}, {"default", o.default_value}, {"summary", o.summary}});
                list.push_back({{"id", e.info.id},
                                {"its_type", e.info.its_type},
                                {"severity", std::string(rules::severity_name(e.info.severity))},
                                {"summary", e.info.summary},
                                {"options", options}});
            }
            os << list.dump(2) << '\n';
            return;
        }
        std::size_t width = 0;
        for (const auto& e : registry.entries()) width = std::max(width, e.info.id.size());
        for (const auto& e : registry.entries()) {
            os << fmt::format("{:<{}}  {:<22}  {:<7}  {}\n", e.info.id, width, e.info.its_type,
                              rules::severity_name(e.info.severity), e.info.summary);
            for (const auto& o : e.info.options)
                os << fmt::format("{:<{}}    option {}={} ({})\n", "", width, o.name, o.default_value, o.summary);
        }
    });
    return kExitClean;
}

}  // namespace

int run_cli(int argc, char** argv) {
    CLI::App app{"verity: checks that a translation says what its source says.\n"
                 "Reads XLIFF 1.2 and 2.x; reports missing, changed and weakened content.",
                 "verity"};
    app.require_subcommand(0, 1);
    app.set_version_flag("--version", std::string("verity ") + VERITY_VERSION);
    app.footer("Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.\n"
               "Run `verity COMMAND --help` for the options of a command.");

    CheckArgs check;
    auto* check_cmd = app.add_subcommand("check", "Check XLIFF files or directories of them.");
    check_cmd->add_option("paths", check.paths, "XLIFF files or directories (searched recursively)")
        ->required()
        ->type_name("PATH...");
    check_cmd->add_option("-f,--format", check.out.format, "Report format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    check_cmd->add_option("-o,--output", check.out.output, "Write the report to FILE instead of standard output")
        ->type_name("FILE");
    check_cmd->add_option("--fail-on", check.fail_on, "Exit 1 when a finding has this severity or higher")
        ->check(CLI::IsMember({"error", "warning", "info", "never"}))
        ->capture_default_str();
    check_cmd->add_option("--rules", check.rules,
                          "Comma-separated rule id globs to run; a leading '-' excludes (\"number.*,-markup.*\")")
        ->type_name("GLOBS");
    check_cmd->add_option("--pack", check.packs, "Also load the rule packs (*.toml) in DIR")->type_name("DIR");
    check_cmd->add_option("--option", check.options, "Set a rule option, e.g. target.same-as-source.min_words=1")
        ->type_name("RULE.NAME=VALUE");
    check_cmd->add_option("-j,--jobs", check.jobs, "Files checked in parallel (default: number of cores)");
    check_cmd->add_option("--color", check.out.color, "Colour in the text report (never when NO_COLOR is set)")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();

    OutputOptions rules_out;
    auto* rules_cmd = app.add_subcommand("rules", "List every rule: id, ITS issue type, severity, summary.");
    rules_cmd->add_option("-f,--format", rules_out.format, "List format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? kExitClean : kExitUsage;
    }
    if (*check_cmd) return run_check(check);
    if (*rules_cmd) return run_rules(rules_out);
    std::cout << app.help();
    return kExitUsage;
}

}  // namespace verity::checker
