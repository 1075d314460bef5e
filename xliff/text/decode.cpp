#include "xliff/text/decode.hpp"

#include <array>
#include <memory>

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include "xliff/text/utf8.hpp"

namespace verity::text {
namespace {

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};

DecodeResult fail(std::string_view text, std::size_t offset, std::string message) {
    const LineColumn at = line_column(text, offset);
    DecodeResult r;
    r.error = std::move(message);
    r.error_line = at.line;
    r.error_column = at.column;
    return r;
}

// Appends the UTF-16 units of one chunk to `out`, pairing surrogates (a high one may wait for the
// next chunk in `pending_high`); false, with `problem` set, at an unpaired one.
bool append_utf16(const UChar* begin, const UChar* end, char16_t& pending_high, std::string& out,
                  std::string& problem) {
    for (const UChar* p = begin; p != end; ++p) {
        const char16_t u = *p;
        const bool high = u >= 0xD800 && u <= 0xDBFF;
        const bool low = u >= 0xDC00 && u <= 0xDFFF;
        // ICU's UTF-16 converters pass unpaired surrogates through; they are not text.
        if (pending_high != 0 && !low) {
            problem = fmt::format("unpaired high surrogate U+{:04X}", static_cast<unsigned>(pending_high));
            return false;
        }
        if (pending_high == 0 && low) {
            problem = fmt::format("unpaired low surrogate U+{:04X}", static_cast<unsigned>(u));
            return false;
        }
        if (low) {
            utf8::append(out, 0x10000 + ((static_cast<char32_t>(pending_high) - 0xD800) << 10) + (u - 0xDC00));
            pending_high = 0;
        } else if (high) {
            pending_high = u;
        } else {
            utf8::append(out, u);
        }
    }
    return true;
}

}  // namespace

ByteOrderMark detect_bom(std::string_view bytes) {
    // UTF-32LE's mark begins like UTF-16LE's, so it is tried first.
    static constexpr std::pair<std::string_view, std::string_view> marks[] = {
        {std::string_view("\xEF\xBB\xBF", 3), ""},
        {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
        {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
        {std::string_view("\xFF\xFE", 2), "UTF-16LE"},
        {std::string_view("\xFE\xFF", 2), "UTF-16BE"},
    };
    for (const auto& [mark, encoding] : marks)
        if (bytes.starts_with(mark)) return {encoding, mark.size()};
    return {};
}

Conversion convert_to_utf8(std::string_view bytes, const char* encoding) {
    Conversion result;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(encoding, &status));
    if (U_FAILURE(status)) {
        result.unknown_encoding = true;
        result.problem = fmt::format("unknown encoding \"{}\"", encoding);
        return result;
    }
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);

    result.utf8.reserve(bytes.size() + bytes.size() / 2);
    std::array<UChar, 16384> chunk{};
    const char* src = bytes.data();
    const char* const src_end = bytes.data() + bytes.size();
    char16_t pending_high = 0;  // high surrogate waiting for its low half (maybe in the next chunk)
    for (;;) {
        UChar* dst = chunk.data();
        status = U_ZERO_ERROR;
        ucnv_toUnicode(conv.get(), &dst, chunk.data() + chunk.size(), &src, src_end, nullptr, true, &status);
        if (!append_utf16(chunk.data(), dst, pending_high, result.utf8, result.problem)) return result;
        if (status == U_BUFFER_OVERFLOW_ERROR) continue;
        if (status == U_TRUNCATED_CHAR_FOUND) result.problem = "incomplete character at the end";
        else if (U_FAILURE(status)) result.problem = "invalid byte sequence";
        else if (pending_high != 0)
            result.problem = fmt::format("unpaired high surrogate U+{:04X}", static_cast<unsigned>(pending_high));
        return result;
    }
}

LineColumn line_column(std::string_view utf8, std::size_t offset) {
    LineColumn at;
    bool after_cr = false;
    for (std::size_t i = 0; i < offset && i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '\n') {
            if (!after_cr) ++at.line;
            at.column = 1;
        } else if (c == '\r') {
            ++at.line;
            at.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++at.column;
        }
        after_cr = c == '\r';
    }
    return at;
}

DecodeResult decode_text(std::string_view bytes) {
    const ByteOrderMark bom = detect_bom(bytes);
    if (bom.encoding.starts_with("UTF-32")) return fail({}, 0, "UTF-32 is not supported; save the file as UTF-8");
    bytes.remove_prefix(bom.size);
    if (bom.encoding.starts_with("UTF-16")) {
        Conversion converted = convert_to_utf8(bytes, std::string(bom.encoding).c_str());
        if (!converted.ok()) return fail(converted.utf8, converted.utf8.size(), "invalid UTF-16: " + converted.problem);
        DecodeResult r;
        r.utf8 = std::move(converted.utf8);
        return r;
    }
    for (std::size_t i = 0; i < bytes.size();) {
        const std::size_t len = utf8::valid_length(bytes, i);
        if (len == 0)
            return fail(bytes, i, fmt::format("invalid UTF-8 byte 0x{:02X}", static_cast<unsigned char>(bytes[i])));
        // A NUL almost always means UTF-16 saved without a byte-order mark: say so rather than
        // producing text full of NULs.
        if (bytes[i] == '\0') return fail(bytes, i, "NUL byte in text (UTF-16 without a byte-order mark?)");
        i += len;
    }
    DecodeResult r;
    r.utf8.assign(bytes);
    return r;
}

}  // namespace verity::text
