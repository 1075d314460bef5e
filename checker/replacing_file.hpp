// Writing a file so that it is replaced whole or not at all: the bytes go to a temporary file beside
// the target (FILE.verity-tmp-PID, same folder and so the same file system) that is renamed over it
// when complete. A failed write, an exception, SIGINT, SIGTERM or SIGHUP remove the temporary file;
// only a process killed outright (SIGKILL, power loss) leaves it, and the target is intact either way.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace verity::checker {

// Writes `target` through its temporary file; the error says why not (the target is then unchanged).
bool write_replacing(const std::string& target, const std::function<void(std::ostream&)>& write, std::string& error);

// The temporary file write_replacing uses for `target` in this process.
std::string replacing_temp_path(const std::string& target);

}  // namespace verity::checker
