// Where each character of a segment's text stands in the file: escapes, CR LF line ends, CDATA and
// XLIFF 2 <cp> make the parsed text shorter or longer than what a reader sees in the file.
#include <gtest/gtest.h>

#include <string>

#include "xliff/reader.hpp"

namespace verity::xliff {
namespace {

// The file's line:column of the first byte of `needle` in the unit's source (or target) text.
std::string at(const Content& c, std::string_view needle) {
    const std::size_t offset = c.text.find(needle);
    if (offset == std::string::npos) return "not in \"" + c.text + "\"";
    const Position p = position_in_file(c, offset);
    return std::to_string(p.line) + ":" + std::to_string(p.column);
}

const Segment& first_segment(const LoadResult& r, std::size_t unit = 0) {
    return r.document->files.at(0).units.at(unit).segments.at(0);
}

constexpr const char* kHead12 =
    "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
    "<file source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\" original=\"x\"><body>\n";

TEST(Positions, EscapesCountAsWrittenInTheFile) {
    const std::string body = std::string(kHead12) +
                             "<trans-unit id=\"1\"><source>Tom &amp; Jerry &#x20AC;12 &lt;b&gt; end</source>\n"
                             "<target>Tom &#38; Jerry 13 \xE2\x82\xAC</target></trans-unit>\n</body></file></xliff>\n";
    const LoadResult r = load_buffer(body, "a.xlf");
    ASSERT_FALSE(r.error) << r.error->message;
    const Segment& s = first_segment(r);
    // <trans-unit id="1"> is 19 characters, <source> 8: "Tom" starts at column 28.
    EXPECT_EQ(at(s.source, "Tom"), "3:28");
    EXPECT_EQ(at(s.source, "Jerry"), "3:38");  // after "&amp; " (6 characters in the file, 2 in the text)
    EXPECT_EQ(at(s.source, "12"), "3:52");     // after "&#x20AC;" (8 characters, 1 code point)
    EXPECT_EQ(at(s.source, "end"), "3:65");    // after "&lt;b&gt; "
    ASSERT_TRUE(s.target);
    EXPECT_EQ(at(*s.target, "Jerry"), "4:19");
    EXPECT_EQ(at(*s.target, "13"), "4:25");
}

TEST(Positions, CrLfLineEndsAndTextOverSeveralLines) {
    std::string head(kHead12);
    std::string body;
    for (char c : head) body += c == '\n' ? std::string("\r\n") : std::string(1, c);
    body += "<trans-unit id=\"1\"><source>First line,\r\n  second &amp; line\r\nthird 42</source></trans-unit>\r\n"
            "</body></file></xliff>\r\n";
    const LoadResult r = load_buffer(body, "crlf.xlf");
    ASSERT_FALSE(r.error) << r.error->message;
    const Segment& s = first_segment(r);
    EXPECT_EQ(at(s.source, "First"), "3:28");
    EXPECT_EQ(at(s.source, "second"), "4:3");
    EXPECT_EQ(at(s.source, "line\n"), "4:16");
    EXPECT_EQ(at(s.source, "42"), "5:7");
}

TEST(Positions, CdataKeepsItsCharactersAsTheyAre) {
    const std::string body = std::string(kHead12) +
                             "<trans-unit id=\"1\"><source>A &amp; <![CDATA[x &amp; y]]> 7</source></trans-unit>\n"
                             "</body></file></xliff>\n";
    const LoadResult r = load_buffer(body, "cdata.xlf");
    ASSERT_FALSE(r.error) << r.error->message;
    const Segment& s = first_segment(r);
    EXPECT_EQ(s.source.text, "A & x &amp; y 7");
    EXPECT_EQ(at(s.source, "x"), "3:45");  // "<![CDATA[" takes 9 characters before it
    EXPECT_EQ(at(s.source, "y"), "3:53");  // "&amp;" inside CDATA is five characters of text
    EXPECT_EQ(at(s.source, "7"), "3:58");
}

TEST(Positions, Xliff2CodePointsAndInlineCodes) {
    const std::string body =
        "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
        "srcLang=\"en\" trgLang=\"de\"><file id=\"f\">\n"
        "<unit id=\"u\"><segment><source>Pay <ph id=\"1\"/>a<cp hex=\"0001\"/>b 30 days</source>"
        "<target>Zahle <pc id=\"2\">binnen</pc> 31 Tagen</target></segment></unit>\n</file></xliff>\n";
    const LoadResult r = load_buffer(body, "v2.xlf");
    ASSERT_FALSE(r.error) << r.error->message;
    const Segment& s = first_segment(r);
    // <unit id="u"> 13, <segment> 9, <source> 8: "Pay" at 31; <ph id="1"/> 11 characters; <cp hex="0001"/> 16.
    EXPECT_EQ(at(s.source, "Pay"), "3:31");
    EXPECT_EQ(at(s.source, "a\x01"), "3:47");
    EXPECT_EQ(at(s.source, "\x01"), "3:48");  // the <cp> element itself
    EXPECT_EQ(at(s.source, "b 30"), "3:64");
    EXPECT_EQ(at(s.source, "30"), "3:66");
    ASSERT_TRUE(s.target);
    EXPECT_EQ(at(*s.target, "binnen"), "3:107");
    EXPECT_EQ(at(*s.target, "31"), "3:119");
}

TEST(Positions, ContentWithoutAnchorsFallsBackToTheElement) {
    Content c;
    c.text = "made up";
    c.position = {7, 3};
    const Position p = position_in_file(c, 5);
    EXPECT_EQ(p.line, 7u);
    EXPECT_EQ(p.column, 3u);
}

}  // namespace
}  // namespace verity::xliff
