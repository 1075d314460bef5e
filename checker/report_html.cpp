// The HTML report: one self-contained page (style and script inline, nothing fetched) that shows each
// file's source and target side by side, segment by segment, with the words each finding points at
// marked in its rule family's colour. It shows exactly the findings of the run and decides nothing.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unistd.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "checker/report.hpp"
#include "checker/report_html.hpp"
#include "xliff/pair/pair.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::checker {
namespace {

// Text for an HTML element or a quoted attribute: markup characters escaped, control characters other
// than tab and newline removed, invalid UTF-8 replaced.
std::string esc(std::string_view raw) {
    const std::string s = valid_utf8(raw);
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) break;
                out.push_back(ch);
        }
    }
    return out;
}

std::string family_of(std::string_view rule) { return std::string(rule.substr(0, rule.find('.'))); }

// A CSS class name for a family: letters, digits and '-' only.
std::string family_class(std::string_view family) {
    std::string out = "fam-";
    for (char c : family) out.push_back(std::isalnum(static_cast<unsigned char>(c)) ? c : '-');
    return out;
}

// The byte offset of code point `cp` in `text` (clamped to its end).
std::size_t byte_offset(std::string_view text, std::size_t cp) {
    std::size_t i = 0;
    for (std::size_t n = 0; n < cp && i < text.size(); ++n) i += std::max<std::size_t>(1, text::utf8::valid_length(text, i));
    return std::min(i, text.size());
}

// A marked stretch of one side of a segment, in bytes; `finding` is the finding's number in the page.
struct Interval {
    std::size_t start = 0, end = 0;
    std::size_t finding = 0;
};

struct Finding {
    const rules::Finding* finding = nullptr;
    std::size_t id = 0;  // f<id> in the page
};

// One row of a file's table: a segment, its texts and its findings.
struct Row {
    std::string label;
    const xliff::Content* source = nullptr;
    const xliff::Content* target = nullptr;  // null: the side has no counterpart (a gap)
    bool source_gap = false;                 // an added sentence: nothing on the source side
    std::vector<Finding> findings;
    std::vector<xliff::Content> owned;       // texts taken from findings when there is no document
};

// The intervals one side's spans mark. A finding's text is the segment's text (the engine copies it);
// when it is not, each span is looked for by its text.
void add_intervals(std::vector<Interval>& out, const std::string& text, const std::optional<rules::FindingSide>& side,
                   std::size_t id) {
    if (!side) return;
    for (const auto& span : side->spans) {
        if (side->text == text) {
            const std::size_t a = byte_offset(text, span.start), b = byte_offset(text, span.end);
            out.push_back({a, std::max(a, b), id});
            continue;
        }
        if (span.text.empty()) continue;
        const std::size_t at = text.find(span.text);
        if (at != std::string::npos) out.push_back({at, at + span.text.size(), id});
    }
}

std::string ids_of(const std::vector<std::size_t>& ids) {
    std::string out;
    for (std::size_t id : ids) out += (out.empty() ? "f" : " f") + std::to_string(id);
    return out;
}

class Page {
public:
    Page(const RunReport& report, const std::vector<RuleDescriptor>& rules) : report_(report) {
        for (const auto& r : rules) summaries_[r.id] = r.summary;
        std::size_t id = 0;
        for (const auto& f : report.files)
            for (const auto& x : f.findings) {
                ++id;
                ++by_rule_[x.rule];
                ++by_severity_[x.severity];
                families_.insert(family_of(x.rule));
            }
    }

    std::string build() {
        out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
        // Nothing may be fetched: a report opened from an archive or a CI artefact works offline.
        out_ += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                "script-src 'unsafe-inline'\">\n";
        out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
        out_ += fmt::format("<meta name=\"generator\" content=\"verity {}\">\n", esc(report_.tool_version));
        out_ += "<title>Verity report</title>\n<style>";
        out_ += html::style_sheet();
        for (const auto& family : families_) {
            const auto colours = html::family_colours(family);
            out_ += fmt::format("mark.{0}{{background:{1}}}.{0} .swatch,.swatch.{0}{{background:{2}}}\n",
                                family_class(family), colours.tint, colours.strong);
        }
        out_ += "</style>\n</head>\n<body>\n";
        sidebar();
        out_ += "<main>\n";
        if (report_.files.size() > 1) contents();
        std::size_t next_id = 1;
        for (std::size_t i = 0; i < report_.files.size(); ++i) file_section(report_.files[i], i + 1, next_id);
        out_ += "</main>\n<script>";
        out_ += html::filter_script();
        out_ += "</script>\n</body>\n</html>\n";
        return std::move(out_);
    }

private:
    void sidebar() {
        std::size_t segments = 0;
        for (const auto& f : report_.files) segments += f.segments;
        out_ += "<aside>\n<h1>Verity report</h1>\n";
        out_ += fmt::format("<p class=\"totals\" id=\"totals\">{} file(s), {} segment(s): {} error(s), {} warning(s), "
                            "{} info</p>\n",
                            report_.files.size(), segments, by_severity_[rules::Severity::Error],
                            by_severity_[rules::Severity::Warning], by_severity_[rules::Severity::Info]);
        out_ += "<form id=\"filters\">\n<fieldset><legend>Severity</legend>\n";
        for (auto s : {rules::Severity::Error, rules::Severity::Warning, rules::Severity::Info}) {
            const auto name = rules::severity_name(s);
            out_ += fmt::format("<label><input type=\"checkbox\" class=\"sev-filter\" value=\"{0}\" checked> "
                                "<span class=\"sev sev-{0}\">{0}</span> {1}</label>\n",
                                name, by_severity_[s]);
        }
        out_ += "</fieldset>\n<fieldset><legend>Rules</legend>\n";
        for (const auto& [rule, n] : by_rule_)
            out_ += fmt::format("<label class=\"{}\" title=\"{}\"><input type=\"checkbox\" class=\"rule-filter\" "
                                "value=\"{}\" checked> <span class=\"swatch\"></span>{} ({})</label>\n",
                                family_class(family_of(rule)), esc(summary(rule)), esc(rule), esc(rule), n);
        if (by_rule_.empty()) out_ += "<p class=\"meta\">No findings.</p>\n";
        out_ += "</fieldset>\n<label><input type=\"checkbox\" id=\"only-findings\"> Only segments with findings</label>\n";
        out_ += "</form>\n";
        chart();
        out_ += "</aside>\n";
    }

    // Findings by rule, most frequent first, as bars.
    void chart() {
        std::vector<std::pair<std::string, std::size_t>> bars(by_rule_.begin(), by_rule_.end());
        std::stable_sort(bars.begin(), bars.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        out_ += "<h2>Findings by rule</h2>\n";
        if (bars.empty()) return;
        const std::size_t most = bars.front().second;
        constexpr int kRow = 18, kLabel = 150, kBar = 110;
        out_ += fmt::format("<svg class=\"chart\" id=\"chart\" width=\"290\" height=\"{0}\" viewBox=\"0 0 290 {0}\" "
                            "role=\"img\" aria-label=\"Findings by rule\">\n",
                            static_cast<int>(bars.size()) * kRow + 4);
        for (std::size_t i = 0; i < bars.size(); ++i) {
            const auto& [rule, n] = bars[i];
            const int y = static_cast<int>(i) * kRow;
            const int width = std::max(2, static_cast<int>(kBar * n / most));
            out_ += fmt::format("<g class=\"bar\" data-rule=\"{0}\"><title>{0}: {1}</title>"
                                "<text x=\"0\" y=\"{2}\">{0}</text>"
                                "<rect x=\"{3}\" y=\"{4}\" width=\"{5}\" height=\"12\" fill=\"{6}\"></rect>"
                                "<text x=\"{7}\" y=\"{2}\">{1}</text></g>\n",
                                esc(rule), n, y + 13, kLabel, y + 3, width, html::family_colours(family_of(rule)).strong,
                                kLabel + width + 4);
        }
        out_ += "</svg>\n";
    }

    void contents() {
        out_ += "<nav id=\"toc\"><h2>Files</h2>\n<ol>\n";
        for (std::size_t i = 0; i < report_.files.size(); ++i) {
            const auto& f = report_.files[i];
            out_ += fmt::format("<li><a href=\"#file-{}\">{}</a> ", i + 1, esc(f.path));
            if (f.error) out_ += "<span class=\"error\">not read</span>";
            else out_ += fmt::format("({} finding(s))", f.findings.size());
            out_ += "</li>\n";
        }
        out_ += "</ol>\n</nav>\n";
    }

    std::string summary(const std::string& rule) const {
        auto it = summaries_.find(rule);
        return it == summaries_.end() ? std::string() : it->second;
    }

    void file_section(const FileReport& f, std::size_t n, std::size_t& next_id) {
        out_ += fmt::format("<section class=\"file\" id=\"file-{}\">\n<h2>{}", n, esc(f.path));
        if (!f.target_path.empty()) out_ += " ⟷ " + esc(f.target_path);
        out_ += "</h2>\n";
        if (f.error) {
            const auto& p = f.error->position;
            out_ += fmt::format("<p class=\"error\">Not read{}: {}</p>\n",
                                p.line ? fmt::format(" (line {}, column {})", p.line, p.column) : "", esc(f.error->message));
        } else {
            out_ += fmt::format("<p class=\"meta\">{} · {} → {} · {} unit(s), {} segment(s), {} finding(s)</p>\n",
                                f.format ? esc(xliff::to_string(*f.format)) : "", esc(f.source_lang), esc(f.target_lang),
                                f.units, f.segments, f.findings.size());
        }
        for (const auto& note : f.notes) out_ += fmt::format("<p class=\"meta\">Note: {}</p>\n", esc(note));
        for (const auto& [reason, count] : f.suppressed)
            out_ += fmt::format("<p class=\"meta\">{} finding(s) left out ({}).</p>\n", count, esc(reason));
        for (const auto& [state, count] : f.skipped)
            out_ += fmt::format("<p class=\"meta\">{} segment(s) in state {} not checked.</p>\n", count, esc(state));

        std::vector<Row> rows;
        std::vector<Finding> loose;  // findings with no row to show them in
        make_rows(f, next_id, rows, loose);
        if (!loose.empty()) {
            out_ += "<h3>Findings outside any segment shown</h3>\n";
            findings_list(loose);
        }
        if (rows.empty()) {
            out_ += "</section>\n";
            return;
        }
        const bool pair = f.format == xliff::DocumentFormat::TextPair;
        out_ += "<table class=\"pairs\">\n<colgroup><col class=\"label\"><col><col><col class=\"findings\"></colgroup>\n";
        out_ += fmt::format("<thead><tr><th>{}</th><th>Source{}</th><th>Target{}</th><th>Findings</th></tr></thead>\n<tbody>\n",
                            pair ? "Sentences" : "Unit / segment", lang_suffix(f.source_lang), lang_suffix(f.target_lang));
        for (const auto& row : rows) table_row(row, f);
        out_ += "</tbody>\n</table>\n</section>\n";
    }

    static std::string lang_suffix(const std::string& lang) { return lang.empty() ? "" : " (" + esc(lang) + ")"; }

    // The rows of a file: every segment of its document (whitespace between segments only when a
    // finding is on it); without a document, the segments its findings name.
    void make_rows(const FileReport& f, std::size_t& next_id, std::vector<Row>& rows, std::vector<Finding>& loose) {
        std::map<std::pair<std::size_t, std::size_t>, std::vector<Finding>> at;
        for (const auto& x : f.findings) at[{x.unit_index, x.segment_index}].push_back({&x, next_id++});
        const bool pair = f.format == xliff::DocumentFormat::TextPair;
        if (f.document) {
            std::size_t unit_index = 0;
            for (const auto& file : f.document->files)
                for (const auto& unit : file.units) {
                    for (std::size_t s = 0; s < unit.segments.size(); ++s) {
                        const auto& seg = unit.segments[s];
                        auto it = at.find({unit_index, s});
                        if (seg.ignorable && it == at.end()) continue;
                        Row row;
                        row.label = pair ? sentence_label(seg.id) : unit_label(unit.id, seg.id, unit.segments.size());
                        row.source_gap = unit.origin == xliff::UnitOrigin::Added;
                        if (!row.source_gap) row.source = &seg.source;
                        if (seg.target && unit.origin != xliff::UnitOrigin::Dropped) row.target = &*seg.target;
                        if (it != at.end()) {
                            row.findings = std::move(it->second);
                            at.erase(it);
                        }
                        rows.push_back(std::move(row));
                    }
                    ++unit_index;
                }
        } else {
            for (auto& [where, findings] : at) {
                const rules::Finding& x = *findings.front().finding;
                Row row;
                row.label = pair ? sentence_label(x.segment.value_or("")) : unit_label(x.unit, x.segment.value_or(""), 2);
                row.owned.reserve(2);
                row.owned.push_back({x.source ? x.source->text : std::string(), {}, {}, {}});
                row.owned.push_back({x.target ? x.target->text : std::string(), {}, {}, {}});
                row.source_gap = !x.source;
                if (x.source) row.source = &row.owned[0];
                if (x.target) row.target = &row.owned[1];
                row.findings = std::move(findings);
                rows.push_back(std::move(row));
            }
            at.clear();
        }
        for (auto& [where, findings] : at) loose.insert(loose.end(), findings.begin(), findings.end());
    }

    static std::string unit_label(const std::string& unit, const std::string& segment, std::size_t segments) {
        std::string label = "unit " + esc(unit);
        if (!segment.empty() && segments > 1) label += "<br>segment " + esc(segment);
        return label;
    }

    // "s3_4-t2" (the aligner's segment id) reads "source 3, 4<br>target 2".
    static std::string sentence_label(const std::string& id) {
        const auto numbers = xliff::sentence_numbers(id);
        if (!numbers) return esc(id);
        auto side = [](const std::vector<std::size_t>& list, const char* name) {
            if (list.empty()) return fmt::format("{}: none", name);
            return fmt::format("{} {}", name, fmt::join(list, ", "));
        };
        return side(numbers->source, "source") + "<br>" + side(numbers->target, "target");
    }

    void table_row(const Row& row, const FileReport& f) {
        std::vector<std::size_t> ids;
        for (const auto& x : row.findings) ids.push_back(x.id);
        out_ += fmt::format("<tr class=\"row{}\" data-f=\"{}\"><th class=\"label\" scope=\"row\">{}</th>",
                            ids.empty() ? "" : " has-findings", ids_of(ids), row.label);
        side_cell(row, f.source_lang, false);
        side_cell(row, f.target_lang, true);
        out_ += "<td>";
        if (!row.findings.empty()) findings_list(row.findings);
        out_ += "</td></tr>\n";
    }

    void side_cell(const Row& row, const std::string& lang, bool target) {
        const xliff::Content* content = target ? row.target : row.source;
        const std::string lang_attr = lang.empty() ? "" : fmt::format(" lang=\"{}\"", esc(lang));
        if (!content) {
            const bool gap = target ? true : row.source_gap;
            const char* what = target ? (row.source_gap ? "" : "no target") : "no source";
            out_ += fmt::format("<td class=\"{}{}\" data-gap=\"{}\"></td>", target ? "tgt" : "src", gap ? " gap" : "", what);
            return;
        }
        std::vector<Interval> marks;
        for (const auto& x : row.findings) add_intervals(marks, content->text, target ? x.finding->target : x.finding->source, x.id);
        out_ += fmt::format("<td class=\"{}\"{}>", target ? "tgt" : "src", lang_attr);
        render_text(*content, marks);
        out_ += "</td>";
    }

    // The text with its inline codes as small markers and the marked stretches in <mark>: the text is cut
    // at every boundary, and each piece names every finding that covers it.
    void render_text(const xliff::Content& content, const std::vector<Interval>& marks) {
        const std::string& text = content.text;
        std::vector<std::size_t> cuts{0, text.size()};
        for (const auto& m : marks) cuts.insert(cuts.end(), {std::min(m.start, text.size()), std::min(m.end, text.size())});
        for (const auto& c : content.codes) cuts.push_back(std::min(c.offset, text.size()));
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        std::size_t code = 0;
        for (std::size_t k = 0; k < cuts.size(); ++k) {
            const std::size_t a = cuts[k];
            for (; code < content.codes.size() && std::min(content.codes[code].offset, text.size()) <= a; ++code)
                inline_code(content.codes[code]);
            // A span that marks no character (a missing mark of punctuation) is a point.
            std::vector<std::size_t> point;
            for (const auto& m : marks)
                if (m.start == a && m.end == a) point.push_back(m.finding);
            if (!point.empty()) mark_open(point, " point"), out_ += "</mark>";
            if (k + 1 == cuts.size()) break;
            const std::size_t b = cuts[k + 1];
            std::vector<std::size_t> covering;
            for (const auto& m : marks)
                if (m.start <= a && m.end >= b && m.start < m.end) covering.push_back(m.finding);
            if (covering.empty()) {
                out_ += esc(std::string_view(text).substr(a, b - a));
                continue;
            }
            mark_open(covering, "");
            out_ += esc(std::string_view(text).substr(a, b - a));
            out_ += "</mark>";
        }
    }

    void mark_open(const std::vector<std::size_t>& ids, const char* extra) {
        const rules::Finding& first = *finding_by_id(ids.front());
        std::string title;
        for (std::size_t id : ids) {
            const rules::Finding& x = *finding_by_id(id);
            title += (title.empty() ? "" : "\n") + x.rule + ": " + x.message;
        }
        out_ += fmt::format("<mark class=\"{}{}\" data-f=\"{}\" title=\"{}\">", family_class(family_of(first.rule)), extra,
                            ids_of(ids), esc(title));
    }

    void inline_code(const xliff::InlineCode& c) {
        const char* shape = c.kind == xliff::CodeKind::Open || c.kind == xliff::CodeKind::MarkerOpen    ? "⟨{}⟩"
                            : c.kind == xliff::CodeKind::Close || c.kind == xliff::CodeKind::MarkerClose ? "⟨/{}⟩"
                                                                                                        : "⟨{}/⟩";
        out_ += fmt::format("<span class=\"code\" title=\"{}\">{}</span>", esc(c.data),
                            fmt::format(fmt::runtime(shape), esc(c.id.empty() ? c.element : c.id)));
    }

    void findings_list(const std::vector<Finding>& findings) {
        out_ += "<ul class=\"findings\">";
        for (const auto& [x, id] : findings) {
            ids_[id] = x;
            const auto sev = rules::severity_name(x->severity);
            out_ += fmt::format("<li class=\"finding {}\" id=\"f{}\" data-id=\"f{}\" data-rule=\"{}\" data-sev=\"{}\" "
                                "data-spans=\"{}\"><span class=\"sev sev-{}\">{}</span> <code class=\"rule\">{}</code> {}</li>",
                                family_class(family_of(x->rule)), id, id, esc(x->rule), sev, span_count(*x), sev, sev,
                                esc(x->rule), esc(x->message));
        }
        out_ += "</ul>";
    }

    static std::size_t span_count(const rules::Finding& x) {
        return (x.source ? x.source->spans.size() : 0) + (x.target ? x.target->spans.size() : 0);
    }

    const rules::Finding* finding_by_id(std::size_t id) {
        // Marks are written before their row's list: look the finding up in the report by its number.
        if (auto it = ids_.find(id); it != ids_.end()) return it->second;
        std::size_t n = 0;
        for (const auto& f : report_.files) {
            if (id <= n + f.findings.size()) return ids_[id] = &f.findings[id - n - 1];
            n += f.findings.size();
        }
        return nullptr;
    }

    const RunReport& report_;
    std::string out_;
    std::map<std::string, std::string> summaries_;
    std::map<std::string, std::size_t> by_rule_;
    std::map<rules::Severity, std::size_t> by_severity_;
    std::set<std::string> families_;
    std::map<std::size_t, const rules::Finding*> ids_;
};

}  // namespace

void write_html(std::ostream& os, const RunReport& report, const std::vector<RuleDescriptor>& rules) {
    os << Page(report, rules).build();
}

bool html_destination_ok(const std::string& output) {
    if ((output.empty() || output == "-") && isatty(fileno(stdout))) {
        std::cerr << "verity: --format html writes a web page; give --output FILE (or redirect standard output)\n";
        return false;
    }
    return true;
}

}  // namespace verity::checker
