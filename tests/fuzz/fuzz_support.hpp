// What the fuzz entry points share: the built-in packs and engine made once, the input split in two,
// and bytes written to a file on a memory file system for readers that take a path.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "rules/builtin.hpp"
#include "rules/engine/engine.hpp"
#include "rules/engine/packs.hpp"
#include "rules/reference.hpp"
#include "xliff/text/bilingual_dictionary.hpp"

namespace verity::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Two texts from one input: before and after its first NUL byte (no NUL: all of it is the first).
inline std::pair<std::string_view, std::string_view> split_two(std::string_view bytes) {
    const std::size_t nul = bytes.find('\0');
    if (nul == std::string_view::npos) return {bytes, {}};
    return {bytes.substr(0, nul), bytes.substr(nul + 1)};
}

inline const rules::PackSet& builtin_packs() {
    static const rules::PackSet packs = rules::PackSet::builtin();
    return packs;
}

// The small dictionaries of the test fixtures (French, Spanish, German) rather than those installed:
// loading a whole installed dictionary takes longer under the sanitizers than libFuzzer allows an input.
inline std::shared_ptr<const text::Dictionaries> fixture_dictionaries() {
    static const auto dictionaries =
        std::make_shared<const text::Dictionaries>(VERITY_SOURCE_DIR "/tests/fixtures/text/dictd");
    return dictionaries;
}

// Every built-in rule with the built-in packs, as a default run has them (but fixture dictionaries).
inline const rules::Engine& default_engine() {
    static const rules::Registry registry = [] {
        rules::Registry r;
        rules::register_builtin_rules(r);
        return r;
    }();
    static const rules::Engine engine(registry, builtin_packs(), [] {
        rules::EngineOptions options;
        options.settings.dictionaries = fixture_dictionaries();
        return options;
    }());
    return engine;
}

// What the rules load on first use (word lists, WordNet, dictionaries) loaded before the first input,
// so that no input is charged with it: every target calls this from LLVMFuzzerInitialize.
inline void warm_up() {
    for (const char* target_lang : {"de", "en", "fr"}) {
        rules::ReferenceExample pair;
        pair.origin = "warm-up";
        pair.source_lang = "en";
        pair.target_lang = target_lang;
        pair.units = {{"The 3 new rules do not apply to <b>Paris</b> before 1 May 2024.",
                       "Die 3 neuen Regeln gelten nicht vor dem 1. Mai 2024 für <b>Paris</b>."}};
        (void)default_engine().check(*rules::example_document(pair));
    }
}

// A file named `name` (its extension matters to some readers) holding `bytes`, in /dev/shm when there
// is one, so that entry points taking a path read the input from memory. Each process has its own.
inline std::string write_input(std::string_view name, std::string_view bytes) {
    static const std::string dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    const std::string path = dir + "/verity-fuzz-" + std::to_string(getpid()) + "-" + std::string(name);
    if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
        if (!bytes.empty()) std::fwrite(bytes.data(), 1, bytes.size(), f);
        std::fclose(f);
    }
    return path;
}

}  // namespace verity::fuzz
