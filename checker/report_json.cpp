// The JSON report: the finding contract that later tools and scripts rely on.
#include <nlohmann/json.hpp>

#include "checker/report.hpp"

namespace verity::checker {
namespace {

using nlohmann::ordered_json;

ordered_json side_json(const std::optional<rules::FindingSide>& side) {
    if (!side) return nullptr;
    ordered_json spans = ordered_json::array();
    for (const auto& s : side->spans) spans.push_back({{"start", s.start}, {"end", s.end}, {"text", s.text}});
    ordered_json out = {{"text", side->text}, {"spans", spans}};
    if (!side->path.empty()) out["path"] = side->path;
    out["line"] = side->position.line ? ordered_json(side->position.line) : ordered_json(nullptr);
    out["column"] = side->position.column ? ordered_json(side->position.column) : ordered_json(nullptr);
    return out;
}

}  // namespace

std::size_t RunReport::count(rules::Severity s) const {
    std::size_t n = 0;
    for (const auto& f : files)
        for (const auto& x : f.findings) n += x.severity == s;
    return n;
}

std::size_t RunReport::files_with_errors() const {
    std::size_t n = 0;
    for (const auto& f : files) n += f.error.has_value();
    return n;
}

void write_json(std::ostream& out, const RunReport& report) {
    ordered_json files = ordered_json::array();
    std::size_t units = 0, segments = 0;
    for (const auto& f : report.files) {
        ordered_json findings = ordered_json::array();
        for (const auto& x : f.findings) {
            findings.push_back({{"rule", x.rule},
                                {"its_type", x.its_type},
                                {"severity", std::string(rules::severity_name(x.severity))},
                                {"message", x.message},
                                {"unit", x.unit},
                                {"segment", x.segment ? ordered_json(*x.segment) : ordered_json(nullptr)},
                                {"source", side_json(x.source)},
                                {"target", side_json(x.target)},
                                {"fingerprint", x.fingerprint}});
        }
        ordered_json error = nullptr;
        if (f.error) {
            error = {{"message", f.error->message}};
            error["line"] = f.error->position.line ? ordered_json(f.error->position.line) : ordered_json(nullptr);
            error["column"] = f.error->position.column ? ordered_json(f.error->position.column) : ordered_json(nullptr);
        }
        ordered_json file = {{"path", f.path},
                         {"format", f.format.empty() ? ordered_json(nullptr) : ordered_json(f.format)},
                         {"source_lang", f.source_lang.empty() ? ordered_json(nullptr) : ordered_json(f.source_lang)},
                         {"target_lang", f.target_lang.empty() ? ordered_json(nullptr) : ordered_json(f.target_lang)},
                         {"units", f.units},
                         {"segments", f.segments},
                         {"error", error},
                         {"findings", findings}};
        if (!f.target_path.empty()) file["target_path"] = f.target_path;
        if (!f.notes.empty()) file["notes"] = f.notes;
        files.push_back(std::move(file));
        units += f.units;
        segments += f.segments;
    }
    ordered_json doc = {
        {"tool", {{"name", "verity"}, {"version", report.tool_version}}},
        {"files", files},
        {"summary",
         {{"files", report.files.size()},
          {"files_with_errors", report.files_with_errors()},
          {"units", units},
          {"segments", segments},
          {"findings",
           {{"error", report.count(rules::Severity::Error)},
            {"warning", report.count(rules::Severity::Warning)},
            {"info", report.count(rules::Severity::Info)}}}}}};
    // Replace invalid UTF-8 rather than throw: a report must always come out.
    out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace verity::checker
