#include "checker/merge.hpp"

#include <cctype>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "checker/cli.hpp"
#include "checker/replacing_file.hpp"

namespace verity::checker {
namespace {

std::optional<RunReport> merge_shards(std::vector<std::pair<std::string, RunReport>>& reports, std::string& error) {
    const ShardInfo& first = *reports.front().second.shard;
    std::set<std::size_t> seen;
    std::vector<std::optional<FileReport>> placed(first.inputs);
    for (auto& [path, r] : reports) {
        if (!r.shard) {
            error = fmt::format("{}: not a shard's report (no \"shard\"), unlike {}", path, reports.front().first);
            return std::nullopt;
        }
        const ShardInfo& s = *r.shard;
        if (s.count != first.count || s.inputs != first.inputs) {
            error = fmt::format("{}: shard {}/{} of {} inputs does not belong to the run of {} (shard {}/{} of {} "
                                "inputs)", path, s.index, s.count, s.inputs, reports.front().first, first.index,
                                first.count, first.inputs);
            return std::nullopt;
        }
        if (!seen.insert(s.index).second) {
            error = fmt::format("{}: shard {}/{} is given twice", path, s.index, s.count);
            return std::nullopt;
        }
        for (std::size_t i = 0; i < r.files.size(); ++i) {
            auto& slot = placed[s.positions[i]];
            if (slot) {
                error = fmt::format("{}: input {} is also in another shard's report", path, s.positions[i] + 1);
                return std::nullopt;
            }
            slot = std::move(r.files[i]);
        }
    }
    std::string missing;
    for (std::size_t k = 1; k <= first.count; ++k)
        if (!seen.count(k)) missing += fmt::format("{}{}/{}", missing.empty() ? "" : ", ", k, first.count);
    if (!missing.empty()) {
        error = fmt::format("shard {} missing: a merged report would leave out its files", missing);
        return std::nullopt;
    }
    RunReport out;
    out.tool_version = reports.front().second.tool_version;
    for (auto& f : placed) {
        if (!f) {
            error = "the shards' reports do not cover every input of the run";
            return std::nullopt;
        }
        out.files.push_back(std::move(*f));
    }
    return out;
}

}  // namespace

std::optional<RunReport> merge_reports(std::vector<std::pair<std::string, RunReport>> reports, std::string& error) {
    if (reports.empty()) {
        error = "no report to merge";
        return std::nullopt;
    }
    for (const auto& [path, r] : reports)
        if (r.tool_version != reports.front().second.tool_version) {
            error = fmt::format("{}: written by verity {}, {} by verity {}", path, r.tool_version,
                                reports.front().first, reports.front().second.tool_version);
            return std::nullopt;
        }
    if (reports.front().second.shard) return merge_shards(reports, error);
    RunReport out;
    out.tool_version = reports.front().second.tool_version;
    for (auto& [path, r] : reports) {
        if (r.shard) {
            error = fmt::format("{}: a shard's report among whole runs' reports", path);
            return std::nullopt;
        }
        for (auto& f : r.files) out.files.push_back(std::move(f));
    }
    return out;
}

CLI::App* add_merge_command(CLI::App& app, MergeArgs& args) {
    auto* cmd = app.add_subcommand(
        "merge", "Combine the JSON reports of a run's shards (check --shard K/N) into the report one run gives.");
    cmd->add_option("reports", args.reports, "JSON reports (check --format json) of every shard")
        ->required()
        ->type_name("REPORT...");
    cmd->add_option("-f,--format", args.format, "json, text or junit")
        ->check(CLI::IsMember({"json", "text", "junit"}))
        ->capture_default_str();
    cmd->add_option("-o,--output", args.output, "Write to FILE (replaced whole) instead of standard output")
        ->type_name("FILE");
    cmd->add_option("--fail-on", args.fail_on, "Exit 1 when a finding is at or above this severity")
        ->check(CLI::IsMember({"error", "warning", "info", "never"}))
        ->capture_default_str();
    return cmd;
}

int run_merge(const MergeArgs& args) {
    std::vector<std::pair<std::string, RunReport>> reports;
    for (const auto& path : args.reports) {
        if (!args.output.empty() && path == args.output) {
            std::cerr << fmt::format("verity: merge: the output {} is one of the reports to merge\n", path);
            return kExitUsage;
        }
        std::ifstream in(path, std::ios::binary);
        std::ostringstream body;
        if (!in || !(body << in.rdbuf())) {
            std::cerr << fmt::format("verity: {}: cannot read the report\n", path);
            return kExitUsage;
        }
        std::string error;
        auto report = read_json_report(body.str(), error);
        if (!report) {
            // "report.json:3:14: not JSON: …" for a syntax error, "report.json: files[2]: …" for a wrong field.
            const bool at_place = !error.empty() && std::isdigit(static_cast<unsigned char>(error.front()));
            std::cerr << fmt::format("verity: {}:{}{}\n", path, at_place ? "" : " ", error);
            return kExitUsage;
        }
        reports.emplace_back(path, std::move(*report));
    }
    std::string error;
    auto merged = merge_reports(std::move(reports), error);
    if (!merged) {
        std::cerr << "verity: merge: " << error << '\n';
        return kExitUsage;
    }
    int exit_code = kExitClean;
    const auto threshold = rules::parse_severity(args.fail_on);
    if (threshold) {
        if (merged->files_with_errors() > 0) exit_code = kExitUsage;
        else
            for (const auto& f : merged->files)
                for (const auto& x : f.findings)
                    if (x.severity >= *threshold) exit_code = kExitFindings;
    }
    const auto write = [&](std::ostream& os) {
        if (args.format == "json") write_json(os, *merged);
        else if (args.format == "junit") write_junit(os, *merged, threshold);
        else write_text(os, *merged, TextStyle{false});
    };
    if (args.output.empty()) {
        write(std::cout);
        return exit_code;
    }
    if (!write_replacing(args.output, write, error)) {
        std::cerr << "verity: " << error << '\n';
        return kExitUsage;
    }
    return exit_code;
}

}  // namespace verity::checker
