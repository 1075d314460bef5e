#include "checker/archive_reader.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <array>
#include <optional>

#include "checker/runner.hpp"

namespace verity::checker {

namespace {

// libarchive's message for the last failure; it may have none (a truncated 7z, for one).
std::string archive_message(struct archive* a) {
    const char* message = archive_error_string(a);
    return message && *message ? message : "unexpected end of data or unreadable structure";
}

struct archive* new_reader() {
    struct archive* a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_all(a);
    return a;
}

// What a member read from a stream gives: whether the stream may go on.
enum class ReadEnd { ok, member_failed, stream_broken, archive_too_large };

}  // namespace

// The XLIFF members of an archive and of the archives it holds, in stream order, one at a time.
class ArchiveWalk {
public:
    struct Event {
        enum Kind { member, error, end } kind;
        std::string path;
        std::string message;
    };

    ArchiveWalk(const std::string& path, const InputLimits& limits) : path_(path), limits_(limits), outer_(new_reader()) {
        if (archive_read_open_filename(outer_, path.c_str(), 1 << 16) != ARCHIVE_OK)
            pending_ = Event{Event::error, path, "cannot open archive: " + archive_message(outer_)};
    }
    ~ArchiveWalk() {
        close_inner();
        archive_read_free(outer_);
    }
    ArchiveWalk(const ArchiveWalk&) = delete;
    ArchiveWalk& operator=(const ArchiveWalk&) = delete;

    Event next() {
        if (pending_) {
            Event e = std::move(*pending_);
            pending_.reset();
            done_ = true;
            return e;
        }
        while (!done_) {
            if (inner_) {
                if (auto e = next_in(inner_, inner_path_, true)) return *e;
                continue;
            }
            if (auto e = next_in(outer_, path_, false)) return *e;
        }
        return {Event::end, path_, ""};
    }

    // The current member's bytes (kept only when `keep`), or why not.
    MemberBytes read(bool keep) {
        struct archive* a = inner_ ? inner_ : outer_;
        MemberBytes out;
        auto bytes = std::make_shared<std::string>();
        std::array<char, 1 << 16> buf;
        std::uint64_t size = 0;
        la_ssize_t n = 0;
        while (size <= limits_.max_file_size && (n = archive_read_data(a, buf.data(), buf.size())) > 0) {
            size += static_cast<std::uint64_t>(n);
            if (size > counted_) {
                total_ += size - counted_;
                counted_ = size;
            }
            if (total_ > limits_.max_archive_size) {
                pending_ = too_large_archive();
                out.error = "not read whole: " + pending_->message;
                return out;
            }
            if (keep && size <= limits_.max_file_size) bytes->append(buf.data(), static_cast<std::size_t>(n));
        }
        if (size > limits_.max_file_size) {
            out.error = too_large_member(limits_.max_file_size);
        } else if (n < 0) {
            out.error = "cannot read archive member: " + archive_message(a);
            if (inner_) close_inner();  // the nested stream cannot go on; the outer one may
            else done_ = true;
        } else if (keep) {
            out.bytes = std::move(bytes);
        }
        return out;
    }

    static std::string too_large_member(std::uint64_t max) {
        return "larger than --max-file-size (" + std::to_string(max) + " bytes); not read";
    }

private:
    Event too_large_archive() const {
        return {Event::error, path_,
                "expands to more than --max-archive-size (" + std::to_string(limits_.max_archive_size) +
                    " bytes); the rest of it is not read"};
    }

    // The next event from `a` (the outer archive, or the nested one when `nested`); nothing when the
    // entry read was one to pass over.
    std::optional<Event> next_in(struct archive* a, const std::string& prefix, bool nested) {
        struct archive_entry* entry = nullptr;
        const int status = archive_read_next_header(a, &entry);
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN) {
            Event e{Event::error, prefix, ""};
            if (status != ARCHIVE_EOF) e.message = std::string(nested ? "nested " : "") + "archive is damaged: " + archive_message(a);
            if (nested) close_inner();
            else done_ = true;
            if (e.message.empty()) return std::nullopt;
            return e;
        }
        if (++entries_ > limits_.max_archive_entries) {
            done_ = true;
            return Event{Event::error, path_,
                         "holds more than --max-archive-entries (" + std::to_string(limits_.max_archive_entries) +
                             ") entries; the rest of it is not read"};
        }
        const char* name = archive_entry_pathname(entry);
        if (!name || archive_entry_filetype(entry) != AE_IFREG) return std::nullopt;
        const std::string path = prefix + "!/" + name;
        counted_ = 0;
        const bool archive = is_archive_path(name);
        if (!archive && archive_entry_size_is_set(entry) && archive_entry_size(entry) > 0) {
            counted_ = static_cast<std::uint64_t>(archive_entry_size(entry));
            total_ += counted_;
        }
        const bool xliff = is_xliff_path(name);
        if (xliff && counted_ > limits_.max_file_size) {
            // Reported as the member's error; the archive's own limit, if passed too, comes next.
            if (total_ > limits_.max_archive_size) pending_ = too_large_archive();
            return Event{Event::error, path, too_large_member(limits_.max_file_size)};
        }
        if (total_ > limits_.max_archive_size) {
            done_ = true;
            return too_large_archive();
        }
        if (xliff) return Event{Event::member, path, ""};
        if (!archive) return std::nullopt;
        if (nested)
            return Event{Event::error, path,
                         "an archive inside an archive inside an archive; Verity reads archives " +
                             std::to_string(kMaxArchiveDepth) + " level down, no deeper: extract it first"};
        inner_ = new_reader();
        inner_path_ = path;
        if (archive_read_open(inner_, this, nullptr, read_outer, nullptr) != ARCHIVE_OK) {
            Event e{Event::error, path, "cannot open nested archive: " + archive_message(inner_)};
            close_inner();
            return e;
        }
        return std::nullopt;
    }

    // A nested archive reads its bytes from its entry in the outer archive.
    static la_ssize_t read_outer(struct archive*, void* walk, const void** buffer) {
        auto* self = static_cast<ArchiveWalk*>(walk);
        *buffer = self->chunk_.data();
        return archive_read_data(self->outer_, self->chunk_.data(), self->chunk_.size());
    }

    void close_inner() {
        if (inner_) archive_read_free(inner_);
        inner_ = nullptr;
    }

    std::string path_;
    InputLimits limits_;
    struct archive* outer_;
    struct archive* inner_ = nullptr;
    std::string inner_path_;
    std::optional<Event> pending_;  // reported by the next call, which ends the walk
    bool done_ = false;
    std::uint64_t entries_ = 0;
    std::uint64_t total_ = 0;    // every entry counted at its declared or read size, whichever is larger
    std::uint64_t counted_ = 0;  // how much of the current entry total_ holds
    std::array<char, 1 << 16> chunk_{};  // the outer archive's bytes on their way to the nested one
};

std::vector<ArchiveEntry> list_archive(const std::string& path, const InputLimits& limits) {
    std::vector<ArchiveEntry> out;
    ArchiveWalk walk(path, limits);
    std::size_t members = 0;
    for (auto e = walk.next(); e.kind != ArchiveWalk::Event::end; e = walk.next()) {
        if (e.kind == ArchiveWalk::Event::error) {
            out.push_back({e.path, e.message, 0});
            continue;
        }
        out.push_back({e.path, walk.read(false).error, members++});
    }
    return out;
}

ArchiveSource::ArchiveSource(std::string path, InputLimits limits) : path_(std::move(path)), limits_(limits) {}
ArchiveSource::~ArchiveSource() = default;

namespace {
// What a source keeps of members read past on the way to another (a thread a little behind asks next).
constexpr std::size_t kKeptBytes = std::size_t{32} << 20;
}  // namespace

MemberBytes ArchiveSource::read(std::size_t index) {
    const std::lock_guard lock(mutex_);
    if (auto it = kept_.find(index); it != kept_.end()) {
        MemberBytes out{it->second, ""};
        kept_bytes_ -= it->second->size();
        kept_.erase(it);
        return out;
    }
    if (!walk_ || next_ > index) {
        walk_ = std::make_unique<ArchiveWalk>(path_, limits_);
        next_ = 0;
        kept_.clear();
        kept_bytes_ = 0;
    }
    for (auto e = walk_->next(); e.kind != ArchiveWalk::Event::end; e = walk_->next()) {
        if (e.kind != ArchiveWalk::Event::member) continue;
        const std::size_t member = next_++;
        if (member == index) return walk_->read(true);
        if (!wanted_.count(member) || kept_bytes_ >= kKeptBytes) continue;
        MemberBytes passed = walk_->read(true);
        if (passed.bytes && kept_bytes_ + passed.bytes->size() <= kKeptBytes) {
            kept_bytes_ += passed.bytes->size();
            kept_[member] = std::move(passed.bytes);
        }
    }
    walk_.reset();
    return {nullptr, "archive member not found on a second reading (did the archive change during the run?)"};
}

}  // namespace verity::checker
