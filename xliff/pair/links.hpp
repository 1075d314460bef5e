// Sentence links as text, in the format of the Bleualign/Vecalign gold files: "[0, 1]:[0]".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "xliff/pair/aligner.hpp"

namespace verity::xliff {

// One link a line, 0-based indices, "[]" for an empty side.
std::string format_links(const std::vector<Link>& links);
// Reads that format back (blank lines skipped, spaces optional). Malformed lines are skipped
// rather than guessed at; callers that need strictness compare the count of non-blank lines.
std::vector<Link> parse_links(std::string_view text);

}  // namespace verity::xliff
