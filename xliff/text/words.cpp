#include "xliff/text/words.hpp"

#include <unicode/uchar.h>

#include "xliff/text/utf8.hpp"

namespace verity::text {

std::vector<WordToken> tokenize_words(std::string_view s, const TokenizeOptions& options) {
    std::vector<WordToken> out;
    WordToken current;
    bool letters = false, digits = false;
    auto flush = [&] {
        if (!current.text.empty()) {
            current.number = digits && !letters;
            out.push_back(std::move(current));
        }
        current = WordToken{};
        letters = digits = false;
    };
    for (std::size_t i = 0; i < s.size();) {
        std::size_t start = i;
        char32_t cp = utf8::next(s, i);
        bool letter = utf8::is_letter(cp) || (u_getCombiningClass(static_cast<UChar32>(cp)) > 0 && !current.text.empty());
        bool digit = utf8::is_digit(cp);
        if (letter || digit) {
            current.text.append(s.substr(start, i - start));
            letters |= letter;
            digits |= digit;
            continue;
        }
        if (options.join_digit_groups && digits && !letters &&
            (cp == ',' || cp == '.' || cp == ' ' || cp == 0xA0 || cp == 0x202F)) {
            std::size_t k = i, n = 0;
            while (k < s.size() && n < 4 && s[k] >= '0' && s[k] <= '9') ++k, ++n;
            if (n == 3 && (k == s.size() || s[k] < '0' || s[k] > '9')) continue;
        }
        flush();
        if (!options.punctuation) continue;
        switch (cp) {
            case '?': case '!': case ':': case ';': case '(': case '%':
                *options.punctuation += static_cast<char>(cp);
                break;
            case '"': case U'«': case U'»': case U'„': case U'“': case U'”':
                *options.punctuation += 'q';
                break;
            default:
                break;
        }
    }
    flush();
    return out;
}

}  // namespace verity::text
