// Unicode properties of whole texts: normalisation, letters, blankness.
#pragma once

#include <string>
#include <string_view>

// Transitional: the rules' folders still take these from here through the block at the end.
#include "xliff/text/case_folding.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::text {

// NFC only.
std::string nfc(std::string_view text);

bool has_letter(std::string_view text);

// Only white space (any Unicode white space), or nothing.
bool is_blank(std::string_view text);

}  // namespace verity::text

// Transitional: these lived in verity::rules; the rule folders still name them unqualified there.
// Use the verity::text names (utf8.hpp, case_folding.hpp, language_tag.hpp, this file) instead.
namespace verity::rules {
using text::fold_for_comparison;
using text::has_letter;
using text::is_blank;
using text::nfc;
using text::primary_language;
using text::utf8::code_points_before;
}  // namespace verity::rules
