// Reports: what a run found, per file, and the reporters that format it. Reporters decide nothing.
#pragma once

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "rules/engine/finding.hpp"
#include "xliff/model.hpp"

namespace verity::checker {

// Why a finding was left out of a report: a baseline holds it, or a unit note says "verity-ignore".
inline constexpr std::string_view kSuppressedByBaseline = "baseline";
inline constexpr std::string_view kSuppressedInSource = "verity-ignore note";

struct FileReport {
    std::string path;  // as given
    std::optional<xliff::DocumentFormat> format;  // none when the file could not be read
    std::string source_lang;
    std::string target_lang;
    std::size_t units = 0;
    std::size_t segments = 0;
    std::optional<xliff::LoadError> error;
    std::vector<rules::Finding> findings;
    std::string target_path;         // compare: the second input
    std::vector<std::string> notes;  // what was decided for the user (guessed languages...)
    // Findings left out of the report, by reason ("baseline"): counted, never silently dropped.
    std::map<std::string, std::size_t> suppressed;
    // The findings `suppressed` counts, with their reason, for the reports that list them (SARIF).
    struct Suppressed {
        std::string_view reason;  // kSuppressedByBaseline or kSuppressedInSource
        rules::Finding finding;
    };
    std::vector<Suppressed> suppressed_findings;
    // Segments left out of the check (--skip-states), by state; `segments` still counts them.
    std::map<std::string, std::size_t> skipped;
    // The checked document, kept only when a report shows every segment (html: CheckOptions::keep_documents).
    std::shared_ptr<const xliff::Document> document;
    // Findings a streamed report has written and the run let go (release_findings), by severity (Info,
    // Warning, Error): the summary and the exit code still count them.
    std::array<std::size_t, 3> released{};
};

// Lets a written file's findings go, keeping their counts (FileReport::released): a streamed run holds
// no findings of the files it has written.
void release_findings(FileReport& file);

// The part of a run one shard checked (--shard K/N): where its files stand among all the run's inputs, so
// `verity merge` can put the shards back in the order one run gives.
struct ShardInfo {
    std::size_t index = 1;
    std::size_t count = 1;
    std::size_t inputs = 0;               // inputs of the whole run
    std::vector<std::size_t> positions;   // per file of this report, its place among them
};

struct RunReport {
    std::string tool_version;
    std::vector<FileReport> files;
    std::optional<ShardInfo> shard;  // only in a shard's report

    std::size_t count(rules::Severity s) const;
    std::size_t files_with_errors() const;
    // Suppressed findings of all files, by reason.
    std::map<std::string, std::size_t> suppressed() const;
    // Skipped segments of all files, by state.
    std::map<std::string, std::size_t> skipped() const;
};

struct TextStyle {
    bool color = false;
};

// The report formats `check` and `compare` write, in the order `--help` lists them: the one list.
inline constexpr std::string_view kReportFormats[] = {"text", "json", "sarif", "junit", "jsonl", "xliff", "html"};

// A rule as SARIF's tool.driver describes it, taken from the catalogue by the command line.
struct RuleDescriptor {
    std::string id;        // "number.mismatch"
    std::string its_type;  // W3C ITS 2.0 locQualityIssueType
    rules::Severity severity = rules::Severity::Warning;
    std::string summary;  // one line
    std::string help;     // the rule reference's text (Markdown), empty when it has none
};

// What SARIF records of the run besides its findings.
struct SarifRun {
    std::vector<RuleDescriptor> rules;
    int exit_code = 0;
    std::string working_dir;  // artifact URIs are relative to it
};

// Invalid UTF-8 would make a whole report unreadable; each bad byte becomes U+FFFD.
std::string valid_utf8(std::string_view s);

void write_json(std::ostream& out, const RunReport& report);
// The JSON report written as a run goes: its head when made, each file when it is done (in input order),
// the summary at `finish`; the same bytes write_json gives for the finished run.
class JsonReportStream {
public:
    JsonReportStream(std::ostream& out, const std::string& tool_version, const std::optional<ShardInfo>& shard);
    ~JsonReportStream();
    JsonReportStream(const JsonReportStream&) = delete;
    JsonReportStream& operator=(const JsonReportStream&) = delete;
    void file(const FileReport& file);
    void finish(const RunReport& report);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};
void write_text(std::ostream& out, const RunReport& report, const TextStyle& style);
// The text report in two parts, for a run that writes each file as it is done: a file's lines, and the
// closing summary line.
void write_text_file(std::ostream& out, const FileReport& file, const TextStyle& style);
void write_text_summary(std::ostream& out, const RunReport& report, const TextStyle& style);
// A JSON report (write_json's) read back, for `verity merge`; nothing, and `error` says where and why, when
// the text is not one.
std::optional<RunReport> read_json_report(std::string_view text, std::string& error);
// SARIF 2.1.0: one run, every rule of the catalogue in tool.driver.
void write_sarif(std::ostream& out, const RunReport& report, const SarifRun& run);
// JUnit XML: a test suite per file, a failing test case per finding at or above `fail_on` (none: never).
void write_junit(std::ostream& out, const RunReport& report, std::optional<rules::Severity> fail_on);
// JSON Lines: a line per finding and per file, then the run's summary; flushed after each file.
void write_jsonl(std::ostream& out, const RunReport& report);
// The lines of one file (its findings, then its summary line), flushed: for streaming as files finish.
void write_jsonl_file(std::ostream& out, const FileReport& file);
// The run's summary line, last.
void write_jsonl_summary(std::ostream& out, const RunReport& report);

// HTML: one self-contained page, source and target side by side segment by segment, the findings marked by
// rule family, filters and a chart by rule. Each file's `document` gives the rows; without it, the rows
// are the segments that have findings.
void write_html(std::ostream& out, const RunReport& report, const std::vector<RuleDescriptor>& rules);
// Whether the page may go to `output`: a file, or standard output when it is not a terminal (a page of
// markup on a terminal helps nobody). False after a usage error on stderr.
bool html_destination_ok(const std::string& output);

// A copy of the checked XLIFF file with its findings as ITS 2.0 Localization Quality Issue markup.
struct AnnotatedXliff {
    std::string text;
    std::string error;          // the file could not be read again
    std::size_t unplaced = 0;   // findings with no segment to hang on
};
AnnotatedXliff annotate_xliff(const FileReport& file);

}  // namespace verity::checker
