// User terminology joined to the packs. A glossary (read by xliff/glossary.hpp from TBX or CSV)
// becomes the "mul" pack's [terminology] terms, where the entity rules take them as aliases and
// terminology.term checks them as required translations.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "rules/engine/packs.hpp"
#include "xliff/glossary.hpp"

namespace verity::rules {

// Adds the glossary's entries to `packs` as "mul" [terminology] term groups ("fr: Commission européenne").
void add_glossary(PackSet& packs, const xliff::Glossary& glossary);

// A term of the [terminology] groups split into its language ("" for any) and text.
std::pair<std::string, std::string> split_term(std::string_view entry);

}  // namespace verity::rules
