#include "checker/config.hpp"

#include <filesystem>
#include <set>

#include <fmt/format.h>
#include <toml++/toml.h>

namespace verity::checker {
namespace {

namespace fs = std::filesystem;

// Thrown inside read_config with the place and what was expected; turned into its error text.
struct ConfigError {
    std::string message;
};

std::string where(const std::string& path, const toml::source_region& at) {
    return fmt::format("{}:{}:{}", path, at.begin.line, at.begin.column);
}

[[noreturn]] void fail(const std::string& path, const toml::node& node, const std::string& what) {
    throw ConfigError{fmt::format("{}: {}", where(path, node.source()), what)};
}

Sourced string_of(const std::string& path, const toml::node& node, std::string_view key) {
    if (!node.is_string()) fail(path, node, fmt::format("'{}' must be a string", key));
    return {std::string(*node.value<std::string>()), fmt::format("{}:{}", path, node.source().begin.line)};
}

std::vector<Sourced> strings_of(const std::string& path, const toml::node& node, std::string_view key) {
    const auto* array = node.as_array();
    if (!array) fail(path, node, fmt::format("'{}' must be an array of strings", key));
    std::vector<Sourced> out;
    for (const auto& item : *array) out.push_back(string_of(path, item, key));
    return out;
}

// Relative paths in the file are relative to the file.
std::vector<Sourced> paths_of(const std::string& path, const toml::node& node, std::string_view key) {
    auto out = strings_of(path, node, key);
    const fs::path base = fs::path(path).parent_path();
    for (auto& p : out)
        if (fs::path(p.value).is_relative()) p.value = (base / p.value).lexically_normal().string();
    return out;
}

// An option's value as the command line would give it: strings as they are, numbers and booleans spelled.
Sourced option_value(const std::string& path, const toml::node& node, std::string_view key) {
    const std::string origin = fmt::format("{}:{}", path, node.source().begin.line);
    if (node.is_string()) return {std::string(*node.value<std::string>()), origin};
    if (node.is_integer()) return {std::to_string(*node.value<std::int64_t>()), origin};
    if (node.is_floating_point()) return {fmt::format("{}", *node.value<double>()), origin};
    if (node.is_boolean()) return {*node.value<bool>() ? "true" : "false", origin};
    fail(path, node, fmt::format("option '{}' must be a string, a number or a boolean", key));
}

void check_keys(const std::string& path, const toml::table& table, const std::set<std::string>& known,
                std::string_view section) {
    for (const auto& [key, node] : table)
        if (!known.count(std::string(key.str()))) {
            std::string list;
            for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
            fail(path, node, fmt::format("unknown key '{}'{} (known: {})", key.str(),
                                         section.empty() ? "" : fmt::format(" in [{}]", section), list));
        }
}

void read_rules(const std::string& path, const toml::table& rules, RuleSettings& config) {
    check_keys(path, rules, {"enable", "disable", "severity", "options"}, "rules");
    if (const auto* n = rules.get("enable")) config.enable = strings_of(path, *n, "enable");
    if (const auto* n = rules.get("disable")) config.disable = strings_of(path, *n, "disable");
    if (const auto* n = rules.get("severity")) {
        const auto* table = n->as_table();
        if (!table) fail(path, *n, "[rules.severity] must be a table of \"rule.id\" = \"error|warning|info|off\"");
        for (const auto& [glob, level] : *table) {
            Sourced s = string_of(path, level, glob.str());
            if (s.value != "error" && s.value != "warning" && s.value != "info" && s.value != "off")
                fail(path, level, fmt::format("level of '{}' must be error, warning, info or off, not '{}'", glob.str(), s.value));
            config.severity[std::string(glob.str())] = std::move(s);
        }
    }
    if (const auto* n = rules.get("options")) {
        const auto* table = n->as_table();
        if (!table) fail(path, *n, "[rules.options] must be a table of \"rule.id.option\" = value");
        for (const auto& [key, value] : *table) {
            const std::string name(key.str());
            const auto dot = name.rfind('.');
            if (dot == std::string::npos || dot == 0 || dot + 1 == name.size())
                fail(path, value, fmt::format("option '{}' must be written \"rule.id.option\"", name));
            config.options[name.substr(0, dot)][name.substr(dot + 1)] = option_value(path, value, name);
        }
    }
}

// [[files]] sections: each a glob and a [files.rules] table.
void read_files(const std::string& path, const toml::node& node, Config& config) {
    const auto* array = node.as_array();
    if (!array) fail(path, node, "'files' must be an array of tables, written [[files]]");
    for (const auto& item : *array) {
        const auto* table = item.as_table();
        if (!table) fail(path, item, "each [[files]] entry must be a table");
        check_keys(path, *table, {"glob", "rules"}, "files");
        const auto* glob = table->get("glob");
        if (!glob) fail(path, item, "a [[files]] section needs a 'glob' (such as \"legacy/**\")");
        FileSection section{string_of(path, *glob, "glob"), {}};
        if (const auto* rules = table->get("rules")) {
            const auto* rules_table = rules->as_table();
            if (!rules_table) fail(path, *rules, "'rules' must be a table");
            read_rules(path, *rules_table, section.rules);
        }
        config.files.push_back(std::move(section));
    }
}

}  // namespace

std::optional<Config> read_config(const std::string& path, std::string& error) {
    try {
        toml::table root;
        try {
            root = toml::parse_file(path);
        } catch (const toml::parse_error& e) {
            error = fmt::format("{}: {}", where(path, e.source()), e.description());
            return std::nullopt;
        }
        Config config;
        config.path = path;
        check_keys(path, root, {"fail_on", "skip_states", "packs", "glossaries", "rules", "files"}, "");
        if (const auto* n = root.get("fail_on")) {
            config.fail_on = string_of(path, *n, "fail_on");
            const std::string& v = config.fail_on->value;
            if (v != "error" && v != "warning" && v != "info" && v != "never")
                fail(path, *n, fmt::format("'fail_on' must be error, warning, info or never, not '{}'", v));
        }
        if (const auto* n = root.get("skip_states")) config.skip_states = strings_of(path, *n, "skip_states");
        if (const auto* n = root.get("packs")) config.packs = paths_of(path, *n, "packs");
        if (const auto* n = root.get("glossaries")) config.glossaries = paths_of(path, *n, "glossaries");
        if (const auto* n = root.get("rules")) {
            const auto* table = n->as_table();
            if (!table) fail(path, *n, "'rules' must be a table");
            read_rules(path, *table, config.rules);
        }
        if (const auto* n = root.get("files")) read_files(path, *n, config);
        return config;
    } catch (const ConfigError& e) {
        error = e.message;
        return std::nullopt;
    }
}

std::string find_config(const std::vector<std::string>& inputs) {
    if (inputs.empty()) return {};
    std::error_code ec;
    fs::path dir = fs::absolute(inputs.front(), ec);
    if (ec) return {};
    if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
    for (; !dir.empty(); dir = dir.parent_path()) {
        const fs::path candidate = dir / "verity.toml";
        if (fs::is_regular_file(candidate, ec)) return candidate.string();
        if (dir == dir.root_path()) break;
    }
    return {};
}

}  // namespace verity::checker
