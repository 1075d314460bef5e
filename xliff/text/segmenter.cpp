#include "xliff/text/segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <memory>

#include "xliff/text/language_tag.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::text {
namespace {

// Languages that write ordinal numbers as "9." ("am 9. September"): a number of up to three
// digits followed by a stop does not end a sentence there.
bool writes_ordinals_with_stop(const std::string& language) {
    static const char* const list[] = {"de", "da", "nb", "nn", "no", "fi", "is", "cs", "sk", "pl", "hu",
                                       "sl", "hr", "sr", "bs", "et", "lv", "lt", "tr", "fo"};
    return std::find(std::begin(list), std::end(list), language) != std::end(list);
}

// Abbreviations that often close a sentence ("… pears, etc. Then we left."): they keep the
// split when the next word is capitalised.
bool may_end_sentence(std::string_view collapsed) {
    static const char* const list[] = {"etc.", "usw.", "ecc.", "usf.", "u.s.w.", "u.a.", "a.m.", "p.m."};
    return std::find(std::begin(list), std::end(list), collapsed) != std::end(list);
}

struct Abbreviation {
    std::vector<std::string> parts;  // "z. B." → {"z.", "B."}; spaces between parts are optional
    bool may_end = false;
};

// Per-thread instances of a non-thread-safe library object: an ICU BreakIterator cannot be used by
// two threads at once and is costly to create, so each thread keeps one per language.
icu::BreakIterator& sentence_iterator(const std::string& language) {
    thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> cache;
    auto& slot = cache[language];
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        // Not "@ss=standard": ICU 72's suppression filter also swallows the break after the word
        // that follows a suppressed abbreviation ("Dr. Meier. Jetzt." stays one sentence), and
        // its lists are short anyway. The pack's abbreviation list does that job instead.
        std::string id = language.empty() ? std::string("und") : language;
        slot.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(id.c_str()), status));
        if (U_FAILURE(status) || !slot) {
            status = U_ZERO_ERROR;
            slot.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
        }
    }
    return *slot;
}

bool is_opening(char32_t cp) {
    return cp == '(' || cp == '[' || cp == '"' || cp == '\'' || cp == U'«' || cp == U'»' || cp == U'„' ||
           cp == U'“' || cp == U'‘' || cp == U'‚' || cp == U'¿' || cp == U'¡';
}

class Splitter {
public:
    Splitter(const std::string& language, const std::vector<std::string>& abbreviations)
        : language_(primary_language(language)), ordinals_(writes_ordinals_with_stop(language_)) {
        for (const auto& a : abbreviations) {
            Abbreviation abbr;
            std::string collapsed;
            std::size_t i = 0;
            while (i < a.size()) {
                std::size_t j = i;
                while (j < a.size() && a[j] != ' ') ++j;
                if (j > i) abbr.parts.emplace_back(a.substr(i, j - i)), collapsed += a.substr(i, j - i);
                i = j + 1;
            }
            // Only a final stop can be mistaken for a sentence end ("Mme" needs no protection).
            if (abbr.parts.empty() || abbr.parts.back().back() != '.') continue;
            abbr.may_end = may_end_sentence(collapsed);
            abbreviations_.push_back(std::move(abbr));
        }
    }

    // Trimmed, non-empty sentence ranges of `text` (which holds no line breaks that matter).
    std::vector<std::pair<std::size_t, std::size_t>> split(std::string_view text) const {
        icu::UnicodeString u;
        std::vector<std::size_t> offset;  // UTF-16 index → UTF-8 byte offset
        offset.reserve(text.size() + 1);
        for (std::size_t i = 0; i < text.size();) {
            std::size_t start = i;
            char32_t cp = utf8::next(text, i);
            u.append(static_cast<UChar32>(cp));
            offset.push_back(start);
            if (cp > 0xFFFF) offset.push_back(start);
        }
        offset.push_back(text.size());

        icu::BreakIterator& it = sentence_iterator(language_);
        it.setText(u);
        std::vector<std::size_t> cuts;
        for (std::int32_t b = it.next(); b != icu::BreakIterator::DONE; b = it.next()) {
            std::size_t at = offset[static_cast<std::size_t>(b)];
            if (at > 0 && at < text.size() && keep(text, at)) cuts.push_back(move_closing_marks(text, at));
        }
        cuts.push_back(text.size());

        std::vector<std::pair<std::size_t, std::size_t>> out;
        std::size_t begin = 0;
        for (std::size_t cut : cuts) {
            auto range = utf8::trim(text, begin, cut);
            if (range.first == range.second) {
                begin = cut;
                continue;
            }
            // A piece without a single letter ("1.", "–") is a list marker or stray symbol:
            // it belongs to the sentence that follows.
            if (cut != text.size() && !has_letter(text, range.first, range.second)) continue;
            out.push_back(range);
            begin = cut;
        }
        return out;
    }

private:
    static bool has_letter(std::string_view s, std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end;)
            if (utf8::is_letter(utf8::next(s, i))) return true;
        return false;
    }

    static bool part_at(std::string_view text, std::size_t pos, const std::string& part, bool first) {
        if (pos + part.size() > text.size()) return false;
        if (text.compare(pos, part.size(), part) == 0) return true;
        // "P. ex." at a sentence start is the same abbreviation as "p. ex.".
        if (!first || part[0] < 'a' || part[0] > 'z' || text[pos] != part[0] - 32) return false;
        return text.substr(pos + 1, part.size() - 1) == std::string_view(part).substr(1);
    }

    static std::size_t skip_space_back(std::string_view text, std::size_t pos) {
        while (pos > 0) {
            std::size_t i = pos;
            if (!utf8::is_space(utf8::previous(text, i))) break;
            pos = i;
        }
        return pos;
    }
    static std::size_t skip_space(std::string_view text, std::size_t pos) {
        while (pos < text.size()) {
            std::size_t i = pos;
            if (!utf8::is_space(utf8::next(text, i))) break;
            pos = i;
        }
        return pos;
    }

    // Does parts[0..k) end exactly at `end`, starting at a word boundary?
    static bool ends_with(std::string_view text, std::size_t end, const std::vector<std::string>& parts,
                          std::size_t k) {
        std::size_t pos = end;
        for (std::size_t p = k; p-- > 0;) {
            const std::string& part = parts[p];
            if (pos < part.size() || !part_at(text, pos - part.size(), part, p == 0)) return false;
            pos -= part.size();
            if (p > 0) pos = skip_space_back(text, pos);
        }
        if (pos == 0) return true;
        std::size_t i = pos;
        char32_t before = utf8::previous(text, i);
        return !utf8::is_letter(before) && !utf8::is_digit(before) && before != '.';
    }

    // Does parts[k..) start at `begin`?
    static bool starts_with(std::string_view text, std::size_t begin, const std::vector<std::string>& parts,
                            std::size_t k) {
        std::size_t pos = begin;
        for (std::size_t p = k; p < parts.size(); ++p) {
            if (p > k) pos = skip_space(text, pos);
            if (!part_at(text, pos, parts[p], false)) return false;
            pos += parts[p].size();
        }
        return true;
    }

    // The whitespace-delimited word ending at `end`, without opening quotes or brackets.
    static std::string_view word_before(std::string_view text, std::size_t end) {
        std::size_t begin = end;
        while (begin > 0) {
            std::size_t i = begin;
            char32_t cp = utf8::previous(text, i);
            if (utf8::is_space(cp) || is_opening(cp)) break;
            begin = i;
        }
        return text.substr(begin, end - begin);
    }

    // Should ICU's boundary at `next` (start of the following sentence) be kept?
    bool keep(std::string_view text, std::size_t next) const {
        std::size_t end = skip_space_back(text, next);
        std::size_t after = skip_space(text, next);
        std::size_t probe = after;
        bool next_upper = after < text.size() && utf8::is_upper(utf8::next(text, probe));
        for (const auto& abbr : abbreviations_) {
            for (std::size_t k = 1; k <= abbr.parts.size(); ++k) {
                if (!ends_with(text, end, abbr.parts, k) || !starts_with(text, after, abbr.parts, k)) continue;
                if (k == abbr.parts.size() && abbr.may_end && next_upper) continue;
                return false;
            }
        }
        std::string_view word = word_before(text, end);
        if (word.size() >= 2 && word.back() == '.') {
            std::string_view stem = word.substr(0, word.size() - 1);
            // "J. Smith": a lone capital letter before the stop is an initial.
            std::size_t i = 0;
            char32_t cp = utf8::next(stem, i);
            if (i == stem.size() && utf8::is_upper(cp)) return false;
            if (ordinals_ && stem.size() <= 3 &&
                std::all_of(stem.begin(), stem.end(), [](char c) { return c >= '0' && c <= '9'; }))
                return false;
        }
        return true;
    }

    // ICU puts a French closing guillemet that follows a space ("« Non. » Il…") at the start of
    // the next sentence; it belongs to the previous one.
    static std::size_t move_closing_marks(std::string_view text, std::size_t at) {
        std::size_t i = at;
        char32_t cp = i < text.size() ? utf8::next(text, i) : 0;
        if (cp != U'»' && cp != U'”' && cp != ')' && cp != ']') return at;
        std::size_t j = i;
        if (j < text.size() && !utf8::is_space(utf8::next(text, j))) return at;
        return skip_space(text, i);
    }

    std::string language_;
    bool ordinals_;
    std::vector<Abbreviation> abbreviations_;
};

struct PhysicalLine {
    std::size_t begin, end;  // end excludes the line break
    std::uint32_t number;    // 1-based
};

std::vector<PhysicalLine> physical_lines(std::string_view text) {
    std::vector<PhysicalLine> lines;
    std::size_t begin = 0;
    std::uint32_t number = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        lines.push_back({begin, i, number++});
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        begin = i + 1;
    }
    if (begin < text.size()) lines.push_back({begin, text.size(), number});
    return lines;
}

bool blank(std::string_view text, const PhysicalLine& line) {
    auto r = utf8::trim(text, line.begin, line.end);
    return r.first == r.second;
}

// A line cut by hard wrapping: it stops without final punctuation and the next starts in lower case.
bool continues(std::string_view text, const PhysicalLine& line, const PhysicalLine& next) {
    auto a = utf8::trim(text, line.begin, line.end);
    auto b = utf8::trim(text, next.begin, next.end);
    if (a.first == a.second || b.first == b.second) return false;
    std::size_t i = a.second;
    char32_t last = utf8::previous(text, i);
    std::size_t j = b.first;
    char32_t first = utf8::next(text, j);
    bool open_end = utf8::is_letter(last) || utf8::is_digit(last) || last == ',' || last == '-' ||
                    last == U'–' || last == U'—';
    return open_end && utf8::is_lower(first);
}

// Line/column of byte offsets, visited in increasing order.
class Locator {
public:
    explicit Locator(std::string_view text) : text_(text) {}
    void seek(std::size_t pos, std::uint32_t line) {  // pos is the start of physical line `line`
        if (pos >= pos_) pos_ = pos, line_ = line, column_ = 1;
    }
    std::pair<std::uint32_t, std::uint32_t> at(std::size_t target) {
        while (pos_ < target) {
            char c = text_[pos_];
            if (c == '\n' || c == '\r') {
                if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
                ++pos_, ++line_, column_ = 1;
            } else {
                utf8::next(text_, pos_);
                ++column_;
            }
        }
        return {line_, column_};
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    std::uint32_t line_ = 1, column_ = 1;
};

std::string flatten(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r' || s[i] == '\n') {
            if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
            out += ' ';
        } else {
            out += s[i];
        }
    }
    return out;
}

}  // namespace

struct SentenceSplitter::Impl {
    Splitter splitter;
};

SentenceSplitter::SentenceSplitter(const std::string& language, const std::vector<std::string>& abbreviations)
    : impl_(std::make_unique<const Impl>(Impl{Splitter(language, abbreviations)})) {}
SentenceSplitter::~SentenceSplitter() = default;
SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter& SentenceSplitter::operator=(SentenceSplitter&&) noexcept = default;

std::vector<std::pair<std::size_t, std::size_t>> SentenceSplitter::split(std::string_view utf8) const {
    return impl_->splitter.split(utf8);
}

std::vector<Sentence> segment_text(std::string_view text, const SegmenterOptions& options) {
    std::vector<Sentence> out;
    auto lines = physical_lines(text);
    Locator locate(text);
    auto emit = [&](std::size_t begin, std::size_t end, std::size_t paragraph) {
        Sentence s;
        s.text = flatten(text.substr(begin, end - begin));
        s.begin = begin;
        s.end = end;
        std::tie(s.line, s.column) = locate.at(begin);
        s.paragraph = paragraph;
        out.push_back(std::move(s));
    };

    if (options.lines) {
        std::size_t paragraph = 0;
        bool gap = false;
        for (const auto& line : lines) {
            auto r = utf8::trim(text, line.begin, line.end);
            if (r.first == r.second) {
                gap = !out.empty();
                continue;
            }
            if (gap) ++paragraph, gap = false;
            locate.seek(line.begin, line.number);
            emit(r.first, r.second, paragraph);
        }
        return out;
    }

    Splitter splitter(options.language, options.abbreviations);
    std::size_t paragraph = 0;
    std::string buffer;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (blank(text, lines[k])) continue;
        std::size_t last = k;
        while (last + 1 < lines.size() && continues(text, lines[last], lines[last + 1])) ++last;
        std::size_t begin = lines[k].begin, end = lines[last].end;
        // Line breaks inside a joined paragraph become spaces of the same byte length so that
        // offsets stay valid and ICU does not force a break there.
        buffer.assign(text.substr(begin, end - begin));
        std::replace_if(buffer.begin(), buffer.end(), [](char c) { return c == '\r' || c == '\n'; }, ' ');
        locate.seek(begin, lines[k].number);
        for (auto [b, e] : splitter.split(buffer)) emit(begin + b, begin + e, paragraph);
        ++paragraph;
        k = last;
    }
    return out;
}

}  // namespace verity::text
