// Registration functions of the omission rules, one per rule file; rules/builtin.cpp calls them.
#pragma once

#include "rules/engine/rule.hpp"

namespace verity::rules {

void register_omission_length(Registry&);
void register_omission_phrase(Registry&);
void register_addition_phrase(Registry&);
void register_omission_shifted(Registry&);
void register_omission_number(Registry&);
void register_omission_condition(Registry&);
void register_addition_number(Registry&);
void register_omission_sentence(Registry&);
void register_addition_sentence(Registry&);

}  // namespace verity::rules
