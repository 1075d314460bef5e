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

// Builds ICU's normalizers now. ICU builds them on first use behind a once-flag of its own, which a
// ThreadSanitizer run cannot see inside the uninstrumented library: a run that starts threads calls this
// first, so the threads only read what is already built.
void load_normalizers();

}  // namespace verity::text
