// consistency.target / consistency.source: repetitions of a document compared with each other.
#include <gtest/gtest.h>

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
