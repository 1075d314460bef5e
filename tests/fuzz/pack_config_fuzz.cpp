// The TOML readers on arbitrary bytes: as a language pack (--pack; the same bytes under a language
// folder and at the top), and as a verity.toml. A pack that loads is then used by every rule on a
// small pair when it has [[patterns]], so that what the pack reader accepts is what the rules can run.
#include <cstddef>
#include <cstdint>

#include "fuzz/entry_points.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    verity::fuzz::warm_up();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!verity::fuzz::pack_config(verity::fuzz::as_text(data, size)).empty()) __builtin_trap();
    return 0;
}
