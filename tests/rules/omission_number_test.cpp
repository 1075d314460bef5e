// omission.number / addition.number: a number of one side that the other lacks, gone (or come) together with
// the words around it, is reported as that phrase dropped (added), and number.mismatch says nothing of it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "wording_pairs.hpp"
#include "xliff/text/bilingual_dictionary.hpp"

namespace verity::rules {
namespace {

bool dictionary(const std::string& from, const std::string& to) {
    return !text::Dictionaries("/usr/share/dictd", true, text::default_dictionary_cache()).get(from, to).empty();
}

std::vector<Finding> findings(const std::string& rules, const std::string& source, const std::string& target,
                              const std::string& source_lang, const std::string& target_lang) {
    return testing::check_pairs({{source, target}}, rules, source_lang, target_lang);
}

std::size_t count(const std::vector<Finding>& f, const std::string& rule) {
    std::size_t n = 0;
    for (const auto& x : f) n += x.rule == rule;
    return n;
}

TEST(OmissionNumber, ADeadlineDroppedWithItsWordsIsOnePhraseOmission) {
    if (!dictionary("en", "es")) GTEST_SKIP() << "no English-Spanish FreeDict dictionary";
    const auto f = findings("number.mismatch,omission.number,omission.phrase",
                            "The borrower will pay a loan fee of 12,000 euros, due within 30 days of the signing of "
                            "this agreement.",
                            "El prestatario abonará una tasa de préstamo de 12.000 euros.", "en", "es");
    ASSERT_EQ(count(f, "omission.number"), 1u);
    EXPECT_EQ(count(f, "number.mismatch"), 0u);
    EXPECT_EQ(count(f, "omission.phrase"), 0u);  // the same loss, said once
    for (const auto& x : f) {
        if (x.rule != "omission.number") continue;
        EXPECT_EQ(x.severity, Severity::Error);
        const std::string phrase = testing::marked(x.source);
        EXPECT_NE(phrase.find("30 days"), std::string::npos) << phrase;
        EXPECT_NE(phrase.find("signing"), std::string::npos) << phrase;
        EXPECT_EQ(phrase.find("12,000"), std::string::npos) << phrase;  // the rendered part stays outside
    }
}

TEST(OmissionNumber, AChangedNumberStaysANumberMismatch) {
    if (!dictionary("en", "de")) GTEST_SKIP() << "no English-German FreeDict dictionary";
    const auto f = findings("number.mismatch,omission.number",
                            "The new plant will create around 250 jobs by the end of next year.",
                            "Das neue Werk wird bis Ende nächsten Jahres rund 350 Arbeitsplätze schaffen.", "en", "de");
    EXPECT_EQ(count(f, "number.mismatch"), 1u);
    EXPECT_EQ(count(f, "omission.number"), 0u);
}

TEST(OmissionNumber, ANumberAloneOrWithItsUnitIsNoPhrase) {
    if (!dictionary("de", "en")) GTEST_SKIP() << "no German-English FreeDict dictionary";
    // Only the number and its unit are gone: the number rule's finding, not a phrase.
    auto f = findings("number.mismatch,omission.number", "Der Weg zum Gipfel ist steil und 12 Kilometer lang.",
                      "The path to the summit is steep and long.", "de", "en");
    EXPECT_EQ(count(f, "omission.number"), 0u);
    EXPECT_EQ(count(f, "number.mismatch"), 1u);
    // A number whose neighbours the target renders was dropped alone.
    f = findings("number.mismatch,omission.number", "Im Jahr 2024 kamen 320 neue Mitarbeiter in das Werk.",
                 "In 2024, new employees came to the plant.", "de", "en");
    EXPECT_EQ(count(f, "omission.number"), 0u);
    EXPECT_EQ(count(f, "number.mismatch"), 1u);
}

TEST(OmissionNumber, APhraseWithANumberAddedIsAnAddition) {
    if (!dictionary("de", "en")) GTEST_SKIP() << "no German-English FreeDict dictionary";
    const auto f = findings("number.mismatch,addition.number,addition.phrase", "Die Anmeldung ist online möglich.",
                            "Registration is possible online for a fee of 15 euros.", "de", "en");
    ASSERT_EQ(count(f, "addition.number"), 1u);
    EXPECT_EQ(count(f, "number.mismatch"), 0u);
    EXPECT_EQ(count(f, "addition.phrase"), 0u);
    for (const auto& x : f) {
        if (x.rule == "addition.number") {
            EXPECT_NE(testing::marked(x.target).find("fee of 15"), std::string::npos);
        }
    }
}

TEST(OmissionNumber, ADateDroppedWithItsWordsIsThePhrasesOmission) {
    if (!dictionary("en", "de")) GTEST_SKIP() << "no English-German FreeDict dictionary";
    const auto f = findings("date.mismatch,omission.number",
                            "Applications from companies are accepted, provided they were registered before 31 December "
                            "2019 in the district.",
                            "Anträge von Unternehmen werden angenommen.", "en", "de");
    EXPECT_EQ(count(f, "date.mismatch"), 0u);
    ASSERT_EQ(count(f, "omission.number"), 1u);
    for (const auto& x : f)
        if (x.rule == "omission.number") {
            EXPECT_NE(testing::marked(x.source).find("31 December 2019"), std::string::npos);
            EXPECT_NE(x.message.find("date"), std::string::npos) << x.message;
        }
    // The date changed, not dropped: date.mismatch's.
    const auto g = findings("date.mismatch,omission.number",
                            "Applications are accepted from companies registered before 31 December 2019.",
                            "Anträge werden von Unternehmen angenommen, die vor dem 31. Dezember 2018 eingetragen wurden.",
                            "en", "de");
    EXPECT_EQ(count(g, "date.mismatch"), 1u);
    EXPECT_EQ(count(g, "omission.number"), 0u);
}

TEST(OmissionNumber, InOneLanguageTheWordsThemselvesTell) {
    const auto f = findings("number.mismatch,omission.number",
                            "The library is open on weekdays and closes at 8 pm during the exam period.",
                            "The library is open on weekdays.", "en", "en");
    EXPECT_EQ(count(f, "number.mismatch"), 0u);
    ASSERT_EQ(count(f, "omission.number"), 1u);
}

}  // namespace
}  // namespace verity::rules
