// Registration functions of the softening rules, one per rule file; rules/builtin.cpp calls them.
#pragma once

#include "rules/engine/rule.hpp"

namespace verity::rules {

void register_softening_modal(Registry&);
void register_strengthening_modal(Registry&);
void register_softening_verb(Registry&);
void register_strengthening_verb(Registry&);
void register_softening_intensifier(Registry&);
void register_strengthening_intensifier(Registry&);
void register_softening_hedge(Registry&);
void register_strengthening_hedge(Registry&);

}  // namespace verity::rules
