// Registration functions of the markup rules, one per rule file; rules/builtin.cpp calls them.
#pragma once

#include "rules/engine/rule.hpp"

namespace verity::rules {

void register_markup_mismatch(Registry&);
void register_xliff_structure(Registry&);

}  // namespace verity::rules
