// The archive reader on arbitrary bytes as an archive (the format is found from the bytes: zip, tar,
// gzip, xz, zstd, 7z...): listed as a run lists an archive named on the command line, then every XLIFF
// member read and checked with the default rules. Damage must become error entries, never a crash.
// The reader takes a path; the bytes are written to a file on a memory file system (/dev/shm).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "checker/runner.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace verity;
    const std::string path = fuzz::write_input("input.tar", fuzz::as_text(data, size));
    checker::CheckOptions options;
    options.max_file_size = 1 << 20;  // as --max-file-size: a member above it is an error entry
    const std::vector<checker::Input> inputs = checker::expand_inputs({path}, options.max_file_size);
    if (inputs.empty()) __builtin_trap();  // an archive always yields an entry, if only an error
    (void)checker::check_files(inputs, fuzz::default_engine(), 1, options);
    return 0;
}
