// Linked into every test program: the installed FreeDict dictionaries are built into compact files once,
// in the build tree (VERITY_TEST_CACHE_DIR), and mapped by every later test process, as the command line
// does with ~/.cache/verity. Without it each test that reads en→de builds the dictionary anew (seconds,
// and most of the time under the sanitizers).
#include "xliff/text/bilingual_dictionary.hpp"

namespace {
const bool cache_set = [] {
    verity::text::set_default_dictionary_cache(VERITY_TEST_CACHE_DIR);
    return true;
}();
}  // namespace
