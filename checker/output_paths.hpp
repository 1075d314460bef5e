// Where a report may go: checks on output paths made before any work, so that a bad path costs nothing.
#pragma once

#include <string>

namespace verity::checker {

// Whether two paths name one file: the same inode when both exist, else the same canonical path.
bool same_file(const std::string& a, const std::string& b);

// Whether a report can go to `output` (given with `option`): its folder exists and takes new files, and
// it is not a folder. "-" and "" (standard output) always can. False after a usage error on stderr.
bool output_writable(const char* option, const std::string& output);

}  // namespace verity::checker
