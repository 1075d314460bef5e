// Input bytes turned into one UTF-8 buffer, with a line index so byte offsets become line/column.
// Internal to xliff/: the reader parses from utf8() and reports positions through position().
#pragma once

#include <cstddef>
#include <cstdint>
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
    // The buffer itself, for a parser that works in place. Positions stay right after the parser has
    // changed it: they come from the line index and continuation-byte masks taken when it was read.
    std::string& buffer() { return text_; }
    std::size_t line_count() const { return line_starts_.size(); }

    // 1-based line and column (in code points) of a byte offset; offsets past the end clamp.
    // Not const: remembers the last answer so document-order queries stay linear in the file's size.
    Position position(std::size_t offset);

private:
    SourceText() = default;
    // Records line starts and where UTF-8 continuation bytes are; returns the offset of the first
    // invalid UTF-8 byte, or npos.
    std::size_t index_lines(bool validate);
    void mark_continuation(std::size_t at);
    // Continuation bytes in [from, to): the difference between bytes and code points there.
    std::size_t continuations(std::size_t from, std::size_t to);
    std::size_t continuations_before(std::size_t offset);

    static constexpr std::size_t kBlock = 64;  // bytes per mask word
    static constexpr std::size_t kNoLine = static_cast<std::size_t>(-1);

    std::string text_;
    std::size_t size_ = 0;                        // of text_ as read (a parser may change text_)
    std::vector<std::size_t> line_starts_;
    std::vector<std::uint64_t> continuation_;     // bit i of word b: byte b*64+i is a continuation
                                                  // byte; empty while the text is all ASCII
    std::vector<std::size_t> continuation_before_;  // continuation bytes before each word, on demand
    std::size_t cursor_line_ = kNoLine;
    std::size_t cursor_offset_ = 0;
    std::size_t cursor_continuations_ = 0;        // continuation bytes from the line start to cursor
};

}  // namespace verity::xliff
