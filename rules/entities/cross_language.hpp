// The steps of the name comparison that sift the names without a counterpart, and those it takes only
// across languages, where a name is translated, localised or written in another script.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "rules/entities/entities.hpp"
#include "rules/entities/knowledge.hpp"
#include "rules/entities/translations.hpp"

namespace verity::rules::entities {

// The segment pair under comparison: the words of each side, the texts they are in, and what is known of
// the language pair.
struct Pair {
    const std::vector<Word>& sw;
    const std::vector<Word>& tw;
    std::string_view st, tt;
    const Knowledge& k;
    Translations& tr;
    bool cross;      // two languages
    bool s_english;  // across languages, the source is English (its names may be descriptions)
    bool t_english;  // the same for the target
    // Folded acronyms the document writes on both sides (DocumentAcronyms::kept), or null.
    const std::unordered_set<std::string>* kept = nullptr;
};

// Names without a counterpart, as indices into the comparison's source and target: strong ones count
// alone, weak ones (see Entity::weak) only in a substitution anchored by unchanged neighbours.
struct Unmatched {
    std::vector<std::size_t> s_strong, s_weak, t_strong, t_weak;
};

// Across languages: sets aside what a translation renders in its own words (interface labels, localised
// acronyms, lone capitalised words) and takes back what still shows a name that was replaced. May add
// substitutions to `r` itself (an English name in another name's place).
void sift_across_languages(EntityComparison& r, const Pair& p, Unmatched& u);

}  // namespace verity::rules::entities
