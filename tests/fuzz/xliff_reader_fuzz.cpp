// The XLIFF reader on arbitrary bytes as a file (any version, encoding, BOM), then every rule on what
// it reads: the reader must answer with a document or an error, and the rules must take any document.
#include <cstddef>
#include <cstdint>

#include "fuzz/entry_points.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    verity::fuzz::warm_up();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!verity::fuzz::xliff_reader(verity::fuzz::as_text(data, size)).empty()) __builtin_trap();
    return 0;
}
