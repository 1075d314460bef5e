// The SARIF 2.1.0 report (OASIS), for code-scanning pages: one run, the rule catalogue as tool.driver,
// a result per finding. It formats what the run found and decides nothing.
#include <cctype>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/report.hpp"

namespace verity::checker {
namespace {

using json = nlohmann::ordered_json;

constexpr std::string_view kSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

std::string_view level(rules::Severity s) {
    switch (s) {
        case rules::Severity::Error: return "error";
        case rules::Severity::Warning: return "warning";
        case rules::Severity::Info: return "note";
    }
    return "warning";
}

// "number.mismatch" -> "NumberMismatch": SARIF's rule name is an identifier, the id stays the id.
std::string rule_name(std::string_view id) {
    std::string out;
    bool upper = true;
    for (const char c : id) {
        if (c == '.' || c == '-' || c == '_') {
            upper = true;
            continue;
        }
        out.push_back(upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
        upper = false;
    }
    return out;
}

// A message is a sentence: it ends with a full stop when the finding's message has no final punctuation.
json message(std::string_view text) {
    std::string s = valid_utf8(text);
    if (!s.empty() && s.back() != '.' && s.back() != '!' && s.back() != '?') s.push_back('.');
    return json{{"text", s}};
}

// A path as a URI reference relative to the working directory; characters outside RFC 3986's
// unreserved set and "/" are percent-encoded.
std::string artifact_uri(const std::string& path, const std::string& working_dir) {
    namespace fs = std::filesystem;
    fs::path p(path);
    if (p.is_absolute() && !working_dir.empty()) {
        std::error_code ec;
        const fs::path rel = fs::relative(p, working_dir, ec);
        if (!ec && !rel.empty() && *rel.begin() != "..") p = rel;
    }
    const std::string generic = p.lexically_normal().generic_string();
    std::string out = p.is_absolute() ? "file://" : "";
    for (const char ch : generic) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') out.push_back(ch);
        else out += fmt::format("%{:02X}", c);
    }
    return out;
}

// Start line and column, and the end (one past the last character) where known; columns count code
// points, as run.columnKind says.
json region(const xliff::Position& position, const xliff::Position& end = {}) {
    json r = json::object();
    r["startLine"] = position.line;
    if (position.column) r["startColumn"] = position.column;
    if (end.line && position.column && end.column && (end.line > position.line || end.column > position.column)) {
        if (end.line != position.line) r["endLine"] = end.line;
        r["endColumn"] = end.column;
    }
    return r;
}

json physical_location(const std::string& path, const rules::FileRegion& where, const std::string& working_dir) {
    json loc{{"artifactLocation", {{"uri", artifact_uri(path, working_dir)}}}};
    if (where.begin.line) loc["region"] = region(where.begin, where.end);
    return loc;
}

json rule_descriptor(const RuleDescriptor& r) {
    json rule{{"id", r.id},
              {"name", rule_name(r.id)},
              {"shortDescription", message(r.summary)},
              {"fullDescription", message(r.help.empty() ? r.summary : r.help)}};
    rule["help"] = json{{"text", valid_utf8(r.help.empty() ? r.summary : r.help)}};
    if (!r.help.empty()) rule["help"]["markdown"] = valid_utf8(r.help);
    rule["defaultConfiguration"] = json{{"level", level(r.severity)}};
    rule["properties"] = json{{"itsType", r.its_type}};
    return rule;
}

json result(const rules::Finding& x, const FileReport& file, const std::map<std::string, std::size_t>& rule_index,
            const std::string& working_dir) {
    json r{{"ruleId", x.rule}};
    if (const auto it = rule_index.find(x.rule); it != rule_index.end()) r["ruleIndex"] = it->second;
    r["level"] = level(x.severity);
    r["message"] = message(x.message);
    // The report's file is the source side's unless the side names its own (a compared text pair).
    const auto& source = x.source;
    const std::string source_path = source && !source->path.empty() ? source->path : file.path;
    r["locations"] = json::array({json{{"physicalLocation",
                                        physical_location(source_path, source ? rules::region_in_file(*source) : rules::FileRegion{},
                                                          working_dir)}}});
    // The target's place: its own file in a compared pair, or its flagged word inside the XLIFF file.
    const rules::FileRegion target_at = x.target ? rules::region_in_file(*x.target) : rules::FileRegion{};
    if (x.target && (!x.target->path.empty() || target_at.end.line)) {
        json related{{"id", 1},
                     {"physicalLocation", physical_location(x.target->path.empty() ? file.path : x.target->path, target_at, working_dir)},
                     {"message", message("The target side of the finding")}};
        r["relatedLocations"] = json::array({related});
    }
    if (!x.fingerprint.empty()) r["partialFingerprints"] = json{{"verityFingerprint/v1", x.fingerprint}};
    json props{{"itsType", x.its_type}, {"confidence", x.confidence}, {"unit", valid_utf8(x.unit)}};
    if (x.segment) props["segment"] = valid_utf8(*x.segment);
    r["properties"] = props;
    return r;
}

}  // namespace

void write_sarif(std::ostream& os, const RunReport& report, const SarifRun& run) {
    json rules = json::array();
    std::map<std::string, std::size_t> rule_index;
    for (const auto& r : run.rules) {
        rule_index.emplace(r.id, rules.size());
        rules.push_back(rule_descriptor(r));
    }
    json results = json::array();
    json artifacts = json::array();
    json notifications = json::array();
    for (const auto& f : report.files) {
        for (const auto& x : f.findings) results.push_back(result(x, f, rule_index, run.working_dir));
        // Suppressed findings stay results, marked so: code scanning shows them as dismissed.
        for (const auto& [reason, x] : f.suppressed_findings) {
            json r = result(x, f, rule_index, run.working_dir);
            r["suppressions"] = json::array({json{{"kind", reason == kSuppressedByBaseline ? "external" : "inSource"},
                                                  {"justification", std::string(reason)}}});
            results.push_back(std::move(r));
        }
        if (!f.error) continue;
        const std::string uri = artifact_uri(f.path, run.working_dir);
        json location{{"artifactLocation", {{"uri", uri}, {"index", artifacts.size()}}}};
        if (f.error->position.line) location["region"] = region(f.error->position);
        artifacts.push_back(json{{"location", {{"uri", uri}}}, {"roles", json::array({"analysisTarget"})}});
        notifications.push_back(json{{"level", "error"},
                                     {"message", message(f.error->message)},
                                     {"locations", json::array({json{{"physicalLocation", location}}})}});
    }
    json invocation{{"executionSuccessful", run.exit_code != 2}, {"exitCode", run.exit_code}};
    if (!notifications.empty()) invocation["toolExecutionNotifications"] = notifications;
    json sarif_run{{"tool",
                    {{"driver",
                      {{"name", "verity"},
                       {"version", report.tool_version},
                       {"semanticVersion", report.tool_version},
                       {"rules", rules}}}}},
                   {"invocations", json::array({invocation})}};
    if (!artifacts.empty()) sarif_run["artifacts"] = artifacts;
    sarif_run["results"] = results;
    sarif_run["columnKind"] = "unicodeCodePoints";
    const json log{{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", json::array({sarif_run})}};
    os << log.dump(2) << '\n';
}

}  // namespace verity::checker
