// The entity comparison on bare pairs: what counts as a counterpart, and what is reported.
#include <gtest/gtest.h>

#include "rules/entities.hpp"
#include "rules/packs.hpp"

namespace verity::rules {
namespace {

const PackSet& packs() {
    static const PackSet set = PackSet::builtin();
    return set;
}

std::string text_of(std::string_view text, const Entity& e) { return std::string(text.substr(e.begin, e.end - e.begin)); }

TEST(EntityWords, FoldTransliteratesAndSplitsCompounds) {
    EXPECT_EQ(fold_key("Hamáček"), "hamacek");
    EXPECT_EQ(fold_key("Мурманск"), "murmansk");
    const auto w = split_words("The U.S. and Kidawa-Błońska's team");
    ASSERT_EQ(w.size(), 7u);
    EXPECT_EQ(w[1].key, "us");
    EXPECT_TRUE(w[1].acronym);
    EXPECT_FALSE(w[2].sentence_start);  // the dot of "U.S." ends no sentence
    EXPECT_TRUE(w[4].joined);           // joined by a hyphen
}

TEST(EntityComparison, SubstitutionNamesBothSides) {
    const std::string s = "The new mechanisms between Morocco and the European Commission will include support.";
    const std::string t = "The new partnership between UNHCR and Morocco could cover support.";
    const auto c = compare_entity_texts(s, t, packs(), "en", "en");
    ASSERT_EQ(c.substitutions.size(), 1u);
    EXPECT_EQ(text_of(s, c.source[c.substitutions[0].first]), "European Commission");
    EXPECT_EQ(text_of(t, c.target[c.substitutions[0].second]), "UNHCR");
    EXPECT_TRUE(c.missing.empty());
    EXPECT_TRUE(c.added.empty());
}

TEST(EntityComparison, AliasesAcronymsCaseAndVariantsAreCounterparts) {
    auto clean = [](std::string_view s, std::string_view t, std::string_view sl = "en", std::string_view tl = "en") {
        const auto c = compare_entity_texts(s, t, packs(), sl, tl);
        return c.substitutions.empty() && c.missing.empty() && c.added.empty();
    };
    EXPECT_TRUE(clean("cooperation with European Union agencies", "cooperation with EU agencies"));
    EXPECT_TRUE(clean("between Morocco and the EU", "between the Kingdom of Morocco and the European Union"));
    EXPECT_TRUE(clean("the new Migration and Asylum Pact", "the new migration and asylum pact"));
    EXPECT_TRUE(clean("King Mohammed VI spoke", "King Mohamed VI spoke"));
    EXPECT_TRUE(clean("The National Council for Human Rights came.", "The NCHR came."));
    EXPECT_TRUE(clean("L'Union européenne aide le Maroc.", "The EU helps Morocco.", "fr", "en"));
    // Within one language a partly restated name is reworded, not replaced.
    EXPECT_TRUE(clean("on the Buffalo-Pittsburgh Freeway", "on the Buffalo-Pittsburgh Highway"));
    EXPECT_FALSE(clean("They met in South Africa.", "They met in Kenya."));
}

TEST(EntityComparison, SentenceInitialWordsNeedUnchangedNeighbours) {
    // "Murray" might be any first word; the unchanged rest makes the swap a substitution.
    EXPECT_EQ(compare_entity_texts("Murray lost the first set.", "Hamáček lost the first set.", packs(), "en", "en")
                  .substitutions.size(),
              1u);
    const auto c = compare_entity_texts("Transporting goods is costly.", "Moving freight is costly.", packs(), "en", "en");
    EXPECT_TRUE(c.substitutions.empty() && c.missing.empty() && c.added.empty());
}

TEST(EntityComparison, LoneGermanNounsAreNoNames) {
    const auto c = compare_entity_texts("Der Zeuge hörte Geräusche in der Talstraße.", "A witness heard noises on Talstrasse.",
                                        packs(), "de", "en");
    EXPECT_TRUE(c.substitutions.empty() && c.missing.empty() && c.added.empty());
}

TEST(EntityComparison, CountryAndLanguageNamesMatchAcrossLanguages) {
    auto clean = [](std::string_view s, std::string_view t, std::string_view sl, std::string_view tl) {
        const auto c = compare_entity_texts(s, t, packs(), sl, tl);
        return c.substitutions.empty() && c.missing.empty() && c.added.empty();
    };
    // ICU's display names, in the pair's two languages, folded and inflected.
    EXPECT_TRUE(clean("The team travelled to Croatia.", "Das Team reiste nach Kroatien.", "en", "de"));
    EXPECT_TRUE(clean("Das Team reiste nach Kroatien.", "The team travelled to Croatia.", "de", "en"));
    EXPECT_TRUE(clean("Aid arrived in the Philippines.", "La ayuda llegó a Filipinas.", "en", "es"));
    EXPECT_TRUE(clean("The manual is in French.", "El manual está en francés.", "en", "es"));
    EXPECT_TRUE(clean("She speaks Czech at home.", "Sie spricht zu Hause Tschechisch.", "en", "de"));
    EXPECT_TRUE(clean("Select the French keyboard.", "Wählen Sie die französische Tastatur.", "en", "de"));
    // Another country is still a replacement, and named as such.
    const std::string s = "The team travelled to Croatia.", t = "Das Team reiste nach Serbien.";
    const auto c = compare_entity_texts(s, t, packs(), "en", "de");
    ASSERT_EQ(c.substitutions.size(), 1u);
    EXPECT_EQ(text_of(s, c.source[c.substitutions[0].first]), "Croatia");
    EXPECT_EQ(text_of(t, c.target[c.substitutions[0].second]), "Serbien");
    EXPECT_TRUE(c.missing.empty() && c.added.empty());
    EXPECT_FALSE(clean("Aid arrived in the Philippines.", "La ayuda llegó a Indonesia.", "en", "es"));
}

TEST(EntityComparison, GermanNounRunsNeedAName) {
    auto clean = [](std::string_view s, std::string_view t, std::string_view sl, std::string_view tl) {
        const auto c = compare_entity_texts(s, t, packs(), sl, tl);
        return c.substitutions.empty() && c.missing.empty() && c.added.empty();
    };
    // Capitalised nouns translated by lower-case words are no names.
    EXPECT_TRUE(clean("They called for a holy war.", "Sie riefen zum Heiligen Krieg auf.", "en", "de"));
    // A run the other side renders by an unmatched name is one, and was replaced.
    const std::string s = "Musiker wie Peter Frampton lobten ihn.", t = "Musicians like Macura praised him.";
    const auto c = compare_entity_texts(s, t, packs(), "de", "en");
    ASSERT_EQ(c.substitutions.size(), 1u);
    EXPECT_EQ(text_of(s, c.source[c.substitutions[0].first]), "Peter Frampton");
    EXPECT_EQ(text_of(t, c.target[c.substitutions[0].second]), "Macura");
}

TEST(EntityComparison, DerivedAndPartlyTranslatedNamesMatchAcrossLanguages) {
    auto clean = [](std::string_view s, std::string_view t, std::string_view sl, std::string_view tl) {
        const auto c = compare_entity_texts(s, t, packs(), sl, tl);
        return c.substitutions.empty() && c.missing.empty() && c.added.empty();
    };
    // A demonym finds its country's ICU name by stem.
    EXPECT_TRUE(clean("Most Canadians agree with Tom Baker.", "Die meisten Kanadier stimmen Tom Baker zu.", "en", "de"));
    EXPECT_TRUE(clean("Die meisten Kanadier stimmen Tom Baker zu.", "Most Canadians agree with Tom Baker.", "de", "en"));
    // A name whose first word is there under its known name, the rest translated.
    EXPECT_TRUE(clean("It is part of the Prague Transport Company history.", "Es gehört zur Geschichte der Prager Verkehrsbetriebe.",
                      "en", "de"));
    // A cognate of a title alone does not vouch for the name.
    EXPECT_FALSE(clean("Ministerpräsident Markus Söder sprach.", "Prime Minister Falklands spoke.", "de", "en"));
    // Longer transcriptions differ in two letters.
    EXPECT_TRUE(clean("Dustin Runalls commented.", "Dustin Runnels commented.", "en", "en"));
}

}  // namespace
}  // namespace verity::rules
