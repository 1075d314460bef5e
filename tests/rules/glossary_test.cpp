#include <gtest/gtest.h>

#include "rules/builtin.hpp"
#include "rules/engine/engine.hpp"
#include "rules/engine/glossary.hpp"

namespace verity::rules {
namespace {

TEST(Glossary, CsvWithALanguageHeaderAndQuotes) {
    std::string error;
    const auto g = parse_glossary_csv(
        "en,fr\nEuropean Commission,Commission européenne\n\n\"asylum, seeker\",\"demandeur \"\"d'asile\"\"\"\n",
        "g.csv", error);
    ASSERT_TRUE(g) << error;
    ASSERT_EQ(g->entries.size(), 2u);
    EXPECT_EQ(g->entries[1].terms[0].second, "asylum, seeker");
    EXPECT_EQ(g->entries[1].terms[1].second, "demandeur \"d'asile\"");
    EXPECT_EQ(g->entries[0].terms[1], (std::pair<std::string, std::string>{"fr", "Commission européenne"}));
}

TEST(Glossary, CsvErrorsNameTheLine) {
    std::string error;
    EXPECT_FALSE(parse_glossary_csv("a,b\nonly one\n", "g.csv", error));
    EXPECT_EQ(error, "g.csv:2: expected two columns (source term, target term)");
}

TEST(Glossary, TbxEntriesWithLanguages) {
    std::string error;
    const auto g = parse_glossary_tbx(R"(<?xml version="1.0"?><martif type="TBX"><text><body>
      <termEntry id="1"><langSet xml:lang="en"><tig><term>border &amp; coast guard</term></tig></langSet>
        <langSet xml:lang="fr-FR"><tig><term>garde-frontières et garde-côtes</term></tig></langSet></termEntry>
      </body></text></martif>)",
                                      "g.tbx", error);
    ASSERT_TRUE(g) << error;
    ASSERT_EQ(g->entries.size(), 1u);
    EXPECT_EQ(g->entries[0].terms[0], (std::pair<std::string, std::string>{"en", "border & coast guard"}));
    EXPECT_EQ(g->entries[0].terms[1].first, "fr");
    EXPECT_FALSE(parse_glossary_tbx("<html/>", "g.tbx", error));
}

std::vector<std::string> rules_on(const PackSet& packs, const std::string& source, const std::string& target) {
    Registry registry;
    register_builtin_rules(registry);
    EngineOptions options;
    options.rule_globs = "terminology.*,entity.*";
    const Engine engine(registry, packs, options);
    xliff::Document doc;
    xliff::File file;
    file.source_lang = "en";
    file.target_lang = "fr";
    xliff::Unit unit;
    unit.id = "u";
    xliff::Segment seg;
    seg.source.text = source;
    seg.target = xliff::Content{target, {}, {}};
    unit.segments.push_back(seg);
    file.units.push_back(unit);
    doc.files.push_back(file);
    std::vector<std::string> out;
    for (const auto& f : engine.check(doc)) out.push_back(f.rule);
    return out;
}

TEST(Glossary, TermsAreRequiredAndServeAsAliases) {
    PackSet packs = PackSet::builtin();
    std::string error;
    const auto g = parse_glossary_csv("en,fr\nfact-finding mission,mission d'établissement des faits\nFrontex,Agence européenne\n",
                                      "g.csv", error);
    ASSERT_TRUE(g) << error;
    ASSERT_FALSE(add_glossary(packs, *g, "g.csv"));
    EXPECT_EQ(rules_on(packs, "The fact-finding mission arrived.", "La mission d'établissement des faits est arrivée."),
              std::vector<std::string>{});
    EXPECT_EQ(rules_on(packs, "The fact-finding mission arrived.", "La mission d'enquête est arrivée."),
              std::vector<std::string>{"terminology.term"});
    EXPECT_EQ(rules_on(packs, "Frontex will help.", "L'Agence européenne aidera."), std::vector<std::string>{});
}

}  // namespace
}  // namespace verity::rules
