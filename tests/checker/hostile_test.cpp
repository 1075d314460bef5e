// Hostile inputs: damaged and truncated archives, inputs larger than --max-file-size, endless pipes and
// devices. Each must end in an error entry for that input while the rest of the batch is checked, never
// in a crash or an exhausted memory. The archives are written here, at run time, with libarchive.
#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "archive_support.hpp"
#include "checker/runner.hpp"
#include "cli_support.hpp"
#include "rules/builtin.hpp"
#include "rules/engine/packs.hpp"

namespace verity::checker {
namespace {

namespace fs = std::filesystem;
using verity::testing::run;
using verity::testing::TempDir;
using verity::testing::slurp;
using verity::testing::write_archive;

const std::string kFixtures = std::string(VERITY_SOURCE_DIR) + "/tests/fixtures/rules/";
const std::string kFast = "VERITY_NO_DICTIONARY=1";  // runs about the inputs need no dictionaries

// The first `keep` bytes of a file, written to `to`.
void truncate_copy(const fs::path& from, const fs::path& to, std::size_t keep) {
    const std::string bytes = slurp(from.string());
    ASSERT_GT(bytes.size(), keep);
    verity::testing::write_file(to, bytes.substr(0, keep));
}

RunReport check(const std::vector<Input>& inputs, const CheckOptions& options = {}) {
    return verity::testing::check_inputs(inputs, 1, options);
}

// Every damaged archive of the directory: name -> how it was made.
struct Damaged {
    TempDir dir;
    std::vector<fs::path> archives;
    Damaged() {
        const std::string good = slurp(kFixtures + "core-1.2.xlf");
        const std::vector<std::pair<std::string, std::string>> members{{"a/one.xlf", good}, {"b/two.xlf", good}};
        write_archive(dir / "whole.zip", ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE, members);
        write_archive(dir / "whole.tar.gz", ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_GZIP, members);
        write_archive(dir / "whole.7z", ARCHIVE_FORMAT_7ZIP, ARCHIVE_FILTER_NONE, members);
        for (const std::string ext : {".zip", ".tar.gz", ".7z"}) {
            const auto size = fs::file_size(dir / ("whole" + ext));
            for (const std::size_t keep : {std::size_t{6}, std::size_t{40}, static_cast<std::size_t>(size / 2), static_cast<std::size_t>(size - 1)}) {
                const fs::path cut = dir / ("cut-" + std::to_string(keep) + ext);
                truncate_copy(dir / ("whole" + ext), cut, keep);
                archives.push_back(cut);
            }
        }
        // The 7z signature and a start header that points nowhere.
        verity::testing::write_file(dir / "signature.7z", std::string("7z\xBC\xAF\x27\x1C\x00\x04", 8) + std::string(24, '\xFF'));
        archives.push_back(dir / "signature.7z");
        verity::testing::write_file(dir / "empty.zip", "");
        archives.push_back(dir / "empty.zip");
    }
};

TEST(Hostile, DamagedOrTruncatedArchivesBecomeErrorEntries) {
    Damaged damaged;
    for (const auto& archive : damaged.archives) {
        const auto inputs = expand_inputs({archive.string()});
        ASSERT_FALSE(inputs.empty()) << archive;
        const RunReport report = check(inputs);
        bool any_error = false;
        for (const auto& f : report.files) {
            EXPECT_EQ(f.path.rfind(archive.string(), 0), 0u) << f.path;
            if (f.error) {
                any_error = true;
                EXPECT_FALSE(f.error->message.empty()) << f.path;
            }
        }
        // A cut that leaves every member whole (the last byte of a zip's directory record) may read as complete.
        if (!any_error) {
            EXPECT_EQ(report.files.size(), 2u) << archive << " gave no error entry and lost members";
        }
    }
    // The whole archives read: two members each, both checked.
    for (const std::string ext : {".zip", ".tar.gz", ".7z"}) {
        const auto inputs = expand_inputs({(damaged.dir / ("whole" + ext)).string()});
        ASSERT_EQ(inputs.size(), 2u) << ext;
        const RunReport report = check(inputs);
        for (const auto& f : report.files) EXPECT_FALSE(f.error) << f.path << ": " << f.error->message;
    }
}

TEST(Hostile, DamagedArchivesInADirectoryDoNotStopTheBatch) {
    Damaged damaged;
    fs::copy_file(kFixtures + "core-1.2.xlf", damaged.dir / "zz-good.xlf");
    const auto r = run("check --format json --fail-on never " + damaged.dir.path().string(), kFast);
    EXPECT_EQ(r.code, 0) << r.out;  // --fail-on never: error entries in the report, exit 0
    EXPECT_EQ(run("check --format json " + damaged.dir.path().string(), kFast).code, 2);  // otherwise input errors
    const auto j = nlohmann::json::parse(r.out);
    bool good_checked = false;
    std::size_t errors = 0;
    for (const auto& f : j["files"]) {
        if (!f["error"].is_null()) ++errors;
        if (f["path"].get<std::string>().ends_with("zz-good.xlf")) good_checked = f["error"].is_null() && !f["findings"].empty();
    }
    EXPECT_TRUE(good_checked);
    EXPECT_GE(errors, damaged.archives.size() - 1);  // as above: one cut zip may still read whole
}

TEST(Hostile, ArchiveMembersAndFilesOverTheSizeLimitAreErrorEntries) {
    TempDir dir;
    const std::string good = slurp(kFixtures + "core-1.2.xlf");
    ASSERT_GT(good.size(), 1024u);
    const std::string padded = good + std::string(8192, ' ');  // trailing whitespace keeps it well-formed
    write_archive(dir / "members.tar.gz", ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_GZIP,
                  {{"big.xlf", padded}, {"small.xlf", good}});
    write_archive(dir / "members.zip", ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE, {{"big.xlf", padded}, {"small.xlf", good}});
    verity::testing::write_file(dir / "big.xlf", padded);
    const std::uint64_t limit = good.size() + 100;
    for (const std::string name : {"members.tar.gz", "members.zip"}) {
        const auto inputs = expand_inputs({(dir / name).string()}, limit);
        ASSERT_EQ(inputs.size(), 2u) << name;
        EXPECT_NE(inputs[0].error.find("--max-file-size"), std::string::npos) << inputs[0].path;
        EXPECT_EQ(inputs[0].bytes, nullptr);
        EXPECT_TRUE(inputs[1].error.empty()) << inputs[1].error;
        // Without the limit both are read.
        for (const auto& input : expand_inputs({(dir / name).string()})) EXPECT_TRUE(input.error.empty());
    }
    CheckOptions options;
    options.max_file_size = limit;
    const RunReport report = check({{(dir / "big.xlf").string(), "", nullptr}, {kFixtures + "core-1.2.xlf", "", nullptr}}, options);
    ASSERT_TRUE(report.files[0].error.has_value());
    EXPECT_NE(report.files[0].error->message.find("--max-file-size"), std::string::npos);
    EXPECT_FALSE(report.files[1].error.has_value());
    EXPECT_FALSE(check({{(dir / "big.xlf").string(), "", nullptr}}).files[0].error.has_value());
}

TEST(Hostile, EndlessDevicesAndPipesStopAtTheLimit) {
    if (!fs::exists("/dev/zero")) GTEST_SKIP() << "no /dev/zero";
    TempDir dir;
    fs::copy_file(kFixtures + "core-1.2.xlf", dir / "good.xlf");
    // /dev/zero has no extension: named on the command line, it is read as XLIFF.
    auto r = run("check --format json --max-file-size 1M /dev/zero " + (dir / "good.xlf").string(), kFast);
    EXPECT_EQ(r.code, 2);
    auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["files"].size(), 2u);
    EXPECT_NE(j["files"][0]["error"]["message"].get<std::string>().find("--max-file-size"), std::string::npos);
    EXPECT_TRUE(j["files"][1]["error"].is_null());

    const fs::path fifo = dir / "pipe.xlf";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    r = run("check --format json --max-file-size 64K " + fifo.string(), "(head -c 300000 /dev/zero > " + fifo.string() + " &); " + kFast);
    EXPECT_EQ(r.code, 2);
    j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["files"].size(), 1u);
    EXPECT_NE(j["files"][0]["error"]["message"].get<std::string>().find("--max-file-size"), std::string::npos);

    // compare reads with the same limit.
    r = run("compare --format json --max-file-size 1K /dev/zero " + (dir / "good.xlf").string(), kFast);
    EXPECT_EQ(r.code, 2);
    j = nlohmann::json::parse(r.out);
    EXPECT_NE(j["files"][0]["error"]["message"].get<std::string>().find("--max-file-size"), std::string::npos);
}

TEST(Hostile, MaxFileSizeTakesBytesOrBinarySuffixes) {
    const std::string good = kFixtures + "core-1.2.xlf";
    for (const std::string ok : {"100000", "64K", "64k", "1M", "2G"})
        EXPECT_NE(run("check --fail-on never --max-file-size " + ok + " " + good, kFast).code, 2) << ok;
    EXPECT_EQ(run("check --max-file-size 100 " + good, kFast).code, 2);  // too small for the file: an input error
    for (const std::string bad : {"0", "-5", "12X", "1.5M", "M", "1MB", "99999999999999999999"}) {
        const auto r = run("check --max-file-size '" + bad + "' " + good, "", true);
        EXPECT_EQ(r.code, 2) << bad;
        EXPECT_NE(r.out.find("--max-file-size"), std::string::npos) << bad << ": " << r.out;
    }
}

// A run that must refuse to write: exit 2 before any report, the message naming both files, the file
// that would have been overwritten unchanged.
void expect_refused(const std::string& args, const fs::path& kept, const std::string& second_name) {
    const std::string before = slurp(kept.string());
    const auto r = run(args, kFast, true);
    EXPECT_EQ(r.code, 2) << args << "\n" << r.out;
    EXPECT_NE(r.out.find("same file"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(second_name), std::string::npos) << r.out;
    EXPECT_EQ(slurp(kept.string()), before) << kept;
}

TEST(Hostile, ReportsNeverOverwriteAFileTheRunReads) {
    TempDir dir;
    fs::create_directories(dir / "in" / "sub");
    fs::copy_file(kFixtures + "core-1.2.xlf", dir / "in" / "a.xlf");
    fs::copy_file(kFixtures + "core-1.2.xlf", dir / "in" / "sub" / "b.xlf");
    const std::string in = (dir / "in").string();
    // Found in a directory walk, by path and through a symbolic link (same inode).
    const fs::path found = dir / "in" / "sub" / "b.xlf";
    expect_refused("check --format json -o " + found.string() + " " + in, found, "b.xlf");
    fs::create_symlink(found, dir / "link.json");
    expect_refused("check --format json -o " + (dir / "link.json").string() + " " + in, found, "b.xlf");
    expect_refused("check --write-baseline " + found.string() + " " + in, found, "b.xlf");
    // An archive's members come from the archive file.
    write_archive(dir / "in.zip", ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE, {{"x.xlf", slurp(kFixtures + "core-1.2.xlf")}});
    expect_refused("check -o " + (dir / "in.zip").string() + " " + (dir / "in.zip").string(), dir / "in.zip", "in.zip");
    // The glossary, a pack file and the configuration.
    verity::testing::write_file(dir / "g.csv", "en,fr\nfact-finding mission,mission d'enquête\n");
    expect_refused("check -o " + (dir / "g.csv").string() + " --glossary " + (dir / "g.csv").string() + " " + in,
                   dir / "g.csv", "--glossary");
    fs::create_directories(dir / "packs" / "en");
    verity::testing::write_file(dir / "packs" / "en" / "more.toml", "language = \"en\"\n[numbers]\npercent = [\"pc.\"]\n");
    expect_refused("check -o " + (dir / "packs" / "en" / "more.toml").string() + " --pack " + (dir / "packs").string() + " " + in,
                   dir / "packs" / "en" / "more.toml", "--pack");
    verity::testing::write_file(dir / "verity.toml", "fail_on = \"never\"\n");
    expect_refused("check -o " + (dir / "verity.toml").string() + " --config " + (dir / "verity.toml").string() + " " + in,
                   dir / "verity.toml", "--config");
    // compare: either text.
    expect_refused("compare -o " + found.string() + " " + (dir / "in" / "a.xlf").string() + " " + found.string(), found, "b.xlf");
    // Another file is fine, and leaves no temporary file behind.
    const auto ok = run("check --format json --fail-on never -o " + (dir / "report.json").string() + " " + in, kFast);
    EXPECT_EQ(ok.code, 0);
    EXPECT_EQ(nlohmann::json::parse(slurp((dir / "report.json").string()))["files"].size(), 2u);
    for (const auto& e : fs::directory_iterator(dir.path()))
        EXPECT_EQ(e.path().filename().string().find("verity-tmp"), std::string::npos) << e.path();
}

TEST(Hostile, AnUnusableOutputPathIsAUsageErrorBeforeTheCheck) {
    TempDir dir;
    const std::string input = kFixtures + "core-1.2.xlf";
    for (const std::string option : {"-o", "--write-baseline"}) {
        auto r = run("check " + option + " " + (dir / "missing" / "r.json").string() + " " + input, "", true);
        EXPECT_EQ(r.code, 2) << option;
        EXPECT_NE(r.out.find("does not exist"), std::string::npos) << r.out;
        r = run("check " + option + " " + dir.path().string() + " " + input, "", true);
        EXPECT_EQ(r.code, 2);
        EXPECT_NE(r.out.find("is a directory"), std::string::npos) << r.out;
    }
    if (::geteuid() != 0) {  // root writes anywhere
        fs::create_directories(dir / "locked");
        fs::permissions(dir / "locked", fs::perms::owner_read | fs::perms::owner_exec);
        const auto r = run("check -o " + (dir / "locked" / "r.json").string() + " " + input, "", true);
        EXPECT_EQ(r.code, 2);
        EXPECT_NE(r.out.find("cannot write"), std::string::npos) << r.out;
        fs::permissions(dir / "locked", fs::perms::owner_all);
    }
}

TEST(Hostile, LinksThatLeadNowhereOrInACircleAndUnreadableFoldersAreErrorEntries) {
    TempDir dir;
    const fs::path top = dir / "in";
    fs::create_directories(top / "sub");
    fs::create_directories(dir / "elsewhere");
    fs::copy_file(kFixtures + "core-1.2.xlf", top / "sub" / "a.xlf");
    fs::copy_file(kFixtures + "core-1.2.xlf", dir / "elsewhere" / "b.xlf");
    fs::create_symlink(dir / "missing.xlf", top / "broken.xlf");         // leads nowhere
    fs::create_symlink(top / "self.xlf", top / "self.xlf");              // leads to itself
    fs::create_directory_symlink(top, top / "sub" / "up");               // leads back to a folder above
    fs::create_directory_symlink(dir / "elsewhere", top / "linked");     // a linked folder is walked
    fs::create_symlink(dir / "missing.txt", top / "notes.txt");          // not an XLIFF name: not an input
    std::map<std::string, std::string> entries;
    for (const auto& input : expand_inputs({top.string()})) entries[fs::path(input.path).lexically_relative(top).string()] = input.error;
    ASSERT_TRUE(entries.count("sub/a.xlf"));
    EXPECT_EQ(entries["sub/a.xlf"], "");
    ASSERT_TRUE(entries.count("linked/b.xlf"));
    EXPECT_EQ(entries["linked/b.xlf"], "");
    EXPECT_NE(entries["broken.xlf"].find("broken symbolic link"), std::string::npos);
    EXPECT_NE(entries["self.xlf"].find("loop"), std::string::npos);
    EXPECT_NE(entries["sub/up"].find("loop"), std::string::npos);
    EXPECT_FALSE(entries.count("notes.txt"));
    EXPECT_EQ(entries.size(), 5u);
    if (::geteuid() == 0) GTEST_SKIP() << "root reads any folder: the unreadable folder case needs another user";
    fs::create_directories(top / "locked");
    fs::permissions(top / "locked", fs::perms::none);
    bool reported = false;
    for (const auto& input : expand_inputs({top.string()}))
        reported = reported || (input.path == (top / "locked").string() && input.error.find("cannot read directory") == 0);
    fs::permissions(top / "locked", fs::perms::owner_all);
    EXPECT_TRUE(reported);
}

}  // namespace
}  // namespace verity::checker
