// Writing the document model back out as XLIFF 2.x or 1.2.
#pragma once

#include <string>
#include <string_view>

#include "xliff/model.hpp"

namespace verity::xliff {

// Serialises `doc` as an XLIFF document of `version`: "2.0", "2.1", "2.2" or "1.2".
// Inline codes are written in their simplest form: 2.x ph/sc/ec/sm/em, 1.2 x/bx/ex; code data goes
// to disp (2.x) or equiv-text (1.2). 1.2 loses what it cannot say: markers (their text is kept),
// characters XML forbids (2.x writes <cp/>), and ignorable segments, written as plain text between
// the segment marks. Throws std::invalid_argument for any other version.
std::string write_xliff(const Document& doc, std::string_view version);

}  // namespace verity::xliff
