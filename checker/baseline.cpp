#include "checker/baseline.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace verity::checker {
namespace {

constexpr int kVersion = 1;

// Line and column (1-based, in bytes) of a byte offset, for errors that point into the file.
std::pair<std::size_t, std::size_t> line_column(const std::string& text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') ++line, column = 1;
        else ++column;
    }
    return {line, column};
}

}  // namespace

std::optional<Baseline> Baseline::read(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = fmt::format("{}: cannot read the baseline", path);
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parse(text.str(), path, error);
}

std::optional<Baseline> Baseline::parse(const std::string& text, const std::string& path, std::string& error) {
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        const auto [line, column] = line_column(text, e.byte > 0 ? e.byte - 1 : 0);
        error = fmt::format("{}:{}:{}: not a baseline: invalid JSON", path, line, column);
        return std::nullopt;
    }
    if (!doc.is_object() || !doc.contains("findings") || !doc["findings"].is_array()) {
        error = fmt::format("{}:1:1: not a baseline: expected an object with a \"findings\" array "
                            "(written by `verity check --write-baseline`)", path);
        return std::nullopt;
    }
    if (!doc.contains("version") || doc["version"] != kVersion) {
        error = fmt::format("{}:1:1: baseline version {} is not supported (expected {})", path,
                            doc.contains("version") ? doc["version"].dump() : "missing", kVersion);
        return std::nullopt;
    }
    Baseline out;
    std::size_t index = 0;
    for (const auto& item : doc["findings"]) {
        const bool ok = item.is_object() && item.contains("file") && item["file"].is_string() &&
                        item.contains("fingerprint") && item["fingerprint"].is_string();
        if (!ok) {
            error = fmt::format("{}: finding {} of the baseline needs string fields \"file\" and \"fingerprint\"",
                                path, index + 1);
            return std::nullopt;
        }
        ++out.entries_[{item["file"].get<std::string>(), item["fingerprint"].get<std::string>()}];
        ++index;
    }
    return out;
}

std::size_t Baseline::apply(RunReport& report) const {
    std::size_t removed = 0;
    auto left = entries_;
    for (auto& file : report.files) {
        // In order: of two equal findings, the first ones the baseline holds are excused.
        std::size_t here = 0;
        std::vector<rules::Finding> kept;
        kept.reserve(file.findings.size());
        for (auto& f : file.findings) {
            const auto it = left.find({file.path, f.fingerprint});
            if (it == left.end() || it->second == 0) {
                kept.push_back(std::move(f));
                continue;
            }
            --it->second;
            ++here;
            file.suppressed_findings.push_back({kSuppressedByBaseline, std::move(f)});
        }
        file.findings = std::move(kept);
        if (here > 0) file.suppressed[std::string(kSuppressedByBaseline)] += here;
        removed += here;
    }
    return removed;
}

std::size_t Baseline::size() const {
    std::size_t n = 0;
    for (const auto& [key, count] : entries_) n += count;
    return n;
}

void write_baseline(std::ostream& out, const RunReport& report) {
    using Row = std::tuple<std::string, std::string, std::string, std::string>;  // file, fingerprint, rule, unit
    std::vector<Row> rows;
    for (const auto& file : report.files)
        for (const auto& f : file.findings) rows.emplace_back(file.path, f.fingerprint, f.rule, f.unit);
    std::sort(rows.begin(), rows.end());
    nlohmann::ordered_json doc;
    doc["version"] = kVersion;
    doc["tool"] = {{"name", "verity"}, {"version", report.tool_version}};
    doc["findings"] = nlohmann::ordered_json::array();
    for (const auto& [file, fingerprint, rule, unit] : rows)
        doc["findings"].push_back({{"file", file}, {"rule", rule}, {"unit", unit}, {"fingerprint", fingerprint}});
    out << doc.dump(1) << '\n';
}

}  // namespace verity::checker
