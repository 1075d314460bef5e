// Loads every real-world XLIFF file of the shared corpus: none may crash, every file the
// conformance suites call valid must load, and we report how many invalid ones are rejected.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "xliff/reader.hpp"
#include "xliff/test_support.hpp"

namespace verity::xliff {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = VERITY_SOURCE_DIR "/../shared/corpus/xliff-real/";

struct Expectation {
    std::string kind;        // "valid", "invalid", "in-out", "warning"; empty outside the suites
    bool well_formed = true; // false for the few files that are broken XML whatever they claim
};

std::map<std::string, Expectation> read_manifest(const fs::path& file) {
    std::map<std::string, Expectation> expected;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const nlohmann::json entry = nlohmann::json::parse(line);
        const auto kind = entry.find("expected");  // absent or null outside the conformance suites
        Expectation& e = expected[entry.at("local_path").get<std::string>()];
        e.kind = kind != entry.end() && kind->is_string() ? kind->get<std::string>() : "";
        e.well_formed = entry.value("xml_wellformed", true);
    }
    return expected;
}

TEST(Corpus, RealFilesLoadOrAreRejectedCleanly) {
    if (!fs::is_directory(kCorpus))
        GTEST_SKIP() << "corpus folder " << kCorpus.string() << " is absent; nothing to check";
    const auto expected = read_manifest(kCorpus / "manifest.jsonl");
    ASSERT_FALSE(expected.empty()) << "manifest.jsonl is missing or empty";

    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(kCorpus))
        if (entry.is_regular_file() && entry.path().filename() != "manifest.jsonl") files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    // Suite files that must load: valid ones, in/out pairs and those that only earn a warning.
    std::size_t must_load = 0, invalid = 0, invalid_rejected = 0, other = 0, other_loaded = 0;
    std::size_t units = 0, bytes = 0;
    std::vector<std::string> failures, rejected_other;
    double seconds = 0;
    for (const fs::path& path : files) {
        const std::string rel = fs::relative(path, kCorpus).generic_string();
        const auto it = expected.find(rel);
        const Expectation e = it == expected.end() ? Expectation{} : it->second;
        const std::string& kind = e.kind;
        bytes += fs::file_size(path);

        const auto start = std::chrono::steady_clock::now();
        const LoadResult r = load_file(path.string());
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        EXPECT_NE(r.ok(), r.error.has_value()) << rel;
        if (r.ok()) units += r.document->unit_count();

        if (!e.well_formed && (kind == "valid" || kind == "in-out" || kind == "warning")) {
            // Good-pgs_plural.xlf in the 2.2 suite is labelled valid but is not well-formed XML.
            std::cout << "  labelled " << kind << " but not well-formed XML, " << (r.ok() ? "loaded" : "rejected")
                      << ": " << rel << (r.ok() ? "" : ": " + testing::describe(r)) << "\n";
        } else if (kind == "valid" || kind == "in-out" || kind == "warning") {
            ++must_load;
            if (!r.ok()) failures.push_back(rel + ": " + testing::describe(r));
        } else if (kind == "invalid") {
            ++invalid;
            if (!r.ok()) ++invalid_rejected;
        } else {
            ++other;
            if (r.ok())
                ++other_loaded;
            else
                rejected_other.push_back(rel + ": " + testing::describe(r));
        }
    }

    std::cout << "Corpus files: " << files.size() << " (" << bytes / 1e6 << " MB, " << units << " units loaded) in "
              << seconds * 1000 << " ms\n"
              << "OASIS valid/in-out/warning files loaded: " << must_load - failures.size() << " of " << must_load << "\n"
              << "OASIS invalid files rejected: " << invalid_rejected << " of " << invalid << "\n"
              << "Other real-world files loaded: " << other_loaded << " of " << other << "\n";
    for (const std::string& r : rejected_other) std::cout << "  rejected: " << r << "\n";
    for (const std::string& f : failures) ADD_FAILURE() << "expected to load: " << f;
    EXPECT_EQ(files.size(), expected.size()) << "files on disk and manifest entries differ";
}

}  // namespace
}  // namespace verity::xliff
