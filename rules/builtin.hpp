// The catalogue of built-in rules: one registration call per rule, family by family.
#pragma once

#include "rules/engine/rule.hpp"

namespace verity::rules {

// Registers every built-in rule.
void register_builtin_rules(Registry& registry);

}  // namespace verity::rules
