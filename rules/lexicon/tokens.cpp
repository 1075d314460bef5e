#include "rules/lexicon/tokens.hpp"

#include <unicode/uchar.h>

#include <map>
#include <unordered_map>

#include "xliff/text/stemmer.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::rules::wording {
namespace {

namespace u8 = text::utf8;

bool word_char(char32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    return u8::is_letter(cp) || u8::is_digit(cp) || (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;
}
bool apostrophe(char32_t cp) { return cp == U'\'' || cp == U'\u2019'; }
bool joiner(char32_t cp) { return cp == U'-' || cp == U'\u2010' || cp == U'\u2011'; }
bool ends_sentence(char32_t cp) { return cp == U'.' || cp == U'!' || cp == U'?' || cp == U'\u3002'; }

// One stemmer and a memo of its results per language and thread: stemming is the costly part.
struct StemCache {
    text::Stemmer stemmer;
    std::unordered_map<std::string, std::string> memo;
    explicit StemCache(std::string_view language) : stemmer(language) {}
};

StemCache& stem_cache(std::string_view language) {
    thread_local std::map<std::string, StemCache, std::less<>> caches;
    auto it = caches.find(language);
    if (it == caches.end()) it = caches.emplace(std::string(language), StemCache(language)).first;
    return it->second;
}

void finish_token(Token& t, std::string_view text, std::string_view language) {
    t.folded = fold_word(text.substr(t.begin, t.end - t.begin));
    t.stem = stem_of(t.folded, language);
}

}  // namespace

std::string fold_word(std::string_view word) {
    std::string folded = text::fold_case(word);
    // One spelling of the apostrophe, so "n’t" and "n't" are one word.
    for (std::size_t p; (p = folded.find("\u2019")) != std::string::npos;) folded.replace(p, 3, "'");
    return folded;
}

const std::string& stem_of(std::string_view folded, std::string_view language) {
    StemCache& cache = stem_cache(primary_language(language));
    auto it = cache.memo.find(std::string(folded));
    if (it != cache.memo.end()) return it->second;
    if (cache.memo.size() > 200000) cache.memo.clear();  // bounded: long batches of varied text
    std::string stem = cache.stemmer.supported() ? cache.stemmer.stem(folded) : std::string(folded);
    return cache.memo.emplace(std::string(folded), std::move(stem)).first->second;
}

std::vector<Token> tokenize(std::string_view text, std::string_view language) {
    std::vector<Token> out;
    bool sentence_start = true;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t start = i;
        char32_t cp = u8::next(text, i);
        if (!word_char(cp)) {
            if (ends_sentence(cp)) sentence_start = true;
            // A clitic written with a leading apostrophe: "'s" of "Rafaj's" once split below.
            continue;
        }
        Token t;
        t.begin = start;
        t.capitalised = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : u8::is_upper(cp);
        t.numeric = cp < 0x80 ? (cp >= '0' && cp <= '9') : u8::is_digit(cp);
        t.sentence_start = sentence_start;
        sentence_start = false;
        std::size_t end = i;
        std::size_t letters = 1;
        while (end < text.size()) {
            std::size_t j = end;
            char32_t c = u8::next(text, j);
            if (word_char(c)) {
                t.numeric = t.numeric || (c < 0x80 ? (c >= '0' && c <= '9') : u8::is_digit(c));
                end = j;
                ++letters;
                continue;
            }
            // Inside a word: hyphens join, digits keep their separators ("1,250.5").
            std::size_t k = j;
            if (k >= text.size()) break;
            char32_t after = u8::next(text, k);
            if (!word_char(after)) break;
            if (joiner(c) || ((c == U'.' || c == U',') && t.numeric && u8::is_digit(after))) {
                end = k;
                ++letters;
                continue;
            }
            if (!apostrophe(c)) break;
            // "didn't" -> "did" + "n't" (English negation stays a token of its own); "l'homme" ->
            // "l'" + "homme" (elision); "Rafaj's" -> "Rafaj" + "'s".
            std::size_t m = k;
            const bool lone_t = after == U't' && (m >= text.size() || !word_char(u8::next(text, m)));
            const bool ends_in_n = text[end - 1] == 'n' || text[end - 1] == 'N';
            const bool nt = lone_t && ends_in_n && end > t.begin + 1;
            if (lone_t && ends_in_n && end == t.begin + 1) {
                t.end = k;  // "n't" standing alone, as in tokenised text ("do n't")
                finish_token(t, text, language);
                out.push_back(std::move(t));
                i = k;
                t.begin = std::string::npos;
                break;
            }
            if (nt) {
                t.end = end - 1;
                finish_token(t, text, language);
                // "can't", "won't", "shan't": the modal keeps its own spelling.
                if (t.folded == "ca") t.folded = "can";
                if (t.folded == "wo") t.folded = "will";
                if (t.folded == "sha") t.folded = "shall";
                out.push_back(std::move(t));
                Token n;
                n.begin = end - 1;
                n.end = k;
                finish_token(n, text, language);
                out.push_back(std::move(n));
                i = k;
                t.begin = std::string::npos;
                break;
            }
            if (letters <= 2 || text.substr(t.begin, end - t.begin) == "qu" ||
                text.substr(t.begin, end - t.begin).ends_with("qu")) {
                t.end = j;  // keeps the apostrophe: "l'", "qu'"
                finish_token(t, text, language);
                out.push_back(std::move(t));
                i = j;
                t.begin = std::string::npos;
                break;
            }
            t.end = end;
            finish_token(t, text, language);
            out.push_back(std::move(t));
            // The clitic after the apostrophe: "'s", "'re".
            Token c2;
            c2.begin = end;
            std::size_t e = j;
            while (e < text.size()) {
                std::size_t q = e;
                if (!word_char(u8::next(text, q))) break;
                e = q;
            }
            c2.end = e;
            finish_token(c2, text, language);
            out.push_back(std::move(c2));
            i = e;
            t.begin = std::string::npos;
            break;
        }
        if (t.begin == std::string::npos) continue;
        t.end = end;
        i = end;
        finish_token(t, text, language);
        out.push_back(std::move(t));
    }
    return out;
}

ByteRange span(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    if (first >= last || last > tokens.size()) return {};
    return {tokens[first].begin, tokens[last - 1].end};
}

std::string words(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    const ByteRange r = span(tokens, first, last);
    return std::string(text.substr(r.begin, r.end - r.begin));
}

}  // namespace verity::rules::wording
