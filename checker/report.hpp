// Reports: what a run found, per file, and the reporters that format it. Reporters decide nothing.
#pragma once

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "rules/engine/finding.hpp"
#include "xliff/model.hpp"

namespace verity::checker {

struct FileReport {
    std::string path;  // as given
    std::optional<xliff::DocumentFormat> format;  // none when the file could not be read
    std::string source_lang;
    std::string target_lang;
    std::size_t units = 0;
    std::size_t segments = 0;
    std::optional<xliff::LoadError> error;
    std::vector<rules::Finding> findings;
    std::string target_path;         // compare: the second input
    std::vector<std::string> notes;  // what was decided for the user (guessed languages...)
    // Findings left out of the report, by reason ("baseline"): counted, never silently dropped.
    std::map<std::string, std::size_t> suppressed;
    // Segments left out of the check (--skip-states), by state; `segments` still counts them.
    std::map<std::string, std::size_t> skipped;
};

struct RunReport {
    std::string tool_version;
    std::vector<FileReport> files;

    std::size_t count(rules::Severity s) const;
    std::size_t files_with_errors() const;
    // Suppressed findings of all files, by reason.
    std::map<std::string, std::size_t> suppressed() const;
    // Skipped segments of all files, by state.
    std::map<std::string, std::size_t> skipped() const;
};

struct TextStyle {
    bool color = false;
};

void write_json(std::ostream& out, const RunReport& report);
void write_text(std::ostream& out, const RunReport& report, const TextStyle& style);

}  // namespace verity::checker
