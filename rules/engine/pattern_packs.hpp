// Reading [[patterns]] from a pack: checklist rules whose regular expressions (RE2) are checked when the
// pack loads, so a bad one is an error with its file and line, never a failure halfway through a run.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "rules/engine/packs.hpp"

namespace verity::rules {

// Appends the pack's [[patterns]] to `out`; the first problem found is returned.
std::optional<PackError> read_patterns(std::string_view file, const toml::node& node, std::vector<PatternRule>& out);

// `pattern` with \1 … \9 replaced by the groups of a source match, each quoted so that it matches itself.
std::string with_groups(std::string_view pattern, const std::vector<std::string>& groups);

}  // namespace verity::rules
