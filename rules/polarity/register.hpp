// Registration functions of the polarity rules, one per rule file; rules/builtin.cpp calls them.
#pragma once

#include "rules/engine/rule.hpp"

namespace verity::rules {

void register_polarity_negation(Registry&);
void register_polarity_antonym(Registry&);
void register_polarity_cost(Registry&);
void register_polarity_opposite(Registry&);

}  // namespace verity::rules
