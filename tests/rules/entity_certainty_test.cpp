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

TEST(EntityCertainty, TwoTitlesNamesAreAQuestionNotAnError) {
    // A heading is reworded freely and set in capitals: at most a warning.
    const auto title = entity_findings("Autoscuola Ferraretti – Condizioni di iscrizione al corso",
                                       "Ferraretti Driving School – Enrolment Terms for the Course", "it", "en");
    ASSERT_FALSE(title.empty());
    EXPECT_EQ(loudest(title), Severity::Warning);
    // The same words in a sentence keep their force.
    const auto sentence = entity_findings("Il corso è offerto da Autoscuola Ferraretti a Bologna.",
                                          "The course is offered by Autoscuola Bianchi in Bologna.", "it", "en");
    EXPECT_EQ(loudest(sentence), Severity::Error);
}

TEST(EntityCertainty, ADescriptiveNameInOrdinaryWordsIsAQuestionUnlessItsWordsAreOthers) {
    // Ordinary English words in the place of a descriptive name, none against the dictionary: a warning.
    const auto hall = entity_findings("Il concerto si terrà nell'Aula Magna dell'ateneo.",
                                      "The concert will be held in the Great Hall of the university.", "it", "en");
    ASSERT_FALSE(hall.empty());
    EXPECT_EQ(loudest(hall), Severity::Warning);
    // A word of the source's name the dictionary translates otherwise: another place, an error.
    EXPECT_EQ(loudest(entity_findings("Spotkanie odbędzie się na Dworcu Głównym.",
                                      "The meeting will take place at the West Station.", "pl", "en")),
              Severity::Error);
}

TEST(EntityCertainty, TitleCaseLabelsAreNotNames) {
    const auto f = entity_findings("Allow in the Background", "Izinkan di Latar Belakang", "en", "id");
    EXPECT_EQ(loudest(f), Severity::Info);
}

// Names a translation localises: a country under a name of its language that no list holds verbatim, a
// unit that is only a name, a label in title case or in quotes, test pseudo-text, a product respelt by its
// vendor, an acronym defined on both sides. Each is said quietly or not at all, while the same sentence
// with another name in its place stays loud.
// Whether a finding of entity.missing or entity.substitution is at warning or error.
bool loud(const std::vector<Finding>& findings) {
    return std::any_of(findings.begin(), findings.end(), [](const Finding& f) {
        return (f.rule == "entity.missing" || f.rule == "entity.substitution") && f.severity >= Severity::Warning;
    });
}

TEST(EntityLocalised, ACountryUnderAWordOnlyItsNamesUseIsFound) {
    // Welsh: CLDR says "Y Deyrnas Unedig"; "Deyrnas" names nothing else.
    const auto welsh = entity_findings("She moved to the United Kingdom last year.",
                                       "Symudodd hi i'r Deyrnas Gyfunol y llynedd.", "en", "cy");
    EXPECT_TRUE(welsh.empty());
    // Sicilian spells the Italian alias its own way.
    EXPECT_FALSE(loud(entity_findings("The team flew to the Czech Republic on Friday.",
                                      "La squatra vulò ntâ Ripùbblica Ceca vènniri.", "en", "scn")));
}

TEST(EntityLocalised, AnotherCountrySpeltAlikeIsStillReported) {
    EXPECT_TRUE(loud(entity_findings("She moved to the United Kingdom last year.",
                                     "Symudodd hi i'r Unol Daleithiau y llynedd.", "en", "cy")));
    EXPECT_TRUE(loud(entity_findings("The delegation from the United Kingdom arrived on Monday.",
                                     "La delegazione del Regno di Svezia è arrivata lunedì.", "en", "it")));
    EXPECT_TRUE(loud(entity_findings("The delegation from the Czech Republic arrived on Monday.",
                                     "Delegacja ze Słowacji przybyła w poniedziałek.", "en", "pl")));
}

TEST(EntityLocalised, AUnitThatIsOnlyANameIsQuiet) {
    EXPECT_FALSE(loud(entity_findings("United Kingdom", "Brittiläinen kuningaskunta", "en", "fi")));
    // Unless the other side is another name the packs or ICU know.
    EXPECT_TRUE(loud(entity_findings("United Kingdom", "Frankreich", "en", "de")));
}

TEST(EntityLocalised, LabelsInTitleCaseOrQuotesAreQuiet) {
    EXPECT_FALSE(loud(entity_findings("ZENITH'S Long Term Counterparty Direction",
                                      "KLAR langfristig, Gegenpartei, Richtung", "en", "de")));
    EXPECT_FALSE(loud(entity_findings("Turn on the 'Autosync Helper' option before you start.",
                                      "Aktivieren Sie die Option 'Synchronisierungshilfe', bevor Sie beginnen.", "en",
                                      "de")));
    // A name in running text, replaced, is not a label.
    EXPECT_TRUE(loud(entity_findings("The rating assigned by Harlow Analytics for the bond changed.",
                                     "Das Rating von Meridian Partners für die Anleihe änderte sich.", "en", "de")));
}

TEST(EntityLocalised, PseudoTextIsQuiet) {
    EXPECT_FALSE(loud(entity_findings("Pl9c9b9 C9ntr9ll9d Tr99l 9n Adults", "9ns9y9 c9ntr9l9d9 9n 9d9lt9s", "en",
                                      "es")));
}

TEST(EntityLocalised, AProductRespeltByItsVendorIsQuiet) {
    EXPECT_FALSE(loud(entity_findings("Install Mac OS X first.", "Install macOS first.", "en", "en-GB")));
    EXPECT_TRUE(loud(entity_findings("Install Mac OS X first.", "Install Windows Server first.", "en", "en-GB")));
}

TEST(EntityLocalised, AnAcronymDefinedOnBothSidesIsTheSameTerm) {
    EXPECT_FALSE(loud(entity_findings("The Business Account Number (BAN) is wrong.",
                                      "Die Besigheids Rekening Nommer (BRN) is verkeerd.", "en", "af")));
    EXPECT_TRUE(loud(entity_findings("The Business Account Number (BAN) is wrong.",
                                     "Die Internasionale Rekening Nommer (IRN) is verkeerd.", "en", "af")));
}

}  // namespace
}  // namespace verity::rules
