// Registration functions of the placeholder rules, one per rule file; rules/builtin.cpp calls them.
#pragma once

#include "rules/engine/rule.hpp"

namespace verity::rules {

void register_placeholder_mismatch(Registry&);

}  // namespace verity::rules
