#include "rules/engine/finding.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

namespace verity::rules {

std::string counted(std::size_t n, std::string_view noun, std::string_view list, bool noun_said) {
    if (n == 0) return noun_said ? "none" : fmt::format("no {}", noun);
    std::string out = noun_said ? fmt::format("{}", n) : fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
    if (!list.empty()) out += fmt::format(" ({})", list);
    return out;
}

FileRegion region_in_file(const FindingSide& side) {
    const Span* first = nullptr;
    for (const auto& s : side.spans)
        if (s.begin_at.line && (!first || s.start < first->start)) first = &s;
    if (!first) return {side.position, {}};
    return {first->begin_at, first->end_at};
}

std::string_view severity_name(Severity s) {
    switch (s) {
        case Severity::Info: return "info";
        case Severity::Warning: return "warning";
        case Severity::Error: return "error";
    }
    return "error";
}

std::optional<Severity> parse_severity(std::string_view s) {
    if (s == "info") return Severity::Info;
    if (s == "warning") return Severity::Warning;
    if (s == "error") return Severity::Error;
    return std::nullopt;
}

Severity severity_for(double confidence, Severity ceiling) {
    const Severity earned = confidence >= kErrorConfidence     ? Severity::Error
                            : confidence >= kWarningConfidence ? Severity::Warning
                                                               : Severity::Info;
    return std::min(earned, ceiling);
}

double default_confidence(Severity severity) {
    switch (severity) {
        case Severity::Error: return 0.95;
        case Severity::Warning: return 0.75;
        case Severity::Info: return 0.5;
    }
    return 0.5;
}

double confidence_ceiling(Severity severity) {
    switch (severity) {
        case Severity::Error: return 1.0;
        case Severity::Warning: return 0.89;
        case Severity::Info: return 0.59;
    }
    return 1.0;
}

namespace {
// FNV-1a, 64 bit: stable across runs, platforms and versions, which std::hash is not.
struct Fnv {
    std::uint64_t h = 1469598103934665603ULL;
    void add(std::string_view s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ULL;
        }
        h ^= 0xFF;  // field separator, so ("ab","c") and ("a","bc") differ
        h *= 1099511628211ULL;
    }
};
}  // namespace

std::string make_fingerprint(const Finding& f) {
    Fnv fnv;
    fnv.add(f.rule);
    fnv.add(f.unit);
    fnv.add(f.segment.value_or(""));
    for (const auto* side : {&f.source, &f.target}) {
        if (!*side) {
            fnv.add("\x01null");
            continue;
        }
        for (const auto& span : (*side)->spans) fnv.add(span.text);
        if ((*side)->spans.empty()) fnv.add((*side)->text);
    }
    return fmt::format("{:016x}", fnv.h);
}

void sort_findings(std::vector<Finding>& findings) {
    auto offset = [](const Finding& f) -> std::size_t {
        if (f.source && !f.source->spans.empty()) return f.source->spans.front().start;
        if (f.target && !f.target->spans.empty()) return f.target->spans.front().start;
        return 0;
    };
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
        return std::forward_as_tuple(a.unit_index, a.segment_index, offset(a), a.rule, a.message) <
               std::forward_as_tuple(b.unit_index, b.segment_index, offset(b), b.rule, b.message);
    });
}

}  // namespace verity::rules
