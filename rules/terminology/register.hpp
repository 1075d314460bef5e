// Registration functions of the terminology rules, one per rule file; rules/builtin.cpp calls them.
#pragma once

#include "rules/engine/rule.hpp"

namespace verity::rules {

void register_terminology_term(Registry&);

}  // namespace verity::rules
