// Bytes in some encoding turned into UTF-8: the one decoder, for plain-text files (decode_text) and
// for XLIFF files, whose reader adds what the XML declaration says (xliff/source_text.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace verity::text {

// A byte-order mark at the start of some bytes: the encoding it announces (an ICU converter name,
// empty for UTF-8) and its size in bytes, 0 when there is none.
struct ByteOrderMark {
    std::string_view encoding;
    std::size_t size = 0;
};
ByteOrderMark detect_bom(std::string_view bytes);

// Bytes in `encoding` (an ICU converter name: "UTF-16LE", "windows-1252") converted to UTF-8. A byte
// sequence the encoding does not allow, and an unpaired UTF-16 surrogate, stop the conversion: a
// wrong declaration should be reported, not hidden behind U+FFFD.
struct Conversion {
    std::string utf8;              // on failure, the text decoded before the problem
    std::string problem;           // empty on success
    bool unknown_encoding = false; // ICU has no converter of that name
    bool ok() const { return problem.empty(); }
};
Conversion convert_to_utf8(std::string_view bytes, const char* encoding);

// 1-based line and column (in code points) of a byte offset of UTF-8 text, as an editor shows it:
// "\r\n", "\n" and a lone "\r" each end a line.
struct LineColumn {
    std::uint32_t line = 1, column = 1;
};
LineColumn line_column(std::string_view utf8, std::size_t offset);

// On success `error` is empty and `utf8` holds the text without any byte-order mark.
// On failure `error` says what was wrong and error_line/error_column (1-based, column in
// code points) point at the offending character as an editor would show it.
struct DecodeResult {
    std::string utf8;
    std::string error;
    std::uint32_t error_line = 0, error_column = 0;
    bool ok() const { return error.empty(); }
};

// A plain-text file: UTF-8 with or without BOM, and UTF-16LE/BE with BOM. Line endings are kept as
// they are (LF, CRLF or CR) so that positions computed later still match the original file.
DecodeResult decode_text(std::string_view bytes);

}  // namespace verity::text
