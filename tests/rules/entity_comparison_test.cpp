// The entity comparison on bare pairs: what counts as a counterpart, and what is reported.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <utility>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "rules/engine/context.hpp"
#include "rules/engine/packs.hpp"
#include "rules/entities/entities.hpp"
#include "rules/entities/spelling.hpp"

namespace verity::rules {
namespace {

const PackSet& packs() {
    static const PackSet set = PackSet::builtin();
    return set;
}

// One run for all the comparisons: its dictionaries are loaded once.
const RunContext& run() {
    static const RunContext context(packs(), RunSettings{});
    return context;
}

std::string text_of(std::string_view text, const Entity& e) { return std::string(text.substr(e.begin, e.end - e.begin)); }

// The comparison `c` of source `s` and target `t` pairs one substitution: `from` in the source with `to`.
void expect_one_substitution(const EntityComparison& c, std::string_view s, std::string_view t, std::string_view from,
                             std::string_view to) {
    ASSERT_EQ(c.substitutions.size(), 1u);
    EXPECT_EQ(text_of(s, c.source[c.substitutions[0].first]), from);
    EXPECT_EQ(text_of(t, c.target[c.substitutions[0].second]), to);
}

TEST(EntityWords, FoldTransliteratesAndSplitsCompounds) {
    EXPECT_EQ(fold_key("Hamáček"), "hamacek");
    EXPECT_EQ(fold_key("Мурманск"), "murmansk");
    // Accented Latin folds without the transliterator; other letters still go through it.
    EXPECT_EQ(fold_key("Straße"), "strasse");
    EXPECT_EQ(fold_key("ÉTATS-UNIS"), "etats-unis");
    EXPECT_EQ(fold_key("Łódź"), "lodz");
    EXPECT_EQ(fold_key("Ærø"), "aero");
    EXPECT_EQ(fold_key("Αθήνα"), "athena");
    const auto w = split_words("The U.S. and Kidawa-Błońska's team");
    ASSERT_EQ(w.size(), 7u);
    EXPECT_EQ(w[1].key, "us");
    EXPECT_TRUE(w[1].acronym);
    EXPECT_FALSE(w[2].sentence_start);  // the dot of "U.S." ends no sentence
    EXPECT_TRUE(w[4].joined);           // joined by a hyphen
}

// fold_key spells some Latin letters and marks in ASCII itself ("ł", "æ", "ß", "ʻ", "…") rather than
// build ICU's transliterator: for each code point of the Latin blocks, the spacing modifier letters
// and general punctuation, alone, inside a word, between capitals and under an accent, it must give
// what the transliterator gives.
TEST(EntityWords, LatinFoldsAsTheTransliteratorFolds) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> icu_fold(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Any-Lower", UTRANS_FORWARD, status));
    ASSERT_TRUE(U_SUCCESS(status) && icu_fold);
    auto expected = [&](const icu::UnicodeString& text) {
        icu::UnicodeString u = text;
        icu_fold->transliterate(u);
        std::string out;
        u.toUTF8String(out);
        return out;
    };
    const std::pair<UChar32, UChar32> blocks[] = {{0x80, 0x2FF}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}};
    for (const auto& [first, last] : blocks)
        for (UChar32 c = first; c <= last; ++c) {
            if (!u_isdefined(c) || u_iscntrl(c)) continue;
            const icu::UnicodeString cp(c);
            for (const icu::UnicodeString& text : {cp, cp + "a", "B" + cp + "C", "b" + cp + "c",
                                                   cp + icu::UnicodeString(static_cast<UChar32>(0x301))}) {
                std::string utf8;
                text.toUTF8String(utf8);
                EXPECT_EQ(fold_key(utf8), expected(text)) << utf8;
            }
        }
}

TEST(EntityWords, LatinLettersEndWhereAnUnspacedScriptBegins) {
    const auto w = split_words("VPN을 끄세요 DNS보다");
    ASSERT_EQ(w.size(), 5u);
    EXPECT_EQ(w[0].key, "vpn");
    EXPECT_TRUE(w[0].acronym);
    EXPECT_EQ(w[3].key, "dns");
    // Accented Latin letters stay in their word.
    EXPECT_EQ(split_words("Hamáček").size(), 1u);
}


TEST(EntityComparison, SubstitutionNamesBothSides) {
    const std::string s = "The new mechanisms between Morocco and the European Commission will include support.";
    const std::string t = "The new partnership between UNHCR and Morocco could cover support.";
    // In a run of its own over the packs.
    const auto c = compare_entity_texts(s, t, packs(), "en", "en");
    expect_one_substitution(c, s, t, "European Commission", "UNHCR");
    EXPECT_TRUE(c.missing.empty());
    EXPECT_TRUE(c.added.empty());
}

// A segment left as its own translation (untranslated, or unchanged in a revision) names what it names on
// both sides, and reports nothing; across languages each side is still read by its own language.
TEST(EntityComparison, TextThatIsItsOwnTranslationReportsNothing) {
    const std::string en = "Jean Dupont told the European Commission in Brussels that the OECD and UNHCR agreed.";
    const auto same = compare_entity_texts(en, en, run(), "en", "en");
    ASSERT_FALSE(same.source.empty());
    ASSERT_EQ(same.target.size(), same.source.size());
    for (std::size_t i = 0; i < same.source.size(); ++i) {
        EXPECT_EQ(text_of(en, same.target[i]), text_of(en, same.source[i]));
        EXPECT_EQ(same.target[i].core, same.source[i].core);
    }
    EXPECT_TRUE(same.substitutions.empty());
    EXPECT_TRUE(same.missing.empty());
    EXPECT_TRUE(same.added.empty());
    const std::string de = "Die Europäische Kommission traf Vertreter der OECD in Brüssel.";
    const auto untranslated = compare_entity_texts(de, de, run(), "de", "en");
    EXPECT_FALSE(untranslated.source.empty());
    EXPECT_FALSE(untranslated.target.empty());
    EXPECT_TRUE(untranslated.substitutions.empty());
    EXPECT_TRUE(untranslated.missing.empty());
    EXPECT_TRUE(untranslated.added.empty());
}

TEST(EntityComparison, AliasesAcronymsCaseAndVariantsAreCounterparts) {
    auto clean = [](std::string_view s, std::string_view t, std::string_view sl = "en", std::string_view tl = "en") {
        const auto c = compare_entity_texts(s, t, run(), sl, tl);
        return c.substitutions.empty() && c.missing.empty() && c.added.empty();
    };
    EXPECT_TRUE(clean("cooperation with European Union agencies", "cooperation with EU agencies"));
    EXPECT_TRUE(clean("between Morocco and the EU", "between the Kingdom of Morocco and the European Union"));
    EXPECT_TRUE(clean("the new Migration and Asylum Pact", "the new migration and asylum pact"));
    EXPECT_TRUE(clean("King Mohammed VI spoke", "King Mohamed VI spoke"));
    EXPECT_TRUE(clean("The National Council for Human Rights came.", "The NCHR came."));
    EXPECT_TRUE(clean("L'Union européenne aide le Maroc.", "The EU helps Morocco.", "fr", "en"));
    // Within one language a partly restated name is reworded, not replaced.
    EXPECT_TRUE(clean("on the Buffalo-Pittsburgh Freeway", "on the Buffalo-Pittsburgh Highway"));
    EXPECT_FALSE(clean("They met in South Africa.", "They met in Kenya."));
}

TEST(EntityComparison, SentenceInitialWordsNeedUnchangedNeighbours) {
    // "Murray" might be any first word; the unchanged rest makes the swap a substitution.
    EXPECT_EQ(compare_entity_texts("Murray lost the first set.", "Hamáček lost the first set.", run(), "en", "en")
                  .substitutions.size(),
              1u);
    const auto c = compare_entity_texts("Transporting goods is costly.", "Moving freight is costly.", run(), "en", "en");
    EXPECT_TRUE(c.substitutions.empty() && c.missing.empty() && c.added.empty());
}

TEST(EntityComparison, LoneGermanNounsAreNoNames) {
    const auto c = compare_entity_texts("Der Zeuge hörte Geräusche in der Talstraße.", "A witness heard noises on Talstrasse.",
                                        run(), "de", "en");
    EXPECT_TRUE(c.substitutions.empty() && c.missing.empty() && c.added.empty());
}

TEST(EntityComparison, CountryAndLanguageNamesMatchAcrossLanguages) {
    auto clean = [](std::string_view s, std::string_view t, std::string_view sl, std::string_view tl) {
        const auto c = compare_entity_texts(s, t, run(), sl, tl);
        return c.substitutions.empty() && c.missing.empty() && c.added.empty();
    };
    // ICU's display names, in the pair's two languages, folded and inflected.
    EXPECT_TRUE(clean("The team travelled to Croatia.", "Das Team reiste nach Kroatien.", "en", "de"));
    EXPECT_TRUE(clean("Das Team reiste nach Kroatien.", "The team travelled to Croatia.", "de", "en"));
    EXPECT_TRUE(clean("Aid arrived in the Philippines.", "La ayuda llegó a Filipinas.", "en", "es"));
    EXPECT_TRUE(clean("The manual is in French.", "El manual está en francés.", "en", "es"));
    EXPECT_TRUE(clean("She speaks Czech at home.", "Sie spricht zu Hause Tschechisch.", "en", "de"));
    EXPECT_TRUE(clean("Select the French keyboard.", "Wählen Sie die französische Tastatur.", "en", "de"));
    // Another country is still a replacement, and named as such.
    const std::string s = "The team travelled to Croatia.", t = "Das Team reiste nach Serbien.";
    const auto c = compare_entity_texts(s, t, run(), "en", "de");
    ASSERT_EQ(c.substitutions.size(), 1u);
    EXPECT_EQ(text_of(s, c.source[c.substitutions[0].first]), "Croatia");
    EXPECT_EQ(text_of(t, c.target[c.substitutions[0].second]), "Serbien");
    EXPECT_TRUE(c.missing.empty() && c.added.empty());
    EXPECT_FALSE(clean("Aid arrived in the Philippines.", "La ayuda llegó a Indonesia.", "en", "es"));
}

TEST(EntityComparison, AStopWordOpensAKnownName) {
    // Italian "stati" is a stop word ("been"), and the first word of "Stati Uniti".
    const std::string s = "Il gruppo partirà per una tournée negli Stati Uniti e in Canada.";
    const std::string t = "The group will leave for a tour of China and Canada.";
    const auto c = compare_entity_texts(s, t, run(), "it", "en");
    ASSERT_EQ(c.substitutions.size(), 1u);
    EXPECT_EQ(text_of(s, c.source[c.substitutions[0].first]), "Stati Uniti");
    const auto same = compare_entity_texts(s, "The group will leave for a tour of the United States and Canada.", run(), "it", "en");
    EXPECT_TRUE(same.substitutions.empty() && same.missing.empty() && same.added.empty());
}

TEST(EntityComparison, GermanNounRunsNeedAName) {
    auto clean = [](std::string_view s, std::string_view t, std::string_view sl, std::string_view tl) {
        const auto c = compare_entity_texts(s, t, run(), sl, tl);
        return c.substitutions.empty() && c.missing.empty() && c.added.empty();
    };
    // Capitalised nouns translated by lower-case words are no names.
    EXPECT_TRUE(clean("They called for a holy war.", "Sie riefen zum Heiligen Krieg auf.", "en", "de"));
    // A run the other side renders by an unmatched name is one, and was replaced.
    const std::string s = "Musiker wie Peter Frampton lobten ihn.", t = "Musicians like Macura praised him.";
    const auto c = compare_entity_texts(s, t, run(), "de", "en");
    ASSERT_EQ(c.substitutions.size(), 1u);
    EXPECT_EQ(text_of(s, c.source[c.substitutions[0].first]), "Peter Frampton");
    EXPECT_EQ(text_of(t, c.target[c.substitutions[0].second]), "Macura");
}

TEST(EntityComparison, DerivedAndPartlyTranslatedNamesMatchAcrossLanguages) {
    auto clean = [](std::string_view s, std::string_view t, std::string_view sl, std::string_view tl) {
        const auto c = compare_entity_texts(s, t, run(), sl, tl);
        return c.substitutions.empty() && c.missing.empty() && c.added.empty();
    };
    // A demonym finds its country's ICU name by stem.
    EXPECT_TRUE(clean("Most Canadians agree with Tom Baker.", "Die meisten Kanadier stimmen Tom Baker zu.", "en", "de"));
    EXPECT_TRUE(clean("Die meisten Kanadier stimmen Tom Baker zu.", "Most Canadians agree with Tom Baker.", "de", "en"));
    // A name whose first word is there under its known name, the rest translated.
    EXPECT_TRUE(clean("It is part of the Prague Transport Company history.", "Es gehört zur Geschichte der Prager Verkehrsbetriebe.",
                      "en", "de"));
    // A cognate of a title alone does not vouch for the name.
    EXPECT_FALSE(clean("Ministerpräsident Markus Söder sprach.", "Prime Minister Falklands spoke.", "de", "en"));
    // Longer transcriptions differ in two letters.
    EXPECT_TRUE(clean("Dustin Runalls commented.", "Dustin Runnels commented.", "en", "en"));
}

}  // namespace
}  // namespace verity::rules

namespace verity::rules {
namespace {

bool wordnet_present() {
    const char* env = std::getenv("VERITY_WORDNET_DIR");
    const std::string dir = env && *env ? env : "/usr/share/wordnet";
    return std::ifstream(dir + "/data.noun").good();
}

bool clean_pair(std::string_view s, std::string_view t, std::string_view sl, std::string_view tl) {
    const auto c = compare_entity_texts(s, t, run(), sl, tl);
    return c.substitutions.empty() && c.missing.empty() && c.added.empty();
}

TEST(EntityTranslation, DescriptiveEnglishNamesMayBeTranslated) {
    if (!wordnet_present()) GTEST_SKIP() << "WordNet is not installed";
    // Every word of the name is an ordinary English word: a translator translates it.
    EXPECT_TRUE(clean_pair("The Football Association fined the club.", "Der Fußballverband bestrafte den Verein.", "en", "de"));
    EXPECT_TRUE(clean_pair("He met South American leaders.", "Er traf südamerikanische Politiker.", "en", "de"));
    // A name WordNet knows only as a name is still missed when it is gone.
    const auto c = compare_entity_texts("Talks with Vladimir Putin failed.", "Die Gespräche scheiterten.", run(), "en", "de");
    EXPECT_FALSE(c.missing.empty());
    // Its name-only words found, the rest translated: "Lower Tyrol" / "Niedertirol".
    EXPECT_TRUE(clean_pair("She was born in Lower Tyrol.", "Sie wurde in Niedertirol geboren.", "en", "de"));
}

TEST(EntityTranslation, CitiesCurrenciesAndCountriesUnderTheirLocalNames) {
    EXPECT_TRUE(clean_pair("She moved to Lisbon in May.", "Sie zog im Mai nach Lissabon.", "en", "de"));
    EXPECT_TRUE(clean_pair("It costs $5 million.", "Es kostet 5 Millionen US-Dollar.", "en", "de"));
    EXPECT_TRUE(clean_pair("The Spanish delegation left.", "Die Delegation aus Spanien reiste ab.", "en", "de"));
}

TEST(EntityTranslation, AcronymsAreLocalisedAndCapitalsAreNotAlwaysNames) {
    // A localised acronym keeps most of the original's letters (or the packs know it); one with fewer than half
    // of them in common replaced it, and one written in letters beyond ASCII may be the original's own.
    EXPECT_TRUE(clean_pair("The GDP grew by 2%.", "Das BIP wuchs um 2 %.", "en", "de"));
    EXPECT_TRUE(clean_pair("The NGO published the report.", "Die NRO veröffentlichte den Bericht.", "en", "de"));
    EXPECT_TRUE(clean_pair("NATO will fund the project.", "L'OTAN financera le projet.", "en", "fr"));
    EXPECT_FALSE(clean_pair("Le HCR financera le projet.", "NATO will fund the project.", "fr", "en"));
    const std::string s = "Food comes from local farms and the federal TEFAP program.";
    const std::string t = "Los alimentos provienen de granjas de la zona y el programa federal SNAP.";
    expect_one_substitution(compare_entity_texts(s, t, run(), "en", "es"), s, t, "TEFAP", "SNAP");
    EXPECT_TRUE(clean_pair("It will be difficult for the OPC to stay indifferent.",
                           "Es wird für das ÚOHS schwierig sein, untätig zu bleiben.", "en", "de"));
    // An acronym spelled out in lower case on the other side.
    EXPECT_TRUE(clean_pair("Check the VIN first.", "Check the vehicle identification number first.", "en", "en"));
    // Roman numerals and headlines in capitals.
    EXPECT_TRUE(clean_pair("It dates from the third century.", "Es stammt aus dem III. Jahrhundert.", "en", "de"));
    EXPECT_TRUE(clean_pair("WHAT WE KNOW SO FAR", "WAS WIR BISHER WISSEN", "en", "de"));
    // An acronym that only begins a German compound noun is no name by itself.
    EXPECT_TRUE(clean_pair("The European commissioner spoke.", "Der EU-Kommissar sprach.", "en", "de"));
}

TEST(EntityTranslation, AnAcronymThatBeginsNoWordOfTheNameInItsPlaceReplacedIt) {
    if (run().dictionary("de", "en").empty()) GTEST_SKIP() << "no German-English FreeDict dictionary";
    // A localised acronym spells the translated expansion: its first letter begins a word of the name or of a
    // translation ("europäische" / "European", "Vereinten" / "United").
    EXPECT_TRUE(clean_pair("Die Europäische Zentralbank erhöht die Zinsen.", "The ECB is raising interest rates.", "de", "en"));
    EXPECT_TRUE(clean_pair("Die Vereinten Nationen tagen heute.", "The UN is meeting today.", "de", "en"));
    // One that begins none stands for another name.
    const std::string s = "Nach Angaben der Johns-Hopkins-Universität sind rund 5000 Menschen gestorben.";
    const std::string t = "According to OVM, around 5,000 people have died.";
    expect_one_substitution(compare_entity_texts(s, t, run(), "de", "en"), s, t, "Johns-Hopkins-Universität", "OVM");
}

TEST(EntityTranslation, ALoneEnglishNameInAnotherNamesPlaceReplacedIt) {
    if (!wordnet_present()) GTEST_SKIP() << "WordNet is not installed";
    const std::string s = "Gestern sprach Keller lange mit den Journalisten.";
    const std::string t = "Yesterday Hamáček spoke to the journalists at length.";
    expect_one_substitution(compare_entity_texts(s, t, run(), "de", "en"), s, t, "Keller", "Hamáček");
    // An exonym is no replacement.
    EXPECT_TRUE(clean_pair("Gestern sprach man in Mailand lange darüber.", "Yesterday people in Milan talked about it at length.", "de", "en"));
}

TEST(EntityComparison, OrdinaryWordsWithACapitalAreNoNamesWithinEnglish) {
    if (!wordnet_present()) GTEST_SKIP() << "WordNet is not installed";
    EXPECT_TRUE(clean_pair("Nearly all of them came.", "Almost all of them came.", "en", "en"));
    EXPECT_TRUE(clean_pair("The decision was taken by the committee.", "The decision was taken by the Board.", "en", "en"));
    EXPECT_FALSE(clean_pair("Murray lost the first set.", "Hamáček lost the first set.", "en", "en"));
    EXPECT_TRUE(clean_pair("The cases rose in Kolín.", "The cases rose in Kolínsko.", "en", "en"));
    // A legal form is no name by itself; a capitalised short form of a long name is that name.
    EXPECT_TRUE(clean_pair("It is run by the Organization for Security and Cooperation in Europe.",
                           "It is run by the Organization for Security and Co-operation in Europe.", "en", "en"));
    EXPECT_TRUE(clean_pair("As Rzeczpospolita reports, the budget grew.", "As Rz reports, the budget grew.", "en", "en"));
}

TEST(EntityComparison, MixedCaseAcronymsSpellTheirExpansion) {
    // Each capital begins a word; a lower-case letter continues it or begins a short connector.
    EXPECT_TRUE(clean_pair("The Asian Infrastructure Bank approved the loan.", "The AsIB approved the loan.", "en", "en"));
    EXPECT_TRUE(clean_pair("The MoU was signed in May.", "The Memorandum of Understanding was signed in May.", "en", "en"));
    EXPECT_TRUE(clean_pair("Funding came from DfE in June.", "Funding came from the Department for Education in June.", "en", "en"));
    // Letters that spell another name are no counterpart.
    const std::string s = "The Bank of Ireland raised its rates.";
    const std::string t = "The AfDB raised its rates.";
    const auto c = compare_entity_texts(s, t, run(), "en", "en");
    ASSERT_EQ(c.substitutions.size(), 1u);
    EXPECT_EQ(text_of(t, c.target[c.substitutions[0].second]), "AfDB");
}

TEST(EntityComparison, NamesSharingOnlyAGenericWordAreDifferent) {
    if (!wordnet_present()) GTEST_SKIP() << "WordNet is not installed";
    // Only the head noun in common: another organisation.
    const std::string s = "The Nordic Investment Bank will lend the money.";
    const std::string t = "The World Bank will lend the money.";
    const auto c = compare_entity_texts(s, t, run(), "en", "en");
    ASSERT_EQ(c.substitutions.size(), 1u);
    EXPECT_EQ(text_of(s, c.source[c.substitutions[0].first]), "Nordic Investment Bank");
    EXPECT_FALSE(clean_pair("The Bank of Scotland agreed.", "The Bank of Portugal agreed.", "en", "en"));
    // A new person behind an unchanged title.
    EXPECT_FALSE(clean_pair("Finance Minister Olaf Brandt spoke.", "Finance Minister Tadeusz Wielgosz spoke.", "en", "en"));
    // Reworded, shortened, misspelt or moved: the same name.
    EXPECT_TRUE(clean_pair("on the Dover-Calais Freeway", "on the Dover-Calais Highway", "en", "en"));
    EXPECT_TRUE(clean_pair("The Election Commission met.", "The Electoral Commission met.", "en", "en"));
    EXPECT_TRUE(clean_pair("The Ural Mining Company Group grew.", "The Ural Mining Company grew.", "en", "en"));
    EXPECT_TRUE(clean_pair("Ann Wexley, Speaker of the Senate, spoke.", "Senate Speaker Ann Wexley spoke.", "en", "en"));
    EXPECT_TRUE(clean_pair("The US Army took part.", "The American Army took part.", "en", "en"));
}

TEST(EntityComparison, AWordThatOnlyNamesReplacedInsideAKeptNameIsAnotherName) {
    if (!wordnet_present() || run().dictionary("de", "en").empty()) GTEST_SKIP() << "no WordNet or German-English dictionary";
    // The rest of the name kept does not vouch for the word that names: another firm, another person.
    const std::string s = "Wir arbeiten mit der Hagemann Umweltdienste GmbH.", t = "Wir arbeiten mit der Hagedorn Umweltdienste GmbH.";
    const auto c = compare_entity_texts(s, t, run(), "de", "de");
    ASSERT_EQ(c.substitutions.size(), 1u);
    EXPECT_EQ(text_of(t, c.target[c.substitutions[0].second]), "Hagedorn Umweltdienste GmbH");
    EXPECT_FALSE(clean_pair("We work with Brennick Environmental Services Ltd.", "We work with Osterley Environmental Services Ltd.", "en", "en"));
    EXPECT_FALSE(clean_pair("Governor Maria Delacourt Finch signed it.", "Governor Maria Okoro Finch signed it.", "en", "en"));
    // An acronym for words of the name, a people's adjective, a word inside the lost one: the same name.
    EXPECT_TRUE(clean_pair("It met at the European Union Foreign Affairs Council.", "It met at the EU Foreign Affairs Council.", "en", "en"));
    EXPECT_TRUE(clean_pair("The Government of Finland will pay.", "The Finnish Government will pay.", "en", "en"));
}

TEST(EntityComparison, GermanCommonNounsWrittenOpenOrClosedAreNoNames) {
    if (run().dictionary("de", "en").empty()) GTEST_SKIP() << "no German-English dictionary";
    // A plain-language rewrite hyphenates compounds and rewords noun phrases: none of it names anything.
    EXPECT_TRUE(clean_pair("Der Bioabfall wird wöchentlich abgefahren.", "Der Bio-Abfall wird jede Woche abgeholt.", "de", "de"));
    EXPECT_TRUE(clean_pair("Die Abfuhrtage stehen im Abfallkalender.", "Die Abfuhr-Tage stehen im Abfall-Kalender.", "de", "de"));
    EXPECT_TRUE(clean_pair("Die Stadt betreibt die Abfallentsorgung.", "Die Stadt betreibt die Müll-Abfuhr.", "de", "de"));
    // A run with a word that only names still counts.
    EXPECT_FALSE(clean_pair("Die Stadt beauftragt die Firma Hagemann.", "Die Stadt beauftragt die Firma Kowalczyk-Bau.", "de", "de"));
}

TEST(EntityComparison, WithoutALexiconOnlyTheSharedHeadMakesNamesDifferent) {
    EXPECT_FALSE(clean_pair("La Banque de France a financé le projet.", "La Banque de Grèce a financé le projet.", "fr", "fr"));
    EXPECT_TRUE(clean_pair("La Banque de France a financé le projet.", "La Banque de France a aidé le projet.", "fr", "fr"));
}

TEST(EntityTranslation, InterfaceStringsAndAddressesAreNoLostNames) {
    // A region code after its city may be spelled out or left out.
    EXPECT_TRUE(clean_pair("Denver, CO", "Denver, Colorado", "en", "de"));
    EXPECT_TRUE(clean_pair("Denver, CO", "Denver", "en", "en"));
    // A segment that is one title-case label is translated as a phrase.
    EXPECT_TRUE(clean_pair("Manage Saved Passwords", "Gespeicherte Passwörter verwalten", "en", "de"));
    EXPECT_TRUE(clean_pair("Manage Saved Passwords", "Gestisci Password Salvate", "en", "it"));
    // Words that only look like an acronym of an alias set ("OTAN", "USA") and lone letters are no names.
    EXPECT_TRUE(clean_pair("When you leave, the app stops.", "Όταν φύγετε, η εφαρμογή σταματά.", "en", "el"));
    EXPECT_TRUE(clean_pair("Use a proxy", "Usa un proxy", "en", "it"));
    EXPECT_TRUE(clean_pair("No folder was set in the config file.", "В файле конфигурации не задана папка.", "en", "ru"));
    // A mid-sentence label in another sentence is still a name.
    EXPECT_TRUE(clean_pair("Mozilla Sync Settings", "Impostazioni di Opera Turbo", "en", "it"));
    // A label right after markup names an interface element, translated in its own words.
    EXPECT_TRUE(clean_pair("Click the button to open <b>Saved Passwords Manager</b> now.",
                           "Fai clic sul pulsante per aprire <b>Gestore Password Salvate</b> ora.", "en", "it"));
    EXPECT_TRUE(clean_pair("Okay", "OK", "en", "cs"));
    // A segment of names and symbols alone is a label too.
    EXPECT_TRUE(clean_pair("Manage Mozilla Sync & Opera Turbo", "Gestisci la sincronizzazione e il turbo", "en", "it"));
    EXPECT_FALSE(clean_pair("Use Mozilla Sync and Opera Turbo", "Usa la sincronizzazione e il turbo", "en", "it"));
    EXPECT_FALSE(clean_pair("Open the Mozilla Sync Settings page.", "Apri la pagina Opera Turbo Center.", "en", "it"));
}

TEST(EntityTranslation, AMidSentenceWordTheDictionaryDoesNotKnowIsAName) {
    if (run().dictionary("fr", "en").empty()) GTEST_SKIP() << "no French-English FreeDict dictionary";
    // "Vercours" is no French word: a name, lost in the translation.
    const auto c = compare_entity_texts("Sa filiale Vercours reste ouverte.", "Its subsidiary remains open.", run(), "fr", "en");
    EXPECT_EQ(c.missing.size(), 1u);
    // A word the dictionary knows, or a name the target spells another way, is no loss.
    EXPECT_TRUE(clean_pair("Les enfants visitent la Bretagne et Londres.", "The children visit Brittany and London.", "fr", "en"));
}

TEST(EntityTranslation, HyphenatedEnglishWordsAreCommonWordsJoined) {
    if (!wordnet_present()) GTEST_SKIP() << "WordNet is not installed";
    // "E-Mail" is WordNet's "email": a word a translation renders in its own words.
    EXPECT_TRUE(clean_pair("Send the form by E-Mail today.", "Envoyez le formulaire par courriel aujourd'hui.", "en", "fr"));
}

TEST(EntityTranslation, ALoneEnglishNameWithNothingLikeItInTheSourceIsAdded) {
    if (!wordnet_present()) GTEST_SKIP() << "WordNet is not installed";
    const auto c = compare_entity_texts("Gestern sprach der Minister lange mit den Journalisten.",
                                        "Yesterday the minister spoke at length with Hamáček and the journalists.", run(), "de", "en");
    ASSERT_EQ(c.added.size(), 1u);
    // An exonym or an adjective of the name in the source is no addition.
    EXPECT_TRUE(clean_pair("Die Proben wurden in Losanna und Genf untersucht.", "The samples were examined in Lausanne and Geneva.", "de", "en"));
    EXPECT_TRUE(clean_pair("Sie lebt in der kornischen Stadt.", "She lives in the town in Cornwall.", "de", "en"));
}

TEST(EntityTranslation, AnInstitutionTranslatedWordByWordKeepsItsName) {
    if (run().dictionary("de", "en").empty() || run().dictionary("es", "en").empty())
        GTEST_SKIP() << "no German-English or Spanish-English FreeDict dictionary";
    // Each word rendered: the word itself, its translation (also of a compound's parts) or the city's name.
    EXPECT_TRUE(clean_pair("Das Landgericht Köln wies die Klage ab.", "The Regional Court of Cologne dismissed the action.", "de", "en"));
    EXPECT_TRUE(clean_pair("El Ministerio para la Transición Ecológica aprobó el plan.",
                           "The Ministry for the Ecological Transition approved the plan.", "es", "en"));
    // Another city, or another ministry, behind the same generic words is another institution.
    EXPECT_FALSE(clean_pair("Das Landgericht Köln wies die Klage ab.", "The Regional Court of Bonn dismissed the action.", "de", "en"));
    EXPECT_FALSE(clean_pair("El Ministerio para la Transición Ecológica aprobó el plan.", "The Ministry of Health approved the plan.",
                            "es", "en"));
}

TEST(EntityTranslation, ACommonNounRenderedAsATitleIsNoName) {
    if (run().dictionary("de", "en").empty()) GTEST_SKIP() << "no German-English FreeDict dictionary";
    // One source word whose dictionary translation is a phrase the name holds ("Hauptversammlung" =
    // "general meeting"), with a modifier before it, is its rendering, in either direction.
    EXPECT_TRUE(clean_pair("Die Dividende ist am Tag nach der Hauptversammlung fällig.",
                           "The dividend is payable on the day after the Annual General Meeting.", "de", "en"));
    EXPECT_TRUE(clean_pair("The dividend is payable on the day after the Annual General Meeting.",
                           "Die Dividende ist am Tag nach der Hauptversammlung fällig.", "en", "de"));
    // Another meeting, or the phrase followed by a name, is not.
    EXPECT_FALSE(clean_pair("Die Dividende ist am Tag nach der Hauptversammlung fällig.",
                            "The dividend is payable on the day after the Supervisory Board Meeting.", "de", "en"));
    EXPECT_FALSE(clean_pair("Die Fraktionen warfen Ministerpräsident Markus Söder (CSU) Untätigkeit vor.",
                            "The factions accused Prime Minister Falklands (CSU) of inaction.", "de", "en"));
}

TEST(EntityTranslation, AnAcronymDefinedInTheTextStandsForItsExpansion) {
    if (run().dictionary("de", "en").empty() || run().dictionary("es", "en").empty())
        GTEST_SKIP() << "no German-English or Spanish-English FreeDict dictionary";
    // The same acronym on both sides vouches for the translated expansion, and the expansions for their acronyms.
    EXPECT_TRUE(clean_pair("El Consejo Superior de Investigaciones Científicas (CSIC) publicó el estudio.",
                           "The Spanish National Research Council (CSIC) published the study.", "es", "en"));
    EXPECT_TRUE(clean_pair("Die Beklagte hat gegen Artikel 32 der Datenschutz-Grundverordnung (DSGVO) verstoßen.",
                           "The defendant breached Article 32 of the General Data Protection Regulation (GDPR).", "de", "en"));
    // Another law with its own acronym is a substitution.
    EXPECT_FALSE(clean_pair("Die Beklagte hat gegen Artikel 32 der Datenschutz-Grundverordnung (DSGVO) verstoßen.",
                            "The defendant breached Article 32 of the Digital Services Act (DSA).", "de", "en"));
}

TEST(EntitySpelling, RespeltLettersLeaveTranscriptionAndInflection) {
    using entities::respelt_letters;
    // Spelling variants, transcriptions, endings and a swapped pair of letters change no letter that counts.
    EXPECT_EQ(respelt_letters("mohammed", "mohamed"), 0u);
    EXPECT_EQ(respelt_letters("donezk", "donetsk"), 0u);
    EXPECT_EQ(respelt_letters("wroclawiu", "wroclaw"), 0u);
    EXPECT_EQ(respelt_letters("bernardowi", "bernard"), 0u);
    EXPECT_EQ(respelt_letters("marseile", "marsiele"), 0u);
    EXPECT_EQ(respelt_letters("jelzin", "yeltsin"), 0u);
    // Letters changed inside the name or its end rewritten are a respelling.
    EXPECT_EQ(respelt_letters("hoffmann", "hartmann"), 3u);
    EXPECT_EQ(respelt_letters("lindberg", "lindbrook"), 3u);
    EXPECT_EQ(respelt_letters("salvino", "selvana"), 2u);
}

TEST(EntitySpelling, AFirstLetterChangedBeyondTranscriptionIsAnotherName) {
    using entities::respelt_letters;
    using entities::word_match;
    // One letter changed at the start is another name, unless the two letters spell one sound somewhere
    // (k/c, w/v, y/j/i, z/s) or the first is a silent h.
    EXPECT_FALSE(word_match("pellingham", "bellingham", false));
    EXPECT_FALSE(word_match("kessler", "hessler", true));
    EXPECT_TRUE(word_match("karlsson", "carlsson", true));
    EXPECT_TRUE(word_match("mohammed", "mohamed", false));
    EXPECT_EQ(respelt_letters("pellingham", "bellingham"), 1u);
    EXPECT_EQ(respelt_letters("kowalski", "howalski"), 1u);
    EXPECT_EQ(respelt_letters("hassan", "assan"), 0u);
    EXPECT_EQ(respelt_letters("walenty", "valenty"), 0u);
    // A number is no name whose first letter changed.
    EXPECT_EQ(respelt_letters("600mbit", "800mbit"), 0u);
}

TEST(EntityTranslation, ALoneNameWithAnotherFirstLetterIsAnotherName) {
    if (!wordnet_present()) GTEST_SKIP() << "WordNet is not installed";
    // Across languages a lone name is set aside unless something marks it; a first letter changed does.
    const std::string t = "Votre rendez-vous aura lieu avec M. Bellingham, votre chirurgien.";
    const auto c = compare_entity_texts("Your appointment is with Mr Pellingham, your surgeon.", t, run(), "en", "fr");
    ASSERT_EQ(c.substitutions.size(), 1u);
    EXPECT_EQ(text_of(t, c.target[c.substitutions[0].second]), "Bellingham");
    EXPECT_TRUE(clean_pair("Your appointment is with Mr Pellingham, your surgeon.",
                           "Votre rendez-vous aura lieu avec M. Pellingham, votre chirurgien.", "en", "fr"));
    // Within one language as well.
    EXPECT_FALSE(clean_pair("Your appointment is with Mr Pellingham.", "Your appointment is with Dr Bellingham.", "en", "en"));
}

TEST(EntityTranslation, AFamilyNameAfterAGivenNameIsCopiedNotTranslated) {
    if (!wordnet_present() || run().dictionary("en", "es").empty()) GTEST_SKIP() << "no WordNet or English-Spanish dictionary";
    // The given name found does not vouch for a family name that only names: it is there or replaced.
    const auto c = compare_entity_texts("Councillor Harriet Okonedo said the road had deteriorated.",
                                        "La concejala Harriet Okafor señaló que la calzada se ha deteriorado.", run(), "en", "es");
    EXPECT_FALSE(c.substitutions.empty() && c.missing.empty());
    EXPECT_TRUE(clean_pair("Councillor Harriet Okonedo said the road had deteriorated.",
                           "La concejala Harriet Okonedo señaló que la calzada se ha deteriorado.", "en", "es"));
    // Spelt for the other language, it is still there.
    EXPECT_TRUE(clean_pair("The head of the service, Tolib Sharipov, confirmed it.",
                           "Das bestätigte der Leiter der Behörde, Tolib Schwaripow.", "en", "de"));
}

TEST(EntityTranslation, AWordThatOnlyNamesRespeltBesideCopiedWordsIsAnotherName) {
    if (!wordnet_present() || run().dictionary("it", "en").empty()) GTEST_SKIP() << "no WordNet or Italian-English dictionary";
    // The given name copied does not vouch for a family name the target respells beyond transcription,
    // nor does a cognate's likeness render it word by word.
    const std::string s = "The library is led by Anjali Whitcombe.", t = "La bibliothèque est dirigée par Anjali Whitmore.";
    const auto c = compare_entity_texts(s, t, run(), "en", "fr");
    ASSERT_EQ(c.substitutions.size(), 1u);
    EXPECT_EQ(text_of(t, c.target[c.substitutions[0].second]), "Anjali Whitmore");
    EXPECT_FALSE(clean_pair("I centri di Castelmarro e Borgo Vallina apriranno.", "The centres in Castelmarro and Borgo Vallata will open.",
                           "it", "en"));
    // Copied, inflected or derived, it is there.
    EXPECT_TRUE(clean_pair("I centri di Castelmarro e Borgo Vallina apriranno.", "The centres in Castelmarro and Borgo Vallina will open.",
                           "it", "en"));
    EXPECT_TRUE(clean_pair("The library is led by Anjali Whitcombe.", "La bibliothèque est dirigée par Anjali Whitcombe.", "en", "fr"));
}

TEST(EntityTranslation, APersonAfterATitleOrPlaceIsNotVouchedForByIt) {
    if (run().dictionary("pl", "en").empty()) GTEST_SKIP() << "no Polish-English dictionary";
    // "USA" found does not make "Donald Trump" found: the person's own words must be there.
    EXPECT_FALSE(clean_pair("Prezydent USA Donald Trump skomentował decyzję.", "US President Erwin Huber commented on the decision.",
                            "pl", "en"));
    EXPECT_TRUE(clean_pair("Prezydent USA Donald Trump skomentował decyzję.", "US President Donald Trump commented on the decision.",
                           "pl", "en"));
}

TEST(EntityComparison, AGermanRunOfWordsNoDictionaryKnowsIsAName) {
    if (run().dictionary("de", "en").empty()) GTEST_SKIP() << "no German-English dictionary";
    // Neither word is a German noun: the run names someone, replaced by another name.
    const std::string s = "Am Abend sang Eroll Flynn im Stadion.", t = "In the evening Olivia Newton-John sang in the stadium.";
    const auto c = compare_entity_texts(s, t, run(), "de", "en");
    ASSERT_EQ(c.substitutions.size(), 1u);
    EXPECT_EQ(text_of(s, c.source[c.substitutions[0].first]), "Eroll Flynn");
    EXPECT_TRUE(clean_pair(s, "In the evening Eroll Flynn sang in the stadium.", "de", "en"));
}

TEST(EntityTranslation, ARespeltNameIsASubstitution) {
    if (!wordnet_present() || run().dictionary("de", "en").empty()) GTEST_SKIP() << "no WordNet or German-English dictionary";
    const std::string s = "Am Montag sprach Hoffmann mit den Journalisten.";
    const std::string t = "On Monday Hartmann spoke with the journalists.";
    const auto c = compare_entity_texts(s, t, run(), "de", "en");
    ASSERT_EQ(c.substitutions.size(), 1u);
    EXPECT_EQ(text_of(t, c.target[c.substitutions[0].second]), "Hartmann");
    EXPECT_TRUE(clean_pair("Am Montag sprach Hoffmann mit den Journalisten.", "On Monday Hofmann spoke with the journalists.", "de", "en"));
}

TEST(EntityTranslation, AnOrdinaryWordWhereCapitalsMarkNothingIsTranslatedNotReplaced) {
    if (!wordnet_present() || run().dictionary("pl", "en").empty() || run().dictionary("de", "en").empty())
        GTEST_SKIP() << "no WordNet or Polish-English and German-English dictionaries";
    // The first word of a sentence that the dictionary knows (an inflection of "dziecko") is no name that
    // the target's word replaced.
    auto c = compare_entity_texts("Dzieci bawiły się w parku do późnego wieczora.",
                                  "Children played in the park until late in the evening.", run(), "pl", "en");
    EXPECT_TRUE(c.substitutions.empty());
    // A word it does not know still is.
    c = compare_entity_texts("Kowalczyk zamknął szkołę na tydzień.", "Hamáček closed the school for a week.", run(), "pl", "en");
    EXPECT_EQ(c.substitutions.size(), 1u);
    // A German noun after an article is a noun ("den Endstand"); a name the source inflects ("Fedu") is no
    // replacement of the verb that opens the sentence.
    EXPECT_TRUE(compare_entity_texts("Die Mannschaft feierte den Endstand mit den Fans in Neapel.",
                                     "The team celebrated the final result with the fans in Napoli.", run(), "de", "en")
                    .substitutions.empty());
    EXPECT_TRUE(compare_entity_texts("Liczymy na kolejne decyzje Fedu w marcu.",
                                     "We are counting on further Fed decisions in March.", run(), "pl", "en")
                    .substitutions.empty());
}

TEST(EntityTranslation, AHeadlineInCapitalsIsNoName) {
    // Words too long for acronyms, or a short function word in a run of three: a title set in capitals.
    EXPECT_TRUE(compare_entity_texts("Product recall notice", "AVIS DE RAPPEL DE PRODUIT", run(), "en", "fr").target.empty());
    EXPECT_TRUE(compare_entity_texts("Baggage rules", "ZASADY BAGAŻOWE", run(), "en", "pl").target.empty());
    // Acronyms side by side stay names.
    EXPECT_FALSE(compare_entity_texts("Funding came from UNICEF USA.", "Funding came from UNICEF USA.", run(), "en", "en")
                     .source.empty());
}

TEST(EntityComparison, ACurrencyCodeBeforeAnAmountIsNoName) {
    // "EUR 12 million" reworded as "€12 million" keeps the currency; a code before an amount is the amount's
    // currency, which number.mismatch compares ("EUR 12 million" / "£12 million" is its finding, see the mul
    // units pack's examples), not a name.
    EXPECT_TRUE(clean_pair("Support this year comes to EUR 12 million.", "Support this year totals €12 million.", "en", "en"));
    EXPECT_TRUE(clean_pair("Support this year comes to EUR 12 million.", "Support this year totals £12 million.", "en", "en"));
    EXPECT_TRUE(clean_pair("The average wage was 34 125 korun.", "The average wage was CZK 34,125.", "en", "en"));
    // Not before an amount, a code is compared as a name would be.
    EXPECT_FALSE(clean_pair("Prices are shown in EUR.", "Prices are shown in GBP.", "en", "en"));
}

TEST(EntityComparison, PartsOfIdentifiersAreNoNames) {
    EXPECT_TRUE(clean_pair("Change the expiry price.", "Ändern Sie OPT_EXPIRY_PX_DATE.", "en", "de"));
    EXPECT_TRUE(clean_pair("Phase 0 - Initial UI", "QA2__Phase 0 - Initial UI", "en", "en"));
}

}  // namespace
}  // namespace verity::rules
