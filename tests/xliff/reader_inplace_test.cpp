// The reader parses the file's buffer in place and keeps positions in an index taken before the
// parser changes the bytes; ids are checked with a set of its own. These tests hold what that must
// not change: positions in code points of the original text, and every duplicate found.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "xliff/reader.hpp"
#include "xliff/test_support.hpp"

namespace verity::xliff {
namespace {

using testing::describe;
using testing::pos;

// Line and column (in code points) of byte `at` of `text`, counted here the plain way.
std::string expected_position(const std::string& text, std::size_t at) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < at; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
            ++line;
            column = 1;
        } else if (c == '\r') {
            // first half of "\r\n": the "\n" ends the line
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return std::to_string(line) + ":" + std::to_string(column);
}

TEST(ReaderInPlace, PositionsCountCodePointsOfTheTextAsWritten) {
    // Entities, CDATA and multi-byte characters before a target on the same line: the parser
    // shortens and moves these bytes in place, the positions must not notice.
    const std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
        "<xliff version=\"1.2\"><file original=\"f\" source-language=\"en\" target-language=\"de\"><body>\r\n"
        "<trans-unit id=\"1\"><source>Caf\xC3\xA9 &amp; cr\xC3\xA8me &#x1F600; <![CDATA[<b>\xE2\x82\xAC</b>]]></source>"
        "<target>Caf\xC3\xA9 &amp; Sahne \xF0\x9F\x98\x80 &lt;b&gt;\xE2\x82\xAC</target></trans-unit>"
        "<trans-unit id=\"2\"><source>\xE6\x97\xA5\xE6\x9C\xAC</source><target>Japan</target></trans-unit>\r\n"
        "<trans-unit id=\"3\"><source>x</source><target>y</target></trans-unit>\r\n"
        "</body></file></xliff>\r\n";
    const LoadResult r = load_buffer(xml, "inplace.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    const auto& units = r.document->files[0].units;
    ASSERT_EQ(units.size(), 3u);
    EXPECT_EQ(units[0].segments[0].source.text, "Caf\xC3\xA9 & cr\xC3\xA8me \xF0\x9F\x98\x80 <b>\xE2\x82\xAC</b>");
    EXPECT_EQ(units[0].segments[0].target->text, "Caf\xC3\xA9 & Sahne \xF0\x9F\x98\x80 <b>\xE2\x82\xAC");

    std::size_t from = 0;
    auto next = [&](const std::string& what) {
        from = xml.find(what, from);
        return expected_position(xml, from++);
    };
    EXPECT_EQ(pos(units[0].position), next("<trans-unit id=\"1\""));
    EXPECT_EQ(pos(units[0].segments[0].source.position), next("<source>"));
    EXPECT_EQ(pos(units[0].segments[0].target->position), next("<target>"));
    EXPECT_EQ(pos(units[1].position), next("<trans-unit id=\"2\""));
    EXPECT_EQ(pos(units[1].segments[0].source.position), next("<source>"));
    EXPECT_EQ(pos(units[1].segments[0].target->position), next("<target>"));
    EXPECT_EQ(pos(units[2].position), next("<trans-unit id=\"3\""));
    EXPECT_EQ(pos(units[2].segments[0].target->position), next("<target>"));
}

TEST(ReaderInPlace, ErrorPositionAfterMultiByteTextOnALongLine) {
    // Far along one line (past the point where columns come from per-block counts), after
    // multi-byte text: the column is still the count of code points before the error.
    std::string xml = R"(<xliff version="1.2"><file original="f" source-language="en"><body>)";
    for (int i = 0; i < 2000; ++i)
        xml += "<trans-unit id=\"" + std::to_string(i) + "\"><source>\xC3\x9C" "ber \xE2\x82\xAC" "5</source></trans-unit>";
    const std::size_t at = xml.size();
    xml += "<trans-unit id=\"7\"><source>again</source></trans-unit></body></file></xliff>";
    const LoadResult r = load_buffer(xml, "long.xlf");
    ASSERT_TRUE(r.ok());  // a duplicate id is a defect the file is checked past
    EXPECT_EQ(describe(r), "duplicate unit id \"7\" in file \"f\" at " + expected_position(xml, at));
}

TEST(ReaderInPlace, FileOnDiskGivesTheSameDocumentAsTheBuffer) {
    // load_file reads into its own buffer (and prepares the heap for large files); the model must be
    // the same as from load_buffer, byte for byte, including positions.
    std::string xml = "<xliff version=\"1.2\"><file original=\"f\" source-language=\"en\"><body>\n";
    for (int i = 0; i < 60000; ++i)
        xml += "<trans-unit id=\"u" + std::to_string(i) + "\"><source>Stra\xC3\x9F" "e &amp; " + std::to_string(i) +
               "</source><target>rue &#233; " + std::to_string(i) + "</target></trans-unit>\n";
    xml += "</body></file></xliff>\n";
    ASSERT_GT(xml.size(), std::size_t{4} << 20);  // large enough for the large-file path
    const std::string path = ::testing::TempDir() + "verity_reader_inplace.xlf";
    {
        std::ofstream out(path, std::ios::binary);
        out << xml;
    }
    const LoadResult from_file = load_file(path);
    const LoadResult from_buffer = load_buffer(xml, path);
    std::remove(path.c_str());
    ASSERT_TRUE(from_file.ok()) << describe(from_file);
    ASSERT_TRUE(from_buffer.ok()) << describe(from_buffer);
    const auto& a = from_file.document->files[0].units;
    const auto& b = from_buffer.document->files[0].units;
    ASSERT_EQ(a.size(), 60000u);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); i += 997) {
        EXPECT_EQ(a[i].id, b[i].id);
        EXPECT_EQ(pos(a[i].position), pos(b[i].position));
        EXPECT_EQ(a[i].segments[0].source.text, b[i].segments[0].source.text);
        EXPECT_EQ(a[i].segments[0].target->text, b[i].segments[0].target->text);
        EXPECT_EQ(pos(a[i].segments[0].target->position), pos(b[i].segments[0].target->position));
    }
    EXPECT_EQ(a.back().segments[0].target->text, "rue \xC3\xA9 59999");
    EXPECT_EQ(pos(a.back().position), std::to_string(a.size() + 1) + ":1");
}

TEST(ReaderIds, DuplicatesFoundAmongManyIds) {
    // Ids that differ only late, or in length, are distinct; an id seen thousands of units earlier is
    // a duplicate.
    std::string xml = R"(<xliff version="1.2"><file original="f" source-language="en"><body>)";
    for (int i = 0; i < 5000; ++i) xml += "<trans-unit id=\"" + std::to_string(i) + "\"><source/></trans-unit>";
    for (int i = 0; i < 50; ++i) xml += "<trans-unit id=\"0" + std::to_string(i) + "\"><source/></trans-unit>";
    const LoadResult ok = load_buffer(xml + "</body></file></xliff>", "many.xlf");
    ASSERT_TRUE(ok.ok()) << describe(ok);
    EXPECT_EQ(ok.document->unit_count(), 5050u);

    const std::size_t at = xml.size();
    xml += "<trans-unit id=\"17\"><source/></trans-unit></body></file></xliff>";
    EXPECT_EQ(describe(load_buffer(xml, "dup.xlf")), "duplicate unit id \"17\" in file \"f\" at " + expected_position(xml, at));
}

TEST(ReaderIds, EmptyIdIsAnIdToo) {
    const std::string xml =
        R"(<xliff version="1.2"><file original="f" source-language="en"><body>)"
        R"(<trans-unit id=""><source/></trans-unit><trans-unit id=""><source/></trans-unit></body></file></xliff>)";
    EXPECT_EQ(describe(load_buffer(xml, "empty.xlf")),
              "duplicate unit id \"\" in file \"f\" at " + expected_position(xml, xml.rfind("<trans-unit")));
}

TEST(ReaderIds, SetsStartOverPerFileAndPerUnit) {
    // The same unit id in two files, and the same segment id in two units, are fine; a segment id
    // repeated inside one unit is not, also after many units have been read.
    std::string xml = R"(<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en">)";
    for (int f = 0; f < 2; ++f) {
        xml += "<file id=\"f" + std::to_string(f) + "\">";
        // One unit with many segments first: the set grows large, then starts small again.
        xml += "<unit id=\"big\">";
        for (int s = 0; s < 3000; ++s)
            xml += "<segment id=\"s" + std::to_string(s) + "\"><source>x</source></segment>";
        xml += "</unit>";
        for (int u = 0; u < 300; ++u)
            xml += "<unit id=\"u" + std::to_string(u) + "\"><segment id=\"s1\"><source>a</source></segment>"
                   "<segment id=\"s2\"><source>b</source></segment></unit>";
        xml += "</file>";
    }
    const LoadResult ok = load_buffer(xml + "</xliff>", "ids.xlf");
    ASSERT_TRUE(ok.ok()) << describe(ok);
    EXPECT_EQ(ok.document->segment_count(), 7200u);

    std::string bad = xml + "<file id=\"f2\"><unit id=\"u0\"><segment id=\"s1\"><source>a</source></segment>";
    const std::size_t at = bad.size();
    bad += "<segment id=\"s1\"><source>b</source></segment></unit></file></xliff>";
    EXPECT_EQ(describe(load_buffer(bad, "dupseg.xlf")),
              "segment id \"s1\" is not unique in its unit at " + expected_position(bad, at));
}

}  // namespace
}  // namespace verity::xliff
