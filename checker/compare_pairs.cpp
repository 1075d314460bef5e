#include "checker/compare_pairs.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

#include <fmt/format.h>

namespace verity::checker {

namespace {

constexpr const char* kStdinDevice = "/dev/stdin";

std::string shown(const std::string& path) { return path == kStdinDevice ? kStdinName : path; }

}  // namespace

bool compare_pairs(const std::string& source, const std::string& target, const std::string& manifest,
                   std::vector<TextPair>& pairs) {
    if (manifest.empty() == (source.empty() || target.empty()) || (!manifest.empty() && !source.empty())) {
        std::cerr << "verity: compare takes SOURCE TARGET, or --pairs MANIFEST.tsv, not both\n";
        return false;
    }
    if (manifest.empty()) {
        if (source == "-" && target == "-") {
            std::cerr << "verity: compare: only one side can be standard input (-)\n";
            return false;
        }
        pairs.push_back({source == "-" ? kStdinDevice : source, target == "-" ? kStdinDevice : target});
        return true;
    }
    std::ifstream in(manifest == "-" ? kStdinDevice : manifest);
    if (!in) {
        std::cerr << fmt::format("verity: --pairs: cannot read {}\n", manifest);
        return false;
    }
    const std::filesystem::path base = manifest == "-" ? std::filesystem::path() : std::filesystem::path(manifest).parent_path();
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos || line.front() == '#') continue;
        const auto tab = line.find('\t');
        if (tab == 0 || tab == std::string::npos || tab + 1 == line.size() || line.find('\t', tab + 1) != std::string::npos) {
            std::cerr << fmt::format("verity: {}:{}: expected SOURCE<TAB>TARGET (two paths separated by one tab), got '{}'\n",
                                     manifest, number, line);
            return false;
        }
        const auto resolve = [&](const std::string& p) { return std::filesystem::path(p).is_absolute() ? p : (base / p).string(); };
        pairs.push_back({resolve(line.substr(0, tab)), resolve(line.substr(tab + 1))});
    }
    if (pairs.empty()) {
        std::cerr << fmt::format("verity: --pairs: {} names no pair\n", manifest);
        return false;
    }
    return true;
}

FileReport check_pair(const TextPair& pair, const xliff::PairOptions& options, const xliff::PairLanguages& languages,
                      const rules::Engine& engine, const CheckOptions& check) {
    xliff::PairResult aligned = xliff::align_pair(pair.source, pair.target, options, languages);
    if (!aligned.document) {
        FileReport failed;
        failed.path = shown(aligned.error_path);
        failed.error = aligned.error;
        return failed;
    }
    aligned.document->path = shown(aligned.document->path);
    aligned.document->target_path = shown(aligned.document->target_path);
    return check_document(*aligned.document, engine, check);
}

}  // namespace verity::checker
