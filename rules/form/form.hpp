// What the form rules share: which segments they look at, and code points at the ends of a text.
#pragma once

#include <string_view>

#include "rules/engine/rule.hpp"

namespace verity::rules::form {

// A segment with a translated, non-blank target the form of which can be compared with its source.
bool comparable(const SegmentView& v);

// Whether an inline code stands at the start (before the first character that is not white space) or
// at the end of the content: the plain text's edge there is where the code was, not the text's own.
bool code_at_start(const xliff::Content& content);
bool code_at_end(const xliff::Content& content);

// Source and target in one language (a revision, or a locale variant): typographic choices between them
// (a capital, a closing stop) are the editor's, not a translation's.
bool same_language(const SegmentView& v);

// The first and last code point of `text` (0 for an empty text), and where the last one starts.
char32_t first_code_point(std::string_view text);
char32_t last_code_point(std::string_view text, std::size_t* begin = nullptr);

}  // namespace verity::rules::form
