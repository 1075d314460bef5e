#include "rules/builtin.hpp"

#include "rules/consistency/register.hpp"
#include "rules/dates/register.hpp"
#include "rules/entities/register.hpp"
#include "rules/form/register.hpp"
#include "rules/markup/register.hpp"
#include "rules/numbers/register.hpp"
#include "rules/omission/register.hpp"
#include "rules/patterns/register.hpp"
#include "rules/placeholders/register.hpp"
#include "rules/polarity/register.hpp"
#include "rules/softening/register.hpp"
#include "rules/target/register.hpp"
#include "rules/terminology/register.hpp"

namespace verity::rules {

void register_builtin_rules(Registry& registry) {
    register_target_empty(registry);
    register_target_same_as_source(registry);
    register_markup_mismatch(registry);
    register_xliff_structure(registry);
    register_placeholder_mismatch(registry);
    register_number_mismatch(registry);
    register_entity_substitution(registry);
    register_entity_missing(registry);
    register_entity_added(registry);
    register_date_mismatch(registry);
    register_terminology_term(registry);
    register_consistency_target(registry);
    register_consistency_source(registry);
    register_pattern_url(registry);
    register_pattern_email(registry);
    register_pattern_user(registry);
    register_whitespace_leading(registry);
    register_whitespace_trailing(registry);
    register_whitespace_doubled(registry);
    register_punctuation_final(registry);
    register_punctuation_brackets(registry);
    register_punctuation_spacing(registry);
    register_text_doubled_word(registry);
    register_text_capitalization(registry);
    register_omission_sentence(registry);
    register_addition_sentence(registry);
    register_softening_modal(registry);
    register_strengthening_modal(registry);
    register_softening_verb(registry);
    register_strengthening_verb(registry);
    register_softening_intensifier(registry);
    register_strengthening_intensifier(registry);
    register_softening_hedge(registry);
    register_strengthening_hedge(registry);
    register_polarity_negation(registry);
    register_polarity_antonym(registry);
    register_polarity_cost(registry);
    register_polarity_opposite(registry);
    register_omission_phrase(registry);
    register_addition_phrase(registry);
    register_omission_length(registry);
    register_omission_shifted(registry);
    register_omission_number(registry);
    register_omission_condition(registry);
    register_addition_number(registry);
}

}  // namespace verity::rules
