// Turning the bytes of a plain-text file into UTF-8 before segmentation.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace verity::text {

// On success `error` is empty and `utf8` holds the text without any byte-order mark.
// On failure `error` says what was wrong and error_line/error_column (1-based, column in
// code points) point at the offending character as an editor would show it.
struct DecodeResult {
    std::string utf8;
    std::string error;
    std::uint32_t error_line = 0, error_column = 0;
    bool ok() const { return error.empty(); }
};

// Accepts UTF-8 with or without BOM, and UTF-16LE/BE with BOM. Line endings are kept as they are
// (LF, CRLF or CR) so that positions computed later still match the original file.
DecodeResult decode_text(std::string_view bytes);

}  // namespace verity::text
