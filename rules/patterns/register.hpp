// Registration functions of the pattern rules; rules/builtin.cpp calls them.
#pragma once

#include "rules/engine/rule.hpp"

namespace verity::rules {

void register_pattern_url(Registry&);
void register_pattern_email(Registry&);
void register_pattern_user(Registry&);

}  // namespace verity::rules
