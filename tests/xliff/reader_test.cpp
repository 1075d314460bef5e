#include <gtest/gtest.h>

#include <string>

#include "xliff/reader.hpp"
#include "xliff/test_support.hpp"

namespace verity::xliff {
namespace {

using testing::codes;
using testing::describe;
using testing::kFixtures;
using testing::pos;

LoadResult load_fixture(const std::string& name) { return load_file(kFixtures + name); }

// ---- XLIFF 1.2 -------------------------------------------------------------------------------

TEST(Reader12, PlainFileWithStateApprovedAndIgnoredElements) {
    const LoadResult r = load_fixture("v12_plain.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    const Document& d = *r.document;
    EXPECT_EQ(d.format, DocumentFormat::Xliff12);
    EXPECT_EQ(d.path, kFixtures + "v12_plain.xlf");
    EXPECT_EQ(d.source_lang, "en-US");
    EXPECT_EQ(d.target_lang, "de-DE");
    ASSERT_EQ(d.files.size(), 2u);
    EXPECT_EQ(d.files[0].id, "app.txt");
    EXPECT_EQ(d.files[1].id, "other.txt");
    EXPECT_EQ(d.files[1].target_lang, "fr-FR");
    ASSERT_EQ(d.files[0].units.size(), 2u);  // bin-unit is not a unit
    EXPECT_EQ(d.unit_count(), 3u);
    EXPECT_EQ(d.segment_count(), 3u);

    const Unit& hello = d.files[0].units[0];
    EXPECT_EQ(hello.id, "hello");
    EXPECT_EQ(pos(hello.position), "8:7");
    EXPECT_TRUE(hello.translate);
    EXPECT_EQ(hello.group_path, "");
    ASSERT_EQ(hello.segments.size(), 1u);
    const Segment& s = hello.segments[0];
    EXPECT_EQ(s.id, "");
    EXPECT_EQ(s.source.text, "Hello, world!");
    EXPECT_EQ(pos(s.source.position), "9:9");
    ASSERT_TRUE(s.target.has_value());
    EXPECT_EQ(s.target->text, "Hallo, Welt!");  // not the alt-trans target
    EXPECT_EQ(pos(s.target->position), "10:9");
    EXPECT_EQ(s.state, "final");
    EXPECT_TRUE(s.approved);

    const Segment& bye = d.files[0].units[1].segments[0];
    EXPECT_EQ(bye.source.text, "  Bye  ");
    EXPECT_FALSE(bye.target.has_value());
    EXPECT_FALSE(bye.approved);
    EXPECT_EQ(bye.state, "");

    EXPECT_EQ(d.files[1].units[0].id, "hello");  // same id in another file is fine
    EXPECT_EQ(pos(d.files[1].units[0].segments[0].target->position), "22:52");
}

TEST(Reader12, GroupsPathsTranslateInheritanceAndRestype) {
    const LoadResult r = load_fixture("v12_groups.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    const auto& units = r.document->files.at(0).units;
    ASSERT_EQ(units.size(), 5u);
    EXPECT_EQ(units[0].id, "open");
    EXPECT_EQ(units[0].group_path, "menu/file");
    EXPECT_FALSE(units[0].translate);
    EXPECT_FALSE(units[0].segments[0].translate);
    EXPECT_EQ(units[1].id, "save");
    EXPECT_EQ(units[1].group_path, "menu/file");
    EXPECT_TRUE(units[1].translate);
    EXPECT_EQ(units[2].group_path, "menu");
    EXPECT_TRUE(units[2].translate);
    EXPECT_EQ(units[3].group_path, "misc");  // resname stands in for a missing group id
    EXPECT_EQ(units[3].type, "verity:dropped");
    EXPECT_EQ(units[3].origin, UnitOrigin::Dropped);  // restype x-verity-dropped
    EXPECT_EQ(units[4].group_path, "");
    EXPECT_EQ(units[4].type, "string");
    EXPECT_EQ(units[4].origin, UnitOrigin::Input);
}

TEST(Reader12, DatatypeOfTheUnitElseOfItsGroupOrFile) {
    const std::string body =
        "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file source-language=\"en\" "
        "datatype=\"plaintext\" original=\"t\"><body><trans-unit id=\"a\" datatype=\"html\"><source>A</source>"
        "</trans-unit><group id=\"g\" datatype=\"x-po\"><trans-unit id=\"b\"><source>B</source></trans-unit></group>"
        "<trans-unit id=\"c\"><source>C</source></trans-unit></body></file></xliff>";
    const LoadResult r = load_buffer(body, "d.xlf");
    ASSERT_TRUE(r.ok());
    const auto& units = r.document->files[0].units;
    EXPECT_EQ(units[0].datatype, "html");
    EXPECT_EQ(units[1].datatype, "x-po");
    EXPECT_EQ(units[2].datatype, "plaintext");
}

TEST(Reader12, SegSourceMarksBecomeSegments) {
    const LoadResult r = load_fixture("v12_segsource.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    const Unit& p1 = r.document->files.at(0).units.at(0);
    ASSERT_EQ(p1.segments.size(), 3u);
    EXPECT_EQ(p1.segments[0].id, "s1");
    EXPECT_EQ(p1.segments[0].source.text, "First sentence.");
    EXPECT_EQ(pos(p1.segments[0].source.position), "7:21");
    EXPECT_EQ(p1.segments[0].target->text, "Primera frase.");
    EXPECT_EQ(pos(p1.segments[0].target->position), "8:36");
    EXPECT_EQ(p1.segments[0].state, "translated");

    EXPECT_EQ(p1.segments[1].id, "s2");
    EXPECT_EQ(p1.segments[1].source.text, "Second sentence.");
    EXPECT_EQ(codes(p1.segments[1].source), "open:g:1@0 close:g:1@6");
    // In the target the g wraps the whole segment mark, so it lies outside the segment.
    EXPECT_EQ(p1.segments[1].target->text, "Segunda frase.");
    EXPECT_EQ(codes(*p1.segments[1].target), "");
    EXPECT_EQ(pos(p1.segments[1].target->position), "8:93");

    EXPECT_EQ(p1.segments[2].id, "s3");
    EXPECT_EQ(p1.segments[2].source.text, "Third.");
    EXPECT_FALSE(p1.segments[2].target.has_value());

    // An unsegmented target next to a segmented source: the unit is read whole from source/target.
    const Unit& p2 = r.document->files.at(0).units.at(1);
    ASSERT_EQ(p2.segments.size(), 1u);
    EXPECT_EQ(p2.segments[0].source.text, "Whole unit.");
    EXPECT_EQ(codes(p2.segments[0].source), "mopen:mrk:@6[term] mclose:mrk:@10");
    EXPECT_EQ(p2.segments[0].target->text, "Unidad entera.");
    EXPECT_EQ(pos(p2.segments[0].source.position), "11:9");
}

TEST(Reader12, AllInlineElements) {
    const LoadResult r = load_fixture("v12_inline.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    const Unit& u = r.document->files.at(0).units.at(0);
    const Segment& s = u.segments.at(0);
    EXPECT_EQ(s.source.text, "Abcdefghijklm");
    EXPECT_EQ(codes(s.source),
              "open:g:1@1 close:g:1@2 ph:x:2@3[[br]] open:bx:3@4 close:ex:3@5 "
              "ph:ph:5@6[{\\fieldtip text}] open:bpt:r6@7[<b>] close:ept:r6@8[</b>] "
              "open:it:8@9[<i>] close:it:9@10[</i>] mopen:mrk:m1@11[protected] mclose:mrk:m1@12");
    // Offsets are in bytes: "Ä" is two.
    EXPECT_EQ(s.target->text, "Äö");
    EXPECT_EQ(codes(*s.target), "open:g:1@2 close:g:1@4");

    // Columns count code points, not bytes.
    const Unit& u2 = r.document->files.at(0).units.at(1);
    EXPECT_EQ(u2.id, "ü");
    EXPECT_EQ(pos(u2.segments[0].source.position), "9:26");
    EXPECT_EQ(pos(u2.segments[0].target->position), "9:44");
}

TEST(Reader12, TradosSdlxliff) {
    const LoadResult r = load_fixture("trados.sdlxliff");
    ASSERT_TRUE(r.ok()) << describe(r);
    const Document& d = *r.document;
    EXPECT_EQ(d.format, DocumentFormat::Xliff12);
    EXPECT_EQ(d.source_lang, "en-US");
    EXPECT_EQ(d.target_lang, "it-IT");
    ASSERT_EQ(d.files.size(), 1u);
    EXPECT_EQ(d.files[0].id, "C:\\docs\\manual.docx");
    const auto& units = d.files[0].units;
    ASSERT_EQ(units.size(), 2u);

    EXPECT_EQ(units[0].id, "0a1");
    EXPECT_FALSE(units[0].translate);
    EXPECT_EQ(units[0].segments.at(0).source.text, "");
    EXPECT_EQ(codes(units[0].segments[0].source), "ph:x:0@0");

    const Unit& t1 = units[1];
    EXPECT_EQ(pos(t1.position), "18:9");
    ASSERT_EQ(t1.segments.size(), 2u);
    EXPECT_EQ(t1.segments[0].id, "1");
    EXPECT_EQ(t1.segments[0].source.text, "Press Start.");
    EXPECT_EQ(codes(t1.segments[0].source), "open:g:pt1@6 close:g:pt1@11");
    EXPECT_EQ(pos(t1.segments[0].source.position), "20:23");
    EXPECT_EQ(t1.segments[0].target->text, "Premere Avvio.");
    EXPECT_EQ(codes(*t1.segments[0].target), "open:g:pt1@8 close:g:pt1@13");
    EXPECT_EQ(t1.segments[0].state, "ApprovedTranslation");
    EXPECT_TRUE(t1.segments[0].approved);
    EXPECT_EQ(t1.segments[1].id, "2");
    EXPECT_EQ(t1.segments[1].target->text, "Poi attendere.");
    EXPECT_EQ(pos(t1.segments[1].target->position), "21:81");
    EXPECT_EQ(t1.segments[1].state, "Draft");
    EXPECT_FALSE(t1.segments[1].approved);
}

TEST(Reader12, PrefixedXliffElementsAndForeignNamespaces) {
    const LoadResult r = load_fixture("v12_prefixed.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    const auto& units = r.document->files.at(0).units;
    ASSERT_EQ(units.size(), 1u);  // the unprefixed trans-unit is in another namespace
    EXPECT_EQ(units[0].id, "1");
    EXPECT_EQ(units[0].segments[0].source.text, "Open filenow");
    EXPECT_EQ(codes(units[0].segments[0].source), "open:g:1@5 close:g:1@9");
    EXPECT_EQ(units[0].segments[0].target->text, "Otwórz plik");
    EXPECT_EQ(r.document->target_lang, "pl");
}

TEST(Reader12, OlderVersionsReadAsTwelve) {
    const std::string xml =
        R"(<xliff version="1.1"><file original="a" source-language="en" datatype="plaintext"><body>)"
        R"(<trans-unit id="1"><source>Old</source></trans-unit></body></file></xliff>)";
    const LoadResult r = load_buffer(xml, "old.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    EXPECT_EQ(r.document->format, DocumentFormat::Xliff12);
    EXPECT_EQ(r.document->files[0].units[0].segments[0].source.text, "Old");
}

// ---- XLIFF 2.x -------------------------------------------------------------------------------

TEST(Reader2x, GroupsIgnorableTranslateAndEmptySource) {
    const LoadResult r = load_fixture("v20_groups.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    const Document& d = *r.document;
    EXPECT_EQ(d.format, DocumentFormat::Xliff20);
    EXPECT_EQ(d.source_lang, "en");
    EXPECT_EQ(d.target_lang, "ja");
    ASSERT_EQ(d.files.size(), 2u);
    EXPECT_EQ(d.files[0].id, "f1");
    EXPECT_EQ(d.files[1].source_lang, "en");
    const auto& units = d.files[0].units;
    ASSERT_EQ(units.size(), 3u);

    EXPECT_EQ(units[0].id, "u1");
    EXPECT_FALSE(units[0].translate);  // from file
    EXPECT_EQ(pos(units[0].position), "5:5");
    EXPECT_EQ(units[0].segments[0].id, "s1");
    EXPECT_EQ(units[0].segments[0].state, "final");
    EXPECT_EQ(units[0].segments[0].target->text, "ロック。");
    EXPECT_EQ(pos(units[0].segments[0].target->position), "8:9");

    const Unit& u2 = units[1];
    EXPECT_EQ(u2.group_path, "g1/g2");
    EXPECT_TRUE(u2.translate);  // group g1 says yes
    EXPECT_EQ(u2.type, "verity:dropped");
    EXPECT_EQ(u2.origin, UnitOrigin::Dropped);
    ASSERT_EQ(u2.segments.size(), 3u);
    EXPECT_FALSE(u2.segments[0].ignorable);
    EXPECT_EQ(u2.segments[0].state, "translated");
    EXPECT_TRUE(u2.segments[1].ignorable);
    EXPECT_EQ(u2.segments[1].source.text, " ");
    EXPECT_EQ(pos(u2.segments[1].source.position), "19:13");
    EXPECT_EQ(u2.segments[2].id, "s2");
    EXPECT_FALSE(u2.segments[2].target.has_value());

    const Unit& u3 = units[2];
    EXPECT_EQ(u3.group_path, "g1");
    EXPECT_FALSE(u3.translate);
    EXPECT_EQ(u3.segments[0].id, "");
    EXPECT_EQ(u3.segments[0].source.text, "");  // an added sentence: empty source, real target
    EXPECT_EQ(u3.segments[0].target->text, "Added.");

    EXPECT_EQ(d.files[1].units[0].id, "u1");
    EXPECT_TRUE(d.files[1].units[0].translate);
    EXPECT_EQ(d.segment_count(), 5u);  // the ignorable one does not count
}

TEST(Reader2x, AllInlineElements) {
    const LoadResult r = load_fixture("v21_inline.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    EXPECT_EQ(r.document->format, DocumentFormat::Xliff21);
    const Segment& s = r.document->files.at(0).units.at(0).segments.at(0);
    EXPECT_EQ(s.source.text, "Abcdefghijk\x07l");
    EXPECT_EQ(codes(s.source),
              "ph:ph:1@1[<br/>] open:pc:2@2[<b>] close:pc:2@3[</b>] open:sc:3@4[[] close:ec:3@5[]] "
              "mopen:mrk:m1@6[term] mclose:mrk:m1@7 mopen:sm:m2@8[comment] mclose:em:m2@9 close:ec:4@10");
    EXPECT_EQ(pos(s.source.position), "11:9");
    EXPECT_EQ(s.target->text, "Äö");
    EXPECT_EQ(codes(*s.target), "ph:ph:1@2[<br/>]");
}

TEST(Reader2x, Version22) {
    const LoadResult r = load_fixture("v22_minimal.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    EXPECT_EQ(r.document->format, DocumentFormat::Xliff22);
    EXPECT_EQ(r.document->source_lang, "fr-CA");
    EXPECT_EQ(r.document->target_lang, "");
    const Segment& s = r.document->files.at(0).units.at(0).segments.at(0);
    EXPECT_EQ(s.state, "initial");
    EXPECT_EQ(s.target->text, "Hello");  // a target without trgLang is kept
}

TEST(Reader2x, InvalidCodePointIsAnError) {
    const LoadResult r = load_buffer(
        R"(<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f">)"
        R"(<unit id="u"><segment><source>a<cp hex="D800"/></source></segment></unit></file></xliff>)",
        "cp.xlf");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(describe(r), "cp has an invalid hex value \"D800\" at 1:125");
}

// A 2.x document around one unit's inner XML, all on line 1.
std::string unit_2x(const std::string& inner, const std::string& root_extra = "") {
    return R"(<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en")" + root_extra +
           R"(><file id="f"><unit id="u">)" + inner + "</unit></file></xliff>";
}

TEST(Reader2x, CoreConstraintsAreErrors) {
    const struct {
        std::string inner, root_extra, expected;
    } cases[] = {
        {"<ignorable><source> </source></ignorable>", "", "unit has no <segment> element at 1:94"},
        {"<segment><source>a</source><source>b</source></segment>", "", "segment has more than one <source> element at 1:134"},
        {"<segment id=\"s\"><source/></segment><segment id=\"s\"><source/></segment>", "",
         "segment id \"s\" is not unique in its unit at 1:142"},
        {"<segment state=\"done\"><source/></segment>", "", "segment state \"done\" is not initial, translated, reviewed or final at 1:107"},
        {"<segment subState=\"x:y\"><source/></segment>", "", "segment has a subState but no state at 1:107"},
        {"<segment><source><ph id=\"1\" dataRef=\"d1\"/></source></segment>", "",
         "ph dataRef \"d1\" matches no <data> in the unit, which has no <originalData> at 1:124"},
        {"<originalData><data id=\"d\">a</data><data id=\"d\">b</data></originalData><segment><source/></segment>", "",
         "data id \"d\" is not unique in its unit at 1:142"},
        {"<segment><source>a<ec startRef=\"1\"/><sc id=\"1\"/></source></segment>", "",
         "ec startRef \"1\" matches no earlier <sc> in its unit at 1:125"},
        {"<segment><source><sc id=\"1\"/>a</source></segment>", "",
         "sc id \"1\" has no matching <ec> in its unit and is not isolated at 1:124"},
        {"<segment><source><ec id=\"1\"/></source></segment>", "", "ec has no startRef and is not isolated at 1:124"},
        {"<segment><source><sm id=\"m\"/>a</source></segment>", "", "sm id \"m\" has no matching <em> in its unit at 1:124"},
        {"<segment><source>a<em startRef=\"m\"/></source></segment>", "", "em startRef \"m\" matches no earlier <sm> in its unit at 1:125"},
        {"<segment><source><ph id=\"\\1\"/></source></segment>", "", "ph id \"\\1\" is not a valid XML name token at 1:124"},
        {"<segment><source/></segment>", " trgLang=\"f r\"", "trgLang \"f r\" is not a well-formed language tag at 1:1"},
    };
    for (const auto& c : cases) EXPECT_EQ(describe(load_buffer(unit_2x(c.inner, c.root_extra), "c.xlf")), c.expected) << c.inner;

    // Pairs may span segments of a unit, and a partly translated target may hold half a pair.
    for (const char* first_target : {"<target><sc id=\"1\"/>A</target>", ""}) {
        const std::string second_target = *first_target ? "" : "<target>B<ec startRef=\"1\"/></target>";
        const LoadResult spanning = load_buffer(
            unit_2x("<segment><source><sc id=\"1\"/>a</source>" + std::string(first_target) + "</segment>"
                    "<segment><source>b<ec startRef=\"1\"/></source>" + second_target + "</segment>", " trgLang=\"de\""),
            "span.xlf");
        ASSERT_TRUE(spanning.ok()) << describe(spanning);
        EXPECT_EQ(codes(spanning.document->files[0].units[0].segments[1].source), "close:ec:1@1");
    }
    // A target whose pairs are broken still loads: that is the translator's error, for markup.mismatch.
    EXPECT_EQ(describe(load_buffer(unit_2x("<segment><source><sc id=\"1\"/>a<ec startRef=\"1\"/></source>"
                                           "<target><sc id=\"1\"/>A</target></segment>", " trgLang=\"de\""), "t.xlf")),
              "loaded");
    // The source is the reference and must pair up.
    EXPECT_EQ(describe(load_buffer(unit_2x("<segment><source><sc id=\"1\"/>a</source>"
                                           "<target><sc id=\"1\"/>A</target></segment>", " trgLang=\"de\""), "t.xlf")),
              "sc id \"1\" has no matching <ec> in its unit and is not isolated at 1:137");
}

TEST(Reader2x, LenientWhereRealFilesSlip) {
    // No group id, a file without units, an empty trgLang, an odd translate value: all still load.
    const LoadResult r = load_buffer(
        R"(<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="">)"
        R"(<file id="empty"/><file id="My File"><group><unit id="u 1" translate="maybe"><segment><source>x</source></segment>)"
        R"(</unit></group></file></xliff>)",
        "lenient.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    ASSERT_EQ(r.document->files.size(), 2u);
    EXPECT_TRUE(r.document->files[0].units.empty());
    EXPECT_EQ(r.document->files[1].units.at(0).id, "u 1");
    EXPECT_EQ(r.document->files[1].units[0].group_path, "");
    EXPECT_TRUE(r.document->files[1].units[0].translate);
}

// ---- text decoding ---------------------------------------------------------------------------

TEST(ReaderText, CdataAndEntitiesDecode) {
    const LoadResult r = load_fixture("cdata_entities.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    const Segment& s = r.document->files.at(0).units.at(0).segments.at(0);
    EXPECT_EQ(s.source.text, "if (a < b && c > d) & <tag> \u00A9 \U0001F600 \"q'");
    EXPECT_EQ(s.target->text, "line one\nline two\ntab\tend");
}

TEST(ReaderText, Latin1DeclaredInXmlDeclaration) {
    const LoadResult r = load_fixture("latin1.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    const Unit& u = r.document->files.at(0).units.at(0);
    EXPECT_EQ(u.id, "caf\u00E9");
    EXPECT_EQ(u.segments[0].source.text, "Caf\u00E9 cr\u00E8me \u00A3");
    EXPECT_EQ(u.segments[0].target->text, "\u00E9Coffee");
    EXPECT_EQ(codes(*u.segments[0].target), "ph:x:1@2");
    EXPECT_EQ(pos(u.segments[0].target->position), "7:9");
}

TEST(ReaderText, Windows1252DeclaredInXmlDeclaration) {
    const std::string xml = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n"
                            "<xliff version=\"1.2\"><file original=\"a\" source-language=\"en\"><body>"
                            "<trans-unit id=\"1\"><source>5 \x80 \x93quoted\x94</source></trans-unit></body></file></xliff>";
    const LoadResult r = load_buffer(xml, "cp1252.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    EXPECT_EQ(r.document->files[0].units[0].segments[0].source.text, "5 \u20AC \u201Cquoted\u201D");
}

TEST(ReaderText, UnsupportedEncodingIsAnError) {
    const LoadResult r = load_buffer("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><xliff/>", "x.xlf");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->message, "unsupported encoding \"x-no-such-charset\" named in the XML declaration");
}

TEST(ReaderText, Utf8ByteOrderMarkDoesNotShiftColumns) {
    const std::string xml = "\xEF\xBB\xBF<xliff version=\"1.2\"><file original=\"a\" source-language=\"en\"><body>\n"
                            "<trans-unit id=\"1\"><source>\u00E9t\u00E9</source></trans-unit></body></file></xliff>";
    const LoadResult r = load_buffer(xml, "bom.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    const Unit& u = r.document->files[0].units[0];
    EXPECT_EQ(u.segments[0].source.text, "\u00E9t\u00E9");
    EXPECT_EQ(pos(u.position), "2:1");
    EXPECT_EQ(pos(u.segments[0].source.position), "2:20");

    const LoadResult no_bom = load_buffer("<xliff version='1.2'>", "x.xlf");
    ASSERT_FALSE(no_bom.ok());
    EXPECT_EQ(no_bom.error->position.line, 1u);
}

// UTF-8 to UTF-16 bytes with a byte order mark, written here so the fixtures stay readable.
std::string to_utf16(const std::string& utf8, bool big_endian) {
    std::u16string units;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        i += len;
        if (cp >= 0x10000) {
            units += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
            units += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            units += static_cast<char16_t>(cp);
        }
    }
    std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
    for (const char16_t u : units) {
        const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
        out += big_endian ? hi : lo;
        out += big_endian ? lo : hi;
    }
    return out;
}

const std::string kUtf16Doc =
    "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
    "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"zh\">\n"
    "<file id=\"f\"><unit id=\"\u4E00\"><segment><source>Smile \U0001F600</source>"
    "<target>\u5FAE\u7B11 \U0001F600</target></segment></unit></file></xliff>\n";

TEST(ReaderText, Utf16LittleEndianWithBom) {
    const LoadResult r = load_buffer(to_utf16(kUtf16Doc, false), "le.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    const Unit& u = r.document->files.at(0).units.at(0);
    EXPECT_EQ(u.id, "\u4E00");
    EXPECT_EQ(u.segments[0].source.text, "Smile \U0001F600");
    EXPECT_EQ(u.segments[0].target->text, "\u5FAE\u7B11 \U0001F600");
    EXPECT_EQ(pos(u.segments[0].target->position), "3:60");
}

TEST(ReaderText, Utf16BigEndianWithBom) {
    const LoadResult r = load_buffer(to_utf16(kUtf16Doc, true), "be.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    const Unit& u = r.document->files.at(0).units.at(0);
    EXPECT_EQ(u.segments[0].target->text, "\u5FAE\u7B11 \U0001F600");
    EXPECT_EQ(pos(u.position), "3:14");
}

TEST(ReaderText, Utf16WithoutBomIsRecognisedByItsFirstCharacters) {
    const LoadResult r = load_buffer(to_utf16(kUtf16Doc, false).substr(2), "nobom.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    EXPECT_EQ(r.document->files.at(0).units.at(0).segments.at(0).source.text, "Smile \U0001F600");
}

TEST(ReaderText, Utf16UnpairedSurrogateIsAnError) {
    std::string bytes = to_utf16("<xliff>\nab", false);
    bytes += std::string("\x00\xD8", 2);  // high surrogate U+D800 with nothing after it
    bytes += std::string("x\0", 2);
    const LoadResult r = load_buffer(bytes, "bad16.xlf");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(describe(r), "invalid byte sequence for encoding UTF-16LE at 2:3");
}

TEST(ReaderText, CrLfLineEndsCountOnceAndFoldInText) {
    const std::string xml = "<xliff version=\"1.2\">\r\n<file original=\"a\" source-language=\"en\">\r\n<body>\r\n"
                            "  <trans-unit id=\"1\"><source>a\r\nb</source></trans-unit>\r\n</body></file></xliff>";
    const LoadResult r = load_buffer(xml, "crlf.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    const Unit& u = r.document->files[0].units[0];
    EXPECT_EQ(pos(u.position), "4:3");
    EXPECT_EQ(u.segments[0].source.text, "a\nb");
}

// ---- bad input -------------------------------------------------------------------------------

TEST(ReaderErrors, MalformedXmlReportsLineAndColumn) {
    const LoadResult r = load_fixture("bad/malformed.xlf");
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(r.document.has_value());
    EXPECT_EQ(describe(r), "XML is not well-formed: Start-end tags mismatch at 6:35");
}

TEST(ReaderErrors, RootIsNotXliff) {
    const LoadResult r = load_fixture("bad/not_xliff.html");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(describe(r), "not an XLIFF document: root element is <html> at 2:1");
}

TEST(ReaderErrors, UnknownVersion) {
    const LoadResult r = load_fixture("bad/unknown_version.xlf");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(describe(r), "unknown XLIFF version \"3.0\" (expected 1.2, 2.0, 2.1 or 2.2) at 2:1");
}

TEST(ReaderErrors, MissingVersion) {
    const LoadResult r = load_buffer("<xliff srcLang=\"en\"/>", "v.xlf");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(describe(r), "xliff element has no version attribute at 1:1");
}

TEST(ReaderErrors, MissingSrcLang) {
    const LoadResult r = load_fixture("bad/missing_srclang.xlf");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(describe(r), "xliff has no srcLang attribute at 2:1");
}

TEST(ReaderErrors, MissingRequiredIds) {
    const std::string head = R"(<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">)";
    EXPECT_EQ(describe(load_buffer(head + "<file><unit id=\"u\"/></file></xliff>", "a")),
              "file has no id attribute at 1:81");
    EXPECT_EQ(describe(load_buffer(head + "<file id=\"f\"><unit><segment><source/></segment></unit></file></xliff>", "b")),
              "unit has no id attribute at 1:94");
    EXPECT_EQ(describe(load_buffer(head + "</xliff>", "c")), "xliff has no <file> element at 1:1");
    EXPECT_EQ(describe(load_buffer(R"(<xliff version="1.2"><file original="a"><body/></file></xliff>)", "d")),
              "file has no source-language attribute at 1:22");
    EXPECT_EQ(describe(load_buffer(R"(<xliff version="1.2"><file source-language="en"><body>)"
                                   R"(<trans-unit><source/></trans-unit></body></file></xliff>)", "e")),
              "trans-unit has no id attribute at 1:55");
}

TEST(ReaderErrors, DuplicateUnitIds) {
    // Defects now: both units are read and checked, xliff.structure reports the second id.
    const LoadResult r = load_fixture("bad/duplicate_unit_ids.xlf");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.document->unit_count(), 2u);
    EXPECT_EQ(describe(r), "duplicate unit id \"u1\" in file \"f1\" at 6:7");

    const LoadResult r12 = load_buffer(
        "<xliff version=\"1.2\"><file original=\"a\" source-language=\"en\"><body>\n"
        "<trans-unit id=\"x\"><source/></trans-unit>\n<group><trans-unit id=\"x\"><source/></trans-unit></group>"
        "</body></file></xliff>",
        "dup12.xlf");
    EXPECT_EQ(describe(r12), "duplicate unit id \"x\" in file \"a\" at 3:8");
}

TEST(ReaderErrors, SegmentWithoutSource) {
    const LoadResult r = load_fixture("bad/segment_without_source.xlf");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(describe(r), "segment has no <source> element at 6:7");
}

TEST(ReaderErrors, TransUnitWithoutSource) {
    const LoadResult r = load_fixture("bad/trans_unit_without_source.xlf");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(describe(r), "trans-unit has no <source> element at 5:7");
}

TEST(ReaderErrors, EmptyFile) {
    const LoadResult r = load_fixture("bad/empty.xlf");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->message, "empty file");
}

TEST(ReaderErrors, TruncatedFile) {
    const LoadResult r = load_fixture("bad/truncated.xlf");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(describe(r), "XML is not well-formed: Start-end tags mismatch at 4:34");
}

TEST(ReaderErrors, InvalidUtf8) {
    const LoadResult r = load_fixture("bad/invalid_utf8.xlf");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(describe(r), "invalid UTF-8 byte sequence at 5:43");

    // Overlong encodings and encoded surrogates are rejected too.
    EXPECT_EQ(describe(load_buffer("<a>\xC0\xAF</a>", "x")), "invalid UTF-8 byte sequence at 1:4");
    EXPECT_EQ(describe(load_buffer("<a>\xED\xA0\x80</a>", "x")), "invalid UTF-8 byte sequence at 1:4");
    EXPECT_EQ(describe(load_buffer("<a>\xF0\x9F\x98", "x")), "invalid UTF-8 byte sequence at 1:4");
}

TEST(ReaderErrors, UnreadableFile) {
    const LoadResult missing = load_file(kFixtures + "no-such-file.xlf");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error->message, "cannot read file: No such file or directory");
    const LoadResult dir = load_file(kFixtures + "bad");
    ASSERT_FALSE(dir.ok());
    EXPECT_EQ(dir.error->message, "cannot read file: Is a directory");
}

TEST(ReaderErrors, DeepNestingIsRejectedNotACrash) {
    std::string xml = R"(<xliff version="1.2"><file original="a" source-language="en"><body><trans-unit id="1"><source>)";
    for (int i = 0; i < 100000; ++i) xml += "<g id=\"1\">";
    for (int i = 0; i < 100000; ++i) xml += "</g>";
    xml += "</source></trans-unit></body></file></xliff>";
    const LoadResult r = load_buffer(xml, "deep.xlf");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->message, "elements are nested too deeply (more than 512 levels)");
}

// ---- speed -----------------------------------------------------------------------------------

std::string big_document(std::size_t units, const char* separator) {
    std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>)";
    xml += separator;
    xml += R"(<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="de">)";
    xml += separator;
    xml += "<file id=\"f\">";
    for (std::size_t i = 0; i < units; ++i) {
        const std::string n = std::to_string(i);
        xml += separator;
        xml += "<unit id=\"u" + n + "\"><segment state=\"translated\"><source>The quick brown fox <pc id=\"1\">jumps</pc> over "
               "the lazy dog number " + n + ", and keeps running across the wide green field until the sun sets "
               "behind the hills, tired but happy; then it rests. " + std::string(60, 'x') +
               "</source><target>Der schnelle braune Fuchs <pc id=\"1\">springt</pc> \u00FCber den faulen Hund Nummer " + n +
               " und l\u00E4uft weiter \u00FCber das weite gr\u00FCne Feld, bis die Sonne hinter den H\u00FCgeln "
               "untergeht, m\u00FCde, aber gl\u00FCcklich; dann ruht er sich aus. " + std::string(40, 'y') + "</target></segment></unit>";
    }
    xml += separator;
    xml += "</file></xliff>";
    return xml;
}

// Large inputs must load completely; how fast is the benchmark's business (bench/bench_check.py),
// not a timed assertion that fails on a busy machine.
void expect_complete(const std::string& xml, std::size_t units) {
    const LoadResult r = load_buffer(xml, "big.xlf");
    ASSERT_TRUE(r.ok()) << describe(r);
    EXPECT_EQ(r.document->unit_count(), units);
}

TEST(ReaderLarge, TenMegabytesTwentyThousandUnits) {
    const std::string xml = big_document(20000, "\n");
    EXPECT_GT(xml.size(), 10'000'000u);
    expect_complete(xml, 20000);
}

TEST(ReaderLarge, OneLongLineStaysLinear) {
    const std::string xml = big_document(20000, "");
    expect_complete(xml, 20000);
    const LoadResult r = load_buffer(xml, "one-line.xlf");
    ASSERT_TRUE(r.ok());
    const Unit& last = r.document->files[0].units.back();
    EXPECT_EQ(last.position.line, 1u);
    EXPECT_GT(last.position.column, 10'000'000u);
}

TEST(ReaderLarge, SegmentedUnitsOnOneLongLine) {
    // Trados writes whole files on one line; segment positions there are asked out of order
    // (seg-source mark, target mark, next seg-source mark), which must not go quadratic.
    std::string xml = R"(<xliff version="1.2"><file original="a" source-language="en"><body>)";
    for (int i = 0; i < 5000; ++i) {
        const std::string n = std::to_string(i);
        xml += "<trans-unit id=\"" + n + "\"><source>\u00C9one. Two.</source><seg-source>"
               "<mrk mtype=\"seg\" mid=\"1\">\u00C9one.</mrk> <mrk mtype=\"seg\" mid=\"2\">Two.</mrk></seg-source>"
               "<target><mrk mtype=\"seg\" mid=\"1\">Un.</mrk> <mrk mtype=\"seg\" mid=\"2\">Deux.</mrk></target></trans-unit>";
    }
    xml += "</body></file></xliff>";
    const LoadResult r = load_buffer(xml, "one-line.sdlxliff");
    ASSERT_TRUE(r.ok()) << describe(r);
    // Check a position far along the line against a count done here.
    const Segment& last = r.document->files[0].units.back().segments[1];
    const std::size_t at = xml.rfind("<mrk mtype=\"seg\" mid=\"2\">Two.");
    std::uint32_t column = 1;
    for (std::size_t i = 0; i < at; ++i) column += (static_cast<unsigned char>(xml[i]) & 0xC0) != 0x80;
    EXPECT_EQ(pos(last.source.position), "1:" + std::to_string(column));
}

}  // namespace
}  // namespace verity::xliff
