#include "xliff/source_text.hpp"

#include <cstdint>
#include <cstring>

#include <algorithm>
#include <array>
#include <bit>
#include <memory>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

namespace verity::xliff {

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

namespace {

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

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
    return lower_ascii(decl.substr(i, close - i));
}

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};

// Converts `bytes` in the named ICU encoding to UTF-8. On an undecodable byte, returns false with
// `out` holding the text decoded so far, so the caller can say where the problem is.
bool convert_to_utf8(const char* encoding, std::string_view bytes, std::string& out, bool& unknown_encoding) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(encoding, &status));
    unknown_encoding = U_FAILURE(status);
    if (unknown_encoding) return false;
    // Stop instead of substituting U+FFFD: a wrong declaration should be reported, not hidden.
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);

    out.reserve(bytes.size() + bytes.size() / 2);
    std::array<UChar, 16384> chunk{};
    const char* src = bytes.data();
    const char* const src_end = bytes.data() + bytes.size();
    char16_t pending_high = 0;  // high surrogate waiting for its low half (maybe in the next chunk)
    for (;;) {
        UChar* dst = chunk.data();
        status = U_ZERO_ERROR;
        ucnv_toUnicode(conv.get(), &dst, chunk.data() + chunk.size(), &src, src_end, nullptr, true, &status);
        for (const UChar* p = chunk.data(); p != dst; ++p) {
            const char16_t u = *p;
            const bool high = u >= 0xD800 && u <= 0xDBFF;
            const bool low = u >= 0xDC00 && u <= 0xDFFF;
            // ICU's UTF-16 converters pass unpaired surrogates through; they are not text.
            if ((pending_high != 0) != low) return false;
            if (low) {
                append_utf8(out, 0x10000 + ((static_cast<char32_t>(pending_high) - 0xD800) << 10) + (u - 0xDC00));
                pending_high = 0;
            } else if (high) {
                pending_high = u;
            } else {
                append_utf8(out, u);
            }
        }
        if (status == U_BUFFER_OVERFLOW_ERROR) continue;
        return U_SUCCESS(status) && pending_high == 0;
    }
}

}  // namespace

SourceText::SourceText(std::string utf8) : text_(std::move(utf8)) { index_lines(false); }

std::optional<SourceText> SourceText::decode(std::string_view bytes, LoadError& error) {
    const char* icu_name = nullptr;
    std::size_t skip = 0;
    // UTF-32LE's BOM begins like UTF-16LE's, so it is tried first.
    static constexpr std::pair<std::string_view, const char*> boms[] = {
        {std::string_view("\xEF\xBB\xBF", 3), nullptr},
        {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
        {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
        {std::string_view("\xFF\xFE", 2), "UTF-16LE"},
        {std::string_view("\xFE\xFF", 2), "UTF-16BE"},
    };
    for (const auto& [bom, name] : boms)
        if (bytes.starts_with(bom)) {
            icu_name = name;
            skip = bom.size();
            break;
        }
    std::string encoding;
    if (skip == 0) {
        if (bytes.starts_with(std::string_view("<\0?\0", 4))) {
            icu_name = "UTF-16LE";  // UTF-16 without BOM, recognisable by its "<?" start
        } else if (bytes.starts_with(std::string_view("\0<\0?", 4))) {
            icu_name = "UTF-16BE";
        } else {
            encoding = declared_encoding(bytes);
            // A declaration readable as ASCII cannot be in UTF-16/32, whatever it claims.
            const bool utf8_family = encoding.empty() || encoding == "utf-8" || encoding == "utf8" ||
                                     encoding == "us-ascii" || encoding == "ascii" ||
                                     encoding.starts_with("utf-16") || encoding.starts_with("utf-32");
            if (!utf8_family) icu_name = encoding.c_str();
        }
    }

    SourceText source;
    if (icu_name == nullptr) {
        source.text_.reserve(bytes.size() - skip + 1);  // + the parser's terminating zero
        source.text_.assign(bytes.substr(skip));
        const std::size_t bad = source.index_lines(true);
        if (bad != std::string::npos) {
            error = {"invalid UTF-8 byte sequence", source.position(bad)};
            return std::nullopt;
        }
        return source;
    }

    bool unknown = false;
    if (!convert_to_utf8(icu_name, bytes.substr(skip), source.text_, unknown)) {
        if (unknown) {
            error = {"unsupported encoding \"" + encoding + "\" named in the XML declaration", {1, 1}};
            return std::nullopt;
        }
        SourceText prefix(std::move(source.text_));
        error = {std::string("invalid byte sequence for encoding ") + icu_name,
                 prefix.position(prefix.utf8().size())};
        return std::nullopt;
    }
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
        // Well-formed sequences per Unicode table 3-7: no overlongs, surrogates or values past U+10FFFF.
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            return i;
        }
        if (i + len > n) return i;
        if (p[i + 1] < lo || p[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80) return i;
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
