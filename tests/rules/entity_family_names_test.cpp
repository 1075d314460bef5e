// Persons' names: a family name is copied, inflected for a case or transcribed, never respelt. A name
// whose given name the other side keeps and whose family name it changes names another person, in one
// language and across languages; case endings, transcriptions and possessives are no change.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "rules/entities/certainty.hpp"
#include "rules/entities/copied_names.hpp"
#include "rules/entities/spelling.hpp"
#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

// The entity rules' findings on one pair.
std::vector<Finding> entity_findings(const std::string& source, const std::string& target, const std::string& src_lang,
                                     const std::string& tgt_lang) {
    return testing::rule_findings("entity.*", source, target, src_lang, tgt_lang);
}

bool has_rule(const std::vector<Finding>& f, const std::string& rule) {
    return std::any_of(f.begin(), f.end(), [&](const Finding& x) { return x.rule == rule; });
}

TEST(FamilyNames, CopiesInflectionsAndTranscriptionsAreTheSameName) {
    const std::vector<std::string> pl{"a", "u", "owi", "em", "iem", "ie", "ego", "emu", "ym"};
    const std::vector<std::string> cs{"a", "ovi", "em", "ova", "ove", "ovou"};
    const std::vector<std::string> none;
    EXPECT_TRUE(entities::same_family_name("kowalski", "kowalskiego", none, pl));
    EXPECT_TRUE(entities::same_family_name("merkelova", "merkel", cs, none));
    EXPECT_TRUE(entities::same_family_name("nowakowi", "nowakiem", pl, pl));  // both inflected
    EXPECT_TRUE(entities::same_family_name("mohammed", "mohamed", none, none));
    EXPECT_TRUE(entities::same_family_name("lukashenko", "lukaschenko", none, none));
    EXPECT_TRUE(entities::same_family_name("khamenei", "chamenei", none, none));
    EXPECT_TRUE(entities::same_family_name("bradshaw's", "bradshaw", none, none));
    EXPECT_FALSE(entities::same_family_name("bradshaw", "bradshow", none, none));
    EXPECT_FALSE(entities::same_family_name("renner", "rennert", none, none));
    EXPECT_FALSE(entities::same_family_name("vautrin", "vaudrin", none, none));
    EXPECT_FALSE(entities::same_family_name("forsyth", "forsyte", none, none));
    // An ending counts only when the language of the longer form has it.
    EXPECT_FALSE(entities::same_family_name("kowalski", "kowalskiego", none, none));
}

TEST(FamilyNames, ARespeltFamilyNameIsAnotherPersonInOneLanguage) {
    const auto f = entity_findings("The project officer, Helen Bradshaw, will answer questions.",
                                   "The project officer, Helen Bradshow, will answer questions.", "en", "en");
    ASSERT_TRUE(has_rule(f, "entity.substitution"));
    EXPECT_NE(f[0].message.find("family name"), std::string::npos) << f[0].message;
}

TEST(FamilyNames, AcrossLanguagesAChangedFamilyNameIsReported) {
    // A given name that starts the name, an honorific before it, a name inside a German sentence.
    EXPECT_TRUE(has_rule(entity_findings("Il direttore del Parco, Lorenzo Barbieri, ha detto che il sentiero resta chiuso.",
                                         "The Park's director, Lorenzo Barbera, said the trail stays closed.", "it", "en"),
                         "entity.substitution"));
    EXPECT_TRUE(has_rule(entity_findings("Report any damage to the boatman, Mr Tobias Renner, on the same day.",
                                         "Schäden sind dem Bootswart, Herrn Tobias Rennert, am selben Tag zu melden.", "en",
                                         "de"),
                         "entity.substitution"));
    const auto f = entity_findings("Der Geschäftsführer des Unternehmens, Jens Albrecht, zeigte sich erleichtert.",
                                   "Its managing director, Jens Keller, said he was relieved.", "de", "en");
    ASSERT_TRUE(has_rule(f, "entity.substitution"));
    EXPECT_EQ(f[0].severity, Severity::Error);  // not a respelling: another name
}

// Between languages that keep a name's letters, one letter of a family name swapped as a transcription would
// swap it is asked about (info); a transcription's first-sound or cluster changes are not.
TEST(FamilyNames, OneLetterSwappedBetweenLanguagesThatKeepLettersIsAQuestion) {
    const auto f = entity_findings("Margaret Sychev chairs the panel.", "Margaret Sychew leitet das Gremium.", "en", "de");
    ASSERT_TRUE(has_rule(f, "entity.substitution"));
    EXPECT_EQ(f[0].severity, Severity::Info);
    EXPECT_NE(f[0].message.find("transcription"), std::string::npos) << f[0].message;
    EXPECT_TRUE(entity_findings("Margaret Sychev chairs the panel.", "Margaret Sychev leitet das Gremium.", "en", "de")
                    .empty());
}

// A vowel of a family name in Latin letters is copied as it is: a "y" between consonants made an "i" is a
// respelling, whatever ordinary word it spells ("Price"), reported as one (warning); a transcription writes only a
// glide as y, i or j ("Poliakova" / "Poljakowa"). The family name is compared in its slot even when the name runs
// on into an institution ("Imogen Dalrymple of the University of Leeds").
TEST(FamilyNames, AVowelRespeltBesideACopiedGivenNameIsAnotherPerson) {
    for (const auto& [source, target] : std::vector<std::pair<std::string, std::string>>{
             {"For questions, please contact the race director, Gareth Pryce, by email.",
              "Bei Fragen wenden Sie sich bitte per E-Mail an den Rennleiter Gareth Price."},
             {"Imogen Dalrymple chairs the panel.", "Imogen Dalrimple leitet das Gremium."},
             {"The chair is Professor Imogen Dalrymple of the University of Leeds.",
              "Den Vorsitz hat Professorin Imogen Dalrimple von der Universität Leeds."}}) {
        const auto f = entity_findings(source, target, "en", "de");
        ASSERT_TRUE(has_rule(f, "entity.substitution")) << target;
        EXPECT_EQ(f[0].severity, Severity::Warning) << f[0].message;
        EXPECT_NE(f[0].message.find("1 of"), std::string::npos) << f[0].message;
    }
    EXPECT_TRUE(entity_findings("The interview was given by Anna Poliakova, the head of the team.",
                                "Das Interview gab Anna Poljakowa, die Leiterin des Teams.", "en", "de")
                    .empty());
    EXPECT_TRUE(entities::vowel_y_respelt("pryce", "price"));
    EXPECT_FALSE(entities::vowel_y_respelt("sergyey", "sergej"));
    EXPECT_FALSE(entities::vowel_y_respelt("poliakov", "poljakow"));
}

// An "s" added to a family name is a genitive only in a language that forms one so (German: "Merkels"); between
// English and Spanish "Quintero" / "Quinteros" are two families.
TEST(FamilyNames, AnSAddedIsAGenitiveOnlyWhereALanguageAddsOne) {
    const auto f = entity_findings("Please contact Marisol Quintero, Community Manager.",
                                   "Comuníquese con Marisol Quinteros, Gerente de la Comunidad.", "en", "es");
    ASSERT_TRUE(has_rule(f, "entity.substitution"));
    EXPECT_NE(f[0].message.find("Quinteros"), std::string::npos) << f[0].message;
    EXPECT_FALSE(has_rule(entity_findings("The report by Angela Merkel was published today.",
                                          "Angela Merkels Bericht wurde heute veröffentlicht.", "en", "de"),
                          "entity.substitution"));
    EXPECT_TRUE(entities::names_take_s("de-AT"));
    EXPECT_FALSE(entities::names_take_s("es"));
    EXPECT_FALSE(entities::names_take_s("en"));
}

// A person's name that runs on through a connector into a firm is the person's up to the connector: the firm's
// words copied do not vouch for a family name respelt.
TEST(FamilyNames, ANameRunningOnIntoAFirmIsThePersonsUpToTheConnector) {
    const auto f = entity_findings("Reports go to Katharina Wendel of Fischer Roth Partner.",
                                   "Meldungen gehen an Katharina Wendler von Fischer Roth Partner.", "en", "de");
    ASSERT_TRUE(has_rule(f, "entity.substitution"));
    EXPECT_NE(f[0].message.find("Wendler"), std::string::npos) << f[0].message;
    EXPECT_FALSE(has_rule(entity_findings("Reports go to Katharina Wendel of Fischer Roth Partner.",
                                          "Meldungen gehen an Katharina Wendel von Fischer Roth Partner.", "en", "de"),
                          "entity.substitution"));
}

// A family name is not translated: a dictionary sense of it ("Kröger" = "publican") whose beginning a word of
// the other side spells ("public") does not render it.
TEST(FamilyNames, ADictionarySenseOfAFamilyNameRendersNothing) {
    const std::string source = "Sabine Kröger leitet das Ordnungsamt.";
    const std::string office = " heads the public order office.";
    EXPECT_TRUE(has_rule(entity_findings(source, "Sabine Krüger" + office, "de", "en"), "entity.substitution"));
    EXPECT_TRUE(entity_findings(source, "Sabine Kröger" + office, "de", "en").empty());
}

TEST(FamilyNames, CaseEndingsTranscriptionsAndNounsAfterTheNameAreNoChange) {
    EXPECT_TRUE(entity_findings("Spotkanie poprowadzi Jan Kowalski.", "The meeting will be chaired by Jan Kowalski.", "pl",
                                "en")
                    .empty());
    EXPECT_TRUE(entity_findings("Ali Khamenei spoke on Friday.", "Ali Chamenei sprach am Freitag.", "en", "de").empty());
    // "sh" written "sch", or "ch" as French writes it.
    for (const std::string spelt : {"Lukaschenko", "Lukachenko"})
        EXPECT_TRUE(entity_findings("They protested against Alexander Lukashenko.",
                                    "Sie protestierten gegen Alexander " + spelt + ".", "en", "de")
                        .empty())
            << spelt;
    // German capitals join the noun after a possessive name to it: "Kevin Trapps Pfosten".
    EXPECT_FALSE(has_rule(entity_findings("The shot slid just wide of Kevin Trapp's far post.",
                                          "Der Schuss ging knapp an Kevin Trapps Pfosten vorbei.", "en", "de"),
                          "entity.substitution"));
    // A regnal number is no family name.
    EXPECT_FALSE(has_rule(entity_findings("They want Queen Elizabeth to be the last monarch.",
                                          "They want Queen Elizabeth II to be the last monarch.", "en", "en"),
                          "entity.added"));
}

// A signature line (a name and an office, no sentence) is translated as a label, but the person's name in it is
// copied: a respelt family name there is another signatory, as in a sentence.
TEST(FamilyNames, ASignatureLineKeepsThePersonsName) {
    const auto f = entity_findings("Halina Zawadzka, Kierownik Biura Obsługi", "Halina Zawacka, Head of Customer Service",
                                   "pl", "en");
    ASSERT_TRUE(has_rule(f, "entity.substitution"));
    EXPECT_NE(f[0].message.find("family name"), std::string::npos) << f[0].message;
    EXPECT_TRUE(entity_findings("Halina Zawadzka, Kierownik Biura Obsługi", "Halina Zawadzka, Head of Customer Service",
                                "pl", "en")
                    .empty());
}

// German capitals join an office before a person's name to it ("Schulleiterin Renate Obermaier"): the person's
// name from the given name on is compared, so a respelt family name is found though the office is translated.
TEST(FamilyNames, AGermanOfficeBeforeTheNameIsNoPartOfIt) {
    const std::string source = "Fragen beantwortet die Schulleiterin Renate Obermaier.";
    const auto f = entity_findings(source, "Questions are answered by the head teacher, Renate Obermeyer.", "de", "en");
    ASSERT_TRUE(has_rule(f, "entity.substitution"));
    EXPECT_NE(f[0].message.find("family name"), std::string::npos) << f[0].message;
    EXPECT_TRUE(entity_findings(source, "Questions are answered by the head teacher, Renate Obermaier.", "de", "en").empty());
    // A family name written as two words on one side is the same name.
    EXPECT_TRUE(entity_findings("Der Abgeordnete Louis Mc Fadden sprach zuerst.", "Congressman Louis McFadden spoke first.",
                                "de", "en")
                    .empty());
    EXPECT_TRUE(entity_findings("Congressman Louis McFadden spoke first.", "Der Abgeordnete Louis Mc Fadden sprach zuerst.",
                                "en", "de")
                    .empty());
}

TEST(FamilyNames, APersonWhoLosesTheFamilyNameIsMissing) {
    const auto f = entity_findings("Luisa Valenzuela read a text she had written for the festival.",
                                   "Luisa las einen Text vor, den sie für das Festival geschrieben hatte.", "en", "de");
    EXPECT_TRUE(has_rule(f, "entity.missing") || has_rule(f, "entity.substitution"));
}

TEST(EntityAdded, AnOfficeTranslatedInOrdinaryWordsIsNoAddedName) {
    // "Umweltamt" is a common noun to the comparison; its translation, capitalised as a title, renders each
    // of its parts by the dictionary.
    const std::string source = "Über vollständige Anträge entscheidet das Umweltamt innerhalb von vier Wochen.";
    EXPECT_TRUE(entity_findings(source, "The Environmental Office decides on complete applications within four weeks.",
                                "de", "en")
                    .empty());
    // A designation with a word the source does not say is still reported.
    EXPECT_FALSE(entity_findings(source, "The Nomination Committee decides on complete applications within four weeks.",
                                 "de", "en")
                     .empty());
    // A people's word is a translation where it renders the source's, an addition or a substitution otherwise.
    const std::string girl = "Une fille pakistanaise moyenne se marie souvent à 14 ans.";
    EXPECT_TRUE(entity_findings(girl, "An average Pakistani girl often marries at 14.", "fr", "en").empty());
    EXPECT_FALSE(entity_findings(girl, "An average Chinese girl often marries at 14.", "fr", "en").empty());
}

// An English heading in title case capitalises its ordinary words: they are no name the source lacks. A name in
// it is still compared, and the same words in a sentence are.
TEST(EntityAdded, OrdinaryWordsOfATitleCaseHeadingAreNoAddedName) {
    const std::string source = "Lniany Kąt – Zasady zwrotów i reklamacji w sklepie internetowym";
    EXPECT_TRUE(entity_findings(source, "Lniany Kąt – Returns and Complaints Policy for the Online Shop", "pl", "en").empty());
    EXPECT_TRUE(entities::title_cased_headline("Returns and Complaints Policy for the Online Shop",
                                               split_words("Returns and Complaints Policy for the Online Shop")));
    EXPECT_FALSE(entities::title_cased_headline("Returns and complaints policy for the online shop",
                                                split_words("Returns and complaints policy for the online shop")));
    EXPECT_FALSE(entities::title_cased_headline("Returns and Complaints Policy for the Online Shop.",
                                                split_words("Returns and Complaints Policy for the Online Shop.")));
    EXPECT_FALSE(entity_findings(source, "Lniany Kąt – Returns and Complaints Policy for the Harrods Online Shop", "pl", "en")
                     .empty());
}

TEST(EntityAcronyms, AnAcronymTheDocumentLocalisesStandsForTheSourcesThroughout) {
    // Each side defines its own acronym for the board in the first unit; later units use them.
    const std::vector<testing::Pair> doc = {
        {"The Civil Aviation Safety Investigation Board (CASIB) has published its report.",
         "La Junta de Investigación de Seguridad de la Aviación Civil (JISAC) ha publicado su informe."},
        {"As a result, the CASIB has issued two recommendations.", "En consecuencia, la JISAC ha emitido dos recomendaciones."},
        {"The second asks the National Aviation Authority (NAA) to act.", "La segunda pide a la JISAC que actúe."}};
    const auto f = testing::check_pairs(doc, "entity.*", "en", "es");
    auto in_unit = [&](const std::string& unit) {
        return std::count_if(f.begin(), f.end(), [&](const Finding& x) { return x.unit == unit; });
    };
    EXPECT_EQ(in_unit("u1"), 0);
    EXPECT_EQ(in_unit("u2"), 0);
    // Another body's acronym replaced by the board's is still reported.
    EXPECT_GE(in_unit("u3"), 1);
}

TEST(EntityAcronyms, AnAcronymTheSourceDefinesStandsForTheWordsItExpands) {
    // A plain-language version calls the body by the acronym where the statute writes its name.
    const std::vector<testing::Pair> doc = {
        {"La Communauté d'agglomération du Val-Sorlin (CAVS) reconduit l'aide.", "La CAVS continue à donner de l'argent."},
        {"Le dossier est instruit par la Communauté.", "La CAVS étudie votre dossier."}};
    const auto f = testing::check_pairs(doc, "entity.*", "fr", "fr");
    EXPECT_TRUE(f.empty()) << (f.empty() ? "" : f[0].message);
    // Another acronym in its place is still a substitution.
    const auto g = testing::check_pairs({doc[0], {"Le dossier est instruit par la Communauté.", "L'ANAH étudie votre dossier."}},
                                        "entity.*", "fr", "fr");
    EXPECT_FALSE(g.empty());
}

}  // namespace
}  // namespace verity::rules
