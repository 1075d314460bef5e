// The entity rules' certainty: names spelled for the target's language are found, and names the
// comparison cannot check (another script, no pack, title-case labels, ordinary words) are reported
// quietly, while a name really replaced stays loud.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;

std::vector<Finding> entity_findings(const std::string& source, const std::string& target, const std::string& src_lang,
                                     const std::string& tgt_lang) {
    return check_pairs({{source, target}}, "entity.*", src_lang, tgt_lang);
}

Severity loudest(const std::vector<Finding>& findings) {
    Severity s = Severity::Info;
    for (const auto& f : findings) s = std::max(s, f.severity);
    return s;
}

TEST(EntityCertainty, InflectedAndTransliteratedNamesAreFound) {
    EXPECT_TRUE(entity_findings("Our new office is in New York.", "Nasze nowe biuro jest w Nowym Jorku.", "en", "pl")
                    .empty());
    EXPECT_TRUE(entity_findings("The minister Sergey Lavrov met the delegation on Monday.",
                                "Der Minister Sergej Lawrow traf die Delegation am Montag.", "en", "de")
                    .empty());
}

TEST(EntityCertainty, AReplacedNameIsStillReported) {
    const auto f = entity_findings("The minister Sergey Lavrov met the delegation on Monday.",
                                   "Der Minister Olaf Scholz traf die Delegation am Montag.", "en", "de");
    ASSERT_FALSE(f.empty());
    EXPECT_TRUE(std::any_of(f.begin(), f.end(), [](const Finding& x) {
        return x.rule == "entity.substitution" || x.rule == "entity.missing";
    }));
}

TEST(EntityCertainty, ANameTheOtherScriptMayRenderIsOnlyInfo) {
    // Thai writes New York in its own script; nothing here can read it back.
    const auto f = entity_findings("Browse one site as if you are in New York today.",
                                   "ท่องเว็บไซต์หนึ่งราวกับว่าคุณอยู่ในนิวยอร์กวันนี้", "en", "th");
    EXPECT_EQ(loudest(f), Severity::Info);
    for (const auto& x : f) EXPECT_LT(x.confidence, kWarningConfidence);
}

TEST(EntityCertainty, TitleCaseLabelsAreNotNames) {
    const auto f = entity_findings("Allow in the Background", "Izinkan di Latar Belakang", "en", "id");
    EXPECT_EQ(loudest(f), Severity::Info);
}

}  // namespace
}  // namespace verity::rules
