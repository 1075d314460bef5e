// consistency.target / consistency.source: repetitions of a document compared with each other.
#include <gtest/gtest.h>

#include "rules/builtin.hpp"
#include "rules/engine/engine.hpp"
#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;

TEST(ConsistencyTarget, TheOddTranslationOfARepeatedSourceIsReported) {
    const auto f = check_pairs({{"Your changes could not be saved.", "Vos modifications n'ont pas pu être enregistrées."},
                                {"Open the settings", "Ouvrir les paramètres"},
                                {"Your changes could not be saved.", "Impossible de sauvegarder vos changements."},
                                {"Your changes could not be saved.", "Vos modifications n'ont pas pu être enregistrées."}},
                               "consistency.*", "en", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "consistency.target");
    EXPECT_EQ(f[0].unit, "u3");
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_NE(f[0].message.find("in unit u1 and 1 more"), std::string::npos) << f[0].message;
}

TEST(ConsistencyTarget, ShortLabelsAreInfoAndSpellingOfTheEndIsNoDifference) {
    // A one-word label may be a verb here and an adjective there: info.
    const auto label = check_pairs({{"Open", "Ouvrir"}, {"Open", "Ouvert"}}, "consistency.target", "en", "fr");
    ASSERT_EQ(label.size(), 1u);
    EXPECT_EQ(label[0].severity, Severity::Info);
    // Case, spacing and closing punctuation aside, these say the same.
    EXPECT_TRUE(check_pairs({{"Learn more", "En savoir plus"}, {"Learn more", "En savoir plus."},
                             {"Learn more", "en savoir  plus"}, {"Learn more…", "En savoir plus…"}},
                            "consistency.*", "en", "fr")
                    .empty());
}

TEST(ConsistencyTarget, LaterGettextPluralFormsRepeatTheSourceWithAnotherForm) {
    auto doc = testing::pairs_document({{"%d files", "%d plik"}, {"%d files", "%d pliki"}, {"%d files", "%d plików"}},
                                       "en", "pl");
    for (std::size_t i = 0; i < 3; ++i) {
        doc.files[0].units[i].id = "7[" + std::to_string(i) + "]";
        doc.files[0].units[i].group_path = "7";
    }
    EXPECT_TRUE(testing::check_document(doc, "consistency.*").empty());
    doc.files[0].units[2].group_path = "other";  // no longer a form of message 7
    EXPECT_EQ(testing::check_document(doc, "consistency.*").size(), 1u);
}

TEST(ConsistencyTarget, AnUntranslatedCopyIsNeverTheUsualRendering) {
    // Two copies and one translation: the copies depart from the translation, not the other way round.
    const auto f = check_pairs({{"Sign out of all devices", "Sign out of all devices"},
                                {"Sign out of all devices", "Von allen Geräten abmelden"},
                                {"Sign out of all devices", "Sign out of all devices"}},
                               "consistency.target", "en", "de");
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].unit, "u1");
    EXPECT_EQ(f[1].unit, "u3");
    EXPECT_NE(f[0].message.find("\"Von allen Geräten abmelden\" in unit u2"), std::string::npos) << f[0].message;
}

// Documents of one run, indexed by the engine before they are checked, as the runner does.
std::vector<std::vector<Finding>> check_run(const std::vector<xliff::Document>& docs, const std::string& scope) {
    Registry registry;
    register_builtin_rules(registry);
    EngineOptions options;
    options.rule_globs = "consistency.target";
    options.rule_options["consistency.target"]["scope"] = scope;
    const Engine engine(registry, testing::builtin_packs(), options);
    // Indexed in reverse: what the rule learns must not depend on the order documents arrive in.
    if (engine.indexes_run())
        for (std::size_t i = docs.size(); i-- > 0;) engine.index(docs[i], i);
    std::vector<std::vector<Finding>> out;
    for (const auto& d : docs) out.push_back(engine.check(d));
    return out;
}

TEST(ConsistencyTarget, WithRunScopeDocumentsOfOneLanguageAreComparedWithEachOther) {
    std::vector<xliff::Document> docs;
    for (const char* target : {"Die Sicherung wurde erfolgreich erstellt.", "Die Sicherung wurde erfolgreich erstellt.",
                               "Das Backup ist fertig."}) {
        docs.push_back(testing::pairs_document({{"The backup was created successfully.", target}}, "en", "de"));
        docs.back().path = "file" + std::to_string(docs.size()) + ".xlf";
    }
    // Another language's renderings are not compared with German ones.
    docs.push_back(testing::pairs_document({{"The backup was created successfully.", "La sauvegarde est prête."}}, "en", "fr"));
    docs.back().path = "file4.xlf";
    const auto run = check_run(docs, "run");
    EXPECT_TRUE(run[0].empty());
    EXPECT_TRUE(run[1].empty());
    ASSERT_EQ(run[2].size(), 1u);
    EXPECT_EQ(run[2][0].severity, Severity::Warning);
    EXPECT_NE(run[2][0].message.find("in file1.xlf (unit u1) and 1 more"), std::string::npos) << run[2][0].message;
    EXPECT_TRUE(run[3].empty());
    // scope=file: each document on its own, where nothing repeats.
    for (const auto& findings : check_run(docs, "file")) EXPECT_TRUE(findings.empty());
}

TEST(ConsistencyTarget, AnUnknownScopeIsRejected) {
    Registry registry;
    register_builtin_rules(registry);
    EngineOptions options;
    options.rule_options["consistency.target"]["scope"] = "everything";
    EXPECT_THROW(Engine(registry, testing::builtin_packs(), options), std::invalid_argument);
}

TEST(ConsistencySource, OneTargetForTwoDifferentSourcesIsInfo) {
    const auto f = check_pairs({{"Activate %@", "Aktivovat %@"}, {"Deactivate %@", "Aktivovat %@"}},
                               "consistency.source", "en", "cs");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].unit, "u2");
    EXPECT_EQ(f[0].severity, Severity::Info);
    EXPECT_NE(f[0].message.find("\"Activate %@\""), std::string::npos) << f[0].message;
    EXPECT_TRUE(check_pairs({{"Save", "Enregistrer"}, {"Save.", "Enregistrer"}}, "consistency.source", "en", "fr").empty());
}

}  // namespace
}  // namespace verity::rules
