// The default rules on an arbitrary source/target pair (the input split at its first NUL byte), en→de
// and en→en, as one unit of an XLIFF 2.0 document. Only well-formed UTF-8 is passed on: the readers
// never give the rules anything else.
#include <cstddef>
#include <cstdint>

#include "fuzz/entry_points.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    verity::fuzz::warm_up();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!verity::fuzz::rule_engine(verity::fuzz::as_text(data, size)).empty()) __builtin_trap();
    return 0;
}
