#include <gtest/gtest.h>

#include "rules/builtin.hpp"
#include "rules/engine/engine.hpp"
#include "rules/engine/glossary.hpp"
#include "xliff/glossary.hpp"

namespace verity::rules {
namespace {

std::vector<std::string> rules_on(const PackSet& packs, const std::string& source, const std::string& target,
                                  const std::string& target_lang = "fr") {
    Registry registry;
    register_builtin_rules(registry);
    EngineOptions options;
    options.rule_globs = "terminology.*,entity.*";
    const Engine engine(registry, packs, options);
    xliff::Document doc;
    xliff::File file;
    file.source_lang = "en";
    file.target_lang = target_lang;
    xliff::Unit unit;
    unit.id = "u";
    xliff::Segment seg;
    seg.source.text = source;
    seg.target = xliff::Content{target, {}, {}, {}};
    unit.segments.push_back(seg);
    file.units.push_back(unit);
    doc.files.push_back(file);
    std::vector<std::string> out;
    for (const auto& f : engine.check(doc)) out.push_back(f.rule);
    return out;
}

TEST(Glossary, TermsJoinTheMultilingualPack) {
    PackSet packs;
    xliff::Glossary g;
    g.entries.push_back({{{"en", "border guard"}, {"", "Frontex"}}});
    add_glossary(packs, g);
    ASSERT_NE(packs.multilingual(), nullptr);
    const auto& groups = packs.multilingual()->group_list("terminology.terms");
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0], (std::vector<std::string>{"en: border guard", "Frontex"}));
    EXPECT_EQ(split_term(groups[0][0]), (std::pair<std::string, std::string>{"en", "border guard"}));
    EXPECT_EQ(split_term("Note: not a language"), (std::pair<std::string, std::string>{"", "Note: not a language"}));
}

TEST(Glossary, TermsAreRequiredAndServeAsAliases) {
    PackSet packs = PackSet::builtin();
    std::string error;
    const auto g = xliff::parse_glossary_csv(
        "en,fr\nfact-finding mission,mission d'établissement des faits\nFrontex,Agence européenne\n", "g.csv", error);
    ASSERT_TRUE(g) << error;
    add_glossary(packs, *g);
    EXPECT_EQ(rules_on(packs, "The fact-finding mission arrived.", "La mission d'établissement des faits est arrivée."),
              std::vector<std::string>{});
    EXPECT_EQ(rules_on(packs, "The fact-finding mission arrived.", "La mission d'enquête est arrivée."),
              std::vector<std::string>{"terminology.term"});
    EXPECT_EQ(rules_on(packs, "Frontex will help.", "L'Agence européenne aidera."), std::vector<std::string>{});
}

TEST(Glossary, InflectedFormsOfATermCount) {
    PackSet packs = PackSet::builtin();
    std::string error;
    const auto g = xliff::parse_glossary_csv("en,de\nrefund,Rückerstattung\nsecurity deposit,Kaution\n", "g.csv", error);
    ASSERT_TRUE(g) << error;
    add_glossary(packs, *g);
    // Plural forms on both sides are the glossary's terms.
    EXPECT_TRUE(rules_on(packs, "All refunds are processed weekly.", "Alle Rückerstattungen werden wöchentlich bearbeitet.",
                         "de")
                    .empty());
    EXPECT_EQ(rules_on(packs, "All refunds are processed weekly.", "Alle Erstattungen werden wöchentlich bearbeitet.", "de"),
              std::vector<std::string>{"terminology.term"});
}

}  // namespace
}  // namespace verity::rules
