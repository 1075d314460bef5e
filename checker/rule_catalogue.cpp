#include "checker/rule_catalogue.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "rules/engine/engine.hpp"
#include "rules/engine/packs.hpp"
#include "xliff/text/edit_distance.hpp"

namespace verity::checker {
namespace {

// What the rule alone reports on an example now, one line per finding.
std::vector<std::string> live_findings(const rules::RuleEntry& entry, const rules::Registry& registry,
                                       const rules::ReferenceExample& example, const rules::RunSettings& settings) {
    const auto document = rules::example_document(example);
    if (!document) return {"(the example's XLIFF does not load)"};
    const rules::PackSet packs = rules::example_packs(example);
    rules::EngineOptions options;
    options.rule_globs = entry.info.id;
    options.settings = settings;
    const rules::Engine engine(registry, packs, options);
    std::vector<std::string> out;
    for (const auto& f : engine.check(*document))
        out.push_back(fmt::format("{} {}: {}", rules::severity_name(f.severity), f.rule, f.message));
    return out;
}

void write_example(std::ostream& os, const rules::RuleEntry& entry, const rules::Registry& registry,
                   const rules::ReferenceExample& example, const rules::RunSettings& settings, std::string_view label) {
    os << fmt::format("{} ({} → {}):\n", label, example.source_lang, example.target_lang);
    if (!example.xliff.empty()) os << "  xliff:\n    " << example.xliff << '\n';
    // Units are numbered as the findings name them (u1, u2…) when there are several.
    for (std::size_t i = 0; i < example.units.size(); ++i) {
        const std::string unit = example.units.size() > 1 ? fmt::format("u{} ", i + 1) : "";
        os << fmt::format("  {}source: {}\n  {}target: {}\n", unit, example.units[i].first, unit,
                          example.units[i].second);
    }
    for (const auto& [s, t] : example.glossary) os << fmt::format("  glossary: {} = {}\n", s, t);
    if (!example.note.empty()) os << "  why: " << example.note << '\n';
    const auto findings = live_findings(entry, registry, example, settings);
    if (findings.empty()) os << "  verity: no finding\n";
    for (const auto& f : findings) os << "  verity: " << f << '\n';
}

}  // namespace

void write_rule_list(std::ostream& os, const rules::Registry& registry, bool json) {
    if (json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& e : registry.entries()) {
            nlohmann::ordered_json options = nlohmann::ordered_json::array();
            for (const auto& o : e.info.options)
                options.push_back({{"name", o.name}, {"default", o.default_value}, {"summary", o.summary}});
            list.push_back({{"id", e.info.id},
                            {"its_type", e.info.its_type},
                            {"severity", std::string(rules::severity_name(e.info.severity))},
                            {"summary", e.info.summary},
                            {"options", options}});
        }
        os << list.dump(2) << '\n';
        return;
    }
    std::size_t width = 0;
    for (const auto& e : registry.entries()) width = std::max(width, e.info.id.size());
    for (const auto& e : registry.entries()) {
        os << fmt::format("{:<{}}  {:<22}  {:<7}  {}\n", e.info.id, width, e.info.its_type,
                          rules::severity_name(e.info.severity), e.info.summary);
        for (const auto& o : e.info.options)
            os << fmt::format("{:<{}}    option {}={} ({})\n", "", width, o.name, o.default_value, o.summary);
    }
}

void write_rule_explanation(std::ostream& os, const rules::RuleEntry& entry, const rules::Reference& reference,
                            const rules::Registry& registry, const rules::RunSettings& settings) {
    const auto& info = entry.info;
    os << fmt::format("{} (ITS type {}, severity {})\n{}\n", info.id, info.its_type, rules::severity_name(info.severity),
                      info.summary);
    const rules::RuleReference* rule = reference.find(info.id);
    if (rule && !rule->text.empty()) os << '\n' << rule->text << '\n';
    if (rule) {
        for (const auto& ex : rule->wrong) {
            os << '\n';
            write_example(os, entry, registry, ex, settings, "Reported");
        }
        for (const auto& ex : rule->right) {
            os << '\n';
            write_example(os, entry, registry, ex, settings, "Not reported");
        }
    }
    os << "\nOptions:";
    if (info.options.empty()) os << " none";
    os << '\n';
    for (const auto& o : info.options)
        os << fmt::format("  {} (default {}): {}\n  set with --option {}.{}=VALUE or [rules.options] in verity.toml\n",
                          o.name, o.default_value, o.summary, info.id, o.name);
}

std::string nearest_rule_ids(const rules::Registry& registry, const std::string& id) {
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (const auto& e : registry.entries())
        scored.emplace_back(text::edit_distance(e.info.id, id, 64), e.info.id);
    std::sort(scored.begin(), scored.end());
    std::string out;
    for (std::size_t i = 0; i < scored.size() && i < 3; ++i) out += (out.empty() ? "" : ", ") + scored[i].second;
    return out;
}

}  // namespace verity::checker
