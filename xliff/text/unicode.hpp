// Unicode properties of whole texts: normalisation, letters, blankness.
#pragma once

#include <string>
#include <string_view>

namespace verity::text {

// NFC only.
std::string nfc(std::string_view text);

bool has_letter(std::string_view text);

// Only white space (any Unicode white space), or nothing.
bool is_blank(std::string_view text);

}  // namespace verity::text
