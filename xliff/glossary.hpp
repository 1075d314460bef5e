// User terminology read from a file: a TBX termbase or a two-column CSV, as groups of equivalent
// terms. What the terms are used for is the rules' business (rules/engine/glossary.hpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace verity::xliff {

struct GlossaryEntry {
    std::vector<std::pair<std::string, std::string>> terms;  // (language, term); language "" = any
};

struct Glossary {
    std::vector<GlossaryEntry> entries;
};

// By extension: .tbx/.xml is TBX, anything else CSV. On failure returns nullopt and sets `error`
// ("file:line: what", or "file: what" when no line is to blame).
std::optional<Glossary> load_glossary(const std::string& path, std::string& error);

// CSV: two columns (comma, semicolon or tab), quotes as in RFC 4180, UTF-8. A first row of two
// language codes ("en,fr") names the columns' languages; otherwise the columns are source and target
// terms of any pair. `name` is the file's name in messages.
std::optional<Glossary> parse_glossary_csv(std::string_view body, std::string_view name, std::string& error);

// TBX (ISO 30042, 2008 and 2019 forms): termEntry/conceptEntry > langSet/langSec[xml:lang] > term.
// An entry counts when it has two terms or more. Encodings as for XLIFF (BOM, XML declaration).
std::optional<Glossary> parse_glossary_tbx(std::string_view body, std::string_view name, std::string& error);

}  // namespace verity::xliff
