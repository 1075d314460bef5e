#include <gtest/gtest.h>

#include "rules/dates/dates.hpp"
#include "rules/engine/context.hpp"
#include "rules/engine/packs.hpp"
#include "rules/entities/entities.hpp"

namespace verity::rules {
namespace {

std::vector<DateToken> dates(std::string_view text, std::string_view lang) {
    static const PackSet packs = PackSet::builtin();
    static const RunContext run(packs, {});
    return extract_dates(text, date_lexicon(run, lang), split_words(text));
}

TEST(Dates, PartialValuesAgreeWhenEveryStatedPartIsEqual) {
    const auto a = dates("on 24 June", "en");
    const auto b = dates("on June 24, 2022", "en");
    ASSERT_EQ(a.size(), 1u);
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(describe_date(a[0]), "--06-24");
    EXPECT_EQ(describe_date(b[0]), "2022-06-24");
    EXPECT_TRUE(compatible_dates(a[0], b[0]));
    EXPECT_FALSE(compatible_dates(a[0], dates("June 25", "en")[0]));
}

TEST(Dates, NumericAndWrittenFormsAcrossLanguages) {
    const auto iso = dates("News - 2022.7.8", "en");
    ASSERT_EQ(iso.size(), 1u);
    EXPECT_EQ(describe_date(iso[0]), "2022-07-08");
    EXPECT_TRUE(compatible_dates(iso[0], dates("le 8 juillet 2022", "fr")[0]));
    EXPECT_TRUE(compatible_dates(iso[0], dates("el 8 de julio de 2022", "es")[0]));
    EXPECT_TRUE(compatible_dates(iso[0], dates("am 8. Juli 2022", "de")[0]));
    EXPECT_TRUE(compatible_dates(iso[0], dates("le 08/07/2022", "fr")[0]));
}

TEST(Dates, LanguagesWithoutAPackUseIcuMonthNames) {
    // No Polish or Czech pack: ICU's full month names, also in the genitive a date uses.
    const auto pl = dates("po wyborach z 17 września 1939 r.", "pl");
    ASSERT_EQ(pl.size(), 1u);
    EXPECT_EQ(describe_date(pl[0]), "1939-09-17");
    EXPECT_TRUE(compatible_dates(pl[0], dates("By September 17, 1939", "en")[0]));
    EXPECT_FALSE(compatible_dates(pl[0], dates("By September 18, 1939", "en")[0]));
    const auto cs = dates("dne 4. července 2019", "cs");
    ASSERT_EQ(cs.size(), 1u);
    EXPECT_EQ(describe_date(cs[0]), "2019-07-04");
}

TEST(Dates, DayMonthOrderFollowsTheLocale) {
    EXPECT_EQ(describe_date(dates("07/08/2022", "fr")[0]), "2022-08-07");
    EXPECT_EQ(describe_date(dates("07/08/2022", "en-US")[0]), "2022-07-08");
    EXPECT_EQ(dates("07/08/2022", "en")[0].readings.size(), 2u);  // a bare "en" may be either
}

TEST(Dates, WordsThatAreAlsoMonthsNeedADate) {
    EXPECT_TRUE(dates("you may go", "en").empty());
    EXPECT_EQ(dates("on may 5, 2020", "en").size(), 1u);
    EXPECT_TRUE(dates("version 1.2.3 at 17:07", "en").empty());
}

TEST(Dates, AbbreviatedMonthsNeedADayOrAYear) {
    EXPECT_TRUE(dates("Jan and Mario came.", "en").empty());
    ASSERT_EQ(dates("on 5 Jan 2021", "en").size(), 1u);
    EXPECT_EQ(dates("Sie kam im Mai.", "de").size(), 1u);  // a full name alone is still a month
}

}  // namespace
}  // namespace verity::rules
