// How far apart two spellings are.
#pragma once

#include <cstddef>
#include <string_view>

namespace verity::text {

// Levenshtein distance over bytes (insertions, deletions and substitutions cost 1), giving up once
// it exceeds `limit`: then it returns limit + 1. Memory grows with the shorter string only.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace verity::text
