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

// How sure a rule is of a finding, 0–1, and the severity that certainty earns: error from 0.9 (the rule is
// sure), warning from 0.6 (likely), info below. A rule reports at most its own severity (`ceiling`).
inline constexpr double kErrorConfidence = 0.9;
inline constexpr double kWarningConfidence = 0.6;
Severity severity_for(double confidence, Severity ceiling);
// The confidence of a finding whose rule gives none: what its severity stands for (0.95, 0.75, 0.5).
double default_confidence(Severity severity);
// The highest confidence a severity allows (a finding capped to info cannot claim 0.95).
double confidence_ceiling(Severity severity);

// A count for a message that reads as a sentence: "no negation", "1 negation (\"not\")", "2 negations (\"not\",
// \"never\")"; with `noun_said` (the sentence named it already) "none", "1 (\"not\")". `list`: the words, quoted.
std::string counted(std::size_t n, std::string_view noun, std::string_view list = {}, bool noun_said = false);

// Offsets count Unicode code points in FindingSide::text.
struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string text;
    // Where the span begins and ends (just after its last character) in the input file; line 0: unknown.
    xliff::Position begin_at;
    xliff::Position end_at;
};

// An inline code of the side's text, for reports that show where codes sit.
struct CodeMark {
    std::size_t at = 0;  // code points into FindingSide::text
    xliff::CodeKind kind = xliff::CodeKind::Standalone;
    std::string id;
};

struct FindingSide {
    std::string path;  // file the position refers to, when it is not the report's file (text pairs)
    std::string text;
    std::vector<Span> spans;
    xliff::Position position;
    std::vector<CodeMark> codes;
};

// Where a side's first flagged word (the span that starts first) begins and ends in the input file; the
// element's or sentence's position, with no end, when no span has a place of its own.
struct FileRegion {
    xliff::Position begin;
    xliff::Position end;  // just after the span's last character; line 0: unknown
};
FileRegion region_in_file(const FindingSide& side);

struct Finding {
    std::string rule;
    std::string its_type;
    Severity severity = Severity::Warning;
    double confidence = 0.75;  // 0–1: how sure the rule is (see severity_for)
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
