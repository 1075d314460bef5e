// Inflection endings taken off a word to find the form a dictionary lists ("unbekannten" →
// "unbekannt", "stopped" → "stop", "gemeldet" → "melden").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verity::rules::wording {

// Forms a folded word may stand for without its inflection ending, itself first.
std::vector<std::string> lemma_candidates(const std::string& w, std::string_view lang);

}  // namespace verity::rules::wording
