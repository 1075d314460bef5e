#include "checker/runner.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <thread>

#include "xliff/reader.hpp"

namespace verity::checker {

bool is_xliff_path(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".xlf" || ext == ".xliff" || ext == ".sdlxliff" || ext == ".mqxliff" || ext == ".txlf";
}

std::vector<Input> expand_inputs(const std::vector<std::string>& paths) {
    namespace fs = std::filesystem;
    std::vector<Input> out;
    for (const auto& p : paths) {
        std::error_code ec;
        const auto status = fs::status(p, ec);
        if (ec || !fs::exists(status)) {
            out.push_back({p, "no such file or directory"});
            continue;
        }
        if (!fs::is_directory(status)) {
            out.push_back({p, ""});
            continue;
        }
        std::vector<std::string> found;
        for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            std::error_code fec;
            if (it->is_regular_file(fec) && is_xliff_path(it->path().string())) found.push_back(it->path().string());
        }
        if (ec) out.push_back({p, "cannot walk directory: " + ec.message()});
        std::sort(found.begin(), found.end());
        for (auto& f : found) out.push_back({std::move(f), ""});
    }
    return out;
}

FileReport check_document(const xliff::Document& document, const rules::Engine& engine) {
    FileReport report;
    report.path = document.path;
    report.format = document.format;
    report.source_lang = document.source_lang;
    report.target_lang = document.target_lang;
    report.units = document.unit_count();
    report.segments = document.segment_count();
    report.findings = engine.check(document);
    report.target_path = document.target_path;
    report.notes = document.notes;
    return report;
}

namespace {

FileReport check_one(const Input& input, const rules::Engine& engine) {
    if (!input.error.empty()) {
        FileReport r;
        r.path = input.path;
        r.error = xliff::LoadError{input.error, {}};
        return r;
    }
    try {
        xliff::LoadResult loaded = xliff::load_file(input.path);
        if (!loaded.ok()) {
            FileReport r;
            r.path = input.path;
            r.error = loaded.error.value_or(xliff::LoadError{"cannot load file", {}});
            return r;
        }
        loaded.document->path = input.path;
        return check_document(*loaded.document, engine);
    } catch (const std::exception& e) {
        // A defect or resource exhaustion on one file must not take the batch down.
        FileReport r;
        r.path = input.path;
        r.error = xliff::LoadError{std::string("internal error while checking this file: ") + e.what(), {}};
        return r;
    }
}

}  // namespace

RunReport check_files(const std::vector<Input>& inputs, const rules::Engine& engine, unsigned jobs) {
    RunReport report;
    report.files.resize(inputs.size());
    jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(inputs.size())));
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < inputs.size(); i = next++) report.files[i] = check_one(inputs[i], engine);
    };
    if (jobs <= 1) {
        worker();
    } else {
        std::vector<std::jthread> pool;
        for (unsigned j = 0; j < jobs; ++j) pool.emplace_back(worker);
    }
    return report;
}

}  // namespace verity::checker
