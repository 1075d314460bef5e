// entity.missing across sentence boundaries: a name the target moved to the neighbouring sentence,
// referring back to it with a pronoun, is not missing.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "rules/builtin.hpp"
#include "rules/engine/engine.hpp"
#include "rules/engine/packs.hpp"
#include "xliff/text/bilingual_dictionary.hpp"

namespace verity::rules {
namespace {

const PackSet& packs() {
    static const PackSet set = PackSet::builtin();
    return set;
}

// The engines of all the tests share one set of dictionaries, each loaded once.
EngineOptions options() {
    static const auto dictionaries = std::make_shared<const text::Dictionaries>("/usr/share/dictd", true, text::default_dictionary_cache());
    EngineOptions o;
    o.settings.dictionaries = dictionaries;
    return o;
}

// One file, one unit per sentence pair.
xliff::Document document(const std::vector<std::pair<std::string, std::string>>& pairs, const std::string& target_lang = "en") {
    xliff::Document doc;
    doc.path = "neighbours";
    doc.format = xliff::DocumentFormat::Xliff20;
    doc.source_lang = "en";
    doc.target_lang = target_lang;
    xliff::File file;
    file.id = "f";
    file.source_lang = "en";
    file.target_lang = target_lang;
    int n = 0;
    for (const auto& [s, t] : pairs) {
        xliff::Unit unit;
        unit.id = "u" + std::to_string(++n);
        xliff::Segment seg;
        seg.source.text = s;
        seg.target = xliff::Content{t, {}, {}, {}};
        unit.segments.push_back(seg);
        file.units.push_back(unit);
    }
    doc.files.push_back(file);
    return doc;
}

std::vector<std::string> missing_names(const xliff::Document& doc) {
    Registry registry;
    register_builtin_rules(registry);
    const Engine engine(registry, packs(), options());
    std::vector<std::string> out;
    for (const auto& f : engine.check(doc))
        if (f.rule == "entity.missing") out.push_back(f.message);
    return out;
}

TEST(EntityNeighbours, ANameInTheNextTargetSentenceIsReferredTo) {
    const auto doc = document({
        {"On Monday the ministers of Chile and Peru met in Lima.", "On Monday the ministers met in Lima."},
        {"Chile and Peru want to extend their fishing agreement.", "They want to extend their fishing agreement."},
        {"The talks will continue in May.", "Chile and Peru will continue the talks in May."},
    });
    // The first target names neither country, and no neighbour refers back: missing. The second says "They".
    const auto got = missing_names(doc);
    EXPECT_EQ(got.size(), 2u) << ::testing::PrintToString(got);
    for (const auto& m : got) EXPECT_NE(m.find("the source has no counterpart"), std::string::npos) << m;
}

TEST(EntityNeighbours, WithoutAPronounOrWithANewNameItIsStillMissing) {
    // No word refers back: the name is dropped, whatever the next sentence says.
    EXPECT_EQ(missing_names(document({{"Chile wants to extend the fishing agreement.", "The government wants to extend the fishing agreement."},
                                      {"The talks continue.", "Chile will continue the talks."}}))
                  .size(),
              1u);
    // A pronoun alone is not enough when no neighbour names it.
    EXPECT_EQ(missing_names(document({{"Chile wants to extend the agreement.", "It wants to extend the agreement."},
                                      {"The talks continue.", "The talks will go on."}}))
                  .size(),
              1u);
}

TEST(EntityNeighbours, ADatelinePlaceIsNoMissingName) {
    // "COLUMBUS, Ohio, March 3 –" says where the item was filed; a rewrite drops it.
    EXPECT_TRUE(missing_names(document({{"COLUMBUS, Ohio, March 3, 2026 - Norvane Energy will build a plant in Lorain.",
                                         "Norvane Energy said on March 3, 2026 that it will build a plant in Lorain, Ohio."}}))
                    .empty());
    // A capitalised place inside the sentence, or one that is no dateline, is still missing.
    EXPECT_EQ(missing_names(document({{"Norvane Energy will build a plant in COLUMBUS, Ohio.",
                                       "Norvane Energy will build a plant in Ohio."}}))
                  .size(),
              1u);
}

TEST(EntityNeighbours, ANameOfSeveralWordsMovedToTheNextSentenceIsNotMissing) {
    // A condensed headline leaves the county to the next sentence, which names it.
    EXPECT_TRUE(missing_names(document({{"Norvane to build battery plant in Lorain County", "Norvane picks a site for its battery factory"},
                                        {"The plant will stand in Lorain County near Elyria.", "The factory will be in Lorain County near Elyria."}}))
                    .empty());
    // Nowhere near: missing.
    EXPECT_EQ(missing_names(document({{"Norvane to build battery plant in Lorain County", "Norvane picks a site for its battery factory"},
                                      {"The plant will stand near Elyria.", "The factory will be near Elyria."}}))
                  .size(),
              1u);
    // A sentence, not a headline, loses the name even when the next sentence repeats it.
    EXPECT_EQ(missing_names(document({{"Norvane will build its plant in Lorain County.", "Norvane will build its plant soon."},
                                      {"The plant will stand in Lorain County near Elyria.", "The factory will be in Lorain County near Elyria."}}))
                  .size(),
              1u);
}

std::vector<std::string> findings_of(const xliff::Document& doc, std::string_view rule) {
    Registry registry;
    register_builtin_rules(registry);
    const Engine engine(registry, packs(), options());
    std::vector<std::string> out;
    for (const auto& f : engine.check(doc))
        if (f.rule == rule) out.push_back(f.message);
    return out;
}

TEST(EntityNeighbours, ANameTheNeighbouringSourceSentenceNamesIsMovedNotAdded) {
    const auto moved = document({{"Talks on trade between the two countries ended.", "Talks on trade ended in Lima."},
                                 {"They were held in Lima.", "Both sides were pleased."}});
    EXPECT_TRUE(findings_of(moved, "entity.added").empty());
    const auto added = document({{"Talks on trade between the two countries ended.", "Talks on trade ended in Quito."},
                                 {"They were held in Lima.", "Both sides were pleased."}});
    EXPECT_EQ(findings_of(added, "entity.added").size(), 1u);
}

TEST(EntityNeighbours, AnAcronymTheDocumentUsesIsNoNewName) {
    // "VPN" is a term of this document's source: a target that adds it names nothing new.
    std::vector<std::pair<std::string, std::string>> pairs = {
        {"Connect to the VPN first.", "Stellen Sie zuerst die VPN-Verbindung her."},
        {"The VPN protects you.", "Das VPN schützt Sie."},
        {"Turn the VPN off.", "Schalten Sie das VPN aus."},
        {"Multi-hop tunnel", "Mehrstufiger VPN-Tunnel über VPN"},
    };
    EXPECT_TRUE(findings_of(document(pairs, "de"), "entity.added").empty());
    // One the source never uses is added.
    pairs.back().second = "Mehrstufiger Tunnel über IPSEC";
    EXPECT_EQ(findings_of(document(pairs, "de"), "entity.added").size(), 1u);
}

TEST(EntityNeighbours, AnOfficeGoesOnPastAnd) {
    // "Minister for Trade and Industry of Chile" is one office, named by "Chilean"; split at "and",
    // "Minister for Trade" would be lost.
    const auto doc = document({{"He met the Minister for Trade and Industry of Chile.", "He met the Chilean minister."}});
    EXPECT_TRUE(findings_of(doc, "entity.missing").empty());
    EXPECT_TRUE(findings_of(doc, "entity.substitution").empty());
}

}  // namespace
}  // namespace verity::rules
