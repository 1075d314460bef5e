// Registration functions of the consistency rules, one per rule; rules/builtin.cpp calls them.
#pragma once

#include "rules/engine/rule.hpp"

namespace verity::rules {

void register_consistency_target(Registry&);
void register_consistency_source(Registry&);

}  // namespace verity::rules
