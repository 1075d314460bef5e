#include "rules/form/form.hpp"

#include "xliff/text/language_tag.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::rules::form {

bool comparable(const SegmentView& v) {
    const auto& seg = v.segment;
    return seg.target && seg.translate && v.unit.translate && !v.is_alignment_gap() &&
           v.document.format != xliff::DocumentFormat::TextPair && !text::is_blank(seg.target->text) &&
           !text::is_blank(seg.source.text);
}

bool code_at_start(const xliff::Content& content) {
    std::size_t first = 0;
    while (first < content.text.size()) {
        std::size_t next = first;
        if (!text::utf8::is_space(text::utf8::next(content.text, next))) break;
        first = next;
    }
    for (const auto& code : content.codes)
        if (code.offset <= first) return true;
    return false;
}

bool code_at_end(const xliff::Content& content) {
    std::size_t last = content.text.size();
    while (last > 0) {
        std::size_t prev = last;
        if (!text::utf8::is_space(text::utf8::previous(content.text, prev))) break;
        last = prev;
    }
    for (const auto& code : content.codes)
        if (code.offset >= last) return true;
    return false;
}

bool same_language(const SegmentView& v) {
    return text::primary_language(v.source_lang) == text::primary_language(v.target_lang);
}

char32_t first_code_point(std::string_view text) {
    std::size_t i = 0;
    return text.empty() ? 0 : text::utf8::next(text, i);
}

char32_t last_code_point(std::string_view text, std::size_t* begin) {
    if (text.empty()) return 0;
    std::size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    if (begin) *begin = start;
    std::size_t i = start;
    return text::utf8::next(text, i);
}

}  // namespace verity::rules::form
