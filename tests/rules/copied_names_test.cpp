// Names of no wide fame are copied as written: between languages that keep names' letters, a name no
// resource knows that the target respells (a consonant changed, added or dropped) is another name; a
// transcription's swaps, a vowel ending adapted and known names keep their looser tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

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

}  // namespace
}  // namespace verity::rules
