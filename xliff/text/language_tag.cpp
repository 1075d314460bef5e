#include "xliff/text/language_tag.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include <unicode/locid.h>

namespace verity::text {
namespace {

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || (c >= '0' && c <= '9'); }

}  // namespace

std::string primary_language(std::string_view tag) {
    std::string out;
    for (char c : tag) {
        if (c == '-' || c == '_') break;
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return out;
}

bool is_well_formed_language_tag(std::string_view tag) {
    bool ok = true;
    std::size_t start = 0;
    for (std::size_t index = 0; ok && start <= tag.size(); ++index) {
        const std::size_t end = std::min(tag.find('-', start), tag.size());
        const std::string_view sub = tag.substr(start, end - start);
        const bool letters = std::all_of(sub.begin(), sub.end(), is_ascii_alpha);
        const bool alnum = std::all_of(sub.begin(), sub.end(), is_ascii_alnum);
        if (index == 0)
            ok = letters && (sub.size() >= 2 ? sub.size() <= 8 : sub == "x" || sub == "i" || sub == "X" || sub == "I");
        else
            ok = alnum && !sub.empty() && sub.size() <= 8;
        start = end + 1;
    }
    return ok;
}

bool is_language_code(std::string_view s) {
    const std::string_view primary = s.substr(0, s.find_first_of("-_"));
    return primary.size() >= 2 && primary.size() <= 3 && std::all_of(primary.begin(), primary.end(), is_ascii_alpha);
}

bool is_known_language(std::string_view tag) {
    std::string dashed(tag);
    std::replace(dashed.begin(), dashed.end(), '_', '-');
    if (!is_well_formed_language_tag(dashed)) return false;
    const std::string primary = primary_language(dashed);
    if (primary.size() < 2 || primary.size() > 3) return false;
    const icu::Locale locale(primary.c_str());
    return !locale.isBogus() && *locale.getISO3Language() != '\0';
}

std::string region_of(std::string_view tag) {
    std::size_t i = tag.find_first_of("-_");
    while (i != std::string_view::npos) {
        const std::size_t next = tag.find_first_of("-_", i + 1);
        const std::string_view part = tag.substr(i + 1, (next == std::string_view::npos ? tag.size() : next) - i - 1);
        const bool letters = part.size() == 2 && std::all_of(part.begin(), part.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
        const bool digits = part.size() == 3 && std::all_of(part.begin(), part.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
        if (letters || digits) {
            std::string out(part);
            std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::toupper(c); });
            return out;
        }
        i = next;
    }
    return {};
}

}  // namespace verity::text
