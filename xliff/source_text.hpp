// Input bytes turned into one UTF-8 buffer, with a line index so byte offsets become line/column.
// Internal to xliff/: the reader parses from utf8() and reports positions through position().
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xliff/model.hpp"

namespace verity::xliff {

class SourceText {
public:
    // Detects the encoding (BOM, then the XML declaration), converts to UTF-8 and checks it.
    // Returns nullopt and fills `error` when the bytes cannot be decoded.
    static std::optional<SourceText> decode(std::string_view bytes, LoadError& error);
    // The same, taking over `bytes` when they are UTF-8 already (no copy of a large file).
    static std::optional<SourceText> decode(std::string&& bytes, LoadError& error);

    // Wraps text that is already valid UTF-8 (no checking); used for error positions and tests.
    explicit SourceText(std::string utf8);

    const std::string& utf8() const { return text_; }
    std::size_t line_count() const { return line_starts_.size(); }

    // 1-based line and column (in code points) of a byte offset; offsets past the end clamp.
    // Not const: remembers the last answer so document-order queries on one long line stay linear.
    Position position(std::size_t offset);

private:
    SourceText() = default;
    // Records line starts; returns the offset of the first invalid UTF-8 byte, or npos.
    std::size_t index_lines(bool validate);
    std::size_t count_code_points(std::size_t from, std::size_t to) const;
    // Code points before `offset`, via a table of per-block counts built on first use.
    std::size_t code_points_before(std::size_t offset);

    static constexpr std::size_t kBlock = 256;

    std::string text_;
    std::vector<std::size_t> line_starts_;
    std::vector<std::size_t> block_code_points_;  // code points before each kBlock-byte block
    std::size_t cursor_line_ = 0;
    std::size_t cursor_offset_ = 0;
    std::size_t cursor_column_ = 1;
};

// Appends the UTF-8 form of a code point (no checking: callers pass valid scalar values).
void append_utf8(std::string& out, char32_t cp);

}  // namespace verity::xliff
