// The XLIFF reader on arbitrary bytes as a file (any version, encoding, BOM), then every rule on what
// it reads: the reader must answer with a document or an error, and the rules must take any document.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "xliff/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace verity;
    const xliff::LoadResult loaded = xliff::load_buffer(fuzz::as_text(data, size), "fuzz.xlf");
    if (loaded.ok() == loaded.error.has_value()) __builtin_trap();  // exactly one of them
    if (loaded.ok()) (void)fuzz::default_engine().check(*loaded.document);
    return 0;
}
