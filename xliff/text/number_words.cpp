#include "xliff/text/number_words.hpp"

#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include "xliff/text/case_folding.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::text {
namespace {

std::unordered_map<std::string, std::string> spelled_numbers(const std::string& lang) {
    std::unordered_map<std::string, std::string> out;
    UErrorCode status = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat rbnf(icu::URBNF_SPELLOUT, icu::Locale(lang.empty() ? "en" : lang.c_str()), status);
    if (U_FAILURE(status)) return out;
    for (int32_t r = 0; r < rbnf.getNumberOfRuleSetNames(); ++r) {
        const icu::UnicodeString name = rbnf.getRuleSetName(r);
        std::string n;
        name.toUTF8String(n);
        if (!n.starts_with("%spellout-cardinal") || n.find("verbose") != std::string::npos) continue;
        for (int32_t v = 2; v <= 100; ++v) {
            icu::UnicodeString spelled;
            icu::FieldPosition pos;
            UErrorCode st = U_ZERO_ERROR;
            rbnf.format(v, name, spelled, pos, st);
            // German joins compounds with soft hyphens ("sieben\u00ADund\u00ADzwanzig"); text writes one word.
            spelled.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0xAD)), icu::UnicodeString());
            std::string utf8;
            spelled.toUTF8String(utf8);
            if (U_FAILURE(st) || utf8.empty() || utf8.find_first_of(" -") != std::string::npos) continue;
            out.emplace(fold_case(utf8), std::to_string(v));
        }
    }
    return out;
}

}  // namespace

std::unordered_map<std::string, std::string> one_word_numbers(std::string_view language) {
    return spelled_numbers(primary_language(language));
}

}  // namespace verity::text
