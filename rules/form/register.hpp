// Registration functions of the form rules (white space, punctuation, doubled words, capitals), one per
// rule; rules/builtin.cpp calls them.
#pragma once

#include "rules/engine/rule.hpp"

namespace verity::rules {

void register_whitespace_leading(Registry&);
void register_whitespace_trailing(Registry&);
void register_whitespace_doubled(Registry&);
void register_punctuation_final(Registry&);
void register_punctuation_brackets(Registry&);
void register_punctuation_spacing(Registry&);
void register_text_doubled_word(Registry&);
void register_text_capitalization(Registry&);

}  // namespace verity::rules
