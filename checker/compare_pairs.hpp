// Which texts `compare` aligns: one pair from the command line (either side may be "-", standard
// input), or a manifest of pairs (--pairs MANIFEST.tsv) for a batch.
#pragma once

#include <string>
#include <vector>

#include "checker/runner.hpp"
#include "xliff/pair/pair.hpp"

namespace verity::checker {

struct TextPair {
    std::string source, target;
};

// The pairs to compare: SOURCE TARGET, or the lines of `manifest` (SOURCE<TAB>TARGET, relative to the
// manifest's folder; blank lines and lines starting with '#' are skipped). False after a usage error on
// standard error: both or neither given, "-" on both sides, a manifest that cannot be read, a line
// without exactly two fields (with its line number), no pair at all.
bool compare_pairs(const std::string& source, const std::string& target, const std::string& manifest,
                   std::vector<TextPair>& pairs);

// Aligns and checks one pair; a text that cannot be read is the pair's error entry.
FileReport check_pair(const TextPair& pair, const xliff::PairOptions& options, const xliff::PairLanguages& languages,
                      const rules::Engine& engine, const CheckOptions& check);

}  // namespace verity::checker
