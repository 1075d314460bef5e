#include "checker/input_options.hpp"

#include <cctype>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace verity::checker {

std::optional<std::uint64_t> parse_size(const std::string& text) {
    std::size_t digits = 0;
    while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
    if (digits == 0 || digits > 15 || text.size() > digits + 1) return std::nullopt;
    std::uint64_t value = std::stoull(text.substr(0, digits));
    if (text.size() > digits) {
        const char unit = static_cast<char>(std::toupper(static_cast<unsigned char>(text[digits])));
        const int shift = unit == 'K' ? 10 : unit == 'M' ? 20 : unit == 'G' ? 30 : -1;
        if (shift < 0) return std::nullopt;
        value <<= shift;
    }
    if (value == 0) return std::nullopt;
    return value;
}

void add_input_options(CLI::App* cmd, InputArgs& args, bool archives) {
    cmd->add_option("--max-file-size", args.max_file_size,
                    "Read no file or archive member larger than SIZE (bytes, or with K, M or G); a larger one is an "
                    "error entry and the other inputs are still checked")
        ->type_name("SIZE")
        ->capture_default_str();
    if (!archives) return;
    cmd->add_option("--max-archive-size", args.max_archive_size,
                    "Read no more than SIZE of one archive's entries, decompressed (zip bombs); past it the rest of "
                    "that archive is an error entry")
        ->type_name("SIZE")
        ->capture_default_str();
    cmd->add_option("--max-archive-entries", args.max_archive_entries,
                    "Read no more than N entries of one archive (those of the archives it holds included); past them "
                    "the rest of that archive is an error entry")
        ->type_name("N")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    cmd->add_option("--shard", args.shard,
                    "Check only shard K of N: the inputs whose path (as the report names it) hashes to K; `verity "
                    "merge` combines the shards' JSON reports")
        ->type_name("K/N");
}

bool input_limits(const InputArgs& args, InputLimits& limits) {
    for (const auto& [option, text, value] : {std::tuple{"--max-file-size", &args.max_file_size, &limits.max_file_size},
                                             std::tuple{"--max-archive-size", &args.max_archive_size, &limits.max_archive_size}}) {
        const auto size = parse_size(*text);
        if (!size) {
            std::cerr << fmt::format("verity: {}: '{}' is not a size (a positive number of bytes, or with K, M or G: "
                                     "64K, 512M, 2G)\n", option, *text);
            return false;
        }
        *value = *size;
    }
    limits.max_archive_entries = args.max_archive_entries;
    return true;
}

}  // namespace verity::checker
