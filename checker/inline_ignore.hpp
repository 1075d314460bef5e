// Inline dismissal: a unit note "verity-ignore: rule.id other.*" silences those rules on that unit.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "rules/engine/finding.hpp"
#include "xliff/model.hpp"

namespace verity::checker {

// The rule globs a unit's notes silence: every "verity-ignore" (any case) starts a list that runs to the
// end of its line, items separated by spaces or commas ("verity-ignore: number.mismatch, entity.*").
// "verity-ignore" with no list silences every rule ("*").
std::vector<std::string> ignored_rule_globs(const std::vector<std::string>& notes);

// Removes the findings of rules that their unit's notes silence, moving them to `dropped` when given;
// returns how many.
std::size_t drop_ignored(const xliff::Document& document, std::vector<rules::Finding>& findings,
                         std::vector<rules::Finding>* dropped = nullptr);

}  // namespace verity::checker
