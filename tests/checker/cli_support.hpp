// Running the built `verity` binary from tests, and scratch directories.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace verity::testing {

struct Run {
    int code = -1;
    std::string out;  // standard output only
};

// Runs verity; `merge_stderr` adds standard error to `out` (for usage errors).
inline Run run(const std::string& args, const std::string& env = "", bool merge_stderr = false) {
    const std::string cmd = env + " " + VERITY_BINARY + " " + args + (merge_stderr ? " 2>&1" : " 2>/dev/null");
    Run r;
    FILE* pipe = popen(cmd.c_str(), "r");
    if (!pipe) return r;
    std::array<char, 4096> buf;
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
    const int status = pclose(pipe);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

class TempDir {
public:
    TempDir()
        : path_(std::filesystem::temp_directory_path() /
                ("verity-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++))) {
        std::filesystem::create_directories(path_);
    }
    ~TempDir() { std::filesystem::remove_all(path_); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
    const std::filesystem::path& path() const { return path_; }

private:
    static int& counter() {
        static int n = 0;
        return n;
    }
    std::filesystem::path path_;
};

inline void write_file(const std::filesystem::path& p, const std::string& body) {
    std::ofstream(p, std::ios::binary) << body;
}

}  // namespace verity::testing
