// Names a translator translates rather than keeps: descriptions made of ordinary English words
// ("Football Association"), adjectives of peoples ("South American").
#pragma once

#include <string>

#include "rules/entities/entities.hpp"
#include "rules/entities/knowledge.hpp"

namespace verity::rules::entities {

// A word a translation renders in its own words: a common English word or a demonym.
bool translatable_word(const std::string& w, const Knowledge& k);
// Every word of an English name (`english`) is such a word. Unknown (false) without WordNet.
bool translatable(const Entity& e, bool english, const Knowledge& k);

}  // namespace verity::rules::entities
