// Reading XLIFF 1.2 (including Trados .sdlxliff) and XLIFF 2.0/2.1/2.2 into the document model.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "xliff/model.hpp"

namespace verity::xliff {

// Reads and parses a file. Never throws for bad input: the error says what and where. A file (or pipe,
// or device) of more than `max_bytes` is not read past that: an error.
LoadResult load_file(const std::string& path, std::uint64_t max_bytes = UINT64_MAX);

// A file's bytes, at most `max_bytes` of them (a larger file, pipe or device is an error); the error says
// why it could not be read.
std::optional<LoadError> read_file_bytes(const std::string& path, std::uint64_t max_bytes, std::string& bytes);

// Parses bytes already in memory; `path` is only used for messages and Document::path.
// Accepts UTF-8 with or without BOM, UTF-16LE/BE with BOM, and encodings named in the XML declaration.
LoadResult load_buffer(std::string_view bytes, const std::string& path);

// Whether a file name has an XLIFF extension (.xlf .xliff .sdlxliff .mqxliff .txlf), in any case.
bool has_xliff_extension(const std::string& path);

}  // namespace verity::xliff
