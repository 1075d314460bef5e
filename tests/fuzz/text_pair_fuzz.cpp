// Comparing two texts (`verity compare`): the input split at its first NUL byte into a source and a
// target file, each decoded, its language guessed or given, segmented into sentences, the sentences
// aligned into one document, and the default rules run on it. Either side may also be XLIFF.
#include <cstddef>
#include <cstdint>

#include "fuzz/entry_points.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    verity::fuzz::warm_up();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!verity::fuzz::text_pair(verity::fuzz::as_text(data, size)).empty()) __builtin_trap();
    return 0;
}
