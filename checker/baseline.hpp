// Baselines: today's findings recorded by fingerprint, so that a CI gate reports only new ones.
// A finding's fingerprint hashes its rule, unit, segment and the texts it marks (rules/engine/finding.cpp),
// not line numbers, so it survives edits elsewhere in the file.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <utility>

#include "checker/report.hpp"

namespace verity::checker {

class Baseline {
public:
    // Reads a baseline written by write_baseline; on failure returns nothing and sets `error` to
    // "FILE:LINE:COLUMN: what was expected".
    static std::optional<Baseline> read(const std::string& path, std::string& error);
    // Parses the JSON text of a baseline; `path` names it in errors.
    static std::optional<Baseline> parse(const std::string& text, const std::string& path, std::string& error);

    // Removes from `report` every finding the baseline holds (as many times as it holds it: two equal
    // findings in the baseline excuse two) and counts them in each file's `suppressed["baseline"]`.
    // Returns how many were removed.
    std::size_t apply(RunReport& report) const;

    std::size_t size() const;

private:
    // (file path as the run gave it, fingerprint) -> how many such findings were recorded.
    std::map<std::pair<std::string, std::string>, std::size_t> entries_;
};

// Writes every finding of `report` as a baseline (JSON: version, tool, and per finding the file,
// rule, unit and fingerprint), sorted so that the same findings give the same bytes.
void write_baseline(std::ostream& out, const RunReport& report);

}  // namespace verity::checker
