// PhraseSet: the pack lists' phrases matched token by token (globs, gaps).
#include <gtest/gtest.h>

#include "rules/lexicon/phrase_set.hpp"
#include "rules/lexicon/tokens.hpp"

namespace verity::rules::wording {
namespace {

std::size_t matches(const PhraseSet& set, std::string_view text) { return set.find(tokenize(text, "en")).size(); }

TEST(PhraseSet, AGlobAtTheStartMatchesTheEndsOfLongerWords) {
    PhraseSet set;
    set.add("*-free", "en", false, 0, 0);
    EXPECT_EQ(matches(set, "three interest-free monthly instalments"), 1u);
    EXPECT_EQ(matches(set, "a smoke-free and barrier-free building"), 2u);
    // The ending alone is no such word, nor a word that merely contains it.
    EXPECT_EQ(matches(set, "admission is free"), 0u);
    EXPECT_EQ(matches(set, "a free-standing unit"), 0u);
}

TEST(PhraseSet, AGlobAtTheEndMatchesTheStartsOfWords) {
    PhraseSet set;
    set.add("prohibit*", "en", false, 0, 0);
    EXPECT_EQ(matches(set, "Smoking is prohibited here."), 1u);
    EXPECT_EQ(matches(set, "It is not allowed."), 0u);
}

TEST(PhraseSet, AGapLetsUpToFourWordsStandBetweenTheParts) {
    PhraseSet set;
    set.add("ne … plus", "fr", false, 0, 0);
    EXPECT_EQ(set.find(tokenize("Il ne vient plus.", "fr")).size(), 1u);
    EXPECT_EQ(set.find(tokenize("Il ne vient jamais, ni hier ni aujourd'hui, plus.", "fr")).size(), 0u);
}

}  // namespace
}  // namespace verity::rules::wording
