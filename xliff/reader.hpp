// Reading XLIFF 1.2 (including Trados .sdlxliff) and XLIFF 2.0/2.1/2.2 into the document model.
#pragma once

#include <string>
#include <string_view>

#include "xliff/model.hpp"

namespace verity::xliff {

// Reads and parses a file. Never throws for bad input: the error says what and where.
LoadResult load_file(const std::string& path);

// Parses bytes already in memory; `path` is only used for messages and Document::path.
// Accepts UTF-8 with or without BOM, UTF-16LE/BE with BOM, and encodings named in the XML declaration.
LoadResult load_buffer(std::string_view bytes, const std::string& path);

// Whether a file name has an XLIFF extension (.xlf .xliff .sdlxliff .mqxliff .txlf), in any case.
bool has_xliff_extension(const std::string& path);

}  // namespace verity::xliff
