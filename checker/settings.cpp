#include "checker/settings.hpp"

#include <filesystem>

#include <fmt/format.h>

#include "xliff/text/glob.hpp"

namespace verity::checker {
namespace {

constexpr std::string_view kCommandLine = "command line";

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : ",") + i;
    return out;
}

// The rules a glob of the file selects; an error when none does (a typo would silently change nothing).
bool matching(const rules::Registry& registry, const std::string& glob, const std::string& origin,
              std::vector<std::string>& ids, std::string& error) {
    for (const auto& e : registry.entries())
        if (text::glob_match(glob, e.info.id)) ids.push_back(e.info.id);
    if (ids.empty()) error = fmt::format("{}: no rule matches '{}' (see `verity rules`)", origin, glob);
    return !ids.empty();
}

// A rule selection and its options, for the whole run or one [[files]] section.
struct RuleChoice {
    rules::EngineOptions& engine;
    std::vector<std::string>& options;
    std::vector<SettingLine>& lines;
    std::string prefix;  // "" or "files legacy/**: " on the lines it adds
};

// [rules] enable/disable and "off" levels into one glob list; the command line's --rules replaces it.
void select(const CommandLine& cli, const RuleSettings& config, const std::vector<std::string>& off, RuleChoice& out) {
    if (!cli.rules.empty()) {
        out.engine.rule_globs = cli.rules;
        out.lines.push_back({out.prefix + "rules", cli.rules, std::string(kCommandLine)});
        return;
    }
    std::vector<std::string> globs;
    for (const auto& e : config.enable) globs.push_back(e.value);
    for (const auto& d : config.disable) globs.push_back("-" + d.value);
    for (const auto& id : off) globs.push_back("-" + id);
    out.engine.rule_globs = joined(globs);
    const std::string origin = !config.enable.empty()    ? config.enable.front().origin
                               : !config.disable.empty() ? config.disable.front().origin
                                                         : "default";
    out.lines.push_back({out.prefix + "rules", globs.empty() ? "*" : out.engine.rule_globs, origin});
}

bool levels(const RuleSettings& config, const rules::Registry& registry, RuleChoice& out, std::vector<std::string>& off,
            std::string& error) {
    for (const auto& [glob, level] : config.severity) {
        std::vector<std::string> ids;
        if (!matching(registry, glob, level.origin, ids, error)) return false;
        for (const auto& id : ids) {
            if (level.value == "off") off.push_back(id);
            else out.engine.levels[id] = *rules::parse_severity(level.value);
        }
        out.lines.push_back({out.prefix + "level " + glob, level.value, level.origin});
    }
    return true;
}

bool options(const CommandLine& cli, const RuleSettings& config, const rules::Registry& registry, RuleChoice& out,
             std::string& error) {
    for (const auto& [id, values] : config.options) {
        const rules::RuleEntry* entry = registry.find(id);
        for (const auto& [name, value] : values) {
            if (!entry) {
                error = fmt::format("{}: option for unknown rule '{}'", value.origin, id);
                return false;
            }
            bool declared = false;
            for (const auto& o : entry->info.options) declared = declared || o.name == name;
            if (!declared) {
                error = fmt::format("{}: rule '{}' has no option '{}'", value.origin, id, name);
                return false;
            }
            out.options.push_back(fmt::format("{}.{}={}", id, name, value.value));
            out.lines.push_back({fmt::format("{}option {}.{}", out.prefix, id, name), value.value, value.origin});
        }
    }
    for (const auto& o : cli.options) {
        out.options.push_back(o);
        const auto eq = o.find('=');
        out.lines.push_back({out.prefix + "option " + o.substr(0, eq), eq == std::string::npos ? "" : o.substr(eq + 1),
                             std::string(kCommandLine)});
    }
    return true;
}

// Everything a RuleSettings decides, checked against the registry.
bool resolve_rules(const CommandLine& cli, const RuleSettings& config, const rules::Registry& registry, RuleChoice& out,
                   std::string& error) {
    std::vector<std::string> off;
    if (!levels(config, registry, out, off, error)) return false;
    for (const auto& list : {config.enable, config.disable})
        for (const auto& g : list) {
            std::vector<std::string> ids;
            const std::string glob = g.value.starts_with('-') ? g.value.substr(1) : g.value;
            if (!matching(registry, glob, g.origin, ids, error)) return false;
        }
    select(cli, config, off, out);
    return options(cli, config, registry, out, error);
}

// A [[files]] section on top of the top-level rules: its enable list replaces theirs when given, its
// disable list, levels and options add to theirs and win.
RuleSettings merged(const RuleSettings& base, const RuleSettings& section) {
    RuleSettings out = base;
    if (!section.enable.empty()) out.enable = section.enable;
    out.disable.insert(out.disable.end(), section.disable.begin(), section.disable.end());
    for (const auto& [glob, level] : section.severity) out.severity[glob] = level;
    for (const auto& [id, values] : section.options)
        for (const auto& [name, value] : values) out.options[id][name] = value;
    return out;
}

// Lists the file gives and the command line adds to.
void add_list(std::string_view key, const std::vector<Sourced>& from_file, const std::vector<std::string>& from_cli,
              std::vector<std::string>& into, std::vector<SettingLine>& lines) {
    for (const auto& s : from_file) {
        into.push_back(s.value);
        lines.push_back({std::string(key), s.value, s.origin});
    }
    for (const auto& s : from_cli) {
        into.push_back(s);
        lines.push_back({std::string(key), s, std::string(kCommandLine)});
    }
}

}  // namespace

bool resolve_settings(const CommandLine& cli, const rules::Registry& registry, Settings& out, std::string& error) {
    Config config;
    if (!cli.no_config) {
        out.config_path = cli.config.empty() ? find_config(cli.paths) : cli.config;
        if (!out.config_path.empty()) {
            auto read = read_config(out.config_path, error);
            if (!read) return false;
            config = std::move(*read);
        }
    }
    out.lines.push_back({"config", out.config_path.empty() ? "(none)" : out.config_path,
                         cli.no_config ? "--no-config" : !cli.config.empty() ? "--config" : "found from the inputs"});
    if (!cli.fail_on.empty()) {
        out.fail_on = cli.fail_on;
        out.lines.push_back({"fail_on", out.fail_on, std::string(kCommandLine)});
    } else if (config.fail_on) {
        out.fail_on = config.fail_on->value;
        out.lines.push_back({"fail_on", out.fail_on, config.fail_on->origin});
    } else {
        out.lines.push_back({"fail_on", out.fail_on, "default"});
    }
    RuleChoice base{out.engine, out.options, out.lines, ""};
    if (!resolve_rules(cli, config.rules, registry, base, error)) return false;
    out.config_dir = config.path.empty() ? std::string() : std::filesystem::path(config.path).parent_path().string();
    for (const auto& section : config.files) {
        auto& s = out.sections.emplace_back();
        s.glob = section.glob.value;
        RuleChoice choice{s.engine, s.options, out.lines, "files " + section.glob.value + ": "};
        if (!resolve_rules(cli, merged(config.rules, section.rules), registry, choice, error)) return false;
    }
    add_list("pack", config.packs, cli.packs, out.packs, out.lines);
    add_list("glossary", config.glossaries, cli.glossaries, out.glossaries, out.lines);
    add_list("skip_state", config.skip_states, cli.skip_states, out.skip_states, out.lines);
    return true;
}

int section_for(const Settings& settings, const std::string& path) {
    namespace fs = std::filesystem;
    std::string relative;
    if (!settings.config_dir.empty()) {
        std::error_code ec;
        const fs::path rel = fs::relative(fs::absolute(path, ec), fs::absolute(settings.config_dir, ec), ec);
        if (!ec && !rel.empty() && !rel.string().starts_with("..")) relative = rel.string();
    }
    for (int i = static_cast<int>(settings.sections.size()) - 1; i >= 0; --i) {
        const std::string& glob = settings.sections[static_cast<std::size_t>(i)].glob;
        if (text::glob_match(glob, path) || (!relative.empty() && text::glob_match(glob, relative))) return i;
    }
    return -1;
}

}  // namespace verity::checker
