// Registration functions of the entities rules, one per rule file; rules/builtin.cpp calls them.
#pragma once

#include "rules/engine/rule.hpp"

namespace verity::rules {

void register_entity_added(Registry&);
void register_entity_missing(Registry&);
void register_entity_substitution(Registry&);

}  // namespace verity::rules
