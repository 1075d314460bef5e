#include "xliff/text/stemmer.hpp"

#include <gtest/gtest.h>

#include "xliff/text/language_guess.hpp"
#include "text/pack_data.hpp"

using namespace verity::text;

TEST(Stemmer, StemsPerLanguageAfterCaseFolding) {
    Stemmer en("en-GB");
    ASSERT_TRUE(en.supported());
    EXPECT_EQ(en.stem("Investigations"), en.stem("investigation"));
    EXPECT_EQ(en.stem("running"), "run");
    Stemmer de("de");
    EXPECT_EQ(de.stem("Häuser"), de.stem("häuser"));
    Stemmer fr("fr_CH");
    EXPECT_EQ(fr.stem("négociations"), fr.stem("négociation"));
    EXPECT_EQ(Stemmer::algorithm_for("es-419"), "spanish");
}

TEST(Stemmer, UnknownLanguageOnlyFoldsCase) {
    Stemmer x("tlh");
    EXPECT_FALSE(x.supported());
    EXPECT_EQ(x.stem("ÉTÉ"), "été");
    EXPECT_EQ(x.stem(""), "");
}

TEST(Stemmer, MovedInstanceKeepsWorking) {
    Stemmer a("en");
    Stemmer b(std::move(a));
    EXPECT_EQ(b.stem("cats"), "cat");
    a = Stemmer("it");
    EXPECT_TRUE(a.supported());
}

TEST(LanguageGuess, PackExamplesAreRecognised) {
    std::vector<std::pair<std::string, std::vector<std::string>>> profiles;
    for (const auto& language : verity::text::testing::pack_languages())
        profiles.emplace_back(language, verity::text::testing::load_pack(language).stopwords);
    for (const auto& language : verity::text::testing::pack_languages())
        for (const auto& example : verity::text::testing::load_pack(language).language_examples)
            EXPECT_EQ(guess_language(example.text, profiles), example.language) << example.text;
    EXPECT_EQ(guess_language("Ylva Johansson, Rabat", profiles), "");  // too few words to tell
    EXPECT_EQ(guess_language("", profiles), "");
}
