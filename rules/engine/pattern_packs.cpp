#include "rules/engine/pattern_packs.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

namespace verity::rules {
namespace {

constexpr std::string_view kKeys[] = {"id", "source", "required", "forbidden", "message", "severity"};

PackError error_at(std::string_view file, const toml::node& node, std::string message) {
    return {std::string(file), node.source().begin.line, node.source().begin.column, std::move(message)};
}

// A regex that RE2 compiles, or why not. A target regex may hold \1 … \9 for source groups: it is
// checked with them replaced by a placeholder word.
std::optional<std::string> regex_problem(std::string_view pattern, bool with_backreferences) {
    const std::string text = with_backreferences ? with_groups(pattern, std::vector<std::string>(9, "x")) : std::string(pattern);
    RE2 re(text, RE2::Quiet);
    if (re.ok()) return std::nullopt;
    return re.error();
}

}  // namespace

std::string with_groups(std::string_view pattern, const std::vector<std::string>& groups) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '\\' && i + 1 < pattern.size()) {
            const char next = pattern[i + 1];
            if (next >= '1' && next <= '9') {
                const auto g = static_cast<std::size_t>(next - '1');
                out += RE2::QuoteMeta(g < groups.size() ? groups[g] : std::string());
                ++i;
                continue;
            }
            out += pattern.substr(i, 2);
            ++i;
            continue;
        }
        out += pattern[i];
    }
    return out;
}

std::optional<PackError> read_patterns(std::string_view file, const toml::node& node, std::vector<PatternRule>& out) {
    const auto* array = node.as_array();
    if (!array) return error_at(file, node, "'patterns' must be an array of tables, written [[patterns]]");
    for (const auto& item : *array) {
        const auto* table = item.as_table();
        if (!table) return error_at(file, item, "each [[patterns]] entry must be a table");
        PatternRule rule;
        rule.origin = fmt::format("{}:{}", file, item.source().begin.line);
        rule.severity = "warning";
        for (const auto& [key, value] : *table) {
            const std::string_view k = key.str();
            if (std::find(std::begin(kKeys), std::end(kKeys), k) == std::end(kKeys))
                return error_at(file, value,
                                fmt::format("unknown key '{}' in [[patterns]]; expected id, source, required, "
                                            "forbidden, message or severity",
                                            k));
            const auto text = value.value<std::string>();
            if (!text) return error_at(file, value, fmt::format("'{}' must be a string", k));
            std::string* field = k == "id" ? &rule.id : k == "source" ? &rule.source : k == "required" ? &rule.required
                                 : k == "forbidden" ? &rule.forbidden : k == "message" ? &rule.message : &rule.severity;
            *field = *text;
            if (k == "source" || k == "required" || k == "forbidden")
                if (auto problem = regex_problem(*text, k != "source"))
                    return error_at(file, value, fmt::format("'{}' is not a valid RE2 regular expression: {}", k, *problem));
        }
        if (!rule.id.starts_with("pattern.") || rule.id.size() <= 8)
            return error_at(file, item, "a [[patterns]] entry needs an 'id' of the form \"pattern.<name>\"");
        if (rule.required.empty() && rule.forbidden.empty())
            return error_at(file, item, "a [[patterns]] entry needs 'required' or 'forbidden' (a target regex)");
        if (rule.severity != "error" && rule.severity != "warning" && rule.severity != "info")
            return error_at(file, item, "'severity' must be error, warning or info");
        out.push_back(std::move(rule));
    }
    return std::nullopt;
}

}  // namespace verity::rules
