#include "checker/progress.hpp"

#include <unistd.h>

#include <cmath>
#include <cstdio>

#include <fmt/format.h>

namespace verity::checker {
namespace {

std::string duration(double seconds) {
    const long s = std::lround(seconds);
    if (s < 60) return fmt::format("{} s", s);
    if (s < 3600) return fmt::format("{} min {} s", s / 60, s % 60);
    return fmt::format("{} h {} min", s / 3600, (s % 3600) / 60);
}

}  // namespace

std::string progress_line(std::size_t done, std::size_t total, std::size_t findings, double seconds) {
    std::string line = fmt::format("{}/{} files · {} finding{}", done, total, findings, findings == 1 ? "" : "s");
    if (seconds <= 0 || done == 0) return line;
    const double rate = static_cast<double>(done) / seconds;
    line += rate >= 10 ? fmt::format(" · {:.0f} files/s", rate) : fmt::format(" · {:.1f} files/s", rate);
    if (done < total) line += fmt::format(" · about {} left", duration(static_cast<double>(total - done) / rate));
    return line;
}

bool progress_wanted(bool no_progress, std::size_t files) {
    return !no_progress && files > 1 && isatty(fileno(stderr)) != 0;
}

Progress::Progress(std::size_t total, bool enabled, std::ostream& err) : total_(total), enabled_(enabled), err_(err) {}

Progress::~Progress() {
    if (enabled_ && width_ > 0) err_ << '\r' << std::string(width_, ' ') << '\r' << std::flush;
}

void Progress::file_done(const FileReport& file) {
    ++done_;
    findings_ += file.findings.size();
    if (!enabled_) return;
    const Clock::time_point now = Clock::now();
    if (done_ < total_ && now - drawn_ < std::chrono::milliseconds(100)) return;
    drawn_ = now;
    const std::string line =
        progress_line(done_, total_, findings_, std::chrono::duration<double>(now - start_).count());
    // Columns, not bytes ("·" is one column): pad over what the last line left.
    std::size_t columns = 0;
    for (const unsigned char c : line) columns += (c & 0xC0) != 0x80;
    err_ << '\r' << line << std::string(width_ > columns ? width_ - columns : 0, ' ') << std::flush;
    width_ = columns;
}

}  // namespace verity::checker
