#include "rules/lexicon/inflection.hpp"

namespace verity::rules::wording {

std::vector<std::string> lemma_candidates(const std::string& w, std::string_view lang) {
    std::vector<std::string> out{w};
    auto strip = [&](std::string_view end, std::string_view add = {}) {
        if (w.size() >= end.size() + 3 && w.ends_with(end)) out.push_back(w.substr(0, w.size() - end.size()) + std::string(add));
    };
    if (lang == "en") {
        strip("ies", "y"), strip("es"), strip("s"), strip("ed"), strip("d"), strip("ing"), strip("ing", "e"), strip("ly");
        if (w.size() >= 6 && (w.ends_with("ed") || w.ends_with("ing"))) {
            const std::size_t n = w.size() - (w.ends_with("ed") ? 2 : 3);
            if (w[n - 1] == w[n - 2]) out.push_back(w.substr(0, n - 1));  // stopped -> stop
        }
    } else if (lang == "de") {
        for (std::string_view e : {"ern", "en", "em", "er", "es", "ns", "n", "e", "s"}) strip(e);
        // Participles and infinitives with "zu" of weak verbs, also behind a separable prefix:
        // "gemeldet" → "melden", "angekündigt" → "ankündigen", "zurückzugehen" → "zurückgehen".
        static constexpr std::string_view kSeparable[] = {"",     "ab",  "an",   "auf", "aus",  "bei",    "ein",
                                                          "fest", "her", "hin",  "mit", "nach", "vor",    "weg",
                                                          "zu",   "zurück", "zusammen", "dar", "durch", "um", "über"};
        for (std::string_view prefix : kSeparable) {
            if (!w.starts_with(prefix)) continue;
            const std::string_view rest = std::string_view(w).substr(prefix.size());
            for (std::string_view infix : {"ge", "zu"}) {
                if (!rest.starts_with(infix) || rest.size() < infix.size() + 4) continue;
                std::string_view stem = rest.substr(infix.size());
                if (infix == "ge") {
                    // Inflected participles ("gemeldeten") first lose their ending.
                    for (std::string_view e : {"en", "em", "er", "es", "e"})
                        if (stem.size() >= e.size() + 4 && stem.ends_with(e) && (stem[stem.size() - e.size() - 1] == 't')) {
                            stem.remove_suffix(e.size());
                            break;
                        }
                    if (stem.ends_with("et")) stem.remove_suffix(2);
                    else if (stem.ends_with('t')) stem.remove_suffix(1);
                    else continue;
                    if (stem.size() < 3) continue;
                    out.push_back(std::string(prefix) + std::string(stem) + "en");
                } else if (!prefix.empty() && stem.ends_with("en")) {
                    out.push_back(std::string(prefix) + std::string(stem));
                }
            }
        }
    } else {
        strip("es"), strip("s"), strip("x");
    }
    return out;
}

}  // namespace verity::rules::wording
