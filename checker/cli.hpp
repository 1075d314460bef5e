// The `verity` command line.
#pragma once

namespace verity::checker {

// Exit codes: 0 clean, 1 findings at or above the failing severity, 2 usage or input error.
enum ExitCode { kExitClean = 0, kExitFindings = 1, kExitUsage = 2 };

int run_cli(int argc, char** argv);

}  // namespace verity::checker
