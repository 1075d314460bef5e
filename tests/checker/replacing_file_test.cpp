// A report file is replaced whole or not at all: a run killed while it writes leaves the previous file
// intact (issue 15).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "archive_support.hpp"
#include "cli_support.hpp"

namespace {

namespace fs = std::filesystem;
using verity::testing::slurp;
using verity::testing::TempDir;
using verity::testing::write_file;

// Starts `verity check --format jsonl -o report IN` (a streamed report: the temporary file grows while
// the files are checked); returns its process id.
pid_t start_check(const fs::path& report, const fs::path& in) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::setenv("VERITY_NO_DICTIONARY", "1", 1);
        std::freopen("/dev/null", "w", stdout);
        std::freopen("/dev/null", "w", stderr);
        ::execl(VERITY_BINARY, VERITY_BINARY, "check", "--format", "jsonl", "--fail-on", "never", "-j", "1", "-o",
                report.c_str(), in.c_str(), static_cast<char*>(nullptr));
        std::_Exit(127);
    }
    return pid;
}

// The temporary files beside `report`.
std::vector<fs::path> temp_files(const fs::path& report) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(report.parent_path()))
        if (e.path().filename().string().rfind(report.filename().string() + ".verity-tmp-", 0) == 0) out.push_back(e.path());
    return out;
}

// Waits until the run has written part of its report to the temporary file; false when it never did.
bool wait_for_partial_report(const fs::path& report, pid_t pid) {
    for (int i = 0; i < 600; ++i) {
        for (const auto& t : temp_files(report)) {
            std::error_code ec;
            if (fs::file_size(t, ec) > 4096 && !ec) return true;
        }
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) == pid) return false;  // finished before we could look
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

struct BigInput {
    TempDir dir;
    fs::path in = dir / "in", report = dir / "report.jsonl";
    const std::string old = "{\"previous\": \"report\"}\n";
    BigInput() {
        fs::create_directories(in);
        const std::string file = slurp(std::string(VERITY_SOURCE_DIR) + "/tests/fixtures/rules/core-1.2.xlf");
        for (int i = 0; i < 400; ++i) write_file(in / ("f" + std::to_string(1000 + i) + ".xlf"), file);
        write_file(report, old);
    }
};

// Starts a run, sends it `sig` once part of its report is written; its wait status, or -1 when it
// ended before that (nothing tested then).
int interrupt_midway(const BigInput& big, int sig) {
    const pid_t pid = start_check(big.report, big.in);
    if (pid <= 0) return -1;
    const bool partial = wait_for_partial_report(big.report, pid);
    ::kill(pid, sig);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return partial ? status : -1;
}

TEST(ReplacingFile, AKilledRunLeavesThePreviousReportIntact) {
    BigInput big;
    const int status = interrupt_midway(big, SIGKILL);
    ASSERT_NE(status, -1) << "the run ended before it had written part of its report; nothing was tested";
    ASSERT_TRUE(WIFSIGNALED(status));
    EXPECT_EQ(slurp(big.report.string()), big.old);
    // Killed outright, the process could not remove its temporary file: it stays, beside the report.
    EXPECT_EQ(temp_files(big.report).size(), 1u);
}

TEST(ReplacingFile, AnInterruptedRunRemovesItsTemporaryFile) {
    for (const int sig : {SIGTERM, SIGINT}) {
        BigInput big;
        const int status = interrupt_midway(big, sig);
        ASSERT_NE(status, -1) << "the run ended before it had written part of its report";
        EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == sig);
        EXPECT_EQ(slurp(big.report.string()), big.old);
        EXPECT_TRUE(temp_files(big.report).empty()) << sig;
    }
}

TEST(ReplacingFile, ACompleteRunReplacesTheReportAndLeavesNoTemporaryFile) {
    BigInput big;
    const pid_t pid = start_check(big.report, big.in);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
    const std::string report = slurp(big.report.string());
    EXPECT_NE(report, big.old);
    EXPECT_NE(report.find("\"summary\""), std::string::npos);
    EXPECT_TRUE(temp_files(big.report).empty());
}

}  // namespace
