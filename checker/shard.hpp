// Splitting one run over machines: `--shard K/N` keeps the inputs whose path hashes to K, and
// `verity merge` puts the shards' JSON reports back together as the report one run would give.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/report.hpp"
#include "checker/runner.hpp"

namespace verity::checker {

struct Shard {
    std::size_t index = 1;  // K, 1-based
    std::size_t count = 1;  // N
};

// "K/N" with 1 <= K <= N; nothing (and `error` says why) otherwise.
std::optional<Shard> parse_shard(std::string_view text, std::string& error);

// FNV-1a (64 bits) of the path as the report names it: the same on every machine and in every run.
std::uint64_t shard_hash(std::string_view path);

// Which of `paths` (in input order) shard `shard` checks: their positions among all inputs.
std::vector<std::size_t> shard_positions(const std::vector<std::string>& paths, const Shard& shard);

// Keeps in `inputs` only shard `text`'s ("K/N"; empty: all) and says where they stood in `info`; false after a
// usage error, printed.
bool select_shard(const std::string& text, std::vector<Input>& inputs, std::optional<ShardInfo>& info);

}  // namespace verity::checker
