// A progress line on standard error while a batch runs: files done of the total, findings so far, the
// rate and the time left. Shown only on a terminal; reports go to standard output or a file, untouched.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>

#include "checker/report.hpp"

namespace verity::checker {

// "120/480 files · 37 findings · 40 files/s · about 9 s left"; `seconds`: time since the run began.
std::string progress_line(std::size_t done, std::size_t total, std::size_t findings, double seconds);

// Whether a run shows progress: standard error is a terminal, --no-progress was not given, and there is
// more than one file to check.
bool progress_wanted(bool no_progress, std::size_t files);

class Progress {
public:
    Progress(std::size_t total, bool enabled, std::ostream& err);
    ~Progress();  // clears the line, so the report and messages after it start clean
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    // One file finished (called one at a time); redraws at most ten times a second, and at the last file.
    void file_done(const FileReport& file);

private:
    using Clock = std::chrono::steady_clock;
    std::size_t total_;
    bool enabled_;
    std::ostream& err_;
    std::size_t done_ = 0;
    std::size_t findings_ = 0;
    std::size_t width_ = 0;  // of the line last drawn, to clear it
    Clock::time_point start_ = Clock::now();
    Clock::time_point drawn_{};
};

}  // namespace verity::checker
