#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "xliff/reader.hpp"
#include "xliff/test_support.hpp"
#include "xliff/writer.hpp"

namespace verity::xliff {
namespace {

using testing::codes;
using testing::describe;
using testing::kFixtures;

Document load_or_die(const std::string& name) {
    LoadResult r = load_file(kFixtures + name);
    if (!r.ok()) throw std::runtime_error(name + ": " + describe(r));
    return std::move(*r.document);
}

Document reread(const std::string& xml) {
    LoadResult r = load_buffer(xml, "written.xlf");
    if (!r.ok()) throw std::runtime_error("written document does not load: " + describe(r) + "\n" + xml);
    return std::move(*r.document);
}

// What a round trip keeps of the codes: kind, id, offset and data. Element names change (the writer
// uses the simple form) and markers carry no data there; 1.2 output drops markers altogether.
std::string kept_codes(const Content& c, bool keep_markers) {
    std::string out;
    for (const InlineCode& code : c.codes) {
        const bool marker = code.kind == CodeKind::MarkerOpen || code.kind == CodeKind::MarkerClose;
        if (marker && !keep_markers) continue;
        out += std::string(testing::kind_name(code.kind)) + ":" + code.id + "@" + std::to_string(code.offset);
        if (!marker) out += "[" + code.data + "]";
        out += " ";
    }
    return out;
}

// Compares what a round trip must keep: structure, ids, texts, code kinds/ids/offsets.
void expect_same_content(const Document& a, const Document& b, bool keep_markers) {
    ASSERT_EQ(a.files.size(), b.files.size());
    EXPECT_EQ(a.source_lang, b.source_lang);
    EXPECT_EQ(a.target_lang, b.target_lang);
    for (std::size_t f = 0; f < a.files.size(); ++f) {
        const File& fa = a.files[f];
        const File& fb = b.files[f];
        EXPECT_EQ(fa.id, fb.id);
        ASSERT_EQ(fa.units.size(), fb.units.size()) << fa.id;
        for (std::size_t u = 0; u < fa.units.size(); ++u) {
            const Unit& ua = fa.units[u];
            const Unit& ub = fb.units[u];
            SCOPED_TRACE("unit " + ua.id);
            EXPECT_EQ(ua.id, ub.id);
            EXPECT_EQ(ua.group_path, ub.group_path);
            EXPECT_EQ(ua.translate, ub.translate);
            EXPECT_EQ(ua.type, ub.type);
            EXPECT_EQ(ua.origin, ub.origin);
            ASSERT_EQ(ua.segments.size(), ub.segments.size());
            for (std::size_t s = 0; s < ua.segments.size(); ++s) {
                const Segment& sa = ua.segments[s];
                const Segment& sb = ub.segments[s];
                EXPECT_EQ(sa.id, sb.id);
                EXPECT_EQ(sa.ignorable, sb.ignorable);
                EXPECT_EQ(sa.source.text, sb.source.text);
                const auto norm = [&](const Content& c) { return kept_codes(c, keep_markers); };
                EXPECT_EQ(norm(sa.source), norm(sb.source));
                ASSERT_EQ(sa.target.has_value(), sb.target.has_value());
                if (sa.target) {
                    EXPECT_EQ(sa.target->text, sb.target->text);
                    EXPECT_EQ(norm(*sa.target), norm(*sb.target));
                }
            }
        }
    }
}

TEST(Writer, RoundTrip2xKeepsTextsIdsAndCodes) {
    for (const char* name : {"v20_groups.xlf", "v21_inline.xlf", "v22_minimal.xlf", "v12_inline.xlf", "trados.sdlxliff"}) {
        SCOPED_TRACE(name);
        const Document original = load_or_die(name);
        for (const char* version : {"2.0", "2.1", "2.2"}) {
            const Document again = reread(write_xliff(original, version));
            EXPECT_EQ(to_string(again.format), std::string("xliff-") + version);
            expect_same_content(original, again, true);
        }
    }
}

TEST(Writer, RoundTrip2xKeepsStatesAndData) {
    const Document original = load_or_die("v21_inline.xlf");
    const Document again = reread(write_xliff(original, "2.1"));
    const Segment& s = again.files[0].units[0].segments[0];
    // Native code travels as disp, so data survives even without originalData.
    EXPECT_EQ(codes(s.source), "ph:ph:1@1[<br/>] open:sc:2@2[<b>] close:ec:2@3[</b>] open:sc:3@4[[] close:ec:3@5[]] "
                               "mopen:sm:m1@6 mclose:em:m1@7 mopen:sm:m2@8 mclose:em:m2@9 close:ec:4@10");
    EXPECT_EQ(s.source.text, "Abcdefghijk\x07l");  // the control character went out as <cp/>

    const Document groups = reread(write_xliff(load_or_die("v20_groups.xlf"), "2.0"));
    EXPECT_EQ(groups.files[0].units[0].segments[0].state, "final");
    EXPECT_EQ(groups.files[0].units[1].segments[0].state, "translated");
}

TEST(Writer, RoundTrip12KeepsTextsIdsAndCodes) {
    // Not v20_groups.xlf: 1.2 writes ignorable text between the segment marks, where reading
    // drops it, so ignorable segments do not come back.
    for (const char* name : {"v12_plain.xlf", "v12_groups.xlf", "v12_segsource.xlf", "v12_inline.xlf", "trados.sdlxliff",
                             "v22_minimal.xlf"}) {
        SCOPED_TRACE(name);
        const Document original = load_or_die(name);
        const Document again = reread(write_xliff(original, "1.2"));
        EXPECT_EQ(again.format, DocumentFormat::Xliff12);
        expect_same_content(original, again, false);
    }
}

TEST(Writer, ControlCharactersHaveNoPlaceIn12) {
    // XML 1.0 cannot carry U+0007 and 1.2 has no <cp>: the character is dropped, the rest kept.
    const Document again = reread(write_xliff(load_or_die("v21_inline.xlf"), "1.2"));
    const Segment& s = again.files[0].units[0].segments[0];
    EXPECT_EQ(s.id, "s1");
    EXPECT_EQ(s.source.text, "Abcdefghijkl");
    EXPECT_EQ(codes(s.source), "ph:x:1@1[<br/>] open:bx:2@2[<b>] close:ex:2@3[</b>] open:bx:3@4[[] close:ex:3@5[]] "
                               "close:ex:4@10");
}

TEST(Writer, RoundTrip12KeepsStateApprovedAndType) {
    const Document plain = reread(write_xliff(load_or_die("v12_plain.xlf"), "1.2"));
    EXPECT_EQ(plain.files[0].units[0].segments[0].state, "final");
    EXPECT_TRUE(plain.files[0].units[0].segments[0].approved);
    EXPECT_FALSE(plain.files[0].units[1].segments[0].approved);

    const Document groups = reread(write_xliff(load_or_die("v12_groups.xlf"), "1.2"));
    EXPECT_EQ(groups.files[0].units[3].origin, UnitOrigin::Dropped);

    // 2.x states become 1.2 ones.
    const Document from2 = reread(write_xliff(load_or_die("v22_minimal.xlf"), "1.2"));
    EXPECT_EQ(from2.files[0].units[0].segments[0].state, "new");
}

TEST(Writer, UnitNotesAreReadAndKeptInBothVersions) {
    const std::string v12 =
        "<?xml version=\"1.0\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
        "<file source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\" original=\"a\"><body>"
        "<trans-unit id=\"u1\"><source>Hello</source><target>Bonjour</target>"
        "<note from=\"dev\">Greeting &amp; title</note><note>verity-ignore: number.*</note></trans-unit>"
        "</body></file></xliff>";
    const Document read12 = reread(v12);
    EXPECT_EQ(read12.files[0].units[0].notes, (std::vector<std::string>{"Greeting & title", "verity-ignore: number.*"}));
    const std::string v20 =
        "<?xml version=\"1.0\"?><xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
        "srcLang=\"en\" trgLang=\"fr\"><file id=\"f\"><unit id=\"u1\"><notes><note>Keep it short</note></notes>"
        "<segment><source>Hello</source><target>Bonjour</target></segment></unit></file></xliff>";
    const Document read20 = reread(v20);
    EXPECT_EQ(read20.files[0].units[0].notes, std::vector<std::string>{"Keep it short"});
    for (const char* version : {"1.2", "2.0"}) {
        EXPECT_EQ(reread(write_xliff(read12, version)).files[0].units[0].notes, read12.files[0].units[0].notes) << version;
        EXPECT_EQ(reread(write_xliff(read20, version)).files[0].units[0].notes, read20.files[0].units[0].notes) << version;
    }
}

Document small_document() {
    Document d;
    d.source_lang = "en";
    d.target_lang = "fr";
    File& f = d.files.emplace_back();
    f.id = "f1";
    f.source_lang = "en";
    f.target_lang = "fr";
    Unit& u = f.units.emplace_back();
    u.id = "u1";
    u.origin = UnitOrigin::Dropped;
    Segment& s = u.segments.emplace_back();
    s.id = "s1";
    s.source.text = "Save & <quit> \"now\"\r";
    s.source.codes = {{CodeKind::Open, "pc", "1", "<b>", 0},
                      {CodeKind::Close, "pc", "1", "</b>", 4},
                      {CodeKind::Standalone, "ph", "2", "", 20},
                      {CodeKind::MarkerOpen, "mrk", "m1", "", 7},
                      {CodeKind::MarkerClose, "mrk", "m1", "", 13}};
    std::sort(s.source.codes.begin(), s.source.codes.end(),
              [](const InlineCode& a, const InlineCode& b) { return a.offset < b.offset; });
    s.target = Content{};
    s.target->text = "Enregistrer";
    s.state = "translated";
    return d;
}

TEST(Writer, Writes2xInSimpleFormWithEscaping) {
    const std::string xml = write_xliff(small_document(), "2.1");
    EXPECT_NE(xml.find(R"(<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr">)"),
              std::string::npos)
        << xml;
    EXPECT_NE(xml.find(R"(<unit id="u1" type="verity:dropped">)"), std::string::npos) << xml;
    EXPECT_NE(xml.find(R"(<segment id="s1" state="translated">)"), std::string::npos) << xml;
    EXPECT_NE(xml.find(R"(<source><sc id="1" disp="&lt;b&gt;"/>Save<ec startRef="1" disp="&lt;/b&gt;"/> &amp; )"
                       R"(<sm id="m1"/>&lt;quit&gt;<em startRef="m1"/> "now"&#13;<ph id="2"/></source>)"),
              std::string::npos)
        << xml;

    const Document again = reread(xml);
    const Segment& s = again.files[0].units[0].segments[0];
    EXPECT_EQ(s.source.text, "Save & <quit> \"now\"\r");
    EXPECT_EQ(codes(s.source), "open:sc:1@0[<b>] close:ec:1@4[</b>] mopen:sm:m1@7 mclose:em:m1@13 ph:ph:2@20");
    EXPECT_EQ(again.files[0].units[0].origin, UnitOrigin::Dropped);
}

TEST(Writer, Writes12InSimpleForm) {
    const std::string xml = write_xliff(small_document(), "1.2");
    EXPECT_NE(xml.find(R"(<file original="f1" source-language="en" target-language="fr" datatype="plaintext">)"),
              std::string::npos)
        << xml;
    EXPECT_NE(xml.find(R"(<trans-unit id="u1" restype="x-verity-dropped">)"), std::string::npos) << xml;
    EXPECT_NE(xml.find(R"(<seg-source><mrk mtype="seg" mid="s1"><bx id="1" equiv-text="&lt;b&gt;"/>Save<ex id="1" )"
                       R"(equiv-text="&lt;/b&gt;"/> &amp; &lt;quit&gt; "now"&#13;<x id="2"/></mrk></seg-source>)"),
              std::string::npos)
        << xml;
    EXPECT_NE(xml.find(R"(<target state="translated"><mrk mtype="seg" mid="s1">Enregistrer</mrk></target>)"),
              std::string::npos)
        << xml;
    const Document again = reread(xml);
    EXPECT_EQ(codes(again.files[0].units[0].segments[0].source), "open:bx:1@0[<b>] close:ex:1@4[</b>] ph:x:2@20");
}

TEST(Writer, UnpairedCodesAreWrittenIsolatedAndLoneMarkersDropped) {
    Document d = small_document();
    Content& c = d.files[0].units[0].segments[0].source;
    c.text = "ab";
    c.codes = {{CodeKind::Close, "ec", "9", "", 0}, {CodeKind::Open, "sc", "8", "", 1}, {CodeKind::MarkerOpen, "sm", "m", "", 2}};
    const std::string xml = write_xliff(d, "2.0");
    EXPECT_NE(xml.find(R"(<source><ec id="9" isolated="yes"/>a<sc id="8" isolated="yes"/>b</source>)"), std::string::npos)
        << xml;
    const Document again = reread(xml);
    EXPECT_EQ(codes(again.files[0].units[0].segments[0].source), "close:ec:9@0 open:sc:8@1");
}

TEST(Writer, GroupsAreRebuiltAndKeptUnique) {
    Document d;
    d.source_lang = "en";
    File& f = d.files.emplace_back();
    f.id = "f";
    for (const char* path : {"a/b", "a/b", "a", "", "a/c", "a"}) {
        Unit& u = f.units.emplace_back();
        u.id = "u" + std::to_string(f.units.size());
        u.group_path = path;
        u.segments.emplace_back().source.text = "x";
    }
    const Document again = reread(write_xliff(d, "2.1"));
    std::vector<std::string> paths;
    for (const Unit& u : again.files[0].units) paths.push_back(u.group_path);
    // The second "a" group is a new element; its id gets a suffix so group ids stay unique.
    EXPECT_EQ(paths, (std::vector<std::string>{"a/b", "a/b", "a", "", "a-2/c", "a-2"}));
}

TEST(Writer, AddedSentenceWithEmptySourceRoundTrips) {
    Document d = small_document();
    Segment& added = d.files[0].units[0].segments.emplace_back();
    added.id = "s2";
    added.target = Content{};
    added.target->text = "Phrase ajout\u00E9e.";
    const Document again = reread(write_xliff(d, "2.1"));
    const Segment& s = again.files[0].units[0].segments.at(1);
    EXPECT_EQ(s.source.text, "");
    EXPECT_EQ(s.target->text, "Phrase ajout\u00E9e.");
}

TEST(Writer, RejectsUnknownVersion) {
    EXPECT_THROW(write_xliff(small_document(), "3.0"), std::invalid_argument);
}

}  // namespace
}  // namespace verity::xliff
