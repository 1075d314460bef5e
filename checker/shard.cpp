#include "checker/shard.hpp"

#include <charconv>
#include <iostream>

#include <fmt/format.h>

namespace verity::checker {

std::optional<Shard> parse_shard(std::string_view text, std::string& error) {
    const std::size_t slash = text.find('/');
    auto number = [](std::string_view s) -> std::optional<std::size_t> {
        std::size_t n = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
        if (s.empty() || ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
        return n;
    };
    const auto k = slash == std::string_view::npos ? std::nullopt : number(text.substr(0, slash));
    const auto n = slash == std::string_view::npos ? std::nullopt : number(text.substr(slash + 1));
    if (!k || !n || *n == 0 || *k == 0 || *k > *n) {
        error = fmt::format("--shard: expected K/N with 1 <= K <= N (such as 2/4), got '{}'", text);
        return std::nullopt;
    }
    return Shard{*k, *n};
}

std::uint64_t shard_hash(std::string_view path) {
    std::uint64_t h = 14695981039346656037ull;
    for (const unsigned char c : path) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::vector<std::size_t> shard_positions(const std::vector<std::string>& paths, const Shard& shard) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < paths.size(); ++i)
        if (shard_hash(paths[i]) % shard.count == shard.index - 1) out.push_back(i);
    return out;
}

bool select_shard(const std::string& text, std::vector<Input>& inputs, std::optional<ShardInfo>& info) {
    if (text.empty()) return true;
    std::string error;
    const auto shard = parse_shard(text, error);
    if (!shard) {
        std::cerr << "verity: " << error << '\n';
        return false;
    }
    std::vector<std::string> paths;
    for (const auto& input : inputs) paths.push_back(input.path);
    ShardInfo kept{shard->index, shard->count, inputs.size(), shard_positions(paths, *shard)};
    std::vector<Input> mine;
    for (const std::size_t p : kept.positions) mine.push_back(std::move(inputs[p]));
    inputs = std::move(mine);
    info = std::move(kept);
    return true;
}

}  // namespace verity::checker
