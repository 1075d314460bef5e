#include "checker/output_paths.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

namespace verity::checker {

bool same_file(const std::string& a, const std::string& b) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(a, ec) && fs::exists(b, ec)) return fs::equivalent(a, b, ec);
    const fs::path ca = fs::weakly_canonical(a, ec);
    if (ec) return false;
    const fs::path cb = fs::weakly_canonical(b, ec);
    return !ec && ca == cb;
}

bool output_writable(const char* option, const std::string& output) {
    namespace fs = std::filesystem;
    if (output.empty() || output == "-") return true;
    std::error_code ec;
    const fs::path parent = fs::path(output).parent_path();
    const fs::path dir = parent.empty() ? fs::path(".") : parent;
    if (fs::is_directory(output, ec)) {
        std::cerr << fmt::format("verity: {} {} is a directory; name a file\n", option, output);
        return false;
    }
    if (!fs::is_directory(dir, ec)) {
        std::cerr << fmt::format("verity: {} {}: the directory {} does not exist\n", option, output, dir.string());
        return false;
    }
    if (::access(dir.c_str(), W_OK | X_OK) != 0) {
        std::cerr << fmt::format("verity: {} {}: cannot write in {}: {}\n", option, output, dir.string(), std::strerror(errno));
        return false;
    }
    return true;
}

}  // namespace verity::checker
