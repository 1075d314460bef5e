// The annotated XLIFF report: a copy of the checked file with each finding as ITS 2.0 Localization
// Quality Issue markup (xliff/annotate.hpp does the writing). It formats the findings and decides nothing.
#include <string>
#include <vector>

#include "checker/report.hpp"
#include "xliff/annotate.hpp"

namespace verity::checker {
namespace {

// ITS locQualityIssueSeverity (0–100) for a severity: the confidence each stands from (see finding.hpp).
int its_severity(rules::Severity s) {
    switch (s) {
        case rules::Severity::Error: return 90;
        case rules::Severity::Warning: return 60;
        case rules::Severity::Info: return 30;
    }
    return 60;
}

}  // namespace

AnnotatedXliff annotate_xliff(const FileReport& file) {
    std::vector<xliff::QualityIssue> issues;
    for (const auto& x : file.findings)
        issues.push_back({x.unit_index, x.segment_index, x.unit, x.segment.value_or(""), x.its_type, valid_utf8(x.message),
                          its_severity(x.severity)});
    xliff::AnnotateResult annotated = xliff::annotate_quality_issues(file.path, issues);
    AnnotatedXliff out;
    out.text = std::move(annotated.text);
    if (annotated.error) out.error = annotated.error->message;
    out.unplaced = annotated.unplaced;
    return out;
}

}  // namespace verity::checker
