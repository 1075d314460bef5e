// The settings a run uses, from three places in order of precedence: the command line, verity.toml
// (checker/config.hpp), the defaults. `verity config` prints them with where each came from.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "checker/config.hpp"
#include "rules/engine/engine.hpp"
#include "rules/engine/rule.hpp"

namespace verity::checker {

// What the user gave on the command line of check or compare (empty or unset: not given).
struct CommandLine {
    std::vector<std::string> paths;  // the inputs, to find verity.toml from
    std::string config;              // --config
    bool no_config = false;          // --no-config
    std::string fail_on;             // --fail-on
    std::string rules;               // --rules
    std::vector<std::string> packs, glossaries, options, skip_states;
};

struct SettingLine {
    std::string key, value, origin;  // origin: "default", "command line" or "FILE:LINE"
};

struct Settings {
    std::string config_path;  // the verity.toml read, or empty
    std::string fail_on = "error";
    std::vector<std::string> packs, glossaries, skip_states;
    std::vector<std::string> options;  // "rule.id.name=value", the file's first so the command line's win
    rules::EngineOptions engine;       // rule_globs and levels (options are parsed from `options`)
    // [[files]] sections, in the file's order (a later one wins): the rules for the inputs a glob matches.
    struct Section {
        std::string glob;
        rules::EngineOptions engine;
        std::vector<std::string> options;
    };
    std::vector<Section> sections;
    std::string config_dir;          // globs also match paths relative to it
    std::vector<SettingLine> lines;  // for `verity config`
};

// The index into `sections` of the last section whose glob matches `path` (as given, or relative to the
// config file's folder), or -1 for the top-level rules.
int section_for(const Settings& settings, const std::string& path);

// Merges the three places. False after an error (a bad config file, a rule id or glob the file names that
// no rule has), with `error` naming the file, line and column.
bool resolve_settings(const CommandLine& cli, const rules::Registry& registry, Settings& out, std::string& error);

}  // namespace verity::checker
