// Archives written at run time with libarchive, for the tests of reading them.
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "checker/runner.hpp"
#include "rules/builtin.hpp"
#include "rules/engine/packs.hpp"

namespace verity::testing {

inline std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Writes an archive of `members` (name, bytes) in a libarchive format, with an optional filter.
inline void write_archive(const std::filesystem::path& path, int format, int filter, const std::vector<std::pair<std::string, std::string>>& members) {
    struct archive* a = archive_write_new();
    ASSERT_EQ(archive_write_set_format(a, format), ARCHIVE_OK);
    if (filter != ARCHIVE_FILTER_NONE) {
        ASSERT_EQ(archive_write_add_filter(a, filter), ARCHIVE_OK);
    }
    ASSERT_EQ(archive_write_open_filename(a, path.c_str()), ARCHIVE_OK);
    for (const auto& [name, bytes] : members) {
        struct archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, name.c_str());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, static_cast<la_int64_t>(bytes.size()));
        ASSERT_EQ(archive_write_header(a, e), ARCHIVE_OK);
        ASSERT_EQ(archive_write_data(a, bytes.data(), bytes.size()), static_cast<la_ssize_t>(bytes.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
}

// Checks inputs with the target and markup rules on `jobs` threads.
inline checker::RunReport check_inputs(const std::vector<checker::Input>& inputs, unsigned jobs = 1,
                                       const checker::CheckOptions& options = {}) {
    // One engine for the whole program: building it is the slow part.
    struct Setup {
        rules::Registry registry;
        rules::PackSet packs = rules::PackSet::builtin();  // the engine keeps a reference
        std::optional<rules::Engine> engine;
        Setup() {
            rules::register_builtin_rules(registry);
            rules::EngineOptions engine_options;
            engine_options.rule_globs = "target.*,markup.*";
            engine.emplace(registry, packs, engine_options);
        }
    };
    static const Setup setup;
    return checker::check_files(inputs, *setup.engine, jobs, options);
}

}  // namespace verity::testing
