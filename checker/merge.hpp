// `verity merge REPORT...`: the JSON reports of a run's shards (--shard K/N) as the report one run over all
// inputs gives: files in the run's order, totals recounted, the exit code of --fail-on.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "checker/report.hpp"

namespace verity::checker {

struct MergeArgs {
    std::vector<std::string> reports;
    std::string format = "json";
    std::string output;
    std::string fail_on = "error";
};

// The reports (named by their paths, for errors) as one. Shards' reports must all come from one run
// (the same version, shard count and number of inputs) and all be there; reports without shard
// information follow one another in the order given.
std::optional<RunReport> merge_reports(std::vector<std::pair<std::string, RunReport>> reports, std::string& error);

CLI::App* add_merge_command(CLI::App& app, MergeArgs& args);
int run_merge(const MergeArgs& args);

}  // namespace verity::checker
