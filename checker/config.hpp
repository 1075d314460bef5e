// verity.toml: a project's settings for the checks, so that a CI gate and a translator's run agree.
//
//   fail_on = "warning"                 # as --fail-on
//   skip_states = ["final"]             # as --skip-states
//   packs = ["packs"]                   # as --pack, relative to this file
//   glossaries = ["terms.tbx"]          # as --glossary, relative to this file
//   [rules]
//   enable = ["*"]                      # rule id globs to run (default: every rule)
//   disable = ["consistency.source"]    # rule id globs not to run
//   [rules.severity]
//   "omission.length" = "info"          # a rule's level (its graded findings move with it), or "off"
//   [rules.options]
//   "target.same-as-source.min_words" = 1
//   [[files]]                           # rules for some inputs only, on top of the above
//   glob = "legacy/**"
//   [files.rules]
//   disable = ["omission.*"]
//
// The command line wins over the file: --rules replaces enable/disable, --fail-on replaces fail_on,
// --option sets one option over the file's; --pack, --glossary and --skip-states add to the file's.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace verity::checker {

// A value with the place it was written (file:line), for `verity config` and for errors found later.
struct Sourced {
    std::string value;
    std::string origin;
};

// The [rules] table, at the top of the file or in a [[files]] section.
struct RuleSettings {
    std::vector<Sourced> enable;  // rule id globs
    std::vector<Sourced> disable;
    std::map<std::string, Sourced> severity;                       // rule id glob -> level or "off"
    std::map<std::string, std::map<std::string, Sourced>> options;  // rule id -> option -> value
};

// [[files]]: rule settings for the inputs a glob matches (the path as given, or relative to the file's
// folder), on top of the top-level ones; a later section wins over an earlier one.
struct FileSection {
    Sourced glob;
    RuleSettings rules;
};

struct Config {
    std::string path;  // the file read; empty when there is none
    std::optional<Sourced> fail_on;
    std::vector<Sourced> skip_states;
    std::vector<Sourced> packs;       // paths resolved against the file's directory
    std::vector<Sourced> glossaries;  // likewise
    RuleSettings rules;
    std::vector<FileSection> files;
};

// Reads and validates a config file: unknown keys, wrong types and unknown levels are errors naming the
// file, line and column. Rule ids are checked later against the registry (check_config_rules).
std::optional<Config> read_config(const std::string& path, std::string& error);

// The verity.toml that applies to the inputs: in the first input's directory (or the input itself if it
// is a directory) or the nearest one above it; empty when there is none.
std::string find_config(const std::vector<std::string>& inputs);

}  // namespace verity::checker
