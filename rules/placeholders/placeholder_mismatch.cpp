// placeholder.mismatch: run-time placeholders of the source missing, extra or renamed in the target, and
// unnumbered printf placeholders whose order changed.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "rules/placeholders/placeholders.hpp"
#include "rules/placeholders/register.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules {
namespace {

using Syntax = PlaceholderSyntax;

// `#` stands for its plural's argument: `{count}` in a branch may replace it. `$name` and `${name}` are
// one variable.
Syntax compared_syntax(Syntax s) {
    if (s == Syntax::IcuHash) return Syntax::Brace;
    if (s == Syntax::DollarBrace) return Syntax::Dollar;
    return s;
}

bool is_printf(Syntax s) { return s == Syntax::Printf || s == Syntax::PrintfIndex; }

// In a plural form of a gettext message (xliff::gettext_plural_form) the form may say the number in
// words ("einem Schlüssel" for "%d key"), and a language with one form says it where the English singular
// does not ("%lu 個" for "one plural form"), so printf placeholders are not compared there.
// Syntaxes a source must show before the target's are compared: printf in either form, `{…}` with `#`.
Syntax family(Syntax s) { return s == Syntax::PrintfIndex ? Syntax::Printf : compared_syntax(s); }

// Target placeholders that cannot be prose or code even when the source uses no such syntax: a
// translator who adds `%s` to a message that takes no argument makes the program read one that is not
// there. An unnumbered printf placeholder counts when it is written without flags (`%s`, `%ld`, `%.2f`;
// not `% s` or `%-e`) and no letter follows it (Polish "%uż." for "Use%" is a word).
bool unambiguous(const Placeholder& p, std::string_view text) {
    switch (p.syntax) {
        case Syntax::DoubleBrace:
        case Syntax::PrintfIndex:
        case Syntax::PercentBrace:
        case Syntax::PercentParen:
        case Syntax::DollarBrace: return true;
        case Syntax::Printf: {
            const std::string_view written = text.substr(p.begin, p.end - p.begin);
            const unsigned char after = p.end < text.size() ? static_cast<unsigned char>(text[p.end]) : ' ';
            const bool letter_after = std::isalpha(after) != 0 || after >= 0x80;
            const bool custom = written.back() >= 'A' && written.back() <= 'Z';  // binutils' %B, a program's own
            return written.size() > 1 && std::string_view(" -+#0'").find(written[1]) == std::string_view::npos &&
                   !letter_after && !custom;
        }
        default: return false;
    }
}

std::string shown(std::string_view text, const Placeholder& p) {
    if (p.syntax == Syntax::IcuHash) return "#";
    const std::string_view written = text.substr(p.begin, p.end - p.begin);
    if (p.syntax == Syntax::Brace && written.size() > 40) return "{" + p.identity + ", …}";
    if (written.size() > 60) return std::string(written.substr(0, 57)) + "…";
    return std::string(written);
}

// Unnumbered printf placeholders read as numbered ones (`%s %d` is `%1$s %2$d`), for a side that is
// compared with numbered ones.
void number_printf(std::vector<Placeholder>& side) {
    std::size_t n = 0;
    for (auto& p : side)
        if (p.syntax == Syntax::Printf) {
            n += p.stars;
            p.syntax = Syntax::PrintfIndex;
            p.identity = std::to_string(++n) + "$" + p.identity;
            p.ordered = false;
        }
}

// The occurrences of one placeholder (syntax and identity) that found no counterpart on the other side,
// as indices into that side's placeholders, in text order.
using Group = std::vector<std::size_t>;

struct Unmatched {
    std::vector<Group> missing;  // source placeholders
    std::vector<Group> extra;    // target placeholders
    // Source placeholders whose loss is possible but not certain damage (info): see keep_broken_escapes.
    std::set<std::size_t> uncertain;
};

std::string times(const Group& g) { return g.size() > 1 ? " (" + std::to_string(g.size()) + " times)" : ""; }

std::vector<ByteRange> spans(const std::vector<Placeholder>& side, const Group& g) {
    std::vector<ByteRange> out;
    for (std::size_t i : g) out.push_back({side[i].begin, side[i].end});
    return out;
}

class PlaceholderMismatch final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"placeholder.mismatch", "markup", Severity::Error,
                                   "Placeholders of the source (printf, Qt, ICU/.NET {…}, {{…}}, %name%, %{…}, "
                                   "%(…)s, ${…}, escaped HTML) are missing, extra or renamed in the target, or "
                                   "unnumbered printf placeholders changed order.",
                                   {{"ignore", "none",
                                     "comma-separated syntaxes not to compare, for files whose text uses one as "
                                     "prose: printf, qt, brace, double-brace, percent-name, percent-brace, "
                                     "percent-paren, dollar, entity, tag"}}};
        return info;
    }
    explicit PlaceholderMismatch(const RuleOptions& options) : ignored_(ignored_syntaxes(options.get(metadata(), "ignore"))) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const auto& seg = v.segment;
        if (!seg.target || text::is_blank(seg.target->text) || v.is_alignment_gap()) return;  // target.empty's case
        const std::string& source_text = seg.source.text;
        const std::string& target_text = seg.target->text;
        PlaceholderScan source = scan_placeholders(source_text);
        if (source.placeholders.empty() && target_text.find_first_of("{%$") == std::string::npos) return;
        PlaceholderScan target = scan_placeholders(target_text);
        const std::vector<Placeholder> all_in_target = target.placeholders;
        auto& src = source.placeholders;
        auto& tgt = target.placeholders;
        if (!ignored_.empty()) {
            auto is_ignored = [&](const Placeholder& p) { return ignored_.count(p.syntax) > 0; };
            std::erase_if(src, is_ignored);
            std::erase_if(tgt, is_ignored);
        }

        if (source.date_format || target.date_format) {
            std::erase_if(src, [](const Placeholder& p) { return is_printf(p.syntax); });
            std::erase_if(tgt, [](const Placeholder& p) { return is_printf(p.syntax); });
        }
        std::set<Syntax> source_families;
        for (const auto& p : src) source_families.insert(family(p.syntax));
        std::erase_if(tgt, [&](const Placeholder& p) {
            return !source_families.count(family(p.syntax)) && !unambiguous(p, target_text);
        });
        if (src.empty() && tgt.empty()) return;

        auto has = [](const std::vector<Placeholder>& side, Syntax s) {
            return std::any_of(side.begin(), side.end(), [&](const Placeholder& p) { return p.syntax == s; });
        };
        // C forbids mixing numbered and unnumbered conversions in one format; a side that mixes them
        // follows a convention of its own (binutils' `%X%C` take no argument), so printf is not compared.
        auto mixes = [&](const std::vector<Placeholder>& side) { return has(side, Syntax::Printf) && has(side, Syntax::PrintfIndex); };
        if (mixes(src) || mixes(tgt)) {
            std::erase_if(src, [](const Placeholder& p) { return is_printf(p.syntax); });
            std::erase_if(tgt, [](const Placeholder& p) { return is_printf(p.syntax); });
        }
        const bool numbered = has(src, Syntax::PrintfIndex) || has(tgt, Syntax::PrintfIndex);
        if (numbered && (has(src, Syntax::Printf) || has(tgt, Syntax::Printf))) {
            number_printf(src);
            number_printf(tgt);
        }
        const bool plural_form = xliff::gettext_plural_form(v.unit).has_value();
        const bool variants = source.has_variants || target.has_variants || plural_form;
        Unmatched unmatched = compare(src, tgt, variants);
        if (plural_form) {
            std::erase_if(unmatched.missing, [&](const Group& g) { return is_printf(src[g[0]].syntax); });
            std::erase_if(unmatched.extra, [&](const Group& g) { return is_printf(tgt[g[0]].syntax); });
        }
        keep_broken_escapes(unmatched, src, tgt, target_text, all_in_target);
        report(v, sink, src, tgt, unmatched);
        if (!variants) check_order(v, sink, src, tgt, unmatched);
    }

private:
    // Entities that escape a character (`&amp;`, `&lt;`, `&gt;`, quotes) are no codes but spellings: a
    // target may say "et" for "&amp;" or use its own quotation marks. The loss of `&amp;` matters when the
    // target writes a bare `&`, which breaks the escaping; a bare `<>` for `&lt; &gt;` is as often text
    // whose escaping a later step adds (xkeyboard-config's key names). An extra one never matters.
    // A bare `&` before a space or the end ("Fish & chips") is valid HTML, which reads it as itself, though
    // not valid XML: such a loss is uncertain. One before a letter or `#` starts a character reference.
    static void keep_broken_escapes(Unmatched& unmatched, const std::vector<Placeholder>& src,
                                    const std::vector<Placeholder>& tgt, std::string_view target_text,
                                    const std::vector<Placeholder>& all_in_target) {
        auto escaped = [](const Placeholder& p) -> char {
            if (p.syntax != Syntax::Entity) return 0;
            if (p.identity == "&amp;" || p.identity == "&#38;") return '&';
            if (p.identity == "&lt;" || p.identity == "&#60;" || p.identity == "&gt;" || p.identity == "&#62;" ||
                p.identity == "&quot;" || p.identity == "&apos;" || p.identity == "&#34;" || p.identity == "&#39;")
                return '"';
            return 0;
        };
        enum class Bare { None, BeforeSpace, BeforeName };
        auto bare = [&](char c) {
            Bare found = Bare::None;
            for (std::size_t i = target_text.find(c); i != std::string_view::npos; i = target_text.find(c, i + 1)) {
                const bool in_code = std::any_of(all_in_target.begin(), all_in_target.end(), [&](const Placeholder& p) {
                    return (p.syntax == Syntax::Entity || p.syntax == Syntax::Tag) && p.begin <= i && i < p.end;
                });
                if (in_code) continue;
                const unsigned char next = i + 1 < target_text.size() ? static_cast<unsigned char>(target_text[i + 1]) : ' ';
                if (std::isalnum(next) != 0 || next == '#' || next >= 0x80) return Bare::BeforeName;
                found = Bare::BeforeSpace;
            }
            return found;
        };
        std::erase_if(unmatched.missing, [&](const Group& g) {
            const char c = escaped(src[g[0]]);
            if (c == '"') return true;
            if (c == 0) return false;
            const Bare how = bare(c);
            if (how == Bare::BeforeSpace) unmatched.uncertain.insert(g[0]);
            return how == Bare::None;
        });
        std::erase_if(unmatched.extra, [&](const Group& g) { return escaped(tgt[g[0]]) != 0; });
    }

    // Named and numbered placeholders match as sets (a name may be said twice on one side, once on the
    // other); unnumbered ones as multisets. Variants (plural forms, phrase lists) repeat placeholders as
    // often as the language needs, so a segment with them compares everything as sets.
    static Unmatched compare(const std::vector<Placeholder>& src, const std::vector<Placeholder>& tgt, bool variants) {
        using Key = std::pair<Syntax, std::string>;
        std::map<Key, std::pair<Group, Group>> by_key;
        for (std::size_t i = 0; i < src.size(); ++i)
            by_key[{compared_syntax(src[i].syntax), src[i].identity}].first.push_back(i);
        for (std::size_t i = 0; i < tgt.size(); ++i)
            by_key[{compared_syntax(tgt[i].syntax), tgt[i].identity}].second.push_back(i);
        Unmatched out;
        for (const auto& [key, sides] : by_key) {
            const auto& [in_source, in_target] = sides;
            const bool as_set = variants || !(in_source.empty() ? tgt[in_target[0]] : src[in_source[0]]).ordered;
            const std::size_t matched = as_set && !in_source.empty() && !in_target.empty()
                                            ? std::max(in_source.size(), in_target.size())
                                            : std::min(in_source.size(), in_target.size());
            if (in_source.size() > matched) out.missing.emplace_back(in_source.begin() + matched, in_source.end());
            if (in_target.size() > matched) out.extra.emplace_back(in_target.begin() + matched, in_target.end());
        }
        std::sort(out.missing.begin(), out.missing.end());
        std::sort(out.extra.begin(), out.extra.end());
        return out;
    }

    // Escaped HTML in a segment may legitimately change with the language (`&nbsp;` before French
    // punctuation, a CJK target quoting what the source set in italics): warning. An all-capital name
    // (`{INTEGER}`, `%REGEXP%`, `${VARNAME}`) is more often a metavariable of a command's help that
    // translators render, and a bare `$name` a word of shell documentation, than a variable: info.
    Severity severity_of(const Placeholder& p) const {
        if (p.syntax == Syntax::Dollar) return Severity::Info;
        if (p.syntax == Syntax::Entity || p.syntax == Syntax::Tag) return Severity::Warning;
        if (p.syntax == Syntax::Brace || p.syntax == Syntax::PercentName || p.syntax == Syntax::DollarBrace) {
            const bool has_lower = std::any_of(p.identity.begin(), p.identity.end(), [](char c) { return c >= 'a' && c <= 'z'; });
            const auto letters = std::count_if(p.identity.begin(), p.identity.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
            if (!has_lower && letters >= 2) return Severity::Info;
        }
        return info().severity;
    }

    // One finding per missing and per extra placeholder (its repeats marked together); a missing and an
    // extra one of the same syntax make one "renamed" finding.
    void report(const SegmentView& v, FindingSink& sink, const std::vector<Placeholder>& src,
                const std::vector<Placeholder>& tgt, const Unmatched& unmatched) const {
        const std::string& source_text = v.segment.source.text;
        const std::string& target_text = v.segment.target->text;
        std::vector<bool> done(unmatched.missing.size(), false);
        std::vector<bool> paired(unmatched.extra.size(), false);
        report_elements(v, sink, src, unmatched.missing, done, true);
        report_elements(v, sink, tgt, unmatched.extra, paired, false);
        for (std::size_t d = 0; d < unmatched.missing.size(); ++d) {
            if (done[d]) continue;
            const Group& missing = unmatched.missing[d];
            const Placeholder& s = src[missing[0]];
            std::size_t partner = unmatched.extra.size();
            for (std::size_t k = 0; k < unmatched.extra.size() && partner == unmatched.extra.size(); ++k)
                if (!paired[k] && compared_syntax(tgt[unmatched.extra[k][0]].syntax) == compared_syntax(s.syntax))
                    partner = k;
            FindingSink::Report r;
            r.source_spans = spans(src, missing);
            if (partner < unmatched.extra.size()) {
                paired[partner] = true;
                const Group& extra = unmatched.extra[partner];
                r.message = "placeholder `" + shown(source_text, s) + "` became `" + shown(target_text, tgt[extra[0]]) +
                            "` (" + std::string(syntax_name(s.syntax)) + ")";
                r.target_spans = spans(tgt, extra);
            } else {
                r.message = "placeholder `" + shown(source_text, s) + "` (" + std::string(syntax_name(s.syntax)) +
                            ") is missing in the target" + times(missing);
            }
            if (unmatched.uncertain.count(missing[0]) > 0) {
                r.message += "; the target writes a bare `&`, which HTML accepts before a space and XML does not";
                sink.report(v, info(), Severity::Info, std::move(r));
                continue;
            }
            sink.report(v, info(), severity_of(s), std::move(r));
        }
        for (std::size_t k = 0; k < unmatched.extra.size(); ++k) {
            if (paired[k]) continue;
            const Group& extra = unmatched.extra[k];
            const Placeholder& t = tgt[extra[0]];
            FindingSink::Report r;
            r.message = "placeholder `" + shown(target_text, t) + "` (" + std::string(syntax_name(t.syntax)) +
                        ") in the target is not in the source" + times(extra);
            r.target_spans = spans(tgt, extra);
            sink.report(v, info(), severity_of(t), std::move(r));
        }
    }

    // An escaped HTML element missing (or extra) whole, `<i>…</i>`, is one finding that marks it from
    // tag to tag; its groups are marked done.
    void report_elements(const SegmentView& v, FindingSink& sink, const std::vector<Placeholder>& side,
                         const std::vector<Group>& unmatched, std::vector<bool>& done, bool in_source) const {
        const std::string& text = in_source ? v.segment.source.text : v.segment.target->text;
        for (std::size_t a = 0; a < unmatched.size(); ++a) {
            const Placeholder& open = side[unmatched[a][0]];
            if (done[a] || open.syntax != Syntax::Tag || open.identity.starts_with("</") ||
                open.identity.ends_with("/>"))
                continue;
            const std::string close_identity = "</" + open.identity.substr(1);
            for (std::size_t b = 0; b < unmatched.size(); ++b) {
                const Group& closes = unmatched[b];
                const Placeholder& close = side[closes[0]];
                if (done[b] || close.syntax != Syntax::Tag || close.identity != close_identity ||
                    closes.size() != unmatched[a].size())
                    continue;
                done[a] = done[b] = true;
                FindingSink::Report r;
                const std::string what = "HTML element `" + shown(text, open) + "…" + shown(text, close) + "`";
                r.message = (in_source ? what + " is missing in the target" : what + " in the target is not in the source") +
                            times(closes);
                for (std::size_t k = 0; k < closes.size(); ++k)
                    (in_source ? r.source_spans : r.target_spans)
                        .push_back({side[unmatched[a][k]].begin, side[closes[k]].end});
                Severity severity = Severity::Warning;
                if (in_source && quoted_instead(open.identity, v.segment.source.text, v.segment.target->text)) {
                    r.message += "; the target sets the text in quotation marks instead";
                    severity = Severity::Info;
                }
                sink.report(v, info(), severity, std::move(r));
                break;
            }
        }
    }

    // Emphasis (italic, bold, underline) is typography: a language whose script has no italics (Chinese,
    // Japanese, Korean) marks the same words with quotation marks or brackets. When the target holds more
    // quotation marks than the source, the lost emphasis element was most likely rendered so.
    static bool quoted_instead(std::string_view open_tag, std::string_view source, std::string_view target) {
        static constexpr std::string_view emphasis[] = {"<i", "<em", "<b", "<strong", "<u", "<cite", "<q"};
        const bool is_emphasis = std::any_of(std::begin(emphasis), std::end(emphasis), [&](std::string_view e) {
            return open_tag.starts_with(e) && open_tag.size() > e.size() &&
                   (open_tag[e.size()] == '>' || open_tag[e.size()] == ' ');
        });
        if (!is_emphasis) return false;
        static constexpr std::string_view marks[] = {"\"", "“", "”", "„", "«", "»", "「", "」", "『", "』", "《", "》", "〈", "〉"};
        auto count = [](std::string_view text) {
            std::size_t n = 0;
            for (std::string_view m : marks)
                for (std::size_t i = text.find(m); i != std::string_view::npos; i = text.find(m, i + m.size())) ++n;
            return n;
        };
        return count(target) > count(source);
    }

    // Unnumbered printf placeholders take the arguments in order: `%s %d` → `%d %s` swaps their types.
    void check_order(const SegmentView& v, FindingSink& sink, const std::vector<Placeholder>& src,
                     const std::vector<Placeholder>& tgt, const Unmatched& unmatched) const {
        // A program's own capital conversions (binutils' `%P%F`) may take no argument: their order is free.
        auto printf_of = [](const std::vector<Placeholder>& side, const std::string& text) {
            std::vector<const Placeholder*> out;
            for (const auto& p : side)
                if (p.syntax == Syntax::Printf && !(text[p.end - 1] >= 'A' && text[p.end - 1] <= 'Z')) out.push_back(&p);
            return out;
        };
        auto unnumbered = [](const std::vector<Placeholder>& side) {
            return [&side](const Group& g) { return side[g[0]].syntax == Syntax::Printf; };
        };
        if (std::any_of(unmatched.missing.begin(), unmatched.missing.end(), unnumbered(src)) ||
            std::any_of(unmatched.extra.begin(), unmatched.extra.end(), unnumbered(tgt)))
            return;
        const auto in_source = printf_of(src, v.segment.source.text);
        const auto in_target = printf_of(tgt, v.segment.target->text);
        if (in_source.size() < 2 || in_source.size() != in_target.size()) return;
        bool same = true;
        for (std::size_t i = 0; i < in_source.size(); ++i) same = same && in_source[i]->identity == in_target[i]->identity;
        if (same) return;
        auto sequence = [](const std::string& text, const std::vector<const Placeholder*>& side) {
            std::string out;
            for (const auto* p : side) out += (out.empty() ? "" : " … ") + shown(text, *p);
            return out;
        };
        FindingSink::Report r;
        r.message = "order of unnumbered placeholders changed: `" + sequence(v.segment.source.text, in_source) +
                    "` became `" + sequence(v.segment.target->text, in_target) +
                    "` (printf); numbered ones (`%1$s`) may be reordered";
        for (const auto* p : in_source) r.source_spans.push_back({p->begin, p->end});
        for (const auto* p : in_target) r.target_spans.push_back({p->begin, p->end});
        sink.report(v, info(), info().severity, std::move(r));
    }

    // The syntaxes an `ignore` option names; an unknown name is a usage error that lists the known ones.
    static std::set<Syntax> ignored_syntaxes(std::string_view names) {
        std::set<Syntax> out;
        while (!names.empty()) {
            const std::size_t comma = names.find(',');
            std::string_view item = names.substr(0, comma);
            while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
            while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
            const std::string name(item);
            names = comma == std::string_view::npos ? std::string_view{} : names.substr(comma + 1);
            if (name.empty() || name == "none") continue;
            const std::vector<Syntax> named = syntaxes_named(name);
            if (named.empty())
                throw std::invalid_argument("option placeholder.mismatch.ignore: unknown syntax '" + name +
                                            "' (known: " + std::string(known_syntax_names()) + ")");
            out.insert(named.begin(), named.end());
        }
        return out;
    }

    std::set<Syntax> ignored_;
};

}  // namespace

void register_placeholder_mismatch(Registry& r) { add_rule<PlaceholderMismatch>(r); }

}  // namespace verity::rules
