#include "rules/core/core_rules.hpp"

namespace verity::rules {

void register_builtin_rules(Registry& registry) {
    register_target_empty(registry);
    register_target_same_as_source(registry);
    register_markup_mismatch(registry);
    register_number_mismatch(registry);
}

}  // namespace verity::rules
