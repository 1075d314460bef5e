// Comparing two texts (`verity compare`): the input split at its first NUL byte into a source and a
// target file, each decoded, its language guessed or given, segmented into sentences, the sentences
// aligned into one document, and the default rules run on it. Either side may also be XLIFF.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.hpp"
#include "xliff/pair/pair.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace verity;
    const auto [source, target] = fuzz::split_two(fuzz::as_text(data, size));
    const rules::PackSet& packs = fuzz::builtin_packs();
    xliff::PairLanguages languages;
    static const auto profiles = packs.stopword_profiles();
    languages.stopword_profiles = profiles;
    languages.list = [&packs](const std::string& language, std::string_view list) -> const std::vector<std::string>& {
        return rules::list_of(packs.find(language), list);
    };
    languages.dictionaries = fuzz::fixture_dictionaries().get();
    xliff::PairOptions options;
    // The last byte picks the languages (given or guessed) and whether lines are sentences.
    const unsigned mode = size ? data[size - 1] : 0;
    static const char* const kLanguages[][2] = {{"en", "de"}, {"en", "en"}, {"", ""}, {"de", "fr"}};
    options.source_lang = kLanguages[mode % 4][0];
    options.target_lang = kLanguages[mode % 4][1];
    options.lines = (mode & 4) != 0;
    const std::string source_path = fuzz::write_input("source.txt", source);
    const std::string target_path = fuzz::write_input("target.txt", target);
    const xliff::PairResult result = xliff::align_pair(source_path, target_path, options, languages);
    if (result.document) (void)fuzz::default_engine().check(*result.document);
    return 0;
}
