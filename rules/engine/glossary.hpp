// User terminology: a TBX termbase or a two-column CSV, read into groups of equivalent terms. The
// groups join the packs (the "mul" pack's [terminology] terms), where the entity rules take them as
// aliases and terminology.term checks them as required translations.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rules/engine/packs.hpp"

namespace verity::rules {

struct GlossaryEntry {
    std::vector<std::pair<std::string, std::string>> terms;  // (language, term); language "" = any
};

struct Glossary {
    std::vector<GlossaryEntry> entries;
};

// By extension: .tbx/.xml is TBX, anything else CSV. On failure returns nullopt and sets `error`
// ("file:line: what").
std::optional<Glossary> load_glossary(const std::string& path, std::string& error);

// CSV: two columns (comma, semicolon or tab), quotes as in RFC 4180. A first row of two language codes
// ("en,fr") names the columns' languages; otherwise the columns are source and target terms of any pair.
std::optional<Glossary> parse_glossary_csv(std::string_view body, std::string_view name, std::string& error);

// TBX (ISO 30042, 2008 and 2019 forms): termEntry/conceptEntry > langSet/langSec[xml:lang] > term.
std::optional<Glossary> parse_glossary_tbx(std::string_view body, std::string_view name, std::string& error);

// Adds the glossary to `packs` as the "mul" pack's [terminology] terms ("fr: Commission européenne").
std::optional<PackError> add_glossary(PackSet& packs, const Glossary& glossary, std::string_view name);

// A term of the [terminology] groups split into its language ("" for any) and text.
std::pair<std::string, std::string> split_term(std::string_view entry);

}  // namespace verity::rules
