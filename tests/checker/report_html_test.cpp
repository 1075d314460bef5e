// The HTML reporter on hand-built reports: escaping whatever the texts hold, a row per segment with gaps
// for unmatched sentences, a mark for every span, the filters, the chart and the table of contents.
#include <gtest/gtest.h>

#include <memory>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "checker/report.hpp"

namespace verity::checker {
namespace {

std::size_t count(const std::string& page, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = page.find(needle); at != std::string::npos; at = page.find(needle, at + 1)) ++n;
    return n;
}

// Every finding number that a <mark> names.
std::set<std::string> marked_findings(const std::string& page) {
    std::set<std::string> out;
    static const std::regex mark("<mark class=\"[^\"]*\" data-f=\"([^\"]*)\"");
    for (std::sregex_iterator it(page.begin(), page.end(), mark), end; it != end; ++it) {
        std::istringstream ids((*it)[1].str());
        for (std::string id; ids >> id;) out.insert(id);
    }
    return out;
}

xliff::Segment segment(std::string id, std::string source, std::optional<std::string> target) {
    xliff::Segment s;
    s.id = std::move(id);
    s.source.text = std::move(source);
    if (target) s.target = xliff::Content{*target, {}, {}, {}};
    return s;
}

rules::Finding finding(std::string rule, rules::Severity severity, std::size_t unit_index, const xliff::Segment& seg,
                       std::vector<rules::Span> source_spans, std::vector<rules::Span> target_spans) {
    rules::Finding x;
    x.rule = std::move(rule);
    x.severity = severity;
    x.message = "found <here> & there";
    x.unit = "u" + std::to_string(unit_index + 1);
    x.segment = seg.id;
    x.unit_index = unit_index;
    x.source = rules::FindingSide{"", seg.source.text, std::move(source_spans), {}, {}};
    if (seg.target) x.target = rules::FindingSide{"", seg.target->text, std::move(target_spans), {}, {}};
    return x;
}

// An XLIFF file of three units: hostile text with two overlapping findings and a point, a clean one, and
// one without a target.
FileReport hostile_file() {
    auto doc = std::make_shared<xliff::Document>();
    doc->path = "a & <b>.xlf";
    doc->format = xliff::DocumentFormat::Xliff20;
    xliff::File file;
    const std::vector<xliff::Segment> segments = {
        segment("1", "Pay <script>alert(1)</script> & 12 euros", "Payez 13 & \"euros\"\x01 \xFF"),
        segment("2", "Clean text.", "Texte propre."),
        segment("3", "Untranslated", std::nullopt),
    };
    for (std::size_t i = 0; i < segments.size(); ++i) {
        xliff::Unit unit;
        unit.id = "u" + std::to_string(i + 1);
        unit.segments.push_back(segments[i]);
        file.units.push_back(unit);
    }
    doc->files.push_back(file);
    FileReport f;
    f.path = doc->path;
    f.format = doc->format;
    f.units = f.segments = 3;
    // "12" in the source; "13" and the overlapping "13 & " in the target; a point after "euros".
    f.findings.push_back(finding("number.mismatch", rules::Severity::Error, 0, segments[0], {{32, 34, "12", {}, {}}}, {{6, 8, "13", {}, {}}}));
    f.findings.push_back(finding("punctuation.end", rules::Severity::Info, 0, segments[0], {}, {{6, 11, "13 & ", {}, {}}, {19, 19, "", {}, {}}}));
    f.findings.push_back(finding("target.empty", rules::Severity::Warning, 2, segments[2], {}, {}));
    f.document = doc;
    return f;
}

std::string page_of(const RunReport& report) {
    std::ostringstream out;
    write_html(out, report, {{"number.mismatch", "numbers", rules::Severity::Error, "Numbers <differ>", ""}});
    return out.str();
}

// The page of one file, hostile_file().
std::string hostile_page() {
    RunReport report;
    report.files.push_back(hostile_file());
    return page_of(report);
}

// How many times each needle is in the page.
void expect_counts(const std::string& page, const std::vector<std::pair<std::string, std::size_t>>& expected) {
    for (const auto& [needle, n] : expected) EXPECT_EQ(count(page, needle), n) << needle;
}

TEST(ReportHtml, EscapesEveryText) {
    RunReport report;
    report.tool_version = "1\"><script>";
    report.files.push_back(hostile_file());
    const std::string page = page_of(report);
    EXPECT_EQ(count(page, "<script"), 1u) << "only the page's own script";
    for (const char* text : {"&lt;script&gt;alert(1)&lt;/script&gt;", "a &amp; &lt;b&gt;.xlf", "found &lt;here&gt; &amp; there",
                             "Numbers &lt;differ&gt;", "&quot;euros&quot;", "\xEF\xBF\xBD"})
        EXPECT_NE(page.find(text), std::string::npos) << text;
    // Control characters are dropped, invalid UTF-8 replaced, no ampersand left bare.
    for (const char* text : {"\x01", "\xFF", " & "}) EXPECT_EQ(page.find(text), std::string::npos) << text;
}

TEST(ReportHtml, ARowPerSegmentAndAMarkForEverySpan) {
    const std::string page = hostile_page();
    expect_counts(page, {{"<tr class=\"row", 3}, {"<li class=\"finding", 3}});
    // The findings with spans are marked, the one without is not; the point is a mark of its own.
    EXPECT_EQ(marked_findings(page), (std::set<std::string>{"f1", "f2"}));
    EXPECT_EQ(count(page, "point\" data-f=\"f2\""), 1u);
    // "13" is covered by both findings, " & " by the second alone.
    EXPECT_NE(page.find("data-f=\"f1 f2\" title=\"number.mismatch: found &lt;here&gt; &amp; there\npunctuation.end"),
              std::string::npos);
    EXPECT_NE(page.find("<mark class=\"fam-number\" data-f=\"f1\""), std::string::npos);
    EXPECT_NE(page.find("<mark class=\"fam-punctuation\" data-f=\"f2\" title=\"punctuation.end: found &lt;here&gt; &amp; there\"> &amp; </mark>"),
              std::string::npos);
    // The unit without a target: an empty target cell.
    EXPECT_EQ(count(page, "class=\"tgt gap\" data-gap=\"no target\"></td>"), 1u);
}

TEST(ReportHtml, FiltersChartAndNoExternalResource) {
    const std::string page = hostile_page();
    expect_counts(page, {{"class=\"rule-filter\"", 3}, {"class=\"sev-filter\"", 3}, {"id=\"only-findings\"", 1},
                         {"<g class=\"bar\"", 3}, {"<rect ", 3}});
    for (const char* elsewhere : {"http:", "https:", "url(", "@import", " src="})
        EXPECT_EQ(page.find(elsewhere), std::string::npos) << elsewhere;
    EXPECT_EQ(page.find("id=\"toc\""), std::string::npos) << "one file needs no table of contents";
}

TEST(ReportHtml, TextPairGapsAndSentenceLabels) {
    auto doc = std::make_shared<xliff::Document>();
    doc->path = "a.txt";
    doc->target_path = "b.txt";
    doc->format = xliff::DocumentFormat::TextPair;
    xliff::File file;
    const std::vector<std::pair<xliff::UnitOrigin, xliff::Segment>> units = {
        {xliff::UnitOrigin::Input, segment("s1-t1", "One.", "Un.")},
        {xliff::UnitOrigin::Dropped, segment("s2-t", "Two.", std::nullopt)},
        {xliff::UnitOrigin::Added, segment("s-t2", "", "Deux.")},
    };
    for (const auto& [origin, seg] : units) {
        xliff::Unit unit;
        unit.id = "a";
        unit.origin = origin;
        unit.segments.push_back(seg);
        file.units.push_back(unit);
    }
    doc->files.push_back(file);
    FileReport f;
    f.path = doc->path;
    f.target_path = doc->target_path;
    f.format = doc->format;
    f.findings.push_back(finding("omission.sentence", rules::Severity::Error, 1, units[1].second, {{0, 4, "Two.", {}, {}}}, {}));
    f.document = doc;
    RunReport report;
    report.files.push_back(f);
    const std::string page = page_of(report);
    EXPECT_EQ(count(page, "<tr class=\"row"), 3u);
    EXPECT_EQ(count(page, "class=\"tgt gap\""), 1u) << "the dropped sentence";
    EXPECT_EQ(count(page, "class=\"src gap\""), 1u) << "the added sentence";
    EXPECT_NE(page.find("source 2<br>target: none"), std::string::npos);
    EXPECT_NE(page.find("source: none<br>target 2"), std::string::npos);
    EXPECT_NE(page.find(">Two.</mark>"), std::string::npos);
}

TEST(ReportHtml, BatchHasASectionPerFileAndContents) {
    RunReport report;
    report.files.push_back(hostile_file());
    FileReport broken;
    broken.path = "broken <1>.xlf";
    broken.error = xliff::LoadError{"expected '>'", {2, 5}};
    report.files.push_back(broken);
    // Without its document, a file's rows are the segments its findings name.
    FileReport bare = hostile_file();
    bare.path = "bare.xlf";
    bare.document.reset();
    report.files.push_back(bare);
    const std::string page = page_of(report);
    EXPECT_EQ(count(page, "<section class=\"file\""), 3u);
    EXPECT_EQ(count(page, "href=\"#file-"), 3u);
    EXPECT_NE(page.find("Not read (line 2, column 5): expected &#39;&gt;&#39;"), std::string::npos);
    EXPECT_NE(page.find("broken &lt;1&gt;.xlf"), std::string::npos);
    EXPECT_EQ(count(page, "<tr class=\"row"), 3u + 2u);
    EXPECT_EQ(count(page, "<li class=\"finding"), 6u);
    EXPECT_EQ(marked_findings(page), (std::set<std::string>{"f1", "f2", "f4", "f5"}));
}

}  // namespace
}  // namespace verity::checker
