// The comparison of the names of a segment pair: which have no counterpart, paired as substitutions
// or left missing and added.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "rules/entities/entities.hpp"
#include "rules/entities/knowledge.hpp"
#include "rules/entities/translations.hpp"

namespace verity::rules::entities {

// The names of the source (words `sw` of text `st`) and the target compared; `cross`: two languages.
// `kept`: folded acronyms the whole document writes on both sides (see DocumentAcronyms::kept), which the
// translation does not localise.
EntityComparison compare(const std::vector<Word>& sw, const std::vector<Word>& tw, const Knowledge& k, Translations& tr,
                         bool cross, std::string_view st, std::string_view tt,
                         const std::unordered_set<std::string>* kept = nullptr);

}  // namespace verity::rules::entities
