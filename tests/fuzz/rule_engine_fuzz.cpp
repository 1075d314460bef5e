// The default rules on an arbitrary source/target pair (the input split at its first NUL byte), en→de
// and en→en, as one unit of an XLIFF 2.0 document. Only well-formed UTF-8 is passed on: the readers
// never give the rules anything else.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "rules/reference.hpp"
#include "xliff/text/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace verity;
    const auto [source, target] = fuzz::split_two(fuzz::as_text(data, size));
    if (text::utf8::find_invalid(source) != std::string_view::npos ||
        text::utf8::find_invalid(target) != std::string_view::npos)
        return 0;
    for (const char* target_lang : {"de", "en"}) {
        rules::ReferenceExample pair;
        pair.origin = "fuzz";
        pair.source_lang = "en";
        pair.target_lang = target_lang;
        pair.units = {{std::string(source), std::string(target)}};
        (void)fuzz::default_engine().check(*rules::example_document(pair));
    }
    return 0;
}
