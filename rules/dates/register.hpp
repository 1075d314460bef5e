// Registration functions of the dates rules, one per rule file; rules/builtin.cpp calls them.
#pragma once

#include "rules/engine/rule.hpp"

namespace verity::rules {

void register_date_mismatch(Registry&);

}  // namespace verity::rules
