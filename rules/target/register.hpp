// Registration functions of the target rules, one per rule file; rules/builtin.cpp calls them.
#pragma once

#include "rules/engine/rule.hpp"

namespace verity::rules {

void register_target_empty(Registry&);
void register_target_same_as_source(Registry&);

}  // namespace verity::rules
