// Registration functions of the built-in rules, one per rule file.
#pragma once

#include "rules/rule.hpp"

namespace verity::rules {

void register_target_empty(Registry&);
void register_target_same_as_source(Registry&);
void register_markup_mismatch(Registry&);
void register_number_mismatch(Registry&);

}  // namespace verity::rules
