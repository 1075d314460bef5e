// Language tags (BCP 47, as files and users write them): the one place that takes them apart.
// The checker compares languages by their primary subtag: "de-CH" and "de" are both German.
#pragma once

#include <string>
#include <string_view>

namespace verity::text {

// The primary language subtag, lower-cased: "fr-CA" -> "fr", "pt_BR" -> "pt" ('_' separates as in
// POSIX locale names). Empty for an empty tag.
std::string primary_language(std::string_view tag);

// The region subtag, upper-cased: "fr-CA" -> "CA", "pt_br" -> "BR", "zh-Hant-TW" -> "TW", "es-419" -> "419".
// Empty when the tag names none.
std::string region_of(std::string_view tag);

// Whether `tag` has the shape of a BCP 47 tag: a primary subtag of 2-8 letters (or the "x"/"i"
// singletons), then subtags of 1-8 letters or digits, separated by '-'. Registries are not consulted.
bool is_well_formed_language_tag(std::string_view tag);

// Whether a user's `--source-lang` names a language: a well-formed tag ('_' accepted for '-') whose
// primary subtag is an ISO 639 code ICU knows ("en", "fr-CA", "pt_BR", "gsw"); not "english" or "xx".
bool is_known_language(std::string_view tag);

// Whether `s` starts with a language code of 2 or 3 letters, alone or followed by '-' or '_' and
// anything ("fr", "pt-BR"): how a glossary's column header or a "fr: term" prefix names a language.
bool is_language_code(std::string_view s);

}  // namespace verity::text
