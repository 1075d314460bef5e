// Orchestration: which files a run reads, and checking them on a bounded pool of threads.
#pragma once

#include <string>
#include <vector>

#include "checker/report.hpp"
#include "rules/engine.hpp"

namespace verity::checker {

// A path to check; `error` is set when the path itself is unusable (does not exist...).
struct Input {
    std::string path;
    std::string error;
};

// Files as given; directories are walked recursively for XLIFF files (.xlf .xliff .sdlxliff .mqxliff
// .txlf), in sorted order so reports do not depend on the file system's order.
std::vector<Input> expand_inputs(const std::vector<std::string>& paths);

bool is_xliff_path(const std::string& path);

// Loads and checks every input. Each file's failure stays in its own entry. The result is in input
// order whatever `jobs` is, so -j1 and -j8 give identical reports.
RunReport check_files(const std::vector<Input>& inputs, const rules::Engine& engine, unsigned jobs);

// Checks a document that is already in memory (aligned text pairs, tests).
FileReport check_document(const xliff::Document& document, const rules::Engine& engine);

}  // namespace verity::checker
