// `verity rules`: the catalogue of rules as a list (text, JSON), the rule reference as Markdown
// (docs/rules.md), and one rule explained with its examples checked live.
#pragma once

#include <ostream>
#include <string>

#include "rules/engine/context.hpp"
#include "rules/engine/rule.hpp"
#include "rules/reference.hpp"

namespace verity::checker {

// One line per rule (id, ITS type, severity, summary) and one per option; `json` gives an array instead.
void write_rule_list(std::ostream& os, const rules::Registry& registry, bool json);

// The rule's purpose, its reference text, each example with what Verity reports on it now, and its
// options. The examples are checked with the rule alone, under `settings`.
void write_rule_explanation(std::ostream& os, const rules::RuleEntry& entry, const rules::Reference& reference,
                            const rules::Registry& registry, const rules::RunSettings& settings);

// The ids closest to a mistyped one ("number.mismatc" -> "number.mismatch"), for the usage error.
std::string nearest_rule_ids(const rules::Registry& registry, const std::string& id);

}  // namespace verity::checker
