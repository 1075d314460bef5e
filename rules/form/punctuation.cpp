// punctuation.final: the closing punctuation of source and target differs (a question that is no longer
// one, a lost full stop). punctuation.brackets: brackets the source pairs are unpaired in the target.
// punctuation.spacing: the target language puts a space before some punctuation (French "?") and the
// target leaves it out.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include <fmt/format.h>

#include "rules/engine/packs.hpp"
#include "rules/form/form.hpp"
#include "rules/form/register.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::rules {
namespace {

namespace u8 = text::utf8;

enum class Close { None, Stop, Question, Exclamation, Colon, Ellipsis };

std::string_view name(Close c) {
    switch (c) {
        case Close::None: return "no closing punctuation";
        case Close::Stop: return "a full stop";
        case Close::Question: return "a question mark";
        case Close::Exclamation: return "an exclamation mark";
        case Close::Colon: return "a colon";
        case Close::Ellipsis: return "an ellipsis";
    }
    return "";
}

// How a text closes, past white space and closing quotes and brackets. Greek writes its question mark
// as ";"; the CJK full-width marks, Arabic "؟" and Devanagari "।" count as their Latin kin.
Close closing(std::string_view text, bool greek) {
    std::size_t end = text.size();
    while (end > 0) {
        std::size_t at = end;
        const char32_t c = u8::previous(text, at);
        const bool skip = u8::is_space(c) || std::u32string_view(U"\"')]}»”’」』）】›").find(c) != std::u32string_view::npos;
        if (!skip) break;
        end = at;
    }
    if (end == 0) return Close::None;
    std::size_t at = end;
    const char32_t c = u8::previous(text, at);
    if (c == U'…' || (c == U'.' && text.substr(0, end).ends_with("..."))) return Close::Ellipsis;
    if (c == U'.' || c == U'。' || c == U'．' || c == U'।' || c == U'۔' || c == U'։' || c == U'።' || c == U'။')
        return Close::Stop;
    if (c == U'?' || c == U'？' || c == U'؟' || (greek && c == U';')) return Close::Question;
    if (c == U'!' || c == U'！') return Close::Exclamation;
    if (c == U':' || c == U'：') return Close::Colon;
    return Close::None;
}

// Scripts that end sentences with no mark of their own (Thai, Lao, Khmer, Burmese use spaces or their own
// marks the list above does not know): a full stop there is not comparable.
bool closes_without_marks(std::string_view language) {
    return language == "th" || language == "lo" || language == "km" || language == "my";
}

constexpr std::size_t kCloses = 6;  // the members of Close
using CloseCounts = std::array<std::array<std::size_t, kCloses>, kCloses>;  // [source close][target close]

// How the file's translator closes each kind of source ending: the file's own style. Counted over the
// segments the rule compares.
const CloseCounts& file_closes(const SegmentView& v, bool source_greek, bool target_greek) {
    const std::string key = "closes " + std::to_string(reinterpret_cast<std::uintptr_t>(&v.file));
    return v.document_context.store().get<CloseCounts>(key, [&] {
        CloseCounts counts{};
        for (const auto& unit : v.file.units)
            for (const auto& seg : unit.segments) {
                if (seg.ignorable || !seg.target || text::is_blank(seg.target->text)) continue;
                const Close s = closing(seg.source.text, source_greek), t = closing(seg.target->text, target_greek);
                ++counts[static_cast<std::size_t>(s)][static_cast<std::size_t>(t)];
            }
        return counts;
    });
}

// A change of closing the file makes as a habit (at least five times, and for more than a third of the
// sources that close that way: a locale that ends every description with a full stop, or drops the
// exclamation marks of its titles) is the translator's style, not a slip.
bool habit(const CloseCounts& counts, Close s, Close t) {
    const auto& row = counts[static_cast<std::size_t>(s)];
    std::size_t all = 0;
    for (std::size_t n : row) all += n;
    const std::size_t changed = row[static_cast<std::size_t>(t)];
    return changed >= 5 && 3 * changed > all;
}

class FinalPunctuation final : public Rule {
public:
    static const RuleInfo& metadata() {
        // Info: languages close differently as a matter of course (a Japanese request ends as a question,
        // "Forgot your password?" becomes "if you forgot your password").
        static const RuleInfo info{"punctuation.final", "typographical", Severity::Info,
                                   "Source and target close with different punctuation.", {}};
        return info;
    }
    explicit FinalPunctuation(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!form::comparable(v) || form::same_language(v)) return;
        const std::string target_lang = text::primary_language(v.target_lang);
        const Close s = closing(v.segment.source.text, text::primary_language(v.source_lang) == "el");
        const Close t = closing(v.segment.target->text, target_lang == "el");
        if (s == t) return;
        if (closes_without_marks(target_lang) && (s == Close::Stop || s == Close::None) &&
            (t == Close::Stop || t == Close::None))
            return;
        if (habit(file_closes(v, text::primary_language(v.source_lang) == "el", target_lang == "el"), s, t)) return;
        FindingSink::Report r;
        // "the source closes with a full stop, the target has none"
        r.message = fmt::format("the source {}, the target {}",
                                s == Close::None ? "has no closing punctuation" : fmt::format("closes with {}", name(s)),
                                t == Close::None ? "has none" : fmt::format("closes with {}", name(t)));
        sink.report(v, info(), info().severity, std::move(r));
    }
};

struct BracketPair {
    char32_t open, close;
    std::string_view shown;
};
constexpr std::array<BracketPair, 4> kBrackets{{{U'(', U')', "( )"}, {U'[', U']', "[ ]"}, {U'{', U'}', "{ }"}, {U'（', U'）', "（ ）"}}};

// Whether every bracket of the pair closes one opened before it.
bool balanced(std::string_view text, const BracketPair& pair) {
    int depth = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = u8::next(text, i);
        if (c == pair.open) ++depth;
        else if (c == pair.close && --depth < 0) return false;
    }
    return depth == 0;
}

// The text without the interval specifications that open Symfony/ICU-style plural variants
// ("]1,Inf[ Many", "[0,1] One|]1,Inf] Many"): their brackets face either way by design (ISO 31-11).
std::string without_intervals(std::string_view text) {
    std::string out(text);
    for (std::size_t start = 0; start <= out.size();) {
        std::size_t i = start;
        while (i < out.size() && out[i] == ' ') ++i;
        if (i < out.size() && (out[i] == '[' || out[i] == ']')) {
            const std::size_t comma = out.find(',', i);
            const std::size_t bar = out.find('|', i);
            const std::size_t close = comma == std::string::npos ? std::string::npos : out.find_first_of("[]", comma);
            if (close != std::string::npos && (bar == std::string::npos || close < bar))
                std::fill(out.begin() + static_cast<std::ptrdiff_t>(i), out.begin() + static_cast<std::ptrdiff_t>(close) + 1, ' ');
        }
        const std::size_t bar = out.find('|', start);
        if (bar == std::string::npos) break;
        start = bar + 1;
    }
    return out;
}

class Brackets final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"punctuation.brackets", "typographical", Severity::Warning,
                                   "Brackets that the source pairs are left unpaired in the target.", {}};
        return info;
    }
    explicit Brackets(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!form::comparable(v)) return;
        const std::string source = without_intervals(v.segment.source.text);
        const std::string target = without_intervals(v.segment.target->text);
        for (const auto& pair : kBrackets) {
            // A source that leaves them unpaired ("1)", a smiley) has its own convention.
            if (!balanced(source, pair) || balanced(target, pair)) continue;
            FindingSink::Report r;
            r.message = fmt::format("brackets {} are unpaired in the target", pair.shown);
            sink.report(v, info(), info().severity, std::move(r));
        }
    }
};

// Where `mark` at byte `at` of `text` needs no space before it: after a space, at the start, in a time
// or ratio ("12:30", "16:9"), a web address ("https:"), a repeated mark ("?!"), or an emoticon.
bool exempt(std::string_view text, std::size_t at, char32_t mark) {
    if (at == 0) return true;
    std::size_t before = at;
    const char32_t prev = u8::previous(text, before);
    if (u8::is_space(prev) || std::u32string_view(U"?!:;([{«\"'").find(prev) != std::u32string_view::npos) return true;
    std::size_t after = at;
    u8::next(text, after);
    const char32_t next = after < text.size() ? [&] { std::size_t j = after; return u8::next(text, j); }() : 0;
    if (mark == U':' && (u8::is_digit(next) || next == U'/' || (u8::is_digit(prev) && u8::is_digit(next)))) return true;
    if (mark == U':' && (next == U')' || next == U'(' || next == U'-')) return true;  // :) :( :-)
    if ((mark == U'?' || mark == U'!') && (next == U'=' || next == U'&')) return true;  // query strings
    // A mark glued to a letter or digit on both sides is inside a word, code or address ("a:b", "x?y").
    return u8::is_letter(next) || u8::is_digit(next);
}

class PunctuationSpacing final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"punctuation.spacing", "typographical", Severity::Info,
                                   "Punctuation that the target language sets after a space (French ; : ! ?) is glued "
                                   "to the word before it.",
                                   {}};
        return info;
    }
    explicit PunctuationSpacing(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!form::comparable(v) || !v.target_pack) return;
        const auto& marks = list_of(v.target_pack, "typography.space_before");
        if (marks.empty()) return;
        const auto& colon_only = list_of(v.target_pack, "typography.space_before_colon_only_regions");
        const std::string region = text::region_of(v.target_lang);
        const bool only_colon = !region.empty() && std::find(colon_only.begin(), colon_only.end(), region) != colon_only.end();
        const std::string& target = v.segment.target->text;
        FindingSink::Report r;
        for (std::size_t i = 0; i < target.size();) {
            const std::size_t at = i;
            const char32_t c = u8::next(target, i);
            std::string mark;
            u8::append(mark, c);
            if (std::find(marks.begin(), marks.end(), mark) == marks.end()) continue;
            if (only_colon && c != U':') continue;
            if (!exempt(target, at, c)) r.target_spans.push_back({at, i});
        }
        if (r.target_spans.empty()) return;
        r.message = fmt::format("no space before {} (the target language sets one there{})",
                                r.target_spans.size() > 1 ? "these marks" : "this mark",
                                only_colon ? ", before a colon" : "");
        sink.report(v, info(), info().severity, std::move(r));
    }
};

}  // namespace

void register_punctuation_final(Registry& r) { add_rule<FinalPunctuation>(r); }
void register_punctuation_brackets(Registry& r) { add_rule<Brackets>(r); }
void register_punctuation_spacing(Registry& r) { add_rule<PunctuationSpacing>(r); }

}  // namespace verity::rules
