// Anchors of a pair in two languages: the words spelt alike on both sides, which tie the clauses
// together where no word alignment exists, and positions interpolated between them.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "rules/lexicon/analysis.hpp"

namespace verity::rules::wording {

// Content anchors of a pair in two languages: numbers, names and cognates spelt alike ("Prague" /
// "Prager", "2008"), as an in-order chain of (source token, target token). They tie the clauses
// of the two sides together where no word alignment exists.
std::vector<std::pair<std::size_t, std::size_t>> cross_anchors(const Analysis& a);

// Where source token `i` falls in the target, interpolated between the anchors around it.
double map_position(const std::vector<std::pair<std::size_t, std::size_t>>& anchors, std::size_t i,
                    std::size_t source_size, std::size_t target_size);

}  // namespace verity::rules::wording
