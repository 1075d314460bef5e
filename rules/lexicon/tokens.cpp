#include "rules/lexicon/tokens.hpp"

#include <unicode/uchar.h>

#include <map>
#include <unordered_map>

#include "xliff/text/stemmer.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/utf8.hpp"
#include "xliff/text/case_folding.hpp"
#include "xliff/text/language_tag.hpp"

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

// A libstemmer handle keeps internal buffers and must not be shared between threads: one handle per
// language and thread (an instance of a non-thread-safe library object, not a cache of results).
text::Stemmer& stemmer(std::string_view language) {
    thread_local std::map<std::string, text::Stemmer, std::less<>> stemmers;
    auto it = stemmers.find(language);
    if (it == stemmers.end()) it = stemmers.emplace(std::string(language), text::Stemmer(language)).first;
    return it->second;
}

// Splits a text into tokens; `stems`, when given, remembers the stems of the words it has seen.
class Tokenizer {
public:
    Tokenizer(std::string_view text, std::string_view language, StemMemo* stems)
        : text_(text), language_(language), stems_(stems) {}

    std::vector<Token> run() {
        bool sentence_start = true;
        for (std::size_t i = 0; i < text_.size();) {
            const std::size_t start = i;
            const char32_t cp = u8::next(text_, i);
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
            i = word(t, i);
        }
        return std::move(out_);
    }

private:
    void finish(Token& t) {
        t.folded = fold_word(text_.substr(t.begin, t.end - t.begin));
        t.stem = stems_ ? stems_->stem(t.folded, language_) : stem_of(t.folded, language_);
    }
    void push(Token t) {
        finish(t);
        out_.push_back(std::move(t));
    }

    // The rest of the word `t` whose first character ends at `i`; returns where the next one may start.
    std::size_t word(Token& t, std::size_t i) {
        std::size_t end = i;
        std::size_t letters = 1;
        while (end < text_.size()) {
            std::size_t j = end;
            const char32_t c = u8::next(text_, j);
            if (word_char(c)) {
                t.numeric = t.numeric || (c < 0x80 ? (c >= '0' && c <= '9') : u8::is_digit(c));
                end = j;
                ++letters;
                continue;
            }
            // Inside a word: hyphens join, digits keep their separators ("1,250.5").
            std::size_t k = j;
            if (k >= text_.size()) break;
            const char32_t after = u8::next(text_, k);
            if (!word_char(after)) break;
            if (joiner(c) || ((c == U'.' || c == U',') && t.numeric && u8::is_digit(after))) {
                end = k;
                ++letters;
                continue;
            }
            if (!apostrophe(c)) break;
            return apostrophe_split(t, end, letters, j, k, after);
        }
        t.end = end;
        push(std::move(t));
        return end;
    }

    // A word interrupted by an apostrophe at [end, j), `after` (ending at k) following it: "didn't" ->
    // "did" + "n't" (English negation stays a token of its own); "l'homme" -> "l'" + "homme"
    // (elision); "Rafaj's" -> "Rafaj" + "'s". Returns where the next token may start.
    std::size_t apostrophe_split(Token& t, std::size_t end, std::size_t letters, std::size_t j, std::size_t k,
                                 char32_t after) {
        std::size_t m = k;
        const bool lone_t = after == U't' && (m >= text_.size() || !word_char(u8::next(text_, m)));
        const bool ends_in_n = text_[end - 1] == 'n' || text_[end - 1] == 'N';
        if (lone_t && ends_in_n && end == t.begin + 1) {
            t.end = k;  // "n't" standing alone, as in tokenised text ("do n't")
            push(std::move(t));
            return k;
        }
        if (lone_t && ends_in_n) {
            t.end = end - 1;
            finish(t);
            // "can't", "won't", "shan't": the modal keeps its own spelling.
            if (t.folded == "ca") t.folded = "can";
            if (t.folded == "wo") t.folded = "will";
            if (t.folded == "sha") t.folded = "shall";
            out_.push_back(std::move(t));
            Token n;
            n.begin = end - 1;
            n.end = k;
            push(std::move(n));
            return k;
        }
        if (letters <= 2 || text_.substr(t.begin, end - t.begin) == "qu" ||
            text_.substr(t.begin, end - t.begin).ends_with("qu")) {
            t.end = j;  // keeps the apostrophe: "l'", "qu'"
            push(std::move(t));
            return j;
        }
        t.end = end;
        push(std::move(t));
        // The clitic after the apostrophe: "'s", "'re".
        Token clitic;
        clitic.begin = end;
        std::size_t e = j;
        while (e < text_.size()) {
            std::size_t q = e;
            if (!word_char(u8::next(text_, q))) break;
            e = q;
        }
        clitic.end = e;
        push(std::move(clitic));
        return e;
    }

    std::string_view text_, language_;
    StemMemo* stems_;
    std::vector<Token> out_;
};

}  // namespace

std::string fold_word(std::string_view word) {
    std::string folded = text::fold_case(word);
    // One spelling of the apostrophe, so "n’t" and "n't" are one word.
    for (std::size_t p; (p = folded.find("\u2019")) != std::string::npos;) folded.replace(p, 3, "'");
    return folded;
}

std::string stem_of(std::string_view folded, std::string_view language) {
    text::Stemmer& s = stemmer(text::primary_language(language));
    return s.supported() ? s.stem(folded) : std::string(folded);
}

const std::string& StemMemo::stem(const std::string& folded, std::string_view language) {
    auto& memo = by_language_[text::primary_language(language)];
    if (auto it = memo.find(folded); it != memo.end()) return it->second;
    if (memo.size() > 200000) memo.clear();  // bounded: long documents of varied text
    return memo.emplace(folded, stem_of(folded, language)).first->second;
}

StemMemo& stems_of(const SegmentView& view) { return view.document_context.store().get<StemMemo>(); }

std::vector<Token> tokenize(std::string_view text, std::string_view language) {
    return Tokenizer(text, language, nullptr).run();
}

std::vector<Token> tokenize(std::string_view text, std::string_view language, StemMemo& stems) {
    return Tokenizer(text, language, &stems).run();
}

ByteRange span(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    if (first >= last || last > tokens.size()) return {};
    return {tokens[first].begin, tokens[last - 1].end};
}

std::string words(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    const ByteRange r = span(tokens, first, last);
    return std::string(text.substr(r.begin, r.end - r.begin));
}

std::string digits_of(std::string_view folded) {
    std::string out;
    for (char c : folded)
        if (c >= '0' && c <= '9') out += c;
    return out;
}

}  // namespace verity::rules::wording
