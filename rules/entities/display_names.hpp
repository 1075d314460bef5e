// Country, city, language and currency names of a language pair, from ICU's display names.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace verity::rules::entities {

// Country and language names in the two languages of a pair, from ICU's locale display names:
// {"croatia", "kroatien"}, {"french", "franzosisch"}. Each set holds one name per language.
struct DisplayNames {
    std::vector<std::vector<std::vector<std::string>>> sets;
    std::unordered_map<std::string, std::vector<std::size_t>> set_of;
    std::unordered_map<std::string, std::vector<std::size_t>> by_stem;  // first 5 letters of one-word names
    // A currency's code and names (folded) -> its symbols in either language: "us dollar" -> "$", "US$".
    std::unordered_map<std::string, std::vector<std::string>> currency_symbols;
    // Per set: the ICU code of the country or language it names ("GB", "cs"); empty for cities and currencies.
    std::vector<std::string> code_of;
    // A word (four letters or more) of country and language names -> the one code whose names use it
    // ("deyrnas" -> "GB" in Welsh), or an empty string when names of several things use it ("republika").
    std::unordered_map<std::string, std::string> word_code;
};

// Built from ICU's data for the two languages (a few milliseconds).
std::shared_ptr<const DisplayNames> build_display_names(const std::string& a_tag, const std::string& b_tag);

}  // namespace verity::rules::entities
