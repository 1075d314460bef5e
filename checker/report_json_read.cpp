// A JSON report read back into a RunReport (`verity merge`): the fields write_json writes, checked as they
// are read, so a damaged or foreign file is an error with its place, never a crash.
#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/report.hpp"

namespace verity::checker {
namespace {

using nlohmann::json;

struct Bad : std::runtime_error {
    using std::runtime_error::runtime_error;
};

const json& field(const json& j, const char* key, std::string_view where) {
    if (!j.is_object() || !j.contains(key)) throw Bad(fmt::format("{}: expected a field \"{}\"", where, key));
    return j.at(key);
}

std::string text(const json& j, const char* key, std::string_view where, bool nullable = false) {
    const json& v = field(j, key, where);
    if (nullable && v.is_null()) return {};
    if (!v.is_string()) throw Bad(fmt::format("{}: \"{}\" must be a string", where, key));
    return v.get<std::string>();
}

std::size_t count(const json& j, const char* key, std::string_view where) {
    const json& v = field(j, key, where);
    if (!v.is_number_unsigned()) throw Bad(fmt::format("{}: \"{}\" must be a whole number", where, key));
    return v.get<std::size_t>();
}

std::uint32_t position(const json& j, const char* key, std::string_view where) {
    if (!j.contains(key) || j.at(key).is_null()) return 0;
    return static_cast<std::uint32_t>(count(j, key, where));
}

std::map<std::string, std::size_t> counts(const json& j, const char* key, std::string_view where) {
    std::map<std::string, std::size_t> out;
    const json& v = field(j, key, where);
    if (!v.is_object()) throw Bad(fmt::format("{}: \"{}\" must be an object", where, key));
    for (const auto& [k, n] : v.items()) {
        if (!n.is_number_unsigned()) throw Bad(fmt::format("{}.{}: \"{}\" must be a whole number", where, key, k));
        out[k] = n.get<std::size_t>();
    }
    return out;
}

std::optional<rules::FindingSide> side(const json& j, const char* key, const std::string& where) {
    const json& v = field(j, key, where);
    if (v.is_null()) return std::nullopt;
    const std::string at = where + "." + key;
    rules::FindingSide s;
    if (v.contains("path")) s.path = text(v, "path", at);
    s.text = text(v, "text", at);
    s.position = {position(v, "line", at), position(v, "column", at)};
    const json& spans = field(v, "spans", at);
    if (!spans.is_array()) throw Bad(at + ": \"spans\" must be an array");
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const std::string sp = fmt::format("{}.spans[{}]", at, i);
        rules::Span span;
        span.start = count(spans[i], "start", sp);
        span.end = count(spans[i], "end", sp);
        span.text = text(spans[i], "text", sp);
        span.begin_at = {position(spans[i], "line", sp), position(spans[i], "column", sp)};
        span.end_at = {position(spans[i], "end_line", sp), position(spans[i], "end_column", sp)};
        s.spans.push_back(std::move(span));
    }
    return s;
}

rules::Finding finding(const json& j, const std::string& where) {
    rules::Finding x;
    x.rule = text(j, "rule", where);
    x.its_type = text(j, "its_type", where);
    const auto severity = rules::parse_severity(text(j, "severity", where));
    if (!severity) throw Bad(where + ": \"severity\" must be error, warning or info");
    x.severity = *severity;
    const json& confidence = field(j, "confidence", where);
    if (!confidence.is_number()) throw Bad(where + ": \"confidence\" must be a number");
    x.confidence = confidence.get<double>();
    x.message = text(j, "message", where);
    x.unit = text(j, "unit", where);
    if (const json& seg = field(j, "segment", where); !seg.is_null()) x.segment = text(j, "segment", where);
    x.source = side(j, "source", where);
    x.target = side(j, "target", where);
    x.fingerprint = text(j, "fingerprint", where);
    return x;
}

std::optional<xliff::DocumentFormat> format_named(const std::string& name, const std::string& where) {
    if (name.empty()) return std::nullopt;
    for (const auto f : {xliff::DocumentFormat::Xliff12, xliff::DocumentFormat::Xliff20, xliff::DocumentFormat::Xliff21,
                         xliff::DocumentFormat::Xliff22, xliff::DocumentFormat::TextPair})
        if (xliff::to_string(f) == name) return f;
    throw Bad(fmt::format("{}: unknown format \"{}\"", where, name));
}

FileReport file(const json& j, const std::string& where) {
    FileReport f;
    f.path = text(j, "path", where);
    f.format = format_named(text(j, "format", where, true), where);
    f.source_lang = text(j, "source_lang", where, true);
    f.target_lang = text(j, "target_lang", where, true);
    f.units = count(j, "units", where);
    f.segments = count(j, "segments", where);
    if (const json& e = field(j, "error", where); !e.is_null())
        f.error = xliff::LoadError{text(e, "message", where + ".error"),
                                   {position(e, "line", where + ".error"), position(e, "column", where + ".error")}};
    const json& findings = field(j, "findings", where);
    if (!findings.is_array()) throw Bad(where + ": \"findings\" must be an array");
    for (std::size_t i = 0; i < findings.size(); ++i)
        f.findings.push_back(finding(findings[i], fmt::format("{}.findings[{}]", where, i)));
    f.suppressed = counts(j, "suppressed", where);
    f.skipped = counts(j, "skipped_segments", where);
    if (j.contains("target_path")) f.target_path = text(j, "target_path", where);
    if (j.contains("notes")) {
        const json& notes = j.at("notes");
        if (!notes.is_array()) throw Bad(where + ": \"notes\" must be an array");
        for (const auto& n : notes) {
            if (!n.is_string()) throw Bad(where + ": each note must be a string");
            f.notes.push_back(n.get<std::string>());
        }
    }
    return f;
}

// Line and column (1-based, in bytes) of byte `offset` of `text`.
std::string place(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    const std::string_view before = text.substr(0, offset);
    const std::size_t line = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1;
    const std::size_t nl = before.rfind('\n');
    return fmt::format("{}:{}", line, offset - (nl == std::string_view::npos ? 0 : nl + 1) + 1);
}

}  // namespace

std::optional<RunReport> read_json_report(std::string_view input, std::string& error) {
    json j;
    try {
        j = json::parse(input);
    } catch (const json::parse_error& e) {
        const std::string what = e.what();
        const std::size_t cut = what.find("syntax error");
        error = fmt::format("{}: not JSON: {}", place(input, e.byte > 0 ? e.byte - 1 : 0),
                            cut == std::string::npos ? what : what.substr(cut));
        return std::nullopt;
    }
    try {
        RunReport r;
        const json& tool = field(j, "tool", "report");
        if (text(tool, "name", "tool") != "verity") throw Bad("tool: not a verity report");
        r.tool_version = text(tool, "version", "tool");
        const json& files = field(j, "files", "report");
        if (!files.is_array()) throw Bad("report: \"files\" must be an array");
        for (std::size_t i = 0; i < files.size(); ++i) r.files.push_back(file(files[i], fmt::format("files[{}]", i)));
        if (j.contains("shard")) {
            const json& s = j.at("shard");
            ShardInfo info;
            info.index = count(s, "index", "shard");
            info.count = count(s, "count", "shard");
            info.inputs = count(s, "inputs", "shard");
            const json& positions = field(s, "positions", "shard");
            if (!positions.is_array() || positions.size() != r.files.size())
                throw Bad("shard: \"positions\" must list one place per file");
            for (const auto& p : positions) {
                if (!p.is_number_unsigned() || p.get<std::size_t>() >= info.inputs)
                    throw Bad("shard: each position must be a whole number below \"inputs\"");
                info.positions.push_back(p.get<std::size_t>());
            }
            if (info.index == 0 || info.index > info.count) throw Bad("shard: \"index\" must be 1 to \"count\"");
            r.shard = std::move(info);
        }
        return r;
    } catch (const Bad& e) {
        error = e.what();
        return std::nullopt;
    }
}

}  // namespace verity::checker
