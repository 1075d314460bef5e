// text.doubled-word: a word said twice in a row in the target ("the the") that the source does not double
// and the target language's grammar does not ask for ("nous nous"). text.capitalization: the target starts
// in lower case where the source starts with a capital, or the other way round.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <unicode/uchar.h>

#include "rules/engine/packs.hpp"
#include "rules/form/form.hpp"
#include "rules/form/register.hpp"
#include "xliff/text/case_folding.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::rules {
namespace {

namespace u8 = text::utf8;

// Letters and the marks that combine with them (Devanagari and Gurmukhi vowel signs are marks, not letters).
bool word_char(char32_t c) {
    if (u8::is_letter(c)) return true;
    const auto type = u_charType(static_cast<UChar32>(c));
    return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

struct Word {
    std::size_t begin = 0, end = 0;
    std::string folded;
};

// Words of letters (and inner apostrophes or hyphens) in text order; `spaced` marks a word that only
// white space on one line separates from the one before it.
std::vector<Word> words(std::string_view text, std::vector<bool>& spaced) {
    std::vector<Word> out;
    spaced.clear();
    bool only_space = false;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t c = u8::next(text, i);
        if (!word_char(c)) {
            only_space = only_space && c == U' ';
            continue;
        }
        std::size_t end = i;
        while (end < text.size()) {
            std::size_t j = end;
            const char32_t d = u8::next(text, j);
            if (!word_char(d) && d != U'\'' && d != U'’' && d != U'-') break;
            end = j;
        }
        spaced.push_back(!out.empty() && only_space);
        out.push_back({start, end, text::fold_for_comparison(text.substr(start, end - start))});
        i = end;
        only_space = true;
    }
    return out;
}

// "the the": the pairs of `text` as "word word", folded.
std::vector<std::pair<ByteRange, std::string>> doubled(std::string_view text) {
    std::vector<bool> spaced;
    const auto ws = words(text, spaced);
    std::vector<std::pair<ByteRange, std::string>> out;
    for (std::size_t k = 1; k < ws.size(); ++k)
        if (spaced[k] && ws[k].folded == ws[k - 1].folded) out.push_back({{ws[k - 1].begin, ws[k].end}, ws[k].folded + " " + ws[k].folded});
    return out;
}

class DoubledWord final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"text.doubled-word", "typographical", Severity::Warning,
                                   "The target says a word twice in a row (\"the the\"); grammatical doublings the "
                                   "language pack lists (\"nous nous\") are not reported.",
                                   {}};
        return info;
    }
    explicit DoubledWord(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!form::comparable(v)) return;
        const auto found = doubled(v.segment.target->text);
        if (found.empty()) return;
        // A source that doubles words itself ("Bora Bora", "Bla Bla") is matched in kind, not slipped.
        if (!doubled(v.segment.source.text).empty()) return;
        const auto& allowed = list_of(v.target_pack, "typography.doubled_words");
        for (const auto& [span, pair] : found) {
            if (std::find(allowed.begin(), allowed.end(), pair) != allowed.end()) continue;
            FindingSink::Report r;
            r.message = fmt::format("\"{}\" is said twice in a row", v.segment.target->text.substr(span.begin, span.end - span.begin));
            r.target_spans.push_back(span);
            // Without a pack for the target language its grammatical doublings are unknown ("az az").
            r.confidence = v.target_pack ? 0.75 : 0.5;
            sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
        }
    }
};

// The first letter of a text, past white space, punctuation and digits; nothing when something other
// than a letter (a placeholder, a number, a code) opens the text.
struct Opening {
    char32_t letter = 0;
    ByteRange word;
    bool mixed = false;  // "iPhone", "eBay", "macOS": a name whose case is its own
};

Opening opening(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t at = i;
        const char32_t c = u8::next(text, i);
        if (u8::is_letter(c)) {
            Opening o{c, {at, at}, false};
            std::size_t end = i;
            bool upper_inside = false;
            while (end < text.size()) {
                std::size_t j = end;
                const char32_t d = u8::next(text, j);
                if (!u8::is_letter(d)) break;
                upper_inside = upper_inside || u8::is_upper(d);
                end = j;
            }
            o.word = {at, end};
            o.mixed = u8::is_lower(c) && upper_inside;
            return o;
        }
        if (u8::is_digit(c) || std::u32string_view(U"{%$<&#@").find(c) != std::u32string_view::npos) return {};
    }
    return {};
}

// How a segment pair opens, for capitalisation: the source's and target's first letters when both sides
// are sentences of three words or more that open with a plain cased word (no code first, no mixed case),
// and the target's first word is not a term copied from inside the source.
struct Openings {
    Opening source, target;
    bool comparable = false;
};

Openings openings(const xliff::Segment& segment) {
    Openings o;
    if (!segment.target) return o;
    const std::string& source = segment.source.text;
    const std::string& target = segment.target->text;
    // Labels follow each language's own conventions ("Italian" = "italienska", "Sorbian" = "serbšćina"):
    // only sentences of three words or more are compared.
    std::vector<bool> spaced;
    if (words(source, spaced).size() < 3 || words(target, spaced).size() < 3) return o;
    // A code before the first word (a placeholder, a link) may be the sentence's real start.
    if (form::code_at_start(segment.source) || form::code_at_start(*segment.target)) return o;
    o.source = opening(source);
    o.target = opening(target);
    const Opening& s = o.source;
    const Opening& t = o.target;
    if (!s.letter || !t.letter || s.mixed || t.mixed) return o;
    // A term the target copies from inside the source ("php.ini", "captive portal") keeps its case.
    const std::string_view first = std::string_view(target).substr(t.word.begin, t.word.end - t.word.begin);
    if (source.find(first, s.word.end) != std::string::npos) return o;
    o.comparable = (u8::is_upper(s.letter) || u8::is_lower(s.letter)) && (u8::is_upper(t.letter) || u8::is_lower(t.letter));
    return o;
}

// Whether the file's translator lower-cases capitalised openings as a habit (a locale that writes list items,
// hints or phrase lists in lower case): more than a fifth of the capitalised sources of three words or more
// open in lower case in the target. Then one more such segment is the style, not a slip.
bool lower_case_habit(const SegmentView& v) {
    const std::string key = std::to_string(reinterpret_cast<std::uintptr_t>(&v.file));
    return v.document_context.store().get<bool>(key, [&] {
        std::size_t capitalised = 0, lowered = 0;
        for (const auto& unit : v.file.units)
            for (const auto& seg : unit.segments) {
                if (seg.ignorable) continue;
                const Openings o = openings(seg);
                if (!o.comparable || !u8::is_upper(o.source.letter)) continue;
                ++capitalised;
                lowered += u8::is_lower(o.target.letter);
            }
        return capitalised >= 5 && 5 * lowered > capitalised;
    });
}

class Capitalization final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"text.capitalization", "typographical", Severity::Info,
                                   "The target starts in lower case where the source starts with a capital.",
                                   {}};
        return info;
    }
    explicit Capitalization(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!form::comparable(v) || form::same_language(v)) return;
        // Only a capital lost is reported: a target that opens with a capital where the source does not
        // follows the target language's or the product's style (German nouns, sentence case for a
        // lower-case fragment), which is no error.
        const Openings o = openings(v.segment);
        if (!o.comparable || !u8::is_upper(o.source.letter) || !u8::is_lower(o.target.letter)) return;
        if (lower_case_habit(v)) return;
        const Opening& s = o.source;
        const Opening& t = o.target;
        FindingSink::Report r;
        r.message = "the source starts with a capital letter, the target does not";
        r.source_spans.push_back(s.word);
        r.target_spans.push_back(t.word);
        sink.report(v, info(), info().severity, std::move(r));
    }
};

}  // namespace

void register_text_doubled_word(Registry& r) { add_rule<DoubledWord>(r); }
void register_text_capitalization(Registry& r) { add_rule<Capitalization>(r); }

}  // namespace verity::rules
