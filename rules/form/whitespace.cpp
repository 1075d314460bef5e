// whitespace.leading / whitespace.trailing: white space at the start or end of one side only (programs
// join such strings: "Total: " + value). whitespace.doubled: two spaces in a row in the target where the
// source has none.
#include <algorithm>
#include <cctype>
#include <string>

#include <fmt/format.h>

#include "rules/form/form.hpp"
#include "rules/form/register.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::rules {
namespace {

namespace u8 = text::utf8;

// Padding: white space a program or template may add or drop. A no-break space (U+00A0, U+202F, U+2007)
// binds the text to what the program joins to it ("12" + "\u00A0ms"), and a zero-width space is a
// word-break mark (Lao, Thai): both are written on purpose, not padding.
bool padding(char32_t cp) {
    return u8::is_space(cp) && cp != 0x00A0 && cp != 0x202F && cp != 0x2007 && cp != 0x200B && cp != 0xFEFF;
}

// The white space at one end of a text, as a byte range (empty when there is none).
ByteRange end_space(std::string_view text, bool at_start) {
    if (at_start) {
        std::size_t end = 0;
        for (std::size_t i = 0; i < text.size();) {
            if (!padding(u8::next(text, i))) break;
            end = i;
        }
        return {0, end};
    }
    std::size_t begin = text.size();
    for (std::size_t i = text.size(); i > 0;) {
        if (!padding(u8::previous(text, i))) break;
        begin = i;
    }
    return {begin, text.size()};
}

// HTML content (a unit whose datatype names HTML: "html", "xhtml", "htmlbody", Angular's template strings)
// collapses white space at the ends of a text when it is shown: there it is the template's layout.
bool html_content(const xliff::Unit& unit) {
    std::string t = unit.datatype;
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
    return t.find("html") != std::string::npos;
}

// White space that holds a line break is the layout of the XLIFF file (an indented element), not text.
bool layout(std::string_view text, ByteRange r) {
    return text.substr(r.begin, r.end - r.begin).find_first_of("\n\r") != std::string_view::npos;
}

template <bool kLeading>
class EndSpace final : public Rule {
public:
    static const RuleInfo& metadata() {
        // Info: a translation that turns the word order round moves the space to the other end ("Add " →
        // " hinzufügen"), and HTML templates collapse white space at the ends anyway.
        static const RuleInfo info{kLeading ? "whitespace.leading" : "whitespace.trailing", "whitespace",
                                   Severity::Info,
                                   kLeading ? "Only one side starts with white space." : "Only one side ends with white space.",
                                   {}};
        return info;
    }
    explicit EndSpace(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!form::comparable(v) || html_content(v.unit)) return;
        const std::string& source = v.segment.source.text;
        const std::string& target = v.segment.target->text;
        const ByteRange s = end_space(source, kLeading);
        const ByteRange t = end_space(target, kLeading);
        if (layout(source, s) || layout(target, t)) return;
        // Space next to an inline code belongs to the code's place ("<ph/> puis"), not to the text's edge.
        auto edge_code = [](const xliff::Content& c) { return kLeading ? form::code_at_start(c) : form::code_at_end(c); };
        if (edge_code(v.segment.source) || edge_code(*v.segment.target)) return;
        const bool in_source = s.end > s.begin, in_target = t.end > t.begin;
        if (in_source == in_target) return;
        FindingSink::Report r;
        const char* where = kLeading ? "starts" : "ends";
        r.message = in_source ? fmt::format("the source {} with white space, the target does not", where)
                              : fmt::format("the target {} with white space, the source does not", where);
        if (in_source) r.source_spans.push_back(s);
        else r.target_spans.push_back(t);
        sink.report(v, info(), info().severity, std::move(r));
    }
};

// Runs of two or more spaces inside a line of `text`, away from inline codes (a removed code leaves its
// surrounding spaces side by side in the plain text).
std::vector<ByteRange> doubled_spaces(const xliff::Content& content) {
    const std::string& text = content.text;
    std::vector<ByteRange> out;
    const ByteRange lead = end_space(text, true), tail = end_space(text, false);
    for (std::size_t i = lead.end; i < tail.begin; ++i) {
        if (text[i] != ' ' || i + 1 >= tail.begin || text[i + 1] != ' ') continue;
        std::size_t end = i;
        while (end < tail.begin && text[end] == ' ') ++end;
        const bool near_code = std::any_of(content.codes.begin(), content.codes.end(),
                                           [&](const xliff::InlineCode& c) { return c.offset >= i && c.offset <= end; });
        if (!near_code) out.push_back({i, end});
        i = end;
    }
    return out;
}

class DoubledSpace final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"whitespace.doubled", "whitespace", Severity::Info,
                                   "The target has two spaces in a row where the source has none.", {}};
        return info;
    }
    explicit DoubledSpace(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!form::comparable(v)) return;
        if (!doubled_spaces(v.segment.source).empty()) return;  // a layout the source uses too
        const auto runs = doubled_spaces(*v.segment.target);
        if (runs.empty()) return;
        FindingSink::Report r;
        r.message = runs.size() > 1 ? fmt::format("the target has two spaces in a row ({} times)", runs.size())
                                    : "the target has two spaces in a row";
        r.target_spans = runs;
        sink.report(v, info(), info().severity, std::move(r));
    }
};

}  // namespace

void register_whitespace_leading(Registry& r) { add_rule<EndSpace<true>>(r); }
void register_whitespace_trailing(Registry& r) { add_rule<EndSpace<false>>(r); }
void register_whitespace_doubled(Registry& r) { add_rule<DoubledSpace>(r); }

}  // namespace verity::rules
