// How sure omission.length, omission.phrase and addition.phrase are: a length alone, a word alignment
// alone or unrendered words alone are one signal; a warning needs another that agrees.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;
using testing::Pair;
using testing::rule_findings;

// The findings of `rule` on unit `unit` ("u<index + 1>").
std::vector<Finding> on_unit(const std::vector<Finding>& findings, const std::string& rule, std::size_t index) {
    std::vector<Finding> out;
    for (const auto& f : findings)
        if (f.rule == rule && f.unit == "u" + std::to_string(index + 1)) out.push_back(f);
    return out;
}

bool warns(const std::vector<Finding>& findings) {
    for (const auto& f : findings)
        if (f.severity != Severity::Info) return true;
    return false;
}

// Forty Swedish pairs a little longer than their English sources, for omission.length to learn from.
std::vector<Pair> swedish_document() {
    std::vector<Pair> pairs;
    for (int i = 0; i < 40; ++i)
        pairs.push_back({"The report for case " + std::to_string(i) + " was saved in the shared folder.",
                         "Rapporten för ärende " + std::to_string(i) + " har sparats i den delade mappen."});
    return pairs;
}

TEST(OmissionEvidence, AnAcronymKeptForItsExpansionIsNoShortTarget) {
    auto pairs = swedish_document();
    // "Regional Freight Tariff Index (RFTI)" becomes "RFTI-värdet": the acronym stands for its words.
    pairs.push_back({"The value you entered is not a valid Regional Freight Tariff Index (RFTI).",
                     "Värdet är inte ett giltigt RFTI-värde."});
    // Spelt out on the target side only, the words are not added content either.
    pairs.push_back({"The RFTI of this shipment does not match the one of the carrier.",
                     "Sändningens RFTI (regionalt fraktavgiftsindex för gods) stämmer inte med det som "
                     "transportören har."});
    const auto f = check_pairs(pairs, "omission.length", "en", "sv");
    EXPECT_TRUE(on_unit(f, "omission.length", 40).empty()) << on_unit(f, "omission.length", 40)[0].message;
    EXPECT_TRUE(on_unit(f, "omission.length", 41).empty()) << on_unit(f, "omission.length", 41)[0].message;
}

TEST(OmissionEvidence, ALengthAloneIsInfoAndADroppedSentenceWarns) {
    auto pairs = swedish_document();
    // Two sentences merged into one: every source sentence keeps a name, a path or a cognate there.
    pairs.push_back({"An older copy of Norvane Sync exists in /opt/norvane/sync. The installer removes that copy "
                     "before it installs the new one. Back up your files before you continue.",
                     "Norvane Sync finns i /opt/norvane/sync och tas bort av installationen. Spara filerna först."});
    // A longer, explanatory target: translations expand freely.
    pairs.push_back({"The aspect ratio of the selected picture is too large for the preview frame.",
                     "Förhållandet mellan den valda bildens bredd och bildens höjd är tyvärr alldeles för "
                     "stort för att bilden ska kunna visas i förhandsgranskningens ram."});
    // The second sentence is gone, and nothing of it is left in the target.
    pairs.push_back({"Your plan is linked to another Norvane account. You may have to sign in with a different "
                     "address.",
                     "Ditt abonnemang hör till ett annat Norvane-konto."});
    const auto f = check_pairs(pairs, "omission.length", "en", "sv");
    EXPECT_FALSE(warns(on_unit(f, "omission.length", 40)));
    EXPECT_FALSE(warns(on_unit(f, "omission.length", 41)));
    const auto dropped = on_unit(f, "omission.length", 42);
    ASSERT_EQ(dropped.size(), 1u);
    EXPECT_EQ(dropped[0].severity, Severity::Warning) << dropped[0].message;
}

TEST(OmissionEvidence, ADictionarysScatteredGapsAreNoDroppedClause) {
    std::vector<Pair> pairs;
    for (int i = 0; i < 40; ++i)
        pairs.push_back({"The report for case " + std::to_string(i) + " was saved in the shared folder.",
                         "Der Bericht für den Fall " + std::to_string(i) +
                             " wurde im gemeinsamen Ordner gespeichert."});
    // A clause dropped: its words stand together, none rendered.
    pairs.push_back({"The window shows the price of the last sale on the market, including the fees of the bank and "
                     "the taxes.",
                     "Das Fenster zeigt den Preis des letzten Verkaufs auf dem Markt."});
    // A terse but whole translation: the words the dictionary does not link are spread over every clause.
    pairs.push_back({"During the morning auction, this opening quote shows the level at which the waiting buy orders "
                     "would clear.",
                     "Während der Morgenauktion zeigt dieses Feld den Kurs, zu dem die wartenden Kaufaufträge "
                     "ausgeführt würden."});
    const auto f = check_pairs(pairs, "omission.length", "en", "de");
    const auto dropped = on_unit(f, "omission.length", 40);
    ASSERT_EQ(dropped.size(), 1u);
    EXPECT_EQ(dropped[0].severity, Severity::Warning);
    const auto terse = on_unit(f, "omission.length", 41);
    ASSERT_EQ(terse.size(), 1u);
    EXPECT_EQ(terse[0].severity, Severity::Info);
}

TEST(OmissionEvidence, ATargetWithoutPunctuationHasNoSentencesToCount) {
    // Thai writes no full stops: one sentence against two says nothing of a dropped one.
    std::vector<Pair> pairs;
    for (int i = 0; i < 40; ++i)
        pairs.push_back({"The report for case " + std::to_string(i) + " was saved in the shared folder.",
                         "รายงานสำหรับกรณี " + std::to_string(i) + " ถูกบันทึกในโฟลเดอร์ที่ใช้ร่วมกันแล้ว"});
    pairs.push_back({"This printer is offline at the moment. Please open the app to pick another printer or try "
                     "again later.",
                     "เครื่องพิมพ์นี้ออฟไลน์อยู่ ลองเลือกเครื่องพิมพ์อื่นหรือลองใหม่ภายหลัง"});
    const auto f = on_unit(check_pairs(pairs, "omission.length", "en", "th"), "omission.length", 40);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Info);
}

TEST(OmissionEvidence, AQualifierDroppedFromALabelIsInfo) {
    const auto f = check_pairs({{"Springfield Lake Depot, KS", "Springfield Lake Depot"},
                                {"The depot in Springfield closes early on Fridays.",
                                 "The depot closes early on Fridays."}},
                               "omission.phrase", "en", "en");
    const auto label = on_unit(f, "omission.phrase", 0);
    ASSERT_EQ(label.size(), 1u);
    EXPECT_EQ(label[0].severity, Severity::Info);
    const auto sentence = on_unit(f, "omission.phrase", 1);
    ASSERT_EQ(sentence.size(), 1u);
    EXPECT_EQ(sentence[0].severity, Severity::Warning);
}

TEST(OmissionEvidence, AWordAddedToACatalogueMessageIsInfoAndToRunningTextWarns) {
    const Pair updated{"This is not a valid postal code.", "This entry is not a valid postal code."};
    // A catalogue: many short messages, each against its updated display text.
    std::vector<Pair> catalogue{updated};
    for (int i = 0; i < 25; ++i)
        catalogue.push_back(
            {"Field " + std::to_string(i) + " is required.", "Field " + std::to_string(i) + " is required."});
    const auto in_catalogue = on_unit(check_pairs(catalogue, "addition.phrase"), "addition.phrase", 0);
    ASSERT_EQ(in_catalogue.size(), 1u);
    EXPECT_EQ(in_catalogue[0].severity, Severity::Info);
    // Running text (an official and an unofficial version of a notice): the added clause matters.
    std::vector<Pair> notice{{"Tenants must return the keys to the office before they leave the building.",
                              "Tenants must return the keys and the parking permit to the office before they leave the "
                              "building."}};
    for (int i = 0; i < 25; ++i) {
        const std::string paragraph =
            "Paragraph " + std::to_string(i) + " of the agreement applies to every tenant of the estate.";
        notice.push_back({paragraph, paragraph});
    }
    const auto in_notice = on_unit(check_pairs(notice, "addition.phrase"), "addition.phrase", 0);
    ASSERT_EQ(in_notice.size(), 1u);
    EXPECT_EQ(in_notice[0].severity, Severity::Warning);
}

TEST(OmissionEvidence, OneWordRepeatedIsNoReplacedSentence) {
    const auto f = check_pairs({{"Lorem Lorem Lorem Lorem Lorem Lorem Lorem Lorem",
                                 "Ipsum Ipsum Ipsum Ipsum Ipsum Ipsum Ipsum"}},
                               "omission.phrase,addition.phrase", "en", "de");
    EXPECT_TRUE(f.empty()) << f[0].message;
}

TEST(OmissionEvidence, AReplacedSentenceWarnsOnlyWithANameOrNumberToAgree) {
    // Nothing rendered either way may be the dictionary's gaps; German nouns' capitals are no names.
    const std::string de = "Der Zug fährt heute wegen eines technischen Defekts leider erst eine Stunde später vom "
                           "Bahnhof ab.";
    const auto f = check_pairs({{"Our neighbours grow tomatoes, beans, pumpkins and sunflowers behind their old wooden "
                                 "barn every summer.",
                                 de},
                                {"Our neighbours Jonas and Petra grow tomatoes, beans, pumpkins and sunflowers behind "
                                 "their old wooden barn every summer.",
                                 de}},
                               "omission.phrase", "en", "de");
    const auto words_alone = on_unit(f, "omission.phrase", 0);
    ASSERT_EQ(words_alone.size(), 1u);
    EXPECT_EQ(words_alone[0].severity, Severity::Info);
    const auto with_names = on_unit(f, "omission.phrase", 1);
    ASSERT_EQ(with_names.size(), 1u);
    EXPECT_EQ(with_names[0].severity, Severity::Warning);
}

TEST(OmissionEvidence, NumbersTheNumberComparisonMatchedAreRendered) {
    const std::string source = "Each module is concluded by a written examination lasting between 90 and 120 minutes.";
    // Converted into hours in words: the numbers and their unit are there, no phrase went.
    EXPECT_TRUE(rule_findings("omission.phrase", source,
                              "Jedes Modul wird mit einer schriftlichen Prüfung abgeschlossen, die zwischen anderthalb "
                              "und zwei Stunden dauert.",
                              "en", "de")
                    .empty());
    // Gone with their words, they are still reported (by omission.number, which names the phrase).
    EXPECT_EQ(check_pairs({{source, "Jedes Modul wird mit einer schriftlichen Prüfung abgeschlossen."}}, "omission.number",
                          "en", "de")
                  .size(),
              2u);
    // An ordinal the comparison lets go unpaired is no paired number: its loss is still a phrase dropped.
    EXPECT_EQ(rule_findings("omission.phrase", "In the 67th minute the champion missed the chance of taking the match to 2:0.",
                            "Minute verpasste der Weltmeister die Chance, das Spiel auf 2:0 zu bringen.", "en", "de")
                  .size(),
              1u);
}

}  // namespace
}  // namespace verity::rules
