// The text report: compiler-style lines a terminal, an editor and a CI log all understand.
#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <unicode/uchar.h>

#include "checker/report.hpp"
#include "xliff/pair/pair.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::checker {
namespace {

constexpr std::size_t kWindow = 100;  // code points of context shown per excerpt

std::u32string decode(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        char32_t c = text::utf8::next(s, i);
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';  // keep one cell per code point under the carets
        out.push_back(c);
    }
    return out;
}

std::string encode(std::u32string_view s) {
    std::string out;
    for (char32_t c : s) text::utf8::append(out, c);
    return out;
}

struct Paint {
    bool on;
    std::string operator()(std::string_view code, std::string_view text) const {
        return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
    }
};

// Terminal cells a code point takes: East Asian wide and full-width characters and emoji two, combining
// marks and joiners none, the rest one.
std::size_t cells(char32_t c) {
    const auto cp = static_cast<UChar32>(c);
    if (c == 0x200B || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) ||
        (U_GET_GC_MASK(cp) & (U_GC_MN_MASK | U_GC_ME_MASK)) != 0)
        return 0;
    const int width = u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
    if (width == U_EA_WIDE || width == U_EA_FULLWIDTH || u_hasBinaryProperty(cp, UCHAR_EMOJI_PRESENTATION)) return 2;
    return 1;
}

std::size_t cells(std::u32string_view s) {
    std::size_t n = 0;
    for (char32_t c : s) n += cells(c);
    return n;
}

// An inline code as the reader sees it: ⟨1⟩ opens, ⟨/1⟩ closes, ⟨1/⟩ stands alone.
std::u32string code_marker(const rules::CodeMark& code) {
    std::u32string id = decode(code.id);
    switch (code.kind) {
        case xliff::CodeKind::Open:
        case xliff::CodeKind::MarkerOpen: return U"⟨" + id + U"⟩";
        case xliff::CodeKind::Close:
        case xliff::CodeKind::MarkerClose: return U"⟨/" + id + U"⟩";
        case xliff::CodeKind::Standalone: break;
    }
    return U"⟨" + id + U"/⟩";
}

void excerpt(std::ostream& out, std::string_view label, const rules::FindingSide& side, const Paint& paint) {
    const std::u32string text = decode(side.text);
    std::size_t first = text.size(), last = 0;
    for (const auto& s : side.spans) {
        first = std::min(first, s.start);
        last = std::max(last, s.end);
    }
    if (side.spans.empty()) first = last = 0;
    // A window that starts a little before the first mark and keeps the marks in view.
    std::size_t begin = first > 20 ? first - 20 : 0;
    if (text.size() <= kWindow + kWindow / 2) begin = 0;  // short enough to show whole
    std::size_t end = std::min(text.size(), std::max(begin + kWindow, std::min(last + 20, begin + 2 * kWindow)));
    if (side.spans.empty()) end = std::min(text.size(), kWindow);
    const std::string lead = begin > 0 ? "…" : "";
    const std::string tail = end < text.size() ? "…" : "";

    auto marked = [&](std::size_t i) {
        return std::any_of(side.spans.begin(), side.spans.end(),
                           [&](const rules::Span& s) { return i >= s.start && i < s.end; });
    };
    // The line, and the cell where each code point of the window starts: before the codes at it
    // (`before`) and after them (`at`).
    std::string line;
    std::vector<std::size_t> before(end - begin + 1), at(end - begin + 1);
    std::size_t width = 0;
    std::u32string run;
    bool run_marked = false;
    auto flush = [&] {
        if (!run.empty()) line += run_marked ? paint("1;31", encode(run)) : encode(run);
        run.clear();
    };
    for (std::size_t pos = begin; pos <= end; ++pos) {
        before[pos - begin] = width;
        for (const auto& code : side.codes)
            if (code.at == pos) {
                flush();
                const std::u32string m = code_marker(code);
                line += paint("2", encode(m));
                width += cells(m);
            }
        at[pos - begin] = width;
        if (pos == end) break;
        if (marked(pos) != run_marked) flush(), run_marked = marked(pos);
        run.push_back(text[pos]);
        width += cells(text[pos]);
    }
    flush();

    std::string carets(width + 1, ' ');
    for (const auto& s : side.spans) {
        if (s.start < begin || s.start > end) continue;
        if (s.start == s.end) {  // an inline code's place: a caret of its own
            carets[before[s.start - begin]] = '^';
            continue;
        }
        const std::size_t from = at[s.start - begin], to = before[std::min(s.end, end) - begin];
        for (std::size_t c = from; c < to; ++c)
            if (carets[c] == ' ') carets[c] = '~';
        carets[from] = '^';
    }
    while (!carets.empty() && carets.back() == ' ') carets.pop_back();
    // A mark over the whole text (a dropped or added sentence) says nothing the message does not.
    if (side.spans.size() == 1 && side.spans[0].start == 0 && side.spans[0].end >= text.size()) carets.clear();

    out << fmt::format("  {} | {}{}{}\n", label, lead, line, tail);
    if (!carets.empty()) {
        const std::string pad(lead.empty() ? 0 : 1, ' ');
        out << fmt::format("  {} | {}{}\n", std::string(label.size(), ' '), pad, paint("1;32", carets));
    }
}

std::string location(const rules::FindingSide& side, const std::string& file_path) {
    const xliff::Position pos = rules::region_in_file(side).begin;
    const std::string& path = side.path.empty() ? file_path : side.path;
    return pos.line ? fmt::format("{}:{}:{}", path, pos.line, pos.column) : path;
}

// "sentence 3", "sentences 3–4", "sentences 3 and 5".
std::string sentences(const std::vector<std::size_t>& list, std::string_view which) {
    if (list.empty()) return fmt::format("nothing in the {}", which);
    if (list.size() == 1) return fmt::format("sentence {} of the {}", list.front(), which);
    const bool run = list.back() - list.front() + 1 == list.size();
    return fmt::format("sentences {}{}{} of the {}", list.front(), run ? "–" : " and ", list.back(), which);
}

// Where a finding sits, in words a person can look up. Two compared texts have no units a person
// knows, only sentences: the segment id "s3_4-t2" is source sentences 3 and 4 and target sentence 2.
std::string unit_label(const FileReport& file, const rules::Finding& f) {
    if (file.format == xliff::DocumentFormat::TextPair && f.segment)
        if (const auto numbers = xliff::sentence_numbers(*f.segment))
            return fmt::format("{}, {}", sentences(numbers->source, "source"), sentences(numbers->target, "target"));
    return fmt::format("unit {}{}", f.unit, f.segment ? ", segment " + *f.segment : "");
}

std::string plural(std::size_t n, std::string_view word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

void write_text_file(std::ostream& out, const FileReport& file, const TextStyle& style) {
    const Paint paint{style.color};
    if (file.error) {
        const auto& p = file.error->position;
        const std::string where = p.line ? fmt::format("{}:{}:{}", file.path, p.line, p.column) : file.path;
        out << paint("1", where + ":") << ' ' << paint("1;31", "error:") << ' ' << file.error->message << '\n';
        return;
    }
    for (const auto& note : file.notes) out << paint("1", file.path + ":") << ' ' << paint("1;36", "note:") << ' ' << note << '\n';
    for (const auto& f : file.findings) {
        // The header points at the flagged word: in the source, or in the target when only it is marked.
        const bool target_first = f.target && (!f.source || (f.source->spans.empty() && !f.target->spans.empty()));
        const rules::FindingSide* side = target_first ? &*f.target : f.source ? &*f.source : nullptr;
        const rules::FindingSide* other = target_first ? (f.source ? &*f.source : nullptr)
                                                       : (f.target ? &*f.target : nullptr);
        const std::string where = side ? location(*side, file.path) : file.path;
        const std::string severity(rules::severity_name(f.severity));
        const char* colour = f.severity == rules::Severity::Error     ? "1;31"
                             : f.severity == rules::Severity::Warning ? "1;35"
                                                                      : "1;36";
        out << paint("1", where + ":") << ' ' << paint(colour, severity + ":") << ' ' << f.message << " ["
            << f.rule << "]";
        out << " (" << unit_label(file, f) << ")\n";
        if (f.source) excerpt(out, "source", *f.source, paint);
        if (f.target) excerpt(out, "target", *f.target, paint);
        // The other side's place, when it has one of its own (the target file of `compare`, a target word).
        if (other && rules::region_in_file(*other).begin.line && (!other->spans.empty() || !other->path.empty()))
            out << fmt::format("  {} at {}\n", target_first ? "source" : "target", location(*other, file.path));
    }
}

void write_text_summary(std::ostream& out, const RunReport& report, const TextStyle& /*style: the line is plain*/) {
    std::size_t segments = 0;
    for (const auto& file : report.files) segments += file.segments;
    const std::size_t unreadable = report.files_with_errors();
    std::string suppressed;
    for (const auto& [reason, n] : report.suppressed())
        suppressed += fmt::format("{}{} by the {}", suppressed.empty() ? "" : ", ", n, reason);
    std::string skipped;
    for (const auto& [state, n] : report.skipped()) skipped += fmt::format("{}{} {}", skipped.empty() ? "" : ", ", n, state);
    out << fmt::format("{}, {}, {} in {} ({}){}{}{}\n", plural(report.count(rules::Severity::Error), "error"),
                       plural(report.count(rules::Severity::Warning), "warning"),
                       fmt::format("{} info", report.count(rules::Severity::Info)), plural(report.files.size(), "file"),
                       plural(segments, "segment"),
                       unreadable ? fmt::format("; {} could not be read", plural(unreadable, "file")) : "",
                       suppressed.empty() ? "" : "; suppressed: " + suppressed,
                       skipped.empty() ? "" : "; segments not checked: " + skipped);
}

void write_text(std::ostream& out, const RunReport& report, const TextStyle& style) {
    for (const auto& file : report.files) write_text_file(out, file, style);
    write_text_summary(out, report, style);
}

}  // namespace verity::checker
