// omission.phrase / addition.phrase / omission.length, and the wording fixtures.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "xliff/text/bilingual_dictionary.hpp"
#include "wording_pairs.hpp"
#include "xliff/reader.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;
using testing::marked;
using testing::Pair;

TEST(OmissionPhrase, DeletedStretchIsMarked) {
    const auto f = check_pairs({{"According to data provided by the university, cases rose.",
                                 "According to data provided, cases rose."}},
                               "omission.*,addition.*");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "omission.phrase");
    EXPECT_EQ(marked(f[0].source), "by the university");
    EXPECT_EQ(marked(f[0].target), "provided");
}

TEST(OmissionPhrase, ReplacedWordsAreARewording) {
    EXPECT_TRUE(check_pairs({{"Remains were found in the homes of the city.", "Remains were found in the houses of the city."},
                             {"He should receive professional training.", "He should get some professional training."},
                             {"Prices rose by 40 per cent.", "Prices rose by 40%."}},
                            "omission.*,addition.*")
                    .empty());
}

TEST(OmissionPhrase, ARewordedPairNeedsAClauseSizedDeletion) {
    // Three edits and a reordering: a paraphrase. One dropped word there is not reported...
    const Pair para{"Italian media reports say the match between Inter and Genoa is the club's 3,000th.",
                    "The Italian media say that Inter's match against Genoa is the club's 3,000th."};
    EXPECT_TRUE(check_pairs({para}, "omission.phrase").empty());
    // ...unless the option lowers the bar.
    EXPECT_FALSE(check_pairs({para}, "omission.phrase", "en", "en", {{"omission.phrase", {{"reworded_min_words", "1"}}}}).empty());
}

TEST(OmissionPhrase, AnAcronymSpeltOutOnTheOtherSideIsNoOmission) {
    EXPECT_TRUE(check_pairs({{"According to the Office for the Coordination of Humanitarian Affairs, 140,000 people fled.",
                              "According to OCHA, 140,000 people fled."},
                             {"Norvane CEO Dana Whitfield opened the plant.",
                              "Dana Whitfield, Chief Executive Officer of Norvane, opened the plant."}},
                            "omission.phrase,addition.phrase", "en", "en")
                    .empty());
    // The acronym covers its own words only: the other name dropped is reported.
    const auto f = check_pairs({{"The Office for the Coordination of Humanitarian Affairs and the World Food Programme of the "
                                 "United Nations sent aid to the region.",
                                 "OCHA sent aid to the region."}},
                               "omission.phrase", "en", "en");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(marked(f[0].source).find("World Food Programme"), std::string::npos) << marked(f[0].source);
    EXPECT_EQ(marked(f[0].source).find("Coordination"), std::string::npos) << marked(f[0].source);
}

TEST(OmissionPhrase, NumbersInWordsAndTheZerosOfAFullHourAreRendered) {
    // "quindici anni" for "15 years", "8 h" for "8:00": nothing of the source went.
    EXPECT_TRUE(check_pairs({{"Le aree bruciate non potranno cambiare destinazione per almeno 15 anni, come previsto dalla legge.",
                              "As provided by law, the use of burnt areas may not change for at least fifteen years."}},
                            "omission.phrase", "it", "en")
                    .empty());
    EXPECT_TRUE(check_pairs({{"The contractor has undertaken not to start noisy work before 8:00.",
                              "L'entreprise s'est engagée à ne pas commencer les travaux bruyants avant 8 h."}},
                            "omission.phrase", "en", "fr")
                    .empty());
}

TEST(OmissionPhrase, ANameReplacedByAnotherIsTheEntityRulesNotAnOmission) {
    // "National Consumer Safety Office" gave way to "Institut Rambert" at the same place: the entity rules' case.
    const std::string source = "The recall is being carried out in cooperation with the National Consumer Safety Office.";
    EXPECT_TRUE(check_pairs({{source, "Le rappel est mené en coopération avec l'Institut Rambert."}}, "omission.phrase",
                            "en", "fr")
                    .empty());
    // The name dropped with nothing in its place stays an omission.
    EXPECT_EQ(check_pairs({{source, "Le rappel est mené en coopération."}}, "omission.phrase", "en", "fr").size(), 1u);
}

TEST(AdditionPhrase, AddedWordIsMarked) {
    const auto f = check_pairs({{"As I watched the eclipse from the city, clouds parted.",
                                 "As I watched the partial eclipse from the city, clouds parted."}},
                               "omission.*,addition.*");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "addition.phrase");
    EXPECT_EQ(marked(f[0].target), "partial");
}

TEST(OmissionLength, LearnsTheRatioFromTheDocument) {
    // German runs about 1.3 times as long as English here; a target at the English length is short.
    std::vector<Pair> pairs;
    const std::string en = "The committee discussed the annual report of the agency at length today.";
    const std::string de = "Der Ausschuss hat heute ausführlich den Jahresbericht der Agentur für Grenzschutz erörtert.";
    // Distinct sentences (a repeated pair counts once in the model).
    for (int i = 0; i < 40; ++i) pairs.push_back({en + " Case " + std::to_string(i) + ".", de + " Fall " + std::to_string(i) + "."});
    pairs.push_back({en + " It also approved the budget for the next three years without changes.", de});
    const auto f = check_pairs(pairs, "omission.length", "en", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].unit, "u41");
    EXPECT_NE(f[0].message.find("shorter"), std::string::npos);
    EXPECT_TRUE(check_pairs({{en, de}}, "omission.length", "en", "en").empty()) << "one language: left to omission.phrase";
}

TEST(OmissionPhrase, ASentenceTheTargetDoesNotRenderIsFoundAcrossLanguages) {
    // Names and numbers tie the first sentence to the target; nothing of the second is there.
    const Pair dropped{"Anna Berger opened the Linz office in 2019 with 12 staff. The team celebrated the opening with "
                       "a concert in the park.",
                       "Anna Berger eröffnete das Büro in Linz 2019 mit 12 Mitarbeitern."};
    const auto f = check_pairs({dropped}, "omission.phrase", "en", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(marked(f[0].source), "The team celebrated the opening with a concert in the park");
    // The full translation is not reported.
    EXPECT_TRUE(check_pairs({{dropped.source, dropped.target + " Das Team feierte die Eröffnung mit einem Konzert im Park."}},
                            "omission.phrase", "en", "de")
                    .empty());
    // Nor is a short target whose clauses all have their counterparts (a condensed rendering).
    EXPECT_TRUE(check_pairs({{"Anna Berger, the new director, opened the Linz office in 2019.",
                              "Direktorin Anna Berger eröffnete 2019 das Büro in Linz."}},
                            "omission.phrase", "en", "de")
                    .empty());
}

TEST(AdditionPhrase, AClauseTheSourceDoesNotRenderIsFoundAcrossLanguages) {
    // The mirror of the case above: the target adds a sentence that nothing of the source renders.
    const Pair added{"Anna Berger eröffnete das Büro in Linz 2019 mit 12 Mitarbeitern.",
                     "Anna Berger opened the Linz office in 2019 with 12 staff. The team celebrated the opening with "
                     "a concert in the park near the river."};
    const auto f = check_pairs({added}, "addition.phrase", "de", "en");
    ASSERT_EQ(f.size(), 1u);
    // The words of the added sentence that nothing renders ("opening" has "eröffnete").
    EXPECT_NE(marked(f[0].target).find("concert in the park near the river"), std::string::npos) << marked(f[0].target);
    EXPECT_EQ(marked(f[0].target).find("Anna"), std::string::npos) << marked(f[0].target);
    EXPECT_TRUE(check_pairs({{added.source + " Das Team feierte die Eröffnung mit einem Konzert im Park am Fluss.", added.target}},
                            "addition.phrase", "de", "en")
                    .empty());
    // A few words a translation adds ("near the river" for "am Fluss" is rendered) are no clause.
    EXPECT_TRUE(check_pairs({{"Anna Berger eröffnete 2019 das Büro in Linz.", "In 2019, Anna Berger opened the office in Linz, Austria."}},
                            "addition.phrase", "de", "en")
                    .empty());
}

TEST(OmissionPhrase, AnEndWithoutCounterpartIsFoundWithoutPunctuation) {
    const auto f = check_pairs({{"Anna Berger opened the Linz office in 2019 together with three young carpenters and their apprentices.",
                                 "Anna Berger eröffnete das Büro in Linz 2019."}},
                               "omission.phrase", "en", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(marked(f[0].source), "together with three young carpenters and their apprentices");
}

TEST(OmissionPhrase, ASentenceReplacedByAnotherAcrossLanguages) {
    if (text::Dictionaries("/usr/share/dictd", true, text::default_dictionary_cache()).get("en", "de").empty()) GTEST_SKIP() << "no English-German FreeDict dictionary";
    const auto f = check_pairs({{"The museum opens its new wing for modern sculpture in May.",
                                 "Der Bürgermeister dankte den vielen Freiwilligen herzlich für ihre Arbeit."}},
                               "omission.phrase,addition.phrase", "en", "de");
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(marked(f[0].source) + marked(f[1].source), "The museum opens its new wing for modern sculpture in May.");
    EXPECT_EQ(marked(f[0].target) + marked(f[1].target), "Der Bürgermeister dankte den vielen Freiwilligen herzlich für ihre Arbeit.");
    EXPECT_TRUE(check_pairs({{"The museum opens its new wing for modern sculpture in May.",
                              "Das Museum eröffnet im Mai seinen neuen Flügel für moderne Skulptur."}},
                            "omission.phrase,addition.phrase", "en", "de")
                    .empty());
}

TEST(OmissionPhrase, AParaphraseOrARewordedHeadingHasNoOmissions) {
    // The target says the message in as many words of its own: replaced, not dropped.
    EXPECT_TRUE(check_pairs({{"At the summit it was agreed to launch a new fund between Chile and Peru that will include grants "
                              "for small fishing cooperatives.",
                              "Praising their long friendship, the leaders agreed to renew their fund for fishing "
                              "communities, especially after the storms of last winter."}},
                            "omission.phrase")
                    .empty());
    // A heading reworded wholesale.
    EXPECT_TRUE(check_pairs({{"Joint statement after the talks between the President of Chile and the Prime Minister of Peru",
                              "Statement: Chile and Peru meet in Lima"}},
                            "omission.phrase")
                    .empty());
    // A sentence with a clause dropped and little else changed still has its omission.
    EXPECT_EQ(check_pairs({{"At the summit it was agreed to launch a new fund between Chile and Peru that will include grants "
                            "for small fishing cooperatives.",
                            "At the summit they agreed to launch a new fund."}},
                          "omission.phrase")
                  .size(),
              1u);
}

TEST(OmissionLength, ClauseDroppedAfterTheLastAnchorIsFound) {
    // Pairs whose lengths vary, so the learnt spread is realistic; then a pair that is only a little
    // short overall but lost its whole last clause after the anchor "Frontex".
    std::vector<Pair> pairs;
    const std::string en = "The committee discussed the annual report of the agency Frontex in detail today";
    const std::string de = "Der Ausschuss hat heute ausführlich den Jahresbericht der Agentur Frontex erörtert";
    const char* pads[] = {"", " ja", " und so", " sowie auch", " im Einzelnen dazu"};
    for (int i = 0; i < 40; ++i)
        pairs.push_back({en + " " + std::to_string(i) + ".", de + pads[i % 5] + " " + std::to_string(i) + "."});
    pairs.push_back({"Yesterday the committee of the parliament discussed the annual report of Frontex, and it also "
                     "approved the budget for the years to come.",
                     "Gestern hat der Ausschuss des Parlaments ausführlich und sehr gründlich und genau den jährlichen Bericht "
                     "von Frontex erörtert."});
    const auto f = check_pairs(pairs, "omission.length", "en", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].unit, "u41");
    EXPECT_NE(f[0].message.find("stretch"), std::string::npos) << f[0].message;
    EXPECT_NE(marked(f[0].source).find("approved the budget"), std::string::npos);
}

TEST(OmissionLength, RepeatedPairsCountOnceInTheModel) {
    // Forty copies of one pair at an odd ratio (a repeated UI string) do not make the model: the
    // thirty distinct pairs do, and a full translation among them is not short.
    std::vector<Pair> pairs;
    for (int i = 0; i < 40; ++i)
        pairs.push_back({"Please save the current file before closing it now.",
                         "Bitte speichern Sie die aktuelle Datei jetzt auf dem Datenträger im richtigen Ordner, bevor Sie "
                         "das Fenster und das Programm schließen."});
    for (int i = 0; i < 30; ++i)
        pairs.push_back({"The committee met " + std::to_string(i) + " times to discuss the annual report.",
                         "Der Ausschuss trat " + std::to_string(i) + " Mal zusammen, um den Jahresbericht zu erörtern."});
    pairs.push_back({"The committee met again today to discuss the annual report.",
                     "Der Ausschuss trat heute erneut zusammen, um den Jahresbericht zu erörtern."});
    for (const auto& f : check_pairs(pairs, "omission.length", "en", "de")) EXPECT_NE(f.unit, "u71") << f.message;
}

TEST(OmissionLength, ManyShortTargetsDoNotMakeFullOnesLookLong) {
    // Half the pairs lost a clause: the model's ratio must stay on the full translations.
    std::vector<Pair> pairs;
    const std::string en = "The committee discussed the annual report of the agency in detail today, and it approved the budget.";
    const std::string full = "Der Ausschuss hat heute ausführlich den Jahresbericht der Agentur erörtert und den Haushalt gebilligt.";
    const std::string cut = "Der Ausschuss hat heute den Jahresbericht erörtert.";
    for (int i = 0; i < 40; ++i) pairs.push_back({en, i % 2 ? cut : full});
    for (const auto& f : check_pairs(pairs, "omission.length", "en", "de"))
        EXPECT_EQ(f.message.find("longer"), std::string::npos) << f.unit;
}

// Fixtures tests/fixtures/rules/wording-*.xlf, in the format of rules_fixtures_test.cpp.
TEST(WordingFixtures, FindingsAreExactlyTheExpectedOnes) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(VERITY_SOURCE_DIR) / "tests" / "fixtures" / "rules";
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("wording-", 0) != 0) continue;
        ++files;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream body;
        body << in.rdbuf();
        std::map<std::string, std::multiset<std::string>> expected, actual;
        static const std::regex re(R"(<!--\s*expect\s+([^:\s]+):\s*([^>]*?)\s*-->)");
        const std::string text = body.str();
        for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) {
            std::istringstream rules((*it)[2].str());
            for (std::string r; rules >> r;) expected[(*it)[1].str()].insert(r);
        }
        auto loaded = xliff::load_buffer(text, entry.path().string());
        ASSERT_TRUE(loaded.ok()) << name;
        Registry registry;
        register_builtin_rules(registry);
        const Engine engine(registry, testing::builtin_packs(), {});
        for (const auto& f : engine.check(*loaded.document)) actual[f.unit].insert(f.rule);
        for (const auto& [unit, rules] : expected) EXPECT_EQ(actual[unit], rules) << name << " unit " << unit;
        for (const auto& [unit, rules] : actual)
            if (!expected.count(unit))
                for (const auto& r : rules) ADD_FAILURE() << "unexpected " << r << " on unit " << unit << " in " << name;
    }
    EXPECT_GT(files, 0u);
}

}  // namespace
}  // namespace verity::rules
