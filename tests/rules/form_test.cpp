// The form rules: white space at the ends and doubled, closing punctuation, brackets, French spacing,
// doubled words and the capital at the start. Each with a pair that must stay silent and one that fires.
#include <gtest/gtest.h>

#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;
using testing::marked;

std::vector<std::string> rules_of(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings) out.push_back(f.rule);
    return out;
}

TEST(FormWhitespace, EndsCompareButLayoutDoesNot) {
    const auto f = check_pairs({{"Total: ", "Gesamt:"}}, "whitespace.*", "en", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "whitespace.trailing");
    EXPECT_EQ(f[0].severity, Severity::Info);
    // White space that holds a line break is the indentation of the XLIFF file.
    EXPECT_TRUE(check_pairs({{"\n      Save\n    ", "Speichern"}, {" Total ", " Gesamt "}}, "whitespace.*", "en", "de").empty());
}

TEST(FormWhitespace, AnInlineCodeAtTheEdgeHoldsTheSpace) {
    // "<ph/> puis cliquez": the plain text starts with the space after the code, and with a lower-case word.
    auto doc = testing::pairs_document({{"Click the button then go on.", " puis cliquez sur le bouton."}}, "en", "fr");
    xliff::InlineCode ph;
    ph.id = "2";
    ph.offset = 0;
    doc.files[0].units[0].segments[0].target->codes.push_back(ph);
    EXPECT_TRUE(testing::check_document(doc, "whitespace.*,text.capitalization").empty());
    doc.files[0].units[0].segments[0].target->codes.clear();
    EXPECT_EQ(testing::check_document(doc, "whitespace.*,text.capitalization").size(), 2u);
}

TEST(FormWhitespace, HtmlContentAndIntendedSpacesAreNoPadding) {
    // An HTML template's text: the browser collapses the spaces at its ends.
    auto doc = testing::pairs_document({{" Show all entries ", "Alle Einträge anzeigen"}}, "en", "de");
    EXPECT_EQ(testing::check_document(doc, "whitespace.*").size(), 2u);
    doc.files[0].units[0].datatype = "html";
    EXPECT_TRUE(testing::check_document(doc, "whitespace.*").empty());
    // A no-break space that glues a unit to its number, and a zero-width word-break mark, are written on purpose.
    EXPECT_TRUE(check_pairs({{"ms", "\u00a0ms"}, {"Confirm the change", "ຢືນຢັນ\u200b"}}, "whitespace.*", "en", "lo")
                    .empty());
}

TEST(FormWhitespace, DoubledSpacesOnlyWhereTheSourceHasNone) {
    const auto f = check_pairs({{"The value must be {{ type }}.", "Der Wert muss  {{ type }} sein."}}, "whitespace.doubled",
                               "en", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(marked(f[0].target), "  ");
    EXPECT_TRUE(check_pairs({{"Name:  Value", "Nom :  Valeur"}}, "whitespace.doubled", "en", "fr").empty());
}

TEST(FormPunctuation, ClosingMarksCompareAcrossScripts) {
    EXPECT_TRUE(check_pairs({{"Are you sure?", "本当によろしいですか？"}}, "punctuation.final", "en", "ja").empty());
    EXPECT_TRUE(check_pairs({{"Delete the file?", "Διαγραφή του αρχείου;"}}, "punctuation.final", "en", "el").empty());
    EXPECT_TRUE(check_pairs({{"The file is too large.", "Ֆայլը չափազանց մեծ է։"}}, "punctuation.final", "en", "hy").empty());
    const auto f = check_pairs({{"Do you want to delete it?", "Voulez-vous le supprimer."}}, "punctuation.final", "en", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Info);
    EXPECT_NE(f[0].message.find("a question mark"), std::string::npos);
}

TEST(FormPunctuation, AFileThatChangesAClosingAsAHabitFollowsItsStyle) {
    // Descriptions without a stop in the source, all given one in this file's language: its style.
    std::vector<testing::Pair> pairs;
    for (const char* s : {"Connect when the device starts", "Show a notice for unsecured networks",
                          "Send crash reports automatically", "Use the local network", "Block ads and trackers"})
        pairs.push_back({s, std::string(s) + "."});
    EXPECT_TRUE(check_pairs(pairs, "punctuation.final", "en", "ko").empty());
    // Once, among descriptions closed like their sources, it is reported.
    for (auto& p : pairs) p.target = p.source;
    pairs[0].target += ".";
    EXPECT_EQ(check_pairs(pairs, "punctuation.final", "en", "ko").size(), 1u);
}

TEST(FormPunctuation, BracketsTheSourcePairsMustPairInTheTarget) {
    EXPECT_EQ(rules_of(check_pairs({{"The rate (in percent) applies.", "Der Satz in Prozent) gilt."}}, "punctuation.brackets",
                                   "en", "de")),
              std::vector<std::string>{"punctuation.brackets"});
    // Plural intervals face either way by design.
    EXPECT_TRUE(check_pairs({{"One file|%count% files", "{0} Geen bestanden|{1} Eén bestand|]1,Inf[ %count% bestanden"}},
                            "punctuation.brackets", "en", "nl")
                    .empty());
    // A source that leaves them open ("1)", a smiley) has its own convention.
    EXPECT_TRUE(check_pairs({{"1) Open the box :)", "1) Öffnen Sie die Schachtel :)"}}, "punctuation.brackets", "en", "de").empty());
}

TEST(FormPunctuation, FrenchSpacingBeforeHighMarks) {
    const auto f = check_pairs({{"Warning: are you sure?", "Attention: êtes-vous sûr?"}}, "punctuation.spacing", "en", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].target->spans.size(), 2u);
    // Spaces (no-break or plain), times, addresses and Canadian French question marks are right.
    EXPECT_TRUE(check_pairs({{"Warning: are you sure?", "Attention\u00A0: êtes-vous sûr\u202F?"},
                             {"Open at 9:30, see https://example.org", "Ouvert à 9:30, voir https://example.org"}},
                            "punctuation.spacing", "en", "fr")
                    .empty());
    EXPECT_TRUE(check_pairs({{"Are you sure?", "Êtes-vous sûr?"}}, "punctuation.spacing", "en", "fr-CA").empty());
    EXPECT_EQ(check_pairs({{"Warning: stop", "Attention: arrêtez"}}, "punctuation.spacing", "en", "fr-CA").size(), 1u);
    // English sets no space: nothing to check.
    EXPECT_TRUE(check_pairs({{"Are you sure?", "Are you sure?"}}, "punctuation.spacing", "en", "en-GB").empty());
}

TEST(FormWords, DoubledWordsBesidesGrammarAndNames) {
    const auto f = check_pairs({{"Click the button to save.", "Klicken Sie auf die Schaltfläche Schaltfläche."}},
                               "text.doubled-word", "en", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(marked(f[0].target), "Schaltfläche Schaltfläche");
    EXPECT_TRUE(check_pairs({{"The exchange where the trade took place.", "Die Börse, an der der Handel stattfand."},
                             {"Flights to Bora Bora", "Flüge nach Bora Bora"},
                             {"Save. Save", "Speichern. Speichern"}},
                            "text.doubled-word", "en", "de")
                    .empty());
    // Without a pack for the language its grammatical doublings are unknown: info.
    const auto hu = check_pairs({{"What is a custom DNS?", "Mi az az egyéni DNS?"}}, "text.doubled-word", "en", "hu");
    ASSERT_EQ(hu.size(), 1u);
    EXPECT_EQ(hu[0].severity, Severity::Info);
}

TEST(FormWords, CapitalAtTheStartOfSentences) {
    const auto f = check_pairs({{"Sentence three is here.", "phrase trois est ici."}}, "text.capitalization", "en", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(marked(f[0].target), "phrase");
    // German capitalises nouns: a lower-case source may open with one.
    EXPECT_TRUE(check_pairs({{"no absences were recorded", "Keine Abwesenheiten wurden erfasst"}}, "text.capitalization",
                            "en", "de")
                    .empty());
    // Labels follow the language (language names are lower case in French); names keep their own case;
    // scripts without case have none to compare.
    EXPECT_TRUE(check_pairs({{"Italian", "italien"},
                             {"iPhone settings are here now", "iPhone Einstellungen sind jetzt hier"},
                             {"This value should be null.", "この値は null でなければなりません。"},
                             {"No folder was configured in php.ini here.", "php.ini ne configure aucun dossier ici."}},
                            "text.capitalization", "en", "fr")
                    .empty());
    // Sentence case for a lower-case source is the target's style, in any language.
    EXPECT_TRUE(check_pairs({{"deleted the conflicting version", "Version en conflit supprimée"}}, "text.capitalization",
                            "en", "fr")
                    .empty());
}

TEST(FormWords, AFileThatLowerCasesOpeningsAsAHabitIsItsStyle) {
    // Six capitalised hints, four of them lower-cased in the target: the translator's style, not a slip.
    std::vector<testing::Pair> hints = {{"Use at least eight characters", "uporabite vsaj osem znakov"},
                                        {"Add a number or a symbol", "dodajte številko ali simbol"},
                                        {"Avoid common words and names", "izogibajte se pogostim besedam"},
                                        {"Mix upper and lower case", "mešajte velike in male črke"},
                                        {"Your password is strong now", "Vaše geslo je zdaj močno"},
                                        {"Your password is too short", "Vaše geslo je prekratko"}};
    EXPECT_TRUE(check_pairs(hints, "text.capitalization", "en", "sl").empty());
    // One lower-cased opening among capitalised ones is reported.
    hints.resize(1);
    for (int i = 0; i < 5; ++i) hints.push_back({"Your password is strong now", "Vaše geslo je zdaj močno"});
    EXPECT_EQ(check_pairs(hints, "text.capitalization", "en", "sl").size(), 1u);
}

}  // namespace
}  // namespace verity::rules
