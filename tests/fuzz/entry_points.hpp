// The entry points the fuzz targets drive, one per reader of untrusted bytes. The libFuzzer targets
// (tests/fuzz/*_fuzz.cpp) and the regression test (tests/checker/fuzz_regression_test.cpp, which replays
// every input a fuzzer once crashed on) call the same functions. Each returns which of its promises was
// broken, or an empty string; a crash, leak or undefined behaviour is the sanitizers' to report.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/config.hpp"
#include "checker/runner.hpp"
#include "fuzz/fuzz_support.hpp"
#include "rules/reference.hpp"
#include "xliff/pair/pair.hpp"
#include "xliff/reader.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::fuzz {

// The XLIFF reader on bytes as a file (any version, encoding, BOM), then every rule on what it reads.
inline std::string xliff_reader(std::string_view bytes) {
    const xliff::LoadResult loaded = xliff::load_buffer(bytes, "fuzz.xlf");
    if (loaded.ok() == loaded.error.has_value()) return "the reader gave both or neither a document and an error";
    if (loaded.ok()) (void)default_engine().check(*loaded.document);
    return {};
}

// `verity compare`: the bytes split at their first NUL into a source and a target file, each decoded,
// its language given or guessed, segmented, the sentences aligned into one document, and the default
// rules run on it. The last byte picks the languages and whether lines are sentences.
inline std::string text_pair(std::string_view bytes) {
    const auto [source, target] = split_two(bytes);
    const rules::PackSet& packs = builtin_packs();
    static const auto profiles = packs.stopword_profiles();
    xliff::PairLanguages languages;
    languages.stopword_profiles = profiles;
    languages.list = [&packs](const std::string& language, std::string_view list) -> const std::vector<std::string>& {
        return rules::list_of(packs.find(language), list);
    };
    languages.dictionaries = fixture_dictionaries().get();
    xliff::PairOptions options;
    const unsigned mode = bytes.empty() ? 0 : static_cast<unsigned char>(bytes.back());
    static const char* const kLanguages[][2] = {{"en", "de"}, {"en", "en"}, {"", ""}, {"de", "fr"}};
    options.source_lang = kLanguages[mode % 4][0];
    options.target_lang = kLanguages[mode % 4][1];
    options.lines = (mode & 4) != 0;
    const xliff::PairResult result = xliff::align_pair(write_input("source.txt", source),
                                                       write_input("target.txt", target), options, languages);
    if (result.document.has_value() == result.error.has_value()) return "compare gave both or neither a document and an error";
    if (result.document) (void)default_engine().check(*result.document);
    return {};
}

// The default rules on a source/target pair (split at the first NUL), en→de and en→en, as one unit of
// an XLIFF 2.0 document. Only well-formed UTF-8 goes on: the readers never give the rules anything else.
inline std::string rule_engine(std::string_view bytes) {
    const auto [source, target] = split_two(bytes);
    if (text::utf8::find_invalid(source) != std::string_view::npos ||
        text::utf8::find_invalid(target) != std::string_view::npos)
        return {};
    for (const char* target_lang : {"de", "en"}) {
        rules::ReferenceExample pair;
        pair.origin = "fuzz";
        pair.source_lang = "en";
        pair.target_lang = target_lang;
        pair.units = {{std::string(source), std::string(target)}};
        (void)default_engine().check(*rules::example_document(pair));
    }
    return {};
}

// The TOML readers: the bytes as a language pack (under a language folder and at the top) and as a
// verity.toml. A pack with [[patterns]] (the part of a pack that becomes code: RE2 patterns) is then used
// by every rule on a small pair; building an engine costs too much to do it for every pack.
inline std::string pack_config(std::string_view bytes) {
    rules::PackSet alone;
    const bool loaded = !alone.add("en/fuzz.toml", bytes).has_value();
    (void)rules::PackSet().add("fuzz.toml", bytes);
    if (loaded && alone.find("en") && !alone.find("en")->patterns.empty()) {
        rules::PackSet packs = builtin_packs();
        if (packs.add("en/fuzz.toml", bytes)) return "a pack accepted alone was refused beside the built-in ones";
        static const rules::Registry registry = [] {
            rules::Registry r;
            rules::register_builtin_rules(r);
            return r;
        }();
        rules::ReferenceExample pair;
        pair.origin = "fuzz";
        pair.source_lang = "de";
        pair.target_lang = "en";
        pair.units = {{"Die Frist endet am 3. Mai 2024 um 17:00 Uhr; {0} Dateien, <b>nicht</b> mehr.",
                       "The deadline ends on 3 May 2024 at 5 pm; {0} files, <b>no</b> more."}};
        rules::EngineOptions options;
        options.settings.dictionaries = fixture_dictionaries();
        const rules::Engine engine(registry, packs, options);
        (void)engine.check(*rules::example_document(pair));
    }
    std::string error;
    const auto config = checker::read_config(write_input("verity.toml", bytes), error);
    if (config.has_value() == !error.empty()) return "the config reader gave both or neither a config and an error";
    return {};
}

// The archive reader on bytes as an archive (the format is found from the bytes: zip, tar, gzip, xz,
// zstd, 7z...), listed as a run lists an archive named on the command line, then every XLIFF member
// read and checked. The reader takes a path: the bytes are written to /dev/shm first.
inline std::string archive(std::string_view bytes) {
    checker::CheckOptions options;
    options.max_file_size = 1 << 20;  // as --max-file-size: a larger member is an error entry
    const std::vector<checker::Input> inputs = checker::expand_inputs({write_input("input.tar", bytes)},
                                                                      options.max_file_size);
    if (inputs.empty()) return "an archive gave no entry, not even an error";
    (void)checker::check_files(inputs, default_engine(), 1, options);
    return {};
}

}  // namespace verity::fuzz
