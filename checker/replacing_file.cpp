#include "checker/replacing_file.hpp"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace verity::checker {

namespace {

// The temporary file being written, for the signal handler: a fixed buffer, since a handler may only
// call async-signal-safe functions (unlink, signal, raise). One report is written at a time.
std::array<char, 4096> g_temp_path{};
volatile std::sig_atomic_t g_writing = 0;

extern "C" void remove_temp_and_die(int sig) {
    if (g_writing) ::unlink(g_temp_path.data());
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

// Installs the handlers for the duration of one write, and takes them down after.
class TempGuard {
public:
    explicit TempGuard(const std::string& path) : path_(path) {
        if (path.size() < g_temp_path.size()) {
            std::memcpy(g_temp_path.data(), path.c_str(), path.size() + 1);
            g_writing = 1;
        }
        for (std::size_t i = 0; i < kSignals.size(); ++i) previous_[i] = std::signal(kSignals[i], remove_temp_and_die);
    }
    ~TempGuard() {
        for (std::size_t i = 0; i < kSignals.size(); ++i) std::signal(kSignals[i], previous_[i]);
        g_writing = 0;
        if (!kept_) {
            std::error_code ec;
            std::filesystem::remove(path_, ec);
        }
    }
    TempGuard(const TempGuard&) = delete;
    TempGuard& operator=(const TempGuard&) = delete;
    void renamed() { kept_ = true; }

private:
    static constexpr std::array<int, 3> kSignals{SIGINT, SIGTERM, SIGHUP};
    std::string path_;
    std::array<void (*)(int), 3> previous_{};
    bool kept_ = false;
};

}  // namespace

std::string replacing_temp_path(const std::string& target) {
    return target + ".verity-tmp-" + std::to_string(::getpid());
}

bool write_replacing(const std::string& target, const std::function<void(std::ostream&)>& write, std::string& error) {
    const std::string tmp = replacing_temp_path(target);
    TempGuard guard(tmp);  // removes the temporary file on every way out but the rename
    {
        std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
        if (!file) {
            error = std::strerror(errno);
            return false;
        }
        write(file);
        if (!file.flush()) {
            error = "write failed (disk full?)";
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, target, ec);
    if (ec) {
        error = ec.message();
        return false;
    }
    guard.renamed();
    return true;
}

}  // namespace verity::checker
