#include "xliff/source_text.hpp"

#include <cstdint>
#include <cstring>

#include <algorithm>
#include <bit>

#include "xliff/text/case_folding.hpp"
#include "xliff/text/decode.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::xliff {

namespace {

// The encoding named in `<?xml ... encoding="X"?>`, lowercased; empty when there is none.
std::string declared_encoding(std::string_view text) {
    if (text.substr(0, 5) != "<?xml") return {};
    const std::size_t end = text.substr(0, 1024).find("?>");
    if (end == std::string_view::npos) return {};
    const std::string_view decl = text.substr(0, end);
    const std::size_t key = decl.find("encoding");
    if (key == std::string_view::npos) return {};
    std::size_t i = key + 8;
    while (i < decl.size() && (decl[i] == ' ' || decl[i] == '\t' || decl[i] == '\r' || decl[i] == '\n' || decl[i] == '='))
        ++i;
    if (i >= decl.size() || (decl[i] != '"' && decl[i] != '\'')) return {};
    const char quote = decl[i++];
    const std::size_t close = decl.find(quote, i);
    if (close == std::string_view::npos) return {};
    return text::ascii_lower(decl.substr(i, close - i));
}

}  // namespace

SourceText::SourceText(std::string utf8) : text_(std::move(utf8)) { index_lines(false); }

std::optional<SourceText> SourceText::decode(std::string_view bytes, LoadError& error) {
    const text::ByteOrderMark bom = text::detect_bom(bytes);
    std::string converter(bom.encoding);  // empty: UTF-8
    std::string encoding;
    if (bom.size == 0) {
        if (bytes.starts_with(std::string_view("<\0?\0", 4))) {
            converter = "UTF-16LE";  // UTF-16 without BOM, recognisable by its "<?" start
        } else if (bytes.starts_with(std::string_view("\0<\0?", 4))) {
            converter = "UTF-16BE";
        } else {
            encoding = declared_encoding(bytes);
            // A declaration readable as ASCII cannot be in UTF-16/32, whatever it claims.
            const bool utf8_family = encoding.empty() || encoding == "utf-8" || encoding == "utf8" ||
                                     encoding == "us-ascii" || encoding == "ascii" ||
                                     encoding.starts_with("utf-16") || encoding.starts_with("utf-32");
            if (!utf8_family) converter = encoding;
        }
    }
    bytes.remove_prefix(bom.size);

    SourceText source;
    if (converter.empty()) {
        source.text_.reserve(bytes.size() + 1);  // + the parser's terminating zero
        source.text_.assign(bytes);
        const std::size_t bad = source.index_lines(true);
        if (bad != std::string::npos) {
            error = {"invalid UTF-8 byte sequence", source.position(bad)};
            return std::nullopt;
        }
        return source;
    }

    text::Conversion converted = text::convert_to_utf8(bytes, converter.c_str());
    if (converted.unknown_encoding) {
        error = {"unsupported encoding \"" + encoding + "\" named in the XML declaration", {1, 1}};
        return std::nullopt;
    }
    if (!converted.ok()) {
        SourceText prefix(std::move(converted.utf8));
        error = {"invalid byte sequence for encoding " + converter, prefix.position(prefix.utf8().size())};
        return std::nullopt;
    }
    source.text_ = std::move(converted.utf8);
    source.index_lines(false);
    return source;
}

std::optional<SourceText> SourceText::decode(std::string&& bytes, LoadError& error) {
    // Only plain UTF-8 without a BOM is taken over as it is; everything else goes the general way.
    const bool plain = !bytes.empty() && static_cast<unsigned char>(bytes[0]) == '<';
    if (!plain) return decode(std::string_view(bytes), error);
    const std::string encoding = declared_encoding(bytes);
    if (!(encoding.empty() || encoding == "utf-8" || encoding == "utf8" || encoding == "us-ascii" ||
          encoding == "ascii"))
        return decode(std::string_view(bytes), error);
    SourceText source;
    source.text_ = std::move(bytes);
    const std::size_t bad = source.index_lines(true);
    if (bad != std::string::npos) {
        error = {"invalid UTF-8 byte sequence", source.position(bad)};
        return std::nullopt;
    }
    return source;
}

std::size_t SourceText::index_lines(bool validate) {
    size_ = text_.size();
    line_starts_.clear();
    line_starts_.push_back(0);
    continuation_.clear();
    continuation_before_.clear();
    cursor_line_ = kNoLine;
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    const std::size_t n = text_.size();
    std::size_t i = 0;
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    // True when some byte of `w` equals `b` (the classic has-zero-byte test).
    auto has_byte = [](std::uint64_t w, unsigned char b) {
        const std::uint64_t x = w ^ (kOnes * b);
        return ((x - kOnes) & ~x & kHigh) != 0;
    };
    while (i < n) {
        // Eight plain ASCII bytes without a line break at a time: most of any XLIFF file.
        if (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if ((w & kHigh) == 0 && !has_byte(w, '\n') && !has_byte(w, '\r')) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            // "\r\n" is one break; a lone "\r" is a break of its own (old Mac files).
            if (c == '\n' || (c == '\r' && (i + 1 == n || p[i + 1] != '\n'))) line_starts_.push_back(i + 1);
            ++i;
            continue;
        }
        if (!validate) {
            if ((c & 0xC0) == 0x80) mark_continuation(i);
            ++i;
            continue;
        }
        const std::size_t len = text::utf8::valid_length(text_, i);
        if (len == 0) return i;
        for (std::size_t k = 1; k < len; ++k) mark_continuation(i + k);
        i += len;
    }
    return std::string::npos;
}

void SourceText::mark_continuation(std::size_t at) {
    if (continuation_.empty()) continuation_.assign(size_ / kBlock + 1, 0);
    continuation_[at / kBlock] |= std::uint64_t{1} << (at % kBlock);
}

std::size_t SourceText::continuations(std::size_t from, std::size_t to) {
    if (continuation_.empty() || from >= to) return 0;
    if (to - from > 256 * kBlock) return continuations_before(to) - continuations_before(from);
    const std::size_t first = from / kBlock, last = to / kBlock;
    const unsigned skip = from % kBlock, keep = to % kBlock;
    if (first == last)
        return static_cast<std::size_t>(std::popcount((continuation_[first] >> skip) &
                                                      ((std::uint64_t{1} << (keep - skip)) - 1)));
    std::size_t n = static_cast<std::size_t>(std::popcount(continuation_[first] >> skip));
    for (std::size_t w = first + 1; w < last; ++w) n += static_cast<std::size_t>(std::popcount(continuation_[w]));
    if (keep != 0)
        n += static_cast<std::size_t>(std::popcount(continuation_[last] & ((std::uint64_t{1} << keep) - 1)));
    return n;
}

std::size_t SourceText::continuations_before(std::size_t offset) {
    if (continuation_.empty()) return 0;
    if (continuation_before_.empty()) {
        // Far along a long line (minified files, Trados): a table of counts per word, so that
        // out-of-order queries do not turn quadratic.
        continuation_before_.reserve(continuation_.size());
        std::size_t total = 0;
        for (const std::uint64_t w : continuation_) {
            continuation_before_.push_back(total);
            total += static_cast<std::size_t>(std::popcount(w));
        }
    }
    const std::size_t word = offset / kBlock;
    const unsigned keep = offset % kBlock;
    return continuation_before_[word] +
           (keep == 0 ? 0 : static_cast<std::size_t>(std::popcount(continuation_[word] & ((std::uint64_t{1} << keep) - 1))));
}

Position SourceText::position(std::size_t offset) {
    offset = std::min(offset, size_);
    // Positions are mostly asked in document order: walk on from the last answer's line.
    std::size_t line;
    if (cursor_line_ != kNoLine && offset >= line_starts_[cursor_line_]) {
        line = cursor_line_;
        for (int step = 0; line + 1 < line_starts_.size() && line_starts_[line + 1] <= offset; ++step) {
            if (step == 8) {
                line = static_cast<std::size_t>(
                           std::upper_bound(line_starts_.begin() + static_cast<std::ptrdiff_t>(line) + 1,
                                            line_starts_.end(), offset) -
                           line_starts_.begin()) -
                       1;
                break;
            }
            ++line;
        }
    } else {
        line = static_cast<std::size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                                        line_starts_.begin()) -
               1;
    }
    const std::size_t start = line_starts_[line];
    const std::size_t skipped = line == cursor_line_ && offset >= cursor_offset_
                                    ? cursor_continuations_ + continuations(cursor_offset_, offset)
                                    : continuations(start, offset);
    cursor_line_ = line;
    cursor_offset_ = offset;
    cursor_continuations_ = skipped;
    const std::size_t column = offset - start - skipped + 1;
    return {static_cast<std::uint32_t>(line + 1), static_cast<std::uint32_t>(column)};
}

}  // namespace verity::xliff
