// A finding is a plain value: what a rule saw, where, on which side. Reporters only format it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xliff/model.hpp"

namespace verity::rules {

enum class Severity { Info = 0, Warning = 1, Error = 2 };

std::string_view severity_name(Severity);
std::optional<Severity> parse_severity(std::string_view);

// Offsets count Unicode code points in FindingSide::text.
struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string text;
};

struct FindingSide {
    std::string path;  // file the position refers to, when it is not the report's file (text pairs)
    std::string text;
    std::vector<Span> spans;
    xliff::Position position;
};

struct Finding {
    std::string rule;
    std::string its_type;
    Severity severity = Severity::Warning;
    std::string message;
    std::string unit;
    std::optional<std::string> segment;
    std::optional<FindingSide> source;  // null only for an addition
    std::optional<FindingSide> target;  // null where the target has no counterpart
    std::string fingerprint;
    // Document order, for sorting: index of the unit in the document and of the segment in the unit.
    std::size_t unit_index = 0;
    std::size_t segment_index = 0;
};

// Stable id from what the finding is about (rule, unit, segment, marked texts), not where it sits.
std::string make_fingerprint(const Finding&);

// The contract's order: unit order, segment, offset, rule.
void sort_findings(std::vector<Finding>&);

}  // namespace verity::rules
