// Writing findings back into a copy of an XLIFF file as W3C ITS 2.0 Localization Quality Issue markup,
// so that CAT tools and ITS-aware pipelines show them. The file is edited as it is (its DOM), never
// rewritten from the model: everything the model does not hold survives.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "xliff/model.hpp"

namespace verity::xliff {

// One issue, placed by where the model has its segment.
struct QualityIssue {
    std::size_t unit_index = 0;     // the unit's place among all units of the document, in document order
    std::size_t segment_index = 0;  // the segment's place in its unit (ignorable parts count, as in the model)
    std::string unit_id;            // checked against the element found at unit_index
    std::string segment_id;         // the segment's id (1.2: the mid that finds a segmented unit's segment)
    std::string type;               // ITS locQualityIssueType
    std::string comment;            // ITS locQualityIssueComment
    int severity = 50;              // ITS locQualityIssueSeverity, 0–100
};

struct AnnotateResult {
    std::string text;               // the annotated document, UTF-8
    std::optional<LoadError> error; // the input could not be read
    std::size_t placed = 0;         // issues written
    std::size_t unplaced = 0;       // issues whose unit or segment was not found
};

// XLIFF 1.2: an its:locQualityIssues element per annotated segment, last in its trans-unit, referenced by
// its:locQualityIssuesRef from the target (from the target's <mrk mtype="seg"> when the unit is
// segmented; from the source when there is no target). XLIFF 2.x (the ITS module): its:locQualityIssues
// first in the unit, referenced from an <mrk type="its:generic"> around the target's content (the
// source's when there is no target). The root gets the ITS namespace and its:version="2.0".
AnnotateResult annotate_quality_issues(const std::string& path, const std::vector<QualityIssue>& issues);

// The prefix of the ids Verity gives to what it adds (standoff xml:id, mrk id): "verity-lqi-".
inline constexpr std::string_view kQualityIssueIdPrefix = "verity-lqi-";

}  // namespace verity::xliff
