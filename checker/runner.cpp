#include "checker/runner.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cctype>
#include <exception>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>

#include "checker/inline_ignore.hpp"
#include "xliff/reader.hpp"
#include "xliff/text/case_folding.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::checker {

bool is_xliff_path(const std::string& path) { return xliff::has_xliff_extension(path); }

bool is_archive_path(const std::string& path) {
    const std::string lower = text::ascii_lower(path);
    for (const std::string_view ext :
         {".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst", ".tzst", ".7z"})
        if (lower.size() > ext.size() && lower.ends_with(ext)) return true;
    return false;
}

namespace {

namespace fs = std::filesystem;

// A directory's XLIFF files and archives, recursively, into `found`; symbolic links are followed. What
// cannot be walked becomes an error entry there too: a folder that cannot be read, a link to an XLIFF
// or archive name that leads nowhere, a link that leads in a circle (to itself or to a folder above it).
// `on_walk` holds the canonical folders from the top of the walk down to `dir`.
void walk(const fs::path& dir, std::set<fs::path>& on_walk, std::vector<Input>& found) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
        found.push_back({dir.string(), "cannot read directory: " + ec.message(), nullptr});
        return;
    }
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const fs::path path = it->path();
        const std::string name = path.string();
        const bool wanted = is_xliff_path(name) || is_archive_path(name);
        std::error_code sec;
        const bool link = it->is_symlink(sec);
        const auto status = fs::status(path, sec);
        if (sec || !fs::exists(status)) {
            if (sec == std::errc::too_many_symbolic_link_levels)
                found.push_back({name, "symbolic link loop: it leads back to itself", nullptr});
            else if (wanted)
                found.push_back({name, std::string(link ? "broken symbolic link: " : "cannot read: ") +
                                           (sec ? sec.message() : "no such file"), nullptr});
            continue;
        }
        if (fs::is_directory(status)) {
            const fs::path real = fs::canonical(path, sec);
            if (sec) {
                found.push_back({name, "cannot read directory: " + sec.message(), nullptr});
            } else if (on_walk.count(real)) {
                found.push_back({name, "symbolic link loop: it leads back to " + real.string(), nullptr});
            } else {
                on_walk.insert(real);
                walk(path, on_walk, found);
                on_walk.erase(real);
            }
            continue;
        }
        if (wanted && fs::is_regular_file(status)) found.push_back({name, "", nullptr});
    }
    if (ec) found.push_back({dir.string(), "cannot walk directory: " + ec.message(), nullptr});
}

}  // namespace

namespace {

// An archive's members as inputs, sharing one reader.
void expand_archive(const std::string& path, const InputLimits& limits, std::vector<Input>& out) {
    auto source = std::make_shared<ArchiveSource>(path, limits);
    std::set<std::size_t> wanted;
    std::size_t listed = 0;
    for (auto& entry : list_archive(path, limits)) {
        if (entry.error.empty()) {
            wanted.insert(entry.member);
            out.push_back({std::move(entry.path), "", nullptr, source, entry.member});
        } else {
            out.push_back({std::move(entry.path), std::move(entry.error), nullptr, nullptr, 0});
        }
        ++listed;
    }
    if (listed == 0) out.push_back({path, "archive holds no XLIFF files", nullptr, nullptr, 0});
    source->set_wanted(std::move(wanted));
}

// Standard input ("-"), read whole now: it can be read only once.
Input read_stdin(std::uint64_t max_file_size) {
    auto bytes = std::make_shared<std::string>();
    if (auto error = xliff::read_file_bytes("/dev/stdin", max_file_size, *bytes))
        return {kStdinName, error->message, nullptr, nullptr, 0};
    return {kStdinName, "", bytes, nullptr, 0};
}

}  // namespace

std::vector<Input> expand_inputs(const std::vector<std::string>& paths, std::uint64_t max_file_size) {
    InputLimits limits;
    limits.max_file_size = max_file_size;
    return expand_inputs(paths, limits);
}

std::vector<Input> expand_inputs(const std::vector<std::string>& paths, const InputLimits& limits) {
    const std::uint64_t max_file_size = limits.max_file_size;
    std::vector<Input> out;
    for (const auto& p : paths) {
        if (p == "-") {
            out.push_back(read_stdin(max_file_size));
            continue;
        }
        std::error_code ec;
        const auto status = fs::status(p, ec);
        if (ec || !fs::exists(status)) {
            out.push_back({p, ec == std::errc::too_many_symbolic_link_levels ? "symbolic link loop" : "no such file or directory",
                           nullptr});
            continue;
        }
        if (!fs::is_directory(status)) {
            if (is_archive_path(p)) expand_archive(p, limits, out);
            else out.push_back({p, "", nullptr});
            continue;
        }
        std::vector<Input> found;
        std::set<fs::path> on_walk;
        const fs::path top = fs::canonical(p, ec);
        if (!ec) on_walk.insert(top);
        walk(p, on_walk, found);
        std::stable_sort(found.begin(), found.end(), [](const Input& x, const Input& y) { return x.path < y.path; });
        for (auto& f : found) {
            if (f.error.empty() && is_archive_path(f.path)) expand_archive(f.path, limits, out);
            else out.push_back(std::move(f));
        }
    }
    return out;
}

const std::set<std::string>& known_segment_states() {
    static const std::set<std::string> states{
        // XLIFF 1.2 target@state
        "new", "needs-translation", "needs-adaptation", "needs-l10n", "needs-review-translation",
        "needs-review-adaptation", "needs-review-l10n", "translated", "signed-off", "final",
        // XLIFF 2.x segment@state
        "initial", "reviewed",
        // XLIFF 1.2 trans-unit@approved="yes"
        "approved"};
    return states;
}

namespace {

// The state a segment is skipped for, or nothing. The state as written is compared without case
// ("Final" = "final"); an approved 1.2 unit is skipped for "approved" whatever its state.
std::optional<std::string> skipped_for(const xliff::Segment& segment, const std::set<std::string>& skip) {
    std::string state = segment.state;
    std::transform(state.begin(), state.end(), state.begin(), [](unsigned char c) { return std::tolower(c); });
    if (!state.empty() && skip.count(state)) return state;
    if (segment.approved && skip.count("approved")) return std::string("approved");
    return std::nullopt;
}

// The document without the skipped segments (they become ignorable, as whitespace between segments is),
// with how many were skipped per state.
xliff::Document without_skipped(const xliff::Document& document, const std::set<std::string>& skip,
                                std::map<std::string, std::size_t>& skipped) {
    xliff::Document out = document;
    for (auto& file : out.files)
        for (auto& unit : file.units)
            for (auto& segment : unit.segments) {
                if (segment.ignorable) continue;
                if (auto state = skipped_for(segment, skip)) {
                    segment.ignorable = true;
                    ++skipped[*state];
                }
            }
    return out;
}

}  // namespace

FileReport check_document(const xliff::Document& document, const rules::Engine& engine, const CheckOptions& options) {
    FileReport report;
    report.path = document.path;
    report.format = document.format;
    report.source_lang = document.source_lang;
    report.target_lang = document.target_lang;
    report.units = document.unit_count();
    report.segments = document.segment_count();
    report.notes = document.notes;
    if (options.skip_states.empty()) {
        report.findings = engine.check(document, &report.notes);
    } else {
        const xliff::Document checked = without_skipped(document, options.skip_states, report.skipped);
        report.findings = engine.check(checked, &report.notes);
    }
    std::vector<rules::Finding> ignored;
    if (drop_ignored(document, report.findings, &ignored) > 0) {
        report.suppressed[std::string(kSuppressedInSource)] = ignored.size();
        for (auto& f : ignored) report.suppressed_findings.push_back({kSuppressedInSource, std::move(f)});
    }
    report.target_path = document.target_path;
    if (options.keep_documents) report.document = std::make_shared<const xliff::Document>(document);
    return report;
}

namespace {

// An input's document: from the bytes read already, its archive, or its file.
xliff::LoadResult load_input(const Input& input, std::uint64_t max_file_size) {
    if (input.bytes) return xliff::load_buffer(*input.bytes, input.path);
    if (!input.archive) return xliff::load_file(input.path, max_file_size);
    MemberBytes member = input.archive->read(input.member);
    if (!member.bytes) return {std::nullopt, xliff::LoadError{member.error, {}}};
    return xliff::load_buffer(*member.bytes, input.path);
}

FileReport check_one(const Input& input, const rules::Engine& engine, const CheckOptions& options) {
    if (!input.error.empty()) {
        FileReport r;
        r.path = input.path;
        r.error = xliff::LoadError{input.error, {}};
        return r;
    }
    try {
        xliff::LoadResult loaded = load_input(input, options.max_file_size);
        if (!loaded.ok()) {
            FileReport r;
            r.path = input.path;
            r.error = loaded.error.value_or(xliff::LoadError{"cannot load file", {}});
            return r;
        }
        loaded.document->path = input.path;
        return check_document(*loaded.document, engine, options);
    } catch (const std::exception& e) {
        // A defect or resource exhaustion on one file must not take the batch down.
        FileReport r;
        r.path = input.path;
        r.error = xliff::LoadError{std::string("internal error while checking this file: ") + e.what(), {}};
        return r;
    }
}

}  // namespace

RunReport check_files(const std::vector<Input>& inputs, const rules::Engine& engine, unsigned jobs,
                      const CheckOptions& options) {
    return check_files(inputs, [&engine](const std::string&) -> const rules::Engine& { return engine; }, jobs, options);
}

namespace {

// Runs job(i) for every input on `jobs` threads; returns when all are done.
void for_each_input(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& job) {
    jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(count)));
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < count; i = next++) job(i);
    };
    if (jobs <= 1) {
        worker();
    } else {
        text::load_normalizers();
        std::vector<std::jthread> pool;
        for (unsigned j = 0; j < jobs; ++j) pool.emplace_back(worker);
    }
}

// The first pass of a run whose rules compare documents with each other (consistency.target across
// files): every loadable input is read and shown to its engine's index. Inputs that do not load are left
// to the check, which reports them. A run of one input has nothing to compare across.
void index_run(const std::vector<Input>& inputs, const EngineFor& engine_for, unsigned jobs,
               const CheckOptions& options) {
    if (inputs.size() < 2) return;
    bool any = false;
    for (const auto& input : inputs) any = any || engine_for(input.path).indexes_run();
    if (!any) return;
    for_each_input(inputs.size(), jobs, [&](std::size_t i) {
        const rules::Engine& engine = engine_for(inputs[i].path);
        if (!inputs[i].error.empty() || !engine.indexes_run()) return;
        try {
            xliff::LoadResult loaded = load_input(inputs[i], options.max_file_size);
            if (!loaded.ok()) return;
            loaded.document->path = inputs[i].path;
            std::map<std::string, std::size_t> skipped;
            if (options.skip_states.empty()) engine.index(*loaded.document, i);
            else engine.index(without_skipped(*loaded.document, options.skip_states, skipped), i);
        } catch (const std::exception&) {
            // The check of this input meets the same failure and reports it in the file's entry.
        }
    });
}

}  // namespace

RunReport check_files(const std::vector<Input>& inputs, const EngineFor& engine_for, unsigned jobs,
                      const CheckOptions& options, const FileDone& on_done) {
    index_run(inputs, engine_for, jobs, options);
    RunReport report;
    report.files.resize(inputs.size());
    std::mutex done_mutex;
    std::condition_variable handed_over;
    std::vector<bool> done(inputs.size(), false);
    std::size_t next_done = 0;  // the first file not yet handed to on_done
    // How far a thread may run ahead of next_done when findings are let go: the files checked but not yet
    // handed over are what the run holds. The thread with next_done itself never waits.
    const std::size_t ahead = 32 * std::max(1u, jobs);
    for_each_input(inputs.size(), jobs, [&](std::size_t i) {
        if (on_done && options.release_findings) {
            std::unique_lock lock(done_mutex);
            handed_over.wait(lock, [&] { return i < next_done + ahead; });
        }
        FileReport checked = check_one(inputs[i], engine_for(inputs[i].path), options);
        if (!on_done) {
            report.files[i] = std::move(checked);
            return;
        }
        const std::lock_guard lock(done_mutex);
        report.files[i] = std::move(checked);
        done[i] = true;
        const std::size_t before = next_done;
        for (; next_done < done.size() && done[next_done]; ++next_done) {
            on_done(report.files[next_done]);
            if (options.release_findings) release_findings(report.files[next_done]);
        }
        if (next_done != before) handed_over.notify_all();
    });
    return report;
}

}  // namespace verity::checker
