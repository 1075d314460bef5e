// The text basics every layer shares: UTF-8, language tags, case folding, edit distance, globs.
#include <gtest/gtest.h>

#include "xliff/text/case_folding.hpp"
#include "xliff/text/edit_distance.hpp"
#include "xliff/text/glob.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::text {
namespace {

TEST(Utf8, AppendWritesScalarValuesAndDropsTheRest) {
    std::string out;
    for (char32_t cp : {U'A', U'é', U'€', U'😀'}) utf8::append(out, cp);
    EXPECT_EQ(out, "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
    utf8::append(out, 0xD800);    // a surrogate has no UTF-8 form
    utf8::append(out, 0x110000);  // nor has anything past U+10FFFF
    EXPECT_EQ(out, "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
}

TEST(Utf8, ValidLengthFollowsTheUnicodeTable) {
    EXPECT_EQ(utf8::valid_length("a", 0), 1u);
    EXPECT_EQ(utf8::valid_length("\xC3\xA9", 0), 2u);
    EXPECT_EQ(utf8::valid_length("\xF4\x8F\xBF\xBF", 0), 4u);  // U+10FFFF
    EXPECT_EQ(utf8::valid_length("\xC0\xAF", 0), 0u);          // overlong
    EXPECT_EQ(utf8::valid_length("\xED\xA0\x80", 0), 0u);      // surrogate
    EXPECT_EQ(utf8::valid_length("\xF4\x90\x80\x80", 0), 0u);  // past U+10FFFF
    EXPECT_EQ(utf8::valid_length("\xE2\x82", 0), 0u);          // truncated
    EXPECT_EQ(utf8::find_invalid("ok \xC3\xA9 \xFF"), 6u);
    EXPECT_EQ(utf8::find_invalid("ok \xC3\xA9"), std::string_view::npos);
}

TEST(Utf8, CodePointsBeforeAnOffset) {
    EXPECT_EQ(utf8::code_points_before("\xC3\xA9t\xC3\xA9", 3), 2u);
    EXPECT_EQ(utf8::code_points_before("abc", 10), 3u);
}

TEST(LanguageTag, PrimarySubtag) {
    EXPECT_EQ(primary_language("fr-CA"), "fr");
    EXPECT_EQ(primary_language("pt_BR"), "pt");
    EXPECT_EQ(primary_language("DE"), "de");
    EXPECT_EQ(primary_language(""), "");
}

TEST(LanguageTag, WellFormedness) {
    EXPECT_TRUE(is_well_formed_language_tag("en"));
    EXPECT_TRUE(is_well_formed_language_tag("zh-Hant-TW"));
    EXPECT_TRUE(is_well_formed_language_tag("x-klingon"));
    EXPECT_FALSE(is_well_formed_language_tag("e"));
    EXPECT_FALSE(is_well_formed_language_tag("en_US"));
    EXPECT_FALSE(is_well_formed_language_tag("en-"));
    EXPECT_FALSE(is_well_formed_language_tag("en-languages"));  // subtags have at most 8 characters
    EXPECT_EQ(region_of("fr-CA"), "CA");
    EXPECT_EQ(region_of("pt_br"), "BR");
    EXPECT_EQ(region_of("zh-Hant-TW"), "TW");
    EXPECT_EQ(region_of("es-419"), "419");
    EXPECT_EQ(region_of("fr"), "");
    for (const char* known : {"en", "fr-CA", "pt_BR", "gsw", "zh-Hant-TW", "cy"}) EXPECT_TRUE(is_known_language(known)) << known;
    for (const char* unknown : {"english", "xx", "qq-ZZ", "e", "", "en-"}) EXPECT_FALSE(is_known_language(unknown)) << unknown;
}

TEST(LanguageTag, CodesAtTheHeadOfATerm) {
    EXPECT_TRUE(is_language_code("fr"));
    EXPECT_TRUE(is_language_code("pt-BR"));
    EXPECT_TRUE(is_language_code("deu"));
    EXPECT_FALSE(is_language_code("f"));
    EXPECT_FALSE(is_language_code("fact"));
    EXPECT_FALSE(is_language_code("42"));
}

TEST(CaseFolding, WordsAndTexts) {
    EXPECT_EQ(fold_case("Straße"), "strasse");
    EXPECT_EQ(fold_case("ÉTÉ"), "été");
    EXPECT_EQ(fold_for_comparison("  The   Cat\n"), "the cat");
    EXPECT_EQ(fold_for_comparison("Ｅté\u00A0 X"), "eté x");  // NFKC: the full-width letter
    // ASCII by table up to the first other byte, which sends the whole text through ICU; control
    // characters and NUL are kept as they are.
    EXPECT_EQ(fold_for_comparison(std::string("A\x01\x02 \t B\0c", 9)), std::string("a\x01\x02 b\0c", 7));
    EXPECT_EQ(fold_for_comparison("  Rue  DE LA Paix  Été"), "rue de la paix été");
    EXPECT_EQ(fold_for_comparison("STRASSE Straße"), "strasse strasse");
    EXPECT_EQ(ascii_lower("Report.XLF"), "report.xlf");
}

TEST(EditDistance, BoundedLevenshtein) {
    EXPECT_EQ(edit_distance("kitten", "sitting", 5), 3u);
    EXPECT_EQ(edit_distance("kitten", "sitting", 2), 3u);  // gave up: limit + 1
    EXPECT_EQ(edit_distance("abc", "abc", 0), 0u);
    EXPECT_EQ(edit_distance("a", "abcdef", 2), 3u);       // lengths alone rule it out
    const std::string a(100, 'x');
    std::string b = a;
    b[50] = 'y';
    EXPECT_EQ(edit_distance(a, b, 3), 1u);  // long strings too
}

TEST(Glob, MatchesLikeAShell) {
    EXPECT_TRUE(glob_match("*", "number.mismatch"));
    EXPECT_TRUE(glob_match("number.*", "number.mismatch"));
    EXPECT_FALSE(glob_match("number.*", "target.empty"));
    EXPECT_TRUE(glob_match("target.?mpty", "target.empty"));
    EXPECT_TRUE(glob_match("*.mis*", "number.mismatch"));
    EXPECT_FALSE(glob_match("target.empty", "target.empty-ish"));
    EXPECT_TRUE(glob_match("*-as-*", "target.same-as-source"));
}

}  // namespace
}  // namespace verity::text
