// The archive reader on arbitrary bytes as an archive (the format is found from the bytes: zip, tar,
// gzip, xz, zstd, 7z...): listed as a run lists an archive named on the command line, then every XLIFF
// member read and checked with the default rules. Damage must become error entries, never a crash.
// The reader takes a path; the bytes are written to a file on a memory file system (/dev/shm).
#include <cstddef>
#include <cstdint>

#include "fuzz/entry_points.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    verity::fuzz::warm_up();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!verity::fuzz::archive(verity::fuzz::as_text(data, size)).empty()) __builtin_trap();
    return 0;
}
