// The text report: compiler-style lines a terminal, an editor and a CI log all understand.
#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "checker/report.hpp"
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

    std::string line;
    std::string carets;
    std::size_t pos = begin;
    auto marked = [&](std::size_t i) {
        return std::any_of(side.spans.begin(), side.spans.end(),
                           [&](const rules::Span& s) { return i >= s.start && i < s.end; });
    };
    while (pos < end) {
        const bool m = marked(pos);
        std::size_t run = pos;
        while (run < end && marked(run) == m) ++run;
        const std::string piece = encode(std::u32string_view(text).substr(pos, run - pos));
        line += m ? paint("1;31", piece) : piece;
        carets += std::string(run - pos, m ? '~' : ' ');
        pos = run;
    }
    // Zero-width marks (an inline code's position) get a caret of their own.
    for (const auto& s : side.spans)
        if (s.start == s.end && s.start >= begin && s.start <= end) {
            const std::size_t at = s.start - begin;
            if (carets.size() <= at) carets.resize(at + 1, ' ');
            carets[at] = '^';
        }
    for (const auto& s : side.spans)
        if (s.end > s.start && s.start >= begin && s.start < end) carets[s.start - begin] = '^';
    while (!carets.empty() && carets.back() == ' ') carets.pop_back();
    // A mark over the whole text (a dropped or added sentence) says nothing the message does not.
    if (side.spans.size() == 1 && side.spans[0].start == 0 && side.spans[0].end >= text.size()) carets.clear();

    out << fmt::format("  {} | {}{}{}\n", label, lead, line, tail);
    if (!carets.empty()) {
        const std::string pad(lead.empty() ? 0 : 1, ' ');
        out << fmt::format("  {} | {}{}\n", std::string(label.size(), ' '), pad, paint("1;32", carets));
    }
}

std::string plural(std::size_t n, std::string_view word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

void write_text(std::ostream& out, const RunReport& report, const TextStyle& style) {
    const Paint paint{style.color};
    std::size_t segments = 0;
    for (const auto& file : report.files) {
        segments += file.segments;
        if (file.error) {
            const auto& p = file.error->position;
            const std::string where = p.line ? fmt::format("{}:{}:{}", file.path, p.line, p.column) : file.path;
            out << paint("1", where + ":") << ' ' << paint("1;31", "error:") << ' ' << file.error->message << '\n';
            continue;
        }
        for (const auto& note : file.notes) out << paint("1", file.path + ":") << ' ' << paint("1;36", "note:") << ' ' << note << '\n';
        for (const auto& f : file.findings) {
            const rules::FindingSide* side = f.source ? &*f.source : f.target ? &*f.target : nullptr;
            const xliff::Position pos = side ? side->position : xliff::Position{};
            const std::string& path = side && !side->path.empty() ? side->path : file.path;
            const std::string where = pos.line ? fmt::format("{}:{}:{}", path, pos.line, pos.column) : path;
            const std::string severity(rules::severity_name(f.severity));
            const char* colour = f.severity == rules::Severity::Error     ? "1;31"
                                 : f.severity == rules::Severity::Warning ? "1;35"
                                                                          : "1;36";
            out << paint("1", where + ":") << ' ' << paint(colour, severity + ":") << ' ' << f.message << " ["
                << f.rule << "]";
            out << fmt::format(" (unit {}{})\n", f.unit, f.segment ? ", segment " + *f.segment : "");
            if (f.source) excerpt(out, "source", *f.source, paint);
            if (f.target) excerpt(out, "target", *f.target, paint);
        }
    }
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

}  // namespace verity::checker
