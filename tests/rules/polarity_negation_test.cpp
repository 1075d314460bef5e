// polarity.negation and polarity.antonym, with WordNet read in place from a hand-made directory.
#include <gtest/gtest.h>

#include <algorithm>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include "xliff/text/bilingual_dictionary.hpp"
#include "rules/lexicon/wordnet.hpp"
#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;
using testing::marked;
using testing::Pair;

// What a run with the default settings reads: WordNet and the FreeDict dictionaries where Debian
// installs them.
const wordnet::Antonyms& installed_antonyms() {
    static const wordnet::Antonyms antonyms(wordnet::kDefaultDirectory);
    return antonyms;
}
const text::Dictionaries& installed_dictionaries() {
    static const text::Dictionaries dictionaries("/usr/share/dictd", true, text::default_dictionary_cache());
    return dictionaries;
}

TEST(PolarityNegation, AddedNegationIsMarked) {
    const auto f = check_pairs({{"The company rejected the petitions.", "The company did not reject the petitions."}},
                               "polarity.*");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "polarity.negation");
    EXPECT_EQ(marked(f[0].target), "not");
}

TEST(PolarityNegation, ReworkedNegationIsNotAFlip) {
    EXPECT_TRUE(check_pairs({{"It is unlikely to rain.", "It isn't likely to rain."},
                             {"The cause was not clear.", "The cause was unclear."},
                             {"He never stopped.", "He did not ever stop."}},
                            "polarity.*")
                    .empty());
}

TEST(PolarityNegation, AcrossLanguagesAPresenceFlipCounts) {
    EXPECT_EQ(check_pairs({{"This is not what was promised.", "Das ist das, was versprochen wurde."}}, "polarity.*", "en", "de")
                  .size(),
              1u);
    EXPECT_TRUE(check_pairs({{"There is no rule here.", "Hier gibt es keine Regel."}}, "polarity.*", "en", "de").empty());
}

TEST(PolarityNegation, AcrossLanguagesEachClauseKeepsItsNegation) {
    // One negation of two survives, but the other clause (anchored by "Berlin") lost its own.
    EXPECT_EQ(check_pairs({{"The minister did not attend the meeting, and the ministry in Berlin did not comment on it.",
                            "Der Minister nahm nicht an dem Treffen teil, und das Ministerium in Berlin kommentierte es."}},
                          "polarity.negation", "en", "de")
                  .size(),
              1u);
    // Two negations of one clause rendered by one ("not, or not yet" = "noch nicht").
    EXPECT_TRUE(check_pairs({{"Berlin has not, or not yet, agreed.", "Berlin hat noch nicht zugestimmt."}},
                            "polarity.negation", "en", "de")
                    .empty());
}

TEST(PolarityNegation, AcrossLanguagesANegationThatWentWithItsClauseIsAnOmission) {
    // The target lacks the whole clause, and its length says so: omission.* speak of it, not a flip.
    const auto dropped = check_pairs({{"The museum is open every day from Monday to Friday, unless there is a public holiday or "
                                       "the building is closed for repairs.",
                                       "Le musée est ouvert tous les jours du lundi au vendredi."}},
                                     "*", "en", "fr");
    EXPECT_TRUE(std::none_of(dropped.begin(), dropped.end(), [](const Finding& f) { return f.rule == "polarity.negation"; }));
    EXPECT_TRUE(std::any_of(dropped.begin(), dropped.end(), [](const Finding& f) { return f.rule.starts_with("omission."); }));
    // The clause kept at its length without its negation is a flip.
    EXPECT_EQ(check_pairs({{"The museum is not open on Mondays or during the summer break.",
                            "Le musée est ouvert le lundi et pendant les vacances d'été."}},
                          "polarity.negation", "en", "fr")
                  .size(),
              1u);
}

TEST(PolarityNegation, AcrossLanguagesAWordCarryingANegationThatWentWithItsClauseIsNoFlip) {
    // "unless another user has reserved the item": none of the clause's words is in the target, the rest is.
    EXPECT_TRUE(check_pairs({{"Loans may be renewed online or at any branch up to three times, unless another user has "
                              "reserved the item.",
                              "Ausleihen können online oder in jeder Zweigstelle bis zu dreimal verlängert werden."}},
                            "polarity.negation", "en", "de")
                    .empty());
    // The clause kept, its "unless" turned into "if": the negation it carried went.
    EXPECT_EQ(check_pairs({{"Loans may be renewed online or at any branch up to three times, unless another user has "
                            "reserved the book.",
                            "Ausleihen können online oder in jeder Zweigstelle bis zu dreimal verlängert werden, wenn "
                            "ein anderer Benutzer das Buch reserviert hat."}},
                          "polarity.negation", "en", "de")
                  .size(),
              1u);
}

TEST(PolarityNegation, AcrossLanguagesANegatedSentenceThatWentWholeIsNoFlip) {
    // A document whose translation runs long, as German does: its length model does not call a target short
    // that lacks one sentence of two.
    const std::vector<Pair> context = {
        {"The pool is heated to twenty-eight degrees.", "Das Wasser des Beckens wird auf achtundzwanzig Grad beheizt."},
        {"Children under eight must be accompanied by an adult.",
         "Kinder unter acht Jahren müssen von einer erwachsenen Person begleitet werden."},
        {"The sauna is open in the evening.", "Die Sauna ist am Abend für alle Gäste geöffnet."},
        {"Lockers are available in the hall.", "In der Eingangshalle stehen den Gästen Schließfächer zur Verfügung."},
        {"The cafe serves hot meals at lunchtime.", "Das Café bietet zur Mittagszeit warme Mahlzeiten an."}};
    const std::string source = "The swimming pool reopens on Monday after the repair of the heating system. Visitors "
                               "must not bring glass bottles into the changing rooms.";
    auto with = [&](const std::string& target) {
        auto pairs = context;
        pairs.push_back({source, target});
        return check_pairs(pairs, "polarity.negation", "en", "de");
    };
    // Two source sentences joined in one link, the second dropped: nothing of it is in the target, and the
    // target holds no words of its own where it could have been said otherwise. An omission, not a flip.
    EXPECT_TRUE(with("Nach der Reparatur der Heizungsanlage ist das städtische Schwimmbad ab dem kommenden Montag "
                     "wieder geöffnet.")
                    .empty());
    // The second sentence said in words of its own, its negation gone: the target has room for it, a flip.
    EXPECT_EQ(with("Nach der Reparatur der Heizungsanlage ist das städtische Schwimmbad ab dem kommenden Montag "
                   "wieder geöffnet, und man darf Glas dorthin mitbringen, wo man sich umzieht.")
                  .size(),
              1u);
}

TEST(PolarityNegation, AcrossLanguagesImplicitAndAffixedNegationsAreCounterparts) {
    EXPECT_TRUE(check_pairs({{"He failed to find a club in the summer.", "Er hat im Sommer keinen Verein gefunden."},
                             {"The judges must be independent.", "Die Richter müssen unabhängig sein."},
                             {"Unemployment rose.", "Die Arbeitslosigkeit stieg."}},
                            "polarity.negation", "en", "de")
                    .empty());
}

TEST(PolarityNegation, AcrossLanguagesEachNegationNeedsItsOwnCounterpart) {
    // Two negations in different clauses, one left: the one German "nicht" cannot serve both.
    EXPECT_EQ(check_pairs({{"Don't call him if you don't know him.", "Ruf ihn an, wenn du ihn nicht kennst."}},
                          "polarity.negation", "en", "de")
                  .size(),
              1u);
    // A word negated by an affix may be rendered by a plain word ("inexpensive" = "günstig").
    EXPECT_TRUE(check_pairs({{"The minister did not comment, and the ticket is inexpensive.",
                              "Der Minister äußerte sich nicht, und die Fahrkarte ist günstig."}},
                            "polarity.negation", "en", "de")
                    .empty());
}

TEST(PolarityNegation, AcrossLanguagesOneExtraNegationInTheTargetIsNotReported) {
    // "out of the question" carries its negation lexically; the translation spells it out.
    EXPECT_TRUE(check_pairs({{"Selling the farm was out of the question.", "Der Verkauf des Hofes kam nicht in Frage."}},
                            "polarity.negation", "en", "de")
                    .empty());
    // Two extra negations still are.
    EXPECT_EQ(check_pairs({{"The shop is open and the staff are friendly.",
                            "Der Laden ist nicht offen und das Personal ist nicht freundlich."}},
                          "polarity.negation", "en", "de")
                  .size(),
              1u);
}

TEST(PolarityNegation, IdiomaticNegatorsAreNotCounted) {
    // "not least" asserts: its "not" has no counterpart to find.
    EXPECT_TRUE(check_pairs({{"The fund helps farmers and, not least, fishermen.", "Der Fonds hilft Bauern und vor allem Fischern."}},
                            "polarity.negation", "en", "de")
                    .empty());
    EXPECT_EQ(check_pairs({{"The fund does not help farmers.", "Der Fonds hilft Bauern."}}, "polarity.negation", "en", "de").size(),
              1u);
}

TEST(PolarityNegation, SuffixNeedsAnEndingNotMoreStem) {
    // "abgeschlossen" holds "los" inside its stem: it stands for no negation.
    EXPECT_EQ(check_pairs({{"The door was not locked.", "Die Tür war abgeschlossen."}}, "polarity.negation", "en", "de").size(),
              1u);
}

TEST(PolarityNegation, DictionaryTellsNegatedWordsFromLookalikes) {
    if (installed_dictionaries().get("de", "en").empty()) GTEST_SKIP() << "no German-English FreeDict dictionary";
    // "Unfallursache" starts with "un" but translates to nothing negated ("accident"), so the
    // source's negation has no counterpart; "unklar" ("unclear") is one.
    EXPECT_EQ(check_pairs({{"The cause of the accident was not clear.", "Die Unfallursache war klar."}},
                          "polarity.negation", "en", "de")
                  .size(),
              1u);
    EXPECT_TRUE(check_pairs({{"The cause of the accident was not clear.", "Die Unfallursache war unklar."}},
                            "polarity.negation", "en", "de")
                    .empty());
}

TEST(PolarityNegation, AHintThatTranslatesAPlainWordStandsForNoNegation) {
    if (installed_dictionaries().get("en", "de").empty()) GTEST_SKIP() << "no English-German FreeDict dictionary";
    // "Mangel" ("lack") may stand for a negation, but here it translates "shortage": the source's
    // "no" has no counterpart.
    EXPECT_EQ(check_pairs({{"There is no shortage of volunteers in Graz.", "In Graz gibt es einen Mangel an Freiwilligen."}},
                          "polarity.negation", "en", "de")
                  .size(),
              1u);
    EXPECT_TRUE(check_pairs({{"There is no shortage of volunteers in Graz.", "In Graz gibt es keinen Mangel an Freiwilligen."}},
                            "polarity.negation", "en", "de")
                    .empty());
    // Where the source has no such word, the hint still stands for the negation ("failed" = "nicht").
    EXPECT_TRUE(check_pairs({{"The team failed to reach Graz.", "Das Team hat Graz nicht erreicht."}}, "polarity.negation", "en", "de")
                    .empty());
}

TEST(PolarityAntonym, ALoneSwapTakesIndirectAntonymsAndNouns) {
    if (!installed_antonyms().loaded) GTEST_SKIP() << "WordNet is not installed";
    // "sad" / "happy": each the antonym of a word similar to the other (sad / glad); "final" / "first"
    // through "last".
    for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{{"sad", "happy"}, {"final", "first"}}) {
        const auto f = check_pairs({{"It was a " + from + " day for the club in Leeds.", "It was a " + to + " day for the club in Leeds."}},
                                   "polarity.antonym");
        ASSERT_EQ(f.size(), 1u) << from;
        EXPECT_EQ(marked(f[0].target), to);
    }
    // In a pair reworded elsewhere too, only the strict pairs count.
    EXPECT_TRUE(check_pairs({{"It was a sad day for the club in Leeds, said the coach.",
                              "The coach called it a happy day for the Leeds club."}},
                            "polarity.antonym")
                    .empty());
}

TEST(PolarityAntonym, ANegationThatCameWithTheEditMakesAParaphrase) {
    if (!installed_antonyms().loaded) GTEST_SKIP() << "WordNet is not installed";
    EXPECT_TRUE(check_pairs({{"The club did not succeed in Leeds.", "The club failed in Leeds."}}, "polarity.*").empty());
    // A negation kept in place leaves the antonym a flip.
    EXPECT_EQ(check_pairs({{"The club did not succeed in Leeds.", "The club did not fail in Leeds."}}, "polarity.antonym").size(),
              1u);
}

TEST(PolarityNegation, AnAffixNegationRenderedByItsTranslationIsKept) {
    if (installed_dictionaries().get("en", "de").empty() || !installed_antonyms().loaded)
        GTEST_SKIP() << "no English-German FreeDict dictionary or WordNet";
    // "unglaublich" translates "incredible": the negation is kept, though the German word, mostly
    // "staggering" or "stunning" in the dictionary, stands for none.
    EXPECT_TRUE(check_pairs({{"The climb was an incredible feat for Anna Berg.", "Der Aufstieg war eine unglaubliche Leistung für Anna Berg."}},
                            "polarity.negation", "en", "de")
                    .empty());
    // "glaubhaft" does not render it.
    EXPECT_EQ(check_pairs({{"The climb was an incredible feat for Anna Berg.", "Der Aufstieg war eine glaubhafte Leistung für Anna Berg."}},
                          "polarity.negation", "en", "de")
                  .size(),
              1u);
}

TEST(PolarityNegation, StandInsOfTheSideWithMoreNegationsAddNothing) {
    // "wenig" may stand for a negation of the source, but the source has none to cover: the target's
    // single "nicht" is the one extra negation a translation may spell out.
    EXPECT_TRUE(check_pairs({{"The team in Graz was small and poor.", "Das Team in Graz war nicht groß und hatte wenig Geld."}},
                            "polarity.negation", "en", "de")
                    .empty());
}

TEST(PolarityNegation, ARemainderRenderedWithoutItsPrefixIsAFlip) {
    if (installed_dictionaries().get("en", "de").empty()) GTEST_SKIP() << "no English-German FreeDict dictionary";
    // The target renders "binding" ("verbindlich") where the source says "non-binding".
    EXPECT_EQ(check_pairs({{"The contract with Graz is non-binding.", "Der Vertrag mit Graz ist verbindlich."}}, "polarity.negation",
                          "en", "de")
                  .size(),
              1u);
    EXPECT_TRUE(check_pairs({{"The contract with Graz is non-binding.", "Der Vertrag mit Graz ist unverbindlich."}},
                            "polarity.negation", "en", "de")
                    .empty());
    EXPECT_TRUE(check_pairs({{"The contract with Graz is non-binding.", "Der Vertrag mit Graz ist nicht verbindlich."}},
                            "polarity.negation", "en", "de")
                    .empty());
}

TEST(PolarityNegation, ALitotesNeedsACounterpartForEachNegation) {
    // "nicht ohne" (= with) became "without": the two German negations side by side cancel out, so
    // one counterpart does not serve both.
    EXPECT_EQ(check_pairs({{"Die Fahrgäste in Graz bleiben nicht ohne Ersatzbusse.", "Passengers in Graz are left without buses."}},
                          "polarity.negation", "de", "en")
                  .size(),
              1u);
    // With "mit" the one negation has its counterpart.
    EXPECT_TRUE(check_pairs({{"Die Fahrgäste in Graz bleiben nicht mit Ersatzbussen allein.", "Passengers in Graz are not left alone with buses."}},
                            "polarity.negation", "de", "en")
                    .empty());
}

TEST(PolarityNegation, AnImplicitNegationNeitherRenderedNorSpelledOutWent) {
    if (installed_dictionaries().get("en", "de").empty()) GTEST_SKIP() << "no English-German FreeDict dictionary";
    // "failed" is neither rendered ("scheiterte") nor spelled out ("nicht"): the target says the team won.
    const auto f = check_pairs({{"The team from Graz failed to win the cup.", "Das Team aus Graz gewann den Pokal."}},
                               "polarity.negation", "en", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(marked(f[0].source), "failed");
    EXPECT_TRUE(check_pairs({{"The team from Graz failed to win the cup.", "Das Team aus Graz gewann den Pokal nicht."}},
                            "polarity.negation", "en", "de")
                    .empty());
    EXPECT_TRUE(check_pairs({{"The team from Graz failed to win the cup.", "Das Team aus Graz scheiterte am Pokal."}},
                            "polarity.negation", "en", "de")
                    .empty());
    // A pair reworded, its words and the word's clause not rendered: the dictionary's silence tells nothing.
    EXPECT_TRUE(check_pairs({{"Where water is escaping, take reasonable steps to prevent further flooding.",
                              "Bei einem Rohrbruch handeln Sie umsichtig und begrenzen Sie den Schaden."}},
                            "polarity.negation", "en", "de")
                    .empty());
}

TEST(PolarityAntonym, LoneWordFlippedByAffix) {
    const auto f = check_pairs({{"The staff were skilled in the work.", "The staff were untrained in the work."}}, "polarity.*");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "polarity.antonym");
}

TEST(PolarityNegation, NumberSignIsNoNegation) {
    EXPECT_TRUE(check_pairs({{"See No. 5 of the list.", "See item 5 of the list."}}, "polarity.negation").empty());
}

TEST(PolarityAntonym, PackPairsInOneLanguage) {
    const auto f = check_pairs({{"The council will accept the proposal.", "The council will reject the proposal."}}, "polarity.*");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "polarity.antonym");
    EXPECT_EQ(marked(f[0].source), "accept");
    EXPECT_EQ(marked(f[0].target), "reject");
}

// Words of a concept's two poles ([opposites]) give one finding, polarity.opposite's, in one language and
// across languages; a side that says both poles, or a negated one, gives none.
TEST(PolarityOpposite, OnePoleMadeTheOtherInOneLanguageAndAcross) {
    auto f = check_pairs({{"Prices will increase next year.", "Prices will decrease next year."}}, "polarity.*");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "polarity.opposite");
    EXPECT_EQ(marked(f[0].source), "increase");
    EXPECT_EQ(marked(f[0].target), "decrease");
    f = check_pairs({{"Der Umsatz sank um 3,1 Prozent.", "Revenue rose by 3.1 percent."}}, "polarity.*", "de", "en");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "polarity.opposite");
    EXPECT_EQ(marked(f[0].target), "rose");
    EXPECT_TRUE(check_pairs({{"Der Umsatz sank um 3,1 Prozent, der Gewinn stieg.", "Revenue rose by 3.1 percent, profit fell."}},
                            "polarity.opposite", "de", "en")
                    .empty());
    EXPECT_TRUE(check_pairs({{"Revenue did not rise.", "Der Umsatz sank."}}, "polarity.opposite", "en", "de").empty());
}

// Two synsets pointing at each other, a satellite of the first, byte offsets as WordNet has them,
// written as a WordNet directory: data.adj, its sorted index.adj, and adj.exc.
std::filesystem::path tiny_wordnet() {
    std::string body = "  1 licence text ! here\n";
    auto pad = [](std::size_t v) {
        std::string s = std::to_string(v);
        return std::string(8 - s.size(), '0') + s;
    };
    const std::size_t big = body.size();
    const std::string big_line_tail = " 00 a 01 large 0 002 ! SMALL a 0101 & HUGE s 0000 | of size";
    const std::size_t small = big + pad(big).size() + big_line_tail.size() + 1;
    const std::string small_line = pad(small) + " 00 a 01 small 0 001 ! BIGGG a 0101 | not large\n";
    const std::size_t huge = small + small_line.size();
    std::string big_line = pad(big) + big_line_tail + "\n";
    big_line.replace(big_line.find("SMALL"), 5, pad(small).substr(3));
    big_line.replace(big_line.find("HUGE"), 4, pad(huge).substr(4));
    std::string small_fixed = small_line;
    small_fixed.replace(small_fixed.find("BIGGG"), 5, pad(big).substr(3));
    body += big_line + small_fixed + pad(huge) + " 00 s 01 huge 0 001 & " + pad(big) + " a 0000 | very large\n";

    const auto dir = std::filesystem::temp_directory_path() / ("verity-wordnet-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    auto write = [&](const char* name, const std::string& text) { std::ofstream(dir / name, std::ios::binary) << text; };
    write("data.adj", body);
    write("index.adj", "  1 licence text\nhuge a 1 1 & 1 0 " + pad(huge) + "  \nlarge a 1 2 ! & 1 0 " + pad(big) +
                           "  \nsmall a 1 1 ! 1 0 " + pad(small) + "  \n");
    write("adj.exc", "larger large\n");
    return dir;
}

TEST(WordNet, ReadsAntonymsAndSatellitesInPlace) {
    const auto dir = tiny_wordnet();
    // The fixed-width offsets must hold for the lookups to find the lines.
    std::ifstream data(dir / "data.adj");
    const std::string body((std::istreambuf_iterator<char>(data)), std::istreambuf_iterator<char>());
    ASSERT_NE(body.find("00000024 00 a 01 large"), std::string::npos) << body;
    {
        const wordnet::Antonyms a(dir.string());
        ASSERT_TRUE(a.loaded);
        EXPECT_TRUE(a.are_antonyms("large", "small"));
        EXPECT_TRUE(a.are_antonyms("huge", "small")) << "satellite of the opposite head";
        EXPECT_TRUE(a.are_antonyms("larger", "smallest")) << "inflected forms";
        EXPECT_FALSE(a.are_antonyms("large", "huge"));
        EXPECT_FALSE(a.are_antonyms("large", "tiny"));
    }
    std::filesystem::remove_all(dir);
}

TEST(WordNet, AbsentFilesLoadNothing) {
    const wordnet::Antonyms a("/nonexistent/wordnet");
    EXPECT_FALSE(a.loaded);
    EXPECT_FALSE(a.are_antonyms("large", "small"));
}

TEST(WordNet, InstalledFilesGiveCommonPairs) {
    if (!std::filesystem::exists("/usr/share/wordnet/data.adj")) GTEST_SKIP() << "wordnet-base is not installed";
    const auto& a = installed_antonyms();
    ASSERT_TRUE(a.loaded);
    EXPECT_TRUE(a.are_antonyms("likely", "unlikely"));
    EXPECT_TRUE(a.are_antonyms("began", "ended"));
    EXPECT_TRUE(a.are_antonyms("faster", "slower"));
    EXPECT_FALSE(a.are_antonyms("large", "big"));
}

TEST(PolarityNegation, AcrossLanguagesAParticleBeforeARenderedWordIsAnAddedNegation) {
    if (installed_dictionaries().get("de", "en").empty()) GTEST_SKIP() << "needs the German-English FreeDict dictionary";
    // "nicht sofort": the particle negates the translation of "immediately", which the source affirms.
    EXPECT_EQ(check_pairs({{"The sanctions come into force immediately.", "Die Sanktionen treten nicht sofort in Kraft."}},
                          "polarity.negation", "en", "de")
                  .size(),
              1u);
    // A negation the source carries in a word ("out of the question", "rejected") is spelt out.
    EXPECT_TRUE(check_pairs({{"The sanctions come into force immediately.", "Die Sanktionen treten sofort in Kraft."},
                             {"A new vote is out of the question.", "Eine neue Abstimmung kommt nicht in Frage."},
                             {"The court rejected the appeal.", "Das Gericht gab der Berufung nicht statt."}},
                            "polarity.negation", "en", "de")
                    .empty());
}

TEST(PolarityNegation, AcrossLanguagesADroppedPrefixTurnsTheMeaning) {
    if (installed_dictionaries().get("de", "en").empty() || !installed_antonyms().loaded)
        GTEST_SKIP() << "needs the German-English FreeDict dictionary and WordNet";
    // "unverletzt" translates "unhurt"; "verletzt" is its opposite.
    const auto found = check_pairs({{"The van driver was unhurt.", "Der Transporterfahrer blieb verletzt."}},
                                   "polarity.negation", "en", "de");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].message.find("unverletzt"), std::string::npos) << found[0].message;
    EXPECT_NE(found[0].message.find("\"verletzt\" in the target"), std::string::npos) << found[0].message;
    // The same from the source side: a negated target word whose plain form is the source's.
    EXPECT_EQ(check_pairs({{"The result was expected.", "Das Ergebnis kam unerwartet."}}, "polarity.negation", "en", "de").size(), 1u);
    // Rendered with the prefix, or by a negator next to the word: nothing turned.
    EXPECT_TRUE(check_pairs({{"The van driver was unhurt.", "Der Transporterfahrer blieb unverletzt."},
                             {"Children with ambiguous genitalia.", "Kinder mit nicht eindeutigen Genitalien."},
                             {"The cause was not clear.", "Die Ursache war unklar."},
                             // The negated word rendered elsewhere: "Gültige" renders "Allowed" here.
                             {"The extension is invalid. Allowed extensions are listed.",
                              "Die Endung ist ungültig. Gültige Endungen sind aufgeführt."}},
                            "polarity.negation", "en", "de")
                    .empty());
}

// The severity of the one polarity.negation finding on a pair, or nullopt when there is none.
std::optional<Severity> negation_severity(const std::string& source, const std::string& target,
                                          const std::string& source_lang, const std::string& target_lang) {
    const auto f = check_pairs({{source, target}}, "polarity.negation", source_lang, target_lang);
    if (f.empty()) return std::nullopt;
    return f.front().severity;
}

TEST(PolarityNegationEvidence, AFlipOfARenderedPredicateIsSure) {
    EXPECT_EQ(negation_severity("The invoice is not available.", "La facture est disponible.", "en", "fr"), Severity::Error);
    EXPECT_EQ(negation_severity("The report has been published.", "Der Bericht wurde nicht veröffentlicht.", "en", "de"),
              Severity::Error);
}

TEST(PolarityNegationEvidence, ANegationSaidLexicallyIsAHintOnly) {
    // "different" / "problema" / "Fehler" say the negation in a word: never louder than info.
    EXPECT_EQ(negation_severity("The new code must not be the old code.", "Le nouveau code doit être différent de l'ancien code.",
                                "en", "fr"),
              Severity::Info);
    EXPECT_EQ(negation_severity("We could not find your saved report.", "Hubo un problema al encontrar tu informe guardado.",
                                "en", "es"),
              Severity::Info);
    // The same sentence without the lexical word is a flip.
    EXPECT_EQ(negation_severity("We could not find your saved report.", "Encontramos tu informe guardado.", "en", "es"),
              Severity::Error);
}

TEST(PolarityNegationEvidence, OnlyANeighbourOfTheNegatedWordRenderedIsLikely) {
    // "paid" is not found in "payée" by the dictionary, "invoice" is: a flip is likely, not sure.
    EXPECT_EQ(negation_severity("The invoice was not paid.", "La facture a été payée.", "en", "fr"), Severity::Warning);
}

TEST(PolarityNegationEvidence, ARewordedClauseIsAHintOnly) {
    // Nothing of the negated clause is rendered ("Not yet" = "Plus tard"), or the negation became a
    // requirement ("is not an allowed size" = "doit avoir une taille autorisée").
    EXPECT_EQ(negation_severity("Not yet", "Plus tard", "en", "fr"), Severity::Info);
    EXPECT_EQ(negation_severity("The picture is not an allowed format.", "L'image doit avoir un format autorisé.", "en", "fr"),
              Severity::Info);
    // A requirement on both sides is no rewording: the flip stays sure.
    EXPECT_EQ(negation_severity("The name must not contain spaces.", "Le nom doit contenir des espaces.", "en", "fr"),
              Severity::Error);
}

TEST(PolarityNegationEvidence, CountsThatDifferOnNegatedSidesAreAHint) {
    // "neither … nor" = "no … ni … ni": both sides negated, the counts differ, the polarity agrees.
    const auto s = negation_severity("The code is neither a valid key nor a valid token.",
                                     "El código no es ni una clave válida ni un token válido.", "en", "es");
    EXPECT_TRUE(!s || *s == Severity::Info);
}

TEST(PolarityNegationEvidence, APhraseNegatorIsNeverSure) {
    // "without" negates a phrase; its counterpart may be a preposition ("hors de").
    const auto s = negation_severity("Members without a card pay the full price.", "Les membres avec une carte paient le plein tarif.",
                                     "en", "fr");
    ASSERT_TRUE(s.has_value());
    EXPECT_NE(*s, Severity::Error);
}

TEST(PolarityNegationEvidence, CopiedOrCapitalisedNegatorsAreNoNegations) {
    // A label copied untranslated ("No Data") and a code in capitals ("NO" for Norway).
    EXPECT_FALSE(negation_severity("The status shows No Data for the feed.", "Der Status zeigt No Data für den Feed.", "en", "de")
                     .has_value());
    EXPECT_FALSE(negation_severity("Markets: SE, DK, NO and FI.", "Märkte: SE, DK, NO und FI.", "en", "de").has_value());
}

TEST(PolarityNegationEvidence, ANegatedWaitSaidAsItsConverseIsAHint) {
    // "Do not leave until …" is "stay until …" (negation.until on both sides, the negated verb not rendered).
    EXPECT_EQ(negation_severity("After the storm, do not leave the shelter until county officials have announced that "
                                "it is safe to return.",
                                "Después de la tormenta, permanezca en el refugio hasta que las autoridades del condado "
                                "anuncien que es seguro regresar.",
                                "en", "es"),
              Severity::Info);
    EXPECT_EQ(negation_severity("Do not turn off the electricity until the day after your inspection.",
                                "Lassen Sie den Strom bis zum Tag nach Ihrer Abnahme eingeschaltet.", "en", "de"),
              Severity::Info);
    // The wait translated but the negation gone, with no word that keeps the converse, stays a likely flip.
    EXPECT_EQ(negation_severity("After the storm, do not leave the shelter until county officials have announced that "
                                "it is safe to return.",
                                "Después de la tormenta, salga del refugio hasta que las autoridades del condado "
                                "anuncien que es seguro regresar.",
                                "en", "es"),
              Severity::Warning);
}

TEST(PolarityNegationEvidence, ANegationATranslationAddsToAQuestionIsAHint) {
    // German asks with "nicht" where English asks without: both sides ask, the target adds it.
    EXPECT_EQ(negation_severity("Does the number of cameras need to be increased?",
                                "Müsste die Anzahl der Kameras nicht erhöht werden?", "en", "de"),
              Severity::Info);
    // Not in a statement, and not where the target drops the source's negation from a question.
    EXPECT_NE(negation_severity("The number of cameras needs to be increased.",
                                "Die Anzahl der Kameras muss nicht erhöht werden.", "en", "de"),
              Severity::Info);
    EXPECT_NE(negation_severity("You have no money?", "Sie haben ein Geld?", "en", "de"), Severity::Info);
}

TEST(PolarityNegationEvidence, InOneLanguageANegationInAnAddedClauseIsNoFlip) {
    // The clause came with its negation: what it adds is the addition's to say, and nothing the source says turned.
    EXPECT_TRUE(check_pairs({{"No cache folder was set.", "No cache folder was set, or the folder does not exist."}},
                            "polarity.negation", "en", "en")
                    .empty());
    EXPECT_EQ(negation_severity("The cache folder was set.", "The cache folder was not set.", "en", "en"), Severity::Error);
}

}  // namespace
}  // namespace verity::rules
