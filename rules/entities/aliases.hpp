// A name under another name the packs or ICU know: an alias, a country or language in the other
// language, a currency by its symbol.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/entities/entities.hpp"
#include "rules/entities/knowledge.hpp"

namespace verity::rules::entities {

// A country or language (a folded phrase) under its name in the other language, among `other`.
bool named_otherwise(const std::string& phrase, const std::vector<Word>& other, const Knowledge& k);
// A name (a folded phrase) that the packs' alias sets or ICU name, spelt in `other` for a language or
// dialect they do not cover: each word of one of its other names spelt alike ("Ripùbblica Ceca" for
// "Repubblica Ceca"), or a word that only names of this thing use ("Feriene Keninkryk" for "Verenigd
// Koninkrijk", "Čěska" for "Čěska republika").
bool localised_otherwise(const std::string& phrase, const std::vector<Word>& other, const Knowledge& k);
// One word of a name under another name the packs or ICU know, among `other`.
bool word_named_otherwise(const std::string& word, const std::vector<Word>& other, const Knowledge& k);
// Marks in `hit` the words of a name that name a currency whose symbol `other_text` writes.
void currency_by_symbol(const Entity& e, std::string_view other_text, const Knowledge& k, std::vector<bool>& hit);

}  // namespace verity::rules::entities
