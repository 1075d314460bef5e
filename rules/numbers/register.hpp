// Registration functions of the numbers rules, one per rule file; rules/builtin.cpp calls them.
#pragma once

#include "rules/engine/rule.hpp"

namespace verity::rules {

void register_number_mismatch(Registry&);

}  // namespace verity::rules
