// Orchestration: which files a run reads, and checking them on a bounded pool of threads.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "checker/archive_reader.hpp"
#include "checker/report.hpp"
#include "rules/engine/engine.hpp"

namespace verity::checker {

// A path to check; `error` is set when the path itself is unusable (does not exist...).
struct Input {
    Input() = default;
    Input(std::string path_, std::string error_ = {}, std::shared_ptr<const std::string> bytes_ = nullptr,
          std::shared_ptr<ArchiveSource> archive_ = nullptr, std::size_t member_ = 0)
        : path(std::move(path_)), error(std::move(error_)), bytes(std::move(bytes_)), archive(std::move(archive_)),
          member(member_) {}

    std::string path;   // as given; "archive.zip!/dir/file.xlf" for a member of an archive
    std::string error;
    std::shared_ptr<const std::string> bytes;  // content already read (standard input)
    std::shared_ptr<ArchiveSource> archive;    // an archive member's archive, read again when it is checked
    std::size_t member = 0;                    // which member of `archive`
};

// The largest file or archive member a run reads (--max-file-size); a larger one is an error entry.
inline constexpr std::uint64_t kDefaultMaxFileSize = InputLimits{}.max_file_size;

// Files as given; directories are walked recursively for XLIFF files (.xlf .xliff .sdlxliff .mqxliff
// .txlf) and archives (.zip .tar .tar.gz .tgz .tar.bz2 .tar.xz .tar.zst .7z), in sorted order so reports
// do not depend on the file system's order; links to folders are followed. An archive contributes its
// XLIFF members in the archive's order (list_archive: its limits and error entries); a folder that
// cannot be read, and a link that leads nowhere or in a circle are error entries. "-" is standard
// input, read here (at most max_file_size bytes).
std::vector<Input> expand_inputs(const std::vector<std::string>& paths, const InputLimits& limits);
std::vector<Input> expand_inputs(const std::vector<std::string>& paths,
                                 std::uint64_t max_file_size = kDefaultMaxFileSize);

// How reports name standard input ("-" on the command line).
inline constexpr const char* kStdinName = "<stdin>";

bool is_xliff_path(const std::string& path);
bool is_archive_path(const std::string& path);

// What a run leaves out of the check.
struct CheckOptions {
    // Segments in these states (XLIFF 1.2 target@state or 2.x segment@state, and "approved" for 1.2
    // approved="yes") are not checked; each file's report counts them by state.
    std::set<std::string> skip_states;
    // Files larger than this are not read (a pipe or device stops here): an error entry.
    std::uint64_t max_file_size = kDefaultMaxFileSize;
    // Keep each checked document in its report (FileReport::document), for a report that shows every segment.
    bool keep_documents = false;
    // A streamed report: once `on_done` has had a file, its findings are counted and let go
    // (release_findings), and no thread runs more than 32 files per thread ahead of the first file not yet
    // handed over, so a run holds the findings of a few files per thread whatever the inputs hold.
    bool release_findings = false;
};

// The states --skip-states accepts: those of XLIFF 1.2 and 2.x, and "approved".
const std::set<std::string>& known_segment_states();

// Loads and checks every input. Each file's failure stays in its own entry. The result is in input
// order whatever `jobs` is, so -j1 and -j8 give identical reports.
RunReport check_files(const std::vector<Input>& inputs, const rules::Engine& engine, unsigned jobs,
                      const CheckOptions& options = {});
// The same with the engine chosen per input path (verity.toml [[files]] sections).
using EngineFor = std::function<const rules::Engine&(const std::string& path)>;
// Called with each file's report as soon as it and every file before it are done, in input order, one
// call at a time (streamed reports); it may change the report (a baseline takes out what it excuses).
using FileDone = std::function<void(FileReport&)>;
RunReport check_files(const std::vector<Input>& inputs, const EngineFor& engine_for, unsigned jobs,
                      const CheckOptions& options = {}, const FileDone& on_done = {});

// Checks a document that is already in memory (aligned text pairs, tests).
FileReport check_document(const xliff::Document& document, const rules::Engine& engine,
                          const CheckOptions& options = {});

}  // namespace verity::checker
