// Whether a name of one side has a counterpart in the other: its words, an alias, an acronym of its
// expansion, a spelling variant, a cognate, a translation word by word.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "rules/entities/entities.hpp"
#include "rules/entities/knowledge.hpp"
#include "rules/entities/translations.hpp"

namespace verity::rules::entities {

// One side of a pair as the search for counterparts sees it.
struct Side {
    const std::vector<Word>& words;
    const std::vector<Entity>& entities;
    std::string_view text;
    // Across languages: what the dictionary gives for its words in the other side's language, folded.
    const std::unordered_set<std::string>* translated = nullptr;
};

// Whether `e`, a name of `own` (the source when `e_in_source`), has a counterpart in `other`. `cross`:
// the two sides are in different languages; `english`: `e` is an English name that may be a description.
bool has_counterpart(const Entity& e, const Side& own, const Side& other, bool e_in_source, const Knowledge& k,
                     Translations& tr, bool cross, bool english = false);

// Across languages that keep a name's letters, the name of `other` that copies some words of `e` as written
// and holds, in the slot of the one word it lacks, one of its own, neither an ordinary word nor a
// translation nor a transcription of it: "Belton Park" for "Beacon Park", "Krüger Stahlbau" for "Kröger
// Stahlbau". A name copied word by word is copied whole; its changed word names another place or firm.
std::optional<std::size_t> copied_name_changed(const Entity& e, const Side& own, const Side& other, bool e_in_source,
                                               const Knowledge& k, Translations& tr);

// Steps of has_counterpart, in files of their own.
// A name sharing words with names of the other side that is nevertheless another name.
bool another_name(const Entity& e, const Side& own, const Side& other, bool e_in_source, const Knowledge& k,
                  Translations& tr, bool cross);
// Across languages, a name translated word by word.
bool rendered_word_by_word(const Entity& e, const Side& own, const Side& other, bool e_in_source, const Knowledge& k,
                           Translations& tr);

}  // namespace verity::rules::entities
