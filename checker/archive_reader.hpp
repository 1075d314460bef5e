// Archives read as streams, never extracted: the members a run checks, listed once and read again when
// each is checked, so that memory holds one member per thread whatever the archive holds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace verity::checker {

// What a run reads at most (--max-file-size, --max-archive-size, --max-archive-entries).
struct InputLimits {
    std::uint64_t max_file_size = std::uint64_t{512} << 20;     // one file or archive member
    std::uint64_t max_archive_size = std::uint64_t{4} << 30;    // all of one archive's entries, decompressed
    std::uint64_t max_archive_entries = 100000;                 // entries of one archive, nested ones included
};

// An archive nested in an archive is read as a stream too; one nested deeper is an error entry.
inline constexpr int kMaxArchiveDepth = 1;

// One member's bytes, or why it cannot be read.
struct MemberBytes {
    std::shared_ptr<const std::string> bytes;
    std::string error;
};

class ArchiveWalk;

// The XLIFF members of one archive on disk, numbered in the archive's order. Shared by the inputs it
// yields; read() may be called from several threads (one at a time reads the stream).
class ArchiveSource {
public:
    ArchiveSource(std::string path, InputLimits limits);
    ~ArchiveSource();
    ArchiveSource(const ArchiveSource&) = delete;
    ArchiveSource& operator=(const ArchiveSource&) = delete;

    // Member `index`'s bytes. Reading goes forward through the stream; a member passed over on the
    // way that another thread is about to ask for is kept (a few MiB at most), anything else means
    // reading the archive again from its start.
    MemberBytes read(std::size_t index);

    // The members listed without an error: the only ones read() is asked for.
    void set_wanted(std::set<std::size_t> wanted) { wanted_ = std::move(wanted); }

private:
    std::string path_;
    InputLimits limits_;
    std::set<std::size_t> wanted_;
    std::mutex mutex_;
    std::unique_ptr<ArchiveWalk> walk_;
    std::size_t next_ = 0;  // the number the walk gives its next member
    std::map<std::size_t, std::shared_ptr<const std::string>> kept_;
    std::size_t kept_bytes_ = 0;
};

// One entry of an archive's listing: `path` is "archive.zip!/dir/file.xlf" (or
// "outer.tar!/inner.zip!/file.xlf"); `error` when it cannot be checked; `member` numbers it for read().
struct ArchiveEntry {
    std::string path;
    std::string error;
    std::size_t member = 0;
};

// Lists an archive's XLIFF members in the archive's order, reading each through once to apply the
// limits (their bytes are not kept). What cannot be read becomes an error entry: a damaged archive
// (or nested archive), a member over max_file_size, an archive past max_archive_entries or
// max_archive_size (the rest of it is not read), an archive nested deeper than kMaxArchiveDepth.
std::vector<ArchiveEntry> list_archive(const std::string& path, const InputLimits& limits);

}  // namespace verity::checker
