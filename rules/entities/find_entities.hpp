// Finding names in the words of a text: capitalised spans joined by connectors, acronyms and titles.
#pragma once

#include <vector>

#include "rules/entities/entities.hpp"
#include "rules/entities/knowledge.hpp"

namespace verity::rules::entities {

// The names among `words`, in the language whose words `lex` holds.
std::vector<Entity> find_entities(const std::vector<Word>& words, const Lexicon& lex, const Knowledge& k);

// A person's name: two to four words after an honorific of `lex` ("Ms", "Herrn") or beginning with a
// common given name of the packs (`given_names`). `words` are the words of its side.
bool person_name(const Entity& e, const std::vector<Word>& words, const Lexicon& lex, const Knowledge& k);

}  // namespace verity::rules::entities
