// The command-line options that say how much a run reads: --max-file-size, --max-archive-size,
// --max-archive-entries; parsed and checked before any work.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "checker/archive_reader.hpp"

namespace CLI {
class App;
}

namespace verity::checker {

struct InputArgs {
    std::string max_file_size = "512M";     // as written
    std::string max_archive_size = "4G";    // as written
    std::uint64_t max_archive_entries = InputLimits{}.max_archive_entries;
    std::string shard;  // --shard K/N, empty: the whole run
};

// "1048576", "64K", "512M", "2G" (binary multiples, either case) -> bytes; nothing when malformed or zero.
std::optional<std::uint64_t> parse_size(const std::string& text);

// Adds the options to a command; `archives`: the archive limits too (check reads archives, compare not).
void add_input_options(CLI::App* cmd, InputArgs& args, bool archives);

// The limits the options give; false after a usage error on standard error.
bool input_limits(const InputArgs& args, InputLimits& limits);

}  // namespace verity::checker
