// The TOML readers on arbitrary bytes: as a language pack (--pack; the same bytes under a language
// folder and at the top), and as a verity.toml. A pack that loads is then used by every rule on a
// small pair when it has [[patterns]], so that what the pack reader accepts is what the rules can run.
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/config.hpp"
#include "fuzz_support.hpp"
#include "rules/reference.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace verity;
    const std::string_view bytes = fuzz::as_text(data, size);

    rules::PackSet alone;
    const bool loaded = !alone.add("en/fuzz.toml", bytes).has_value();
    (void)rules::PackSet().add("fuzz.toml", bytes);
    // Building an engine costs far more than reading a pack: only for packs with checklist rules, the
    // part of a pack that becomes code (RE2 patterns) rather than word lists.
    if (loaded && alone.find("en") && !alone.find("en")->patterns.empty()) {
        rules::PackSet packs = fuzz::builtin_packs();
        if (packs.add("en/fuzz.toml", bytes)) __builtin_trap();  // accepted alone, so accepted here
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
        options.settings.dictionaries = fuzz::fixture_dictionaries();
        const rules::Engine engine(registry, packs, options);
        (void)engine.check(*rules::example_document(pair));
    }

    std::string error;
    const auto config = checker::read_config(fuzz::write_input("verity.toml", bytes), error);
    if (config.has_value() == !error.empty()) __builtin_trap();  // a config or an error, not both
    return 0;
}
