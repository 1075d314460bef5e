// Reading glossaries: TBX and CSV into groups of equivalent terms, errors with file and line.
#include <gtest/gtest.h>

#include "xliff/glossary.hpp"

namespace verity::xliff {
namespace {

using Term = std::pair<std::string, std::string>;

TEST(Glossary, CsvWithALanguageHeaderAndQuotes) {
    std::string error;
    const auto g = parse_glossary_csv(
        "en,fr\nEuropean Commission,Commission européenne\n\n\"asylum, seeker\",\"demandeur \"\"d'asile\"\"\"\n",
        "g.csv", error);
    ASSERT_TRUE(g) << error;
    ASSERT_EQ(g->entries.size(), 2u);
    EXPECT_EQ(g->entries[1].terms[0].second, "asylum, seeker");
    EXPECT_EQ(g->entries[1].terms[1].second, "demandeur \"d'asile\"");
    EXPECT_EQ(g->entries[0].terms[1], (Term{"fr", "Commission européenne"}));
}

TEST(Glossary, CsvWithoutHeaderHasNoLanguages) {
    std::string error;
    const auto g = parse_glossary_csv("Frontex;Agence européenne\r\n", "g.csv", error);
    ASSERT_TRUE(g) << error;
    ASSERT_EQ(g->entries.size(), 1u);
    EXPECT_EQ(g->entries[0].terms[0], (Term{"", "Frontex"}));
    EXPECT_EQ(g->entries[0].terms[1], (Term{"", "Agence européenne"}));
}

TEST(Glossary, CsvErrorsNameTheLine) {
    std::string error;
    EXPECT_FALSE(parse_glossary_csv("a,b\nonly one\n", "g.csv", error));
    EXPECT_EQ(error, "g.csv:2: expected two columns (source term, target term)");
    EXPECT_FALSE(parse_glossary_csv("a,b\n\"open,b\nc,d\n", "g.csv", error));
    EXPECT_EQ(error, "g.csv:2: a quoted field is not closed");
    EXPECT_FALSE(parse_glossary_csv("a,b\nc,d\ne,caf\xE9\n", "g.csv", error));  // Latin-1, not UTF-8
    EXPECT_EQ(error, "g.csv:3: invalid UTF-8 byte sequence (save the file as UTF-8)");
}

TEST(Glossary, TbxEntriesWithLanguages) {
    std::string error;
    const auto g = parse_glossary_tbx(R"(<?xml version="1.0"?><martif type="TBX"><text><body>
      <termEntry id="1"><langSet xml:lang="en"><tig><term>border &amp; coast guard</term></tig></langSet>
        <langSet xml:lang="fr-FR"><tig><term>garde-frontières et <hi>garde-côtes</hi></term></tig></langSet></termEntry>
      <termEntry id="2"><langSet xml:lang="en"><tig><term>alone</term></tig></langSet></termEntry>
      </body></text></martif>)",
                                      "g.tbx", error);
    ASSERT_TRUE(g) << error;
    ASSERT_EQ(g->entries.size(), 1u);  // an entry of one term says nothing
    EXPECT_EQ(g->entries[0].terms[0], (Term{"en", "border & coast guard"}));
    EXPECT_EQ(g->entries[0].terms[1], (Term{"fr", "garde-frontières et garde-côtes"}));
}

TEST(Glossary, Tbx2019ConceptEntries) {
    std::string error;
    const auto g = parse_glossary_tbx(R"(<?xml version="1.0" encoding="UTF-8"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><text><body>
  <conceptEntry id="c1">
    <langSec xml:lang="de"><termSec><term> Grenzschutz </term></termSec></langSec>
    <langSec xml:lang="en"><termSec><term><![CDATA[border protection]]></term></termSec></langSec>
  </conceptEntry>
</body></text></tbx>)",
                                      "g.tbx", error);
    ASSERT_TRUE(g) << error;
    ASSERT_EQ(g->entries.size(), 1u);
    EXPECT_EQ(g->entries[0].terms[0], (Term{"de", "Grenzschutz"}));
    EXPECT_EQ(g->entries[0].terms[1], (Term{"en", "border protection"}));
}

TEST(Glossary, TbxErrorsNameTheLine) {
    std::string error;
    EXPECT_FALSE(parse_glossary_tbx("<html/>", "g.tbx", error));
    EXPECT_EQ(error, "g.tbx:1: not a TBX file (root element <html>, expected <tbx> or <martif>)");
    EXPECT_FALSE(parse_glossary_tbx("<martif>\n<text>\n<termEntry>\n</text></martif>", "g.tbx", error));
    EXPECT_EQ(error, "g.tbx:4: XML is not well-formed: Start-end tags mismatch");
    EXPECT_FALSE(parse_glossary_tbx("<martif>\n<term>caf\xE9</term></martif>", "g.tbx", error));
    EXPECT_EQ(error, "g.tbx:2: invalid UTF-8 byte sequence");
}

TEST(Glossary, MissingFileIsAnError) {
    std::string error;
    EXPECT_FALSE(load_glossary("/nonexistent/g.csv", error));
    EXPECT_EQ(error, "/nonexistent/g.csv: cannot read the glossary");
}

}  // namespace
}  // namespace verity::xliff
