// Registration functions of the built-in rules, one per rule file.
#pragma once

#include "rules/rule.hpp"

namespace verity::rules {

void register_target_empty(Registry&);
void register_target_same_as_source(Registry&);
void register_markup_mismatch(Registry&);
void register_number_mismatch(Registry&);
void register_entity_substitution(Registry&);
void register_entity_missing(Registry&);
void register_entity_added(Registry&);
void register_date_mismatch(Registry&);
void register_terminology_term(Registry&);
void register_omission_sentence(Registry&);
void register_addition_sentence(Registry&);
void register_softening_modal(Registry&);
void register_strengthening_modal(Registry&);
void register_softening_verb(Registry&);
void register_strengthening_verb(Registry&);
void register_softening_intensifier(Registry&);
void register_strengthening_intensifier(Registry&);
void register_softening_hedge(Registry&);
void register_strengthening_hedge(Registry&);
void register_polarity_negation(Registry&);
void register_polarity_antonym(Registry&);
void register_omission_phrase(Registry&);
void register_addition_phrase(Registry&);
void register_omission_length(Registry&);
void register_omission_shifted(Registry&);

}  // namespace verity::rules
