// Names of no wide fame are copied as written: between languages that keep names' letters, a name no
// resource knows that the target respells (a letter changed, added or dropped, a vowel inside it too) is
// another name; a transcription's swaps, a vowel ending adapted, two neighbouring letters swapped by a slip of
// the keyboard and known names keep their looser tests.
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "rules/entities/acronyms.hpp"
#include "rules/entities/copied_names.hpp"
#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

std::vector<Finding> entity_findings(const std::string& source, const std::string& target, const std::string& src_lang,
                                     const std::string& tgt_lang) {
    return testing::rule_findings("entity.*", source, target, src_lang, tgt_lang);
}

TEST(CopiedNames, CopiedExactlyAllowsOnlyUmlautsPossessivesAndAdaptedEndings) {
    using entities::copied_exactly;
    EXPECT_TRUE(copied_exactly("mueller", "muller"));
    EXPECT_TRUE(copied_exactly("keller", "kellers"));
    EXPECT_TRUE(copied_exactly("occitanie", "occitania"));
    EXPECT_TRUE(copied_exactly("rica", "rican"));
    EXPECT_FALSE(copied_exactly("corvane", "corvale"));
    EXPECT_FALSE(copied_exactly("modolo", "modol"));
    EXPECT_FALSE(copied_exactly("valbranca", "valbrana"));
}

TEST(CopiedNames, ANameNoDictionaryKnowsRespeltAcrossLanguagesIsReported) {
    // A company's name with a consonant changed, the rest copied.
    auto f = entity_findings("The server is operated by our service provider, Corvane Systems Ltd.",
                             "Der Server wird von unserem Dienstleister Corvale Systems Ltd betrieben.", "en", "de");
    ASSERT_FALSE(f.empty());
    EXPECT_NE(f[0].message.find("Corvale"), std::string::npos) << f[0].message;
    // A town alone, a letter dropped.
    f = entity_findings("Our central office in Valbranca handles all bookings.",
                        "Nuestra oficina central en Valbrana gestiona todas las reservas.", "en", "es");
    EXPECT_FALSE(f.empty());
    // Copied as written: nothing.
    EXPECT_TRUE(entity_findings("Our central office in Valbranca handles all bookings.",
                                "Nuestra oficina central en Valbranca gestiona todas las reservas.", "en", "es")
                    .empty());
}

TEST(CopiedNames, AVowelChangedInsideANameNoDictionaryKnowsIsAnotherName) {
    const std::string source = "Die Arbeiten übernimmt die Firma Lenzinger aus Bad Kelmsdorf.";
    const auto f = entity_findings(source, "The work will be carried out by the firm Lanzinger from Bad Kelmsdorf.", "de", "en");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "entity.substitution");
    EXPECT_NE(f[0].message.find("Lanzinger"), std::string::npos) << f[0].message;
    // Copied as written, or two neighbouring letters swapped by a slip of the keyboard: nothing.
    for (const char* quiet : {"The firm Lenzinger from Bad Kelmsdorf will carry out the work.",
                              "The firm Lenzigner from Bad Kelmsdorf will carry out the work."})
        EXPECT_TRUE(entity_findings(source, quiet, "de", "en").empty()) << quiet;
    // Names from another script keep their sounds, not their letters: a glide written otherwise, sh for sch.
    EXPECT_TRUE(entity_findings("Sprecher Dmitri Peskow und Minister Sergej Lawrow reisten nach Minsk.",
                                "Spokesman Dmitry Peskov and minister Sergei Lavrov travelled to Minsk.", "de", "en")
                    .empty());
}

TEST(CopiedNames, TranscriptionsOfNamesFromOtherScriptsAndExonymsStayQuiet) {
    // Consonants that transcriptions swap (v/w, j/i) and vowels: the same person.
    EXPECT_TRUE(entity_findings("Valery Poliakov spent 437 days in orbit.", "Waleri Poljakow verbrachte 437 Tage im Orbit.",
                                "en", "de")
                    .empty());
    // A name written with letters of another language may have an exonym of the target's own: it is no
    // name copied with a letter changed.
    for (const auto& x : entity_findings("The festival takes place in Český Krumlov.", "Das Festival findet in Krumau statt.",
                                         "en", "de"))
        EXPECT_EQ(x.message.find("copied as written"), std::string::npos) << x.message;
}

TEST(CopiedNames, ALoneNameReplacedByAnUnlikeOneInItsPlaceIsASubstitution) {
    // Names the resources know (WordNet's cities) as well: too few letters shared for an exonym, and no
    // dictionary gives the one for the other. A German place name ends in a word ("-feld") but starts with none.
    for (const auto& [src, tgt, lang] : std::vector<std::tuple<std::string, std::string, std::string>>{
             {"The partner is based in Lyon.", "Le partenaire est basé à Marseille.", "fr"},
             {"The car comes from our leasing partner in Neuss.", "Das Auto kommt von unserem Leasingpartner in Krefeld.", "de"}}) {
        const auto f = entity_findings(src, tgt, "en", lang);
        ASSERT_EQ(f.size(), 1u) << tgt;
        EXPECT_EQ(f[0].rule, "entity.substitution");
        EXPECT_NE(f[0].message.find("too few letters"), std::string::npos) << f[0].message;
        EXPECT_EQ(f[0].severity, Severity::Warning) << "an exonym may share no letters: not sure enough for an error";
    }
    // An exonym the dictionary or the packs know, or the name copied: nothing.
    EXPECT_TRUE(entity_findings("The office is in Cologne.", "Das Büro ist in Köln.", "en", "de").empty());
    EXPECT_TRUE(entity_findings("The partner is based in Lyon.", "Le partenaire est basé à Lyon.", "en", "fr").empty());
}

TEST(CopiedNames, ALoneNameNoDictionaryKnowsReplacedByAnotherInItsPlaceIsASubstitution) {
    auto f = entity_findings("The component was made by a subcontractor based in Branwick.",
                             "Le composant a été fabriqué par un sous-traitant établi à Holtby.", "en", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "entity.substitution");
    EXPECT_NE(f[0].message.find("Holtby"), std::string::npos) << f[0].message;
    EXPECT_EQ(f[0].severity, Severity::Warning) << "a name may be localised on purpose: not sure enough for an error";
    // German target: its nouns are capitalised, and a compound of known words ("Zulieferbetrieb") is no name.
    f = entity_findings("The parts come from a subcontractor based in Branwick.",
                        "Die Teile stammen von einem Zulieferbetrieb aus Holtby.", "en", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("\"Branwick\" in the source became \"Holtby\""), std::string::npos) << f[0].message;
    // Copied: nothing. A known name's exonym: nothing.
    EXPECT_TRUE(entity_findings("The component was made by a subcontractor based in Branwick.",
                                "Le composant a été fabriqué par un sous-traitant établi à Branwick.", "en", "fr")
                    .empty());
    EXPECT_TRUE(entity_findings("The component was made by a subcontractor based in London.",
                                "Le composant a été fabriqué par un sous-traitant établi à Londres.", "en", "fr")
                    .empty());
    // Far apart in their sentences, the two names do not stand in each other's place.
    for (const auto& x : entity_findings("Branwick is where the component was made by a subcontractor of ours.",
                                         "Le composant a été fabriqué par un de nos sous-traitants à Holtby.", "en", "fr"))
        EXPECT_NE(x.rule, "entity.substitution") << x.message;
}

TEST(CopiedNames, AWordOfNoWideFameReplacedInsideANameIsNotVouchedForByTheWordsKept) {
    // "Hotel" is kept, the hotel's own name replaced by another no resource knows.
    auto f = entity_findings("Gli studenti alloggeranno all'Hotel Lindenhof, in camere doppie.",
                             "Students will stay at the Hotel Stadtpark, in double rooms.", "it", "en");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "entity.substitution");
    EXPECT_NE(f[0].message.find("Hotel Stadtpark"), std::string::npos) << f[0].message;
    EXPECT_TRUE(entity_findings("Gli studenti alloggeranno all'Hotel Lindenhof, in camere doppie.",
                                "Students will stay at the Hotel Lindenhof, in double rooms.", "it", "en")
                    .empty());
    // A new name elsewhere in the sentence is no replacement for a word of this one: a dictionary that lacks
    // an ordinary word ("Equipo") says nothing.
    for (const auto& x : entity_findings("Prefería disfrutar de las victorias de Mincy en el Equipo Nacional.",
                                         "He preferred to enjoy the victories of Alexia Kenon in the National Team.", "es",
                                         "en"))
        EXPECT_EQ(x.message.find("Equipo"), std::string::npos) << x.message;
}

// An acronym replaced by one with fewer than half its letters in common is reported; when the two still share a
// letter, a localisation no pack lists would look the same, so a warning; one with no letter in common stays
// an error.
TEST(CopiedNames, AWordOfTheNamesLanguageInPlaceOfAnotherInACopiedNameIsAnotherName) {
    // "Pecan" copied into Spanish, which would have translated it: the name is copied whole, so "Grove", another
    // English word and no Spanish one, in the place of "Creek" names another park. Copied whole, nothing.
    auto f = entity_findings("Viewing areas are at Pecan Creek Park.",
                             "Las zonas de observación están en el parque Pecan Grove.", "en", "es");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "entity.substitution");
    EXPECT_NE(f[0].message.find("\"Pecan Grove\""), std::string::npos) << f[0].message;
    EXPECT_TRUE(entity_findings("Viewing areas are at Pecan Creek Park.",
                                "Las zonas de observación están en el parque Pecan Creek.", "en", "es")
                    .empty());
}

TEST(CopiedNames, AnAcronymReplacedByAnUnlikeOneIsAWarningWhenTheyShareALetter) {
    const auto shared = testing::rule_findings("entity.*", "Food comes from local farms and the federal TEFAP program.",
                                               "Los alimentos provienen de granjas de la zona y el programa federal SNAP.",
                                               "en", "es");
    ASSERT_EQ(shared.size(), 1u);
    EXPECT_EQ(shared[0].rule, "entity.substitution");
    EXPECT_EQ(shared[0].severity, Severity::Warning);
    EXPECT_TRUE(entities::unlike_acronyms("tefap", "snap"));
    EXPECT_FALSE(entities::unlike_acronyms("nato", "otan"));
    EXPECT_FALSE(entities::unlike_acronyms("ngo", "nro"));
    EXPECT_FALSE(entities::unlike_acronyms("eu", "ue"));
}

}  // namespace
}  // namespace verity::rules
