// What the softening rules read of a clause's grammar through the packs: where a clause ends, which
// word is a past participle, and which verb forms of reported speech hedge a statement.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "rules/lexicon/lexicon.hpp"
#include "rules/lexicon/phrase_set.hpp"
#include "rules/lexicon/tokens.hpp"

namespace verity::rules::wording {

// Punctuation that ends a clause between two tokens.
bool clause_break(std::string_view text, const std::vector<Token>& tokens, std::size_t before, std::size_t after);

// Whether a token looks like a past participle by the pack's globs ("ge?*", "*???t"): a lower-case
// content word (German capitalises nouns).
bool participle(const Lexicon& lex, const Token& t);

// The verb forms of reported speech that hedge a statement ("l'incendie aurait été causé" = "the fire
// was reportedly caused", "der Brand sei verursacht worden"): a form of hedges.reported followed by a
// past participle in its clause, in a sentence with none of hedges.reported_unless (an attribution,
// "selon la police", "sagte", whose indirect speech the form merely marks, or a condition, "si").
// Each match is the verb form alone, with level 1 (plain hedges have level 0).
std::vector<Match> reported_hedges(const Lexicon& lex, const std::vector<Token>& tokens, std::string_view text);

}  // namespace verity::rules::wording
