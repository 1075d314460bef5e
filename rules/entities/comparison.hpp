// The comparison of the names of a segment pair: which have no counterpart, paired as substitutions
// or left missing and added.
#pragma once

#include <string_view>
#include <vector>

#include "rules/entities/entities.hpp"
#include "rules/entities/knowledge.hpp"
#include "rules/entities/translations.hpp"

namespace verity::rules::entities {

// The names of the source (words `sw` of text `st`) and the target compared; `cross`: two languages.
EntityComparison compare(const std::vector<Word>& sw, const std::vector<Word>& tw, const Knowledge& k, Translations& tr,
                         bool cross, std::string_view st, std::string_view tt);

}  // namespace verity::rules::entities
