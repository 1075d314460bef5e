// annotate_quality_issues: the annotated copy says what the input said (same units, segments, texts and
// codes when read again), with every issue placed; proven on our example and on every loadable file of
// the shared real-world corpus.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "xliff/annotate.hpp"
#include "xliff/reader.hpp"

namespace verity::xliff {
namespace {

namespace fs = std::filesystem;

// An issue on every segment that is not ignorable, with a comment XML must escape.
std::vector<QualityIssue> issue_per_segment(const Document& doc) {
    std::vector<QualityIssue> issues;
    std::size_t unit_index = 0;
    for (const auto& file : doc.files)
        for (const auto& unit : file.units) {
            for (std::size_t s = 0; s < unit.segments.size(); ++s)
                if (!unit.segments[s].ignorable)
                    issues.push_back({unit_index, s, unit.id, unit.segments[s].id, "other", "a <b> & \"c\" 'd' \xC3\xA9", static_cast<int>(s % 101)});
            ++unit_index;
        }
    return issues;
}

// The codes of a content without the markers the annotation adds.
std::string codes_without_ours(const Content& c) {
    std::string out;
    for (const auto& code : c.codes) {
        if (code.id.rfind(kQualityIssueIdPrefix, 0) == 0) continue;
        out += std::to_string(static_cast<int>(code.kind)) + "|" + code.element + "|" + code.id + "|" + code.data + "|" +
               std::to_string(code.offset) + ";";
    }
    return out;
}

// Differences between two loads of the same document, as readable lines; empty when they say the same.
std::vector<std::string> differences(const Document& a, const Document& b) {
    std::vector<std::string> out;
    if (a.files.size() != b.files.size()) return {"file count " + std::to_string(a.files.size()) + " vs " + std::to_string(b.files.size())};
    for (std::size_t f = 0; f < a.files.size(); ++f) {
        const auto& ua = a.files[f].units;
        const auto& ub = b.files[f].units;
        if (ua.size() != ub.size()) {
            out.push_back("unit count in file " + std::to_string(f));
            continue;
        }
        for (std::size_t u = 0; u < ua.size(); ++u) {
            const std::string where = "unit " + ua[u].id;
            if (ua[u].id != ub[u].id) out.push_back(where + ": id became " + ub[u].id);
            if (ua[u].segments.size() != ub[u].segments.size()) {
                out.push_back(where + ": segment count");
                continue;
            }
            for (std::size_t s = 0; s < ua[u].segments.size(); ++s) {
                const Segment& sa = ua[u].segments[s];
                const Segment& sb = ub[u].segments[s];
                const std::string at = where + " segment " + std::to_string(s);
                if (sa.id != sb.id || sa.state != sb.state || sa.translate != sb.translate) out.push_back(at + ": attributes");
                if (sa.source.text != sb.source.text) out.push_back(at + ": source text");
                if (codes_without_ours(sa.source) != codes_without_ours(sb.source)) out.push_back(at + ": source codes");
                if (sa.target.has_value() != sb.target.has_value()) {
                    out.push_back(at + ": target presence");
                } else if (sa.target) {
                    if (sa.target->text != sb.target->text) out.push_back(at + ": target text");
                    if (codes_without_ours(*sa.target) != codes_without_ours(*sb.target)) out.push_back(at + ": target codes");
                }
            }
        }
    }
    return out;
}

// Annotates `path`, reads the copy again and compares; returns the problems found.
std::vector<std::string> round_trip(const std::string& path, const Document& original) {
    const auto issues = issue_per_segment(original);
    const AnnotateResult annotated = annotate_quality_issues(path, issues);
    if (annotated.error) return {"annotate: " + annotated.error->message};
    std::vector<std::string> problems;
    if (annotated.placed != issues.size())
        problems.push_back("placed " + std::to_string(annotated.placed) + " of " + std::to_string(issues.size()));
    const LoadResult again = load_buffer(annotated.text, path + " (annotated)");
    if (!again.ok()) return {"re-read: " + again.error->message};
    const auto diff = differences(original, *again.document);
    problems.insert(problems.end(), diff.begin(), diff.end());
    if (!issues.empty() && annotated.text.find("locQualityIssuesRef=\"#verity-lqi-") == std::string::npos)
        problems.push_back("no reference to a standoff");
    return problems;
}

TEST(Annotate, ExampleKeepsItsContentAndGetsTheMarkup) {
    const std::string path = VERITY_SOURCE_DIR "/examples/statement.en-fr.xlf";
    const LoadResult r = load_file(path);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(round_trip(path, *r.document), std::vector<std::string>{});
    const AnnotateResult annotated = annotate_quality_issues(path, {{0, 0, r.document->files[0].units[0].id, "", "numbers", "x & y", 90}});
    EXPECT_NE(annotated.text.find("<its:locQualityIssue locQualityIssueType=\"numbers\" locQualityIssueComment=\"x &amp; y\" "
                                  "locQualityIssueSeverity=\"90\"/>"),
              std::string::npos);
    EXPECT_NE(annotated.text.find("xmlns:its=\"http://www.w3.org/2005/11/its\" its:version=\"2.0\""), std::string::npos);
    // What lies outside the root element (the comment before it, line breaks) is kept byte for byte.
    std::ifstream in(path, std::ios::binary);
    const std::string original((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(annotated.text.substr(0, original.find("<xliff")), original.substr(0, original.find("<xliff")));
}

TEST(Annotate, Xliff12TargetCarriesTheReference) {
    const fs::path dir = fs::temp_directory_path() / ("verity-annotate-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string path = (dir / "a.xlf").string();
    std::ofstream(path) << "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\r\n"
                           "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\r\n"
                           " <file original=\"f\" source-language=\"en\" target-language=\"de\" datatype=\"plaintext\"><body>\r\n"
                           "  <trans-unit id=\"1\"><source>Two <x id=\"1\"/>cats</source><target>Drei <x id=\"1\"/>Katzen</target>"
                           "<note>keep</note></trans-unit>\r\n"
                           " </body></file>\r\n</xliff>\r\n";
    const LoadResult r = load_file(path);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(round_trip(path, *r.document), std::vector<std::string>{});
    const AnnotateResult annotated = annotate_quality_issues(path, {{0, 0, "1", "", "numbers", "2 became 3", 90}});
    EXPECT_NE(annotated.text.find("<target its:locQualityIssuesRef=\"#verity-lqi-1\">"), std::string::npos);
    EXPECT_NE(annotated.text.find("</target><its:locQualityIssues xml:id=\"verity-lqi-1\">"), std::string::npos);
    EXPECT_NE(annotated.text.find("encoding=\"UTF-8\"?>\r\n"), std::string::npos);  // written as UTF-8, CR LF kept
    EXPECT_NE(annotated.text.find("<note>keep</note>"), std::string::npos);
    // An issue on a unit that is not there is counted, not guessed.
    EXPECT_EQ(annotate_quality_issues(path, {{0, 0, "other-id", "", "numbers", "x", 90}}).unplaced, 1u);
    fs::remove_all(dir);
}

TEST(Annotate, EveryLoadableCorpusFileRoundTrips) {
    const fs::path corpus = VERITY_SOURCE_DIR "/../shared/corpus/xliff-real/";
    if (!fs::is_directory(corpus)) GTEST_SKIP() << "corpus folder " << corpus.string() << " is absent; nothing to check";
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(corpus))
        if (entry.is_regular_file() && has_xliff_extension(entry.path().string())) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::size_t loaded = 0;
    std::vector<std::string> failures;
    for (const auto& file : files) {
        const LoadResult r = load_file(file.string());
        if (!r.ok()) continue;
        ++loaded;
        for (const auto& problem : round_trip(file.string(), *r.document))
            failures.push_back(fs::relative(file, corpus).string() + ": " + problem);
    }
    EXPECT_GT(loaded, 100u) << "the corpus should hold hundreds of loadable files";
    for (std::size_t i = 0; i < std::min<std::size_t>(failures.size(), 30); ++i) ADD_FAILURE() << failures[i];
    EXPECT_TRUE(failures.empty()) << failures.size() << " problems in " << loaded << " files";
}

}  // namespace
}  // namespace verity::xliff
