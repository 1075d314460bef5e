// Keys for comparing words across spellings and scripts: case-folded and transliterated to ASCII.
#pragma once

#include <string>
#include <string_view>

namespace verity::rules {

// Case-folded and transliterated to ASCII (ICU Any-Latin; Latin-ASCII): "Union européenne" ->
// "union europeenne", "Hamáček" -> "hamacek". ASCII text takes a fast path.
std::string fold_key(std::string_view text);

// fold_key written into `key`, whose buffer it reuses (split_words folds every word in place).
void fold_into(std::string_view text, std::string& key);

}  // namespace verity::rules
