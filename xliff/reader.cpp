#include "xliff/reader.hpp"

#include <malloc.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <new>
#include <optional>
#include <utility>
#include <vector>

#include "xliff/loader.hpp"
#include "xliff/source_text.hpp"
#include "xliff/text/case_folding.hpp"

namespace verity::xliff {

bool has_xliff_extension(const std::string& path) {
    const std::string ext = text::ascii_lower(std::filesystem::path(path).extension().string());
    return ext == ".xlf" || ext == ".xliff" || ext == ".sdlxliff" || ext == ".mqxliff" || ext == ".txlf";
}

namespace {

template <class Bytes>
LoadResult load_bytes(Bytes&& bytes, const std::string& path) {
    LoadResult result;
    try {
        if (bytes.empty()) {
            result.error = LoadError{"empty file", {}};
            return result;
        }
        LoadError error;
        std::optional<SourceText> source = SourceText::decode(std::forward<Bytes>(bytes), error);
        if (!source) {
            result.error = std::move(error);
            return result;
        }
        return detail::Loader(*source, path).run();
    } catch (const std::bad_alloc&) {
        result.document.reset();
        result.error = LoadError{"not enough memory to load the file", {}};
    }
    return result;
}

// A large file becomes, on top of its bytes and its XML tree, a model about as large again, in many
// small allocations; first touching each 4 KiB page of that costs a page fault, and on a virtual
// machine the faults cost more than the parsing. So before the first large load on the main heap,
// the heap is grown once with room for a few such files, and that room is offered transparent huge
// pages (one fault per 2 MiB). Only a hint: without glibc or THP nothing changes.
void prepare_heap(std::size_t file_size) {
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE) && defined(M_TOP_PAD)
    static std::once_flag once;
    std::call_once(once, [file_size] {
        constexpr std::size_t kHuge = std::size_t{2} << 20, kProbe = 96 << 10;
        const std::size_t room = std::min<std::size_t>(std::max<std::size_t>(4 * file_size, 32 * kHuge), 256 * kHuge);
        if (mallopt(M_TOP_PAD, static_cast<int>(room)) != 1) return;
        // Allocate below the mmap threshold until the heap grows: then it grew by `room`.
        const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
        std::vector<void*> probes;
        std::uintptr_t after = before;
        while (after == before && probes.size() < room / kProbe + 2) {
            void* p = std::malloc(kProbe);
            if (p == nullptr) break;
            probes.push_back(p);
            after = reinterpret_cast<std::uintptr_t>(sbrk(0));
        }
        if (after > before) {
            const std::uintptr_t begin = (before + kHuge - 1) & ~(kHuge - 1), end = after & ~(kHuge - 1);
            if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
        }
        for (void* p : probes) std::free(p);
    });
#else
    (void)file_size;
#endif
}

}  // namespace

LoadResult load_buffer(std::string_view bytes, const std::string& path) { return load_bytes(bytes, path); }

std::optional<LoadError> read_file_bytes(const std::string& path, std::uint64_t max_bytes, std::string& bytes) {
    // stdio rather than ifstream: it keeps errno, so the message can say why (EISDIR, EACCES, ...).
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) return LoadError{"cannot read file: " + std::string(std::strerror(errno)), {}};
    const auto too_large = [&] {
        std::fclose(file);
        bytes.clear();
        bytes.shrink_to_fit();
        return LoadError{"larger than --max-file-size (" + std::to_string(max_bytes) + " bytes); not read", {}};
    };
    bytes.clear();
    // One allocation of the file's size when it is known, read straight into place; a pipe, a device or
    // a growing file is read in chunks up to the limit.
    struct stat info {};
    if (fstat(fileno(file), &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
        if (static_cast<std::uint64_t>(info.st_size) > max_bytes) return too_large();
        const auto size = static_cast<std::size_t>(info.st_size);
        if (size >= (std::size_t{4} << 20)) prepare_heap(size);
        bytes.reserve(size + 1);  // + the parser's terminating zero
        bytes.resize(size);
        bytes.resize(std::fread(bytes.data(), 1, size, file));
    }
    char chunk[65536];
    std::size_t got = 0;
    while ((got = std::fread(chunk, 1, sizeof chunk, file)) > 0) {
        if (bytes.size() + got > max_bytes) return too_large();
        bytes.append(chunk, got);
    }
    const bool failed = std::ferror(file) != 0;
    const int saved_errno = errno;
    std::fclose(file);
    if (failed) return LoadError{"cannot read file: " + std::string(std::strerror(saved_errno)), {}};
    return std::nullopt;
}

LoadResult load_file(const std::string& path, std::uint64_t max_bytes) {
    std::string bytes;
    if (auto error = read_file_bytes(path, max_bytes, bytes)) {
        LoadResult result;
        result.error = std::move(error);
        return result;
    }
    return load_bytes(std::move(bytes), path);
}

}  // namespace verity::xliff
