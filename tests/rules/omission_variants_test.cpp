// The omission and addition rules compare a plural or select message by its representative variants:
// a language with more (or fewer) plural forms than the source is no addition or omission, while a
// variant that lost a sentence or a clause still is.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;
using testing::marked;
using testing::Pair;

// Plain pairs that let the document learn its length model (Polish runs a little shorter than English).
std::vector<Pair> polish_document() {
    std::vector<Pair> pairs;
    const std::string en = "The committee discussed the annual report of the agency at length today.";
    const std::string pl = "Komisja omówiła dziś szczegółowo roczne sprawozdanie tej agencji.";
    for (int i = 0; i < 40; ++i)
        pairs.push_back({en + " Case " + std::to_string(i) + ".", pl + " Sprawa " + std::to_string(i) + "."});
    return pairs;
}

std::vector<Pair> german_document() {
    std::vector<Pair> pairs;
    const std::string en = "The committee discussed the annual report of the agency at length today.";
    const std::string de =
        "Der Ausschuss hat heute ausführlich den Jahresbericht der Agentur für Grenzschutz erörtert.";
    for (int i = 0; i < 40; ++i)
        pairs.push_back({en + " Case " + std::to_string(i) + ".", de + " Fall " + std::to_string(i) + "."});
    return pairs;
}

// Findings of the omission and addition rules on the units after the first `skip`.
std::vector<Finding> findings_after(const std::vector<Pair>& pairs, std::size_t skip, const std::string& tl) {
    std::vector<Finding> out;
    for (auto& f : check_pairs(pairs, "omission.*,addition.*", "en", tl))
        if (f.unit_index >= skip) out.push_back(f);
    return out;
}

std::string describe(const std::vector<Finding>& findings) {
    std::string s;
    for (const auto& f : findings) s += f.unit + " " + f.rule + ": " + f.message + "\n";
    return s;
}

TEST(OmissionVariants, MorePluralFormsInTheTargetAreNoAddition) {
    auto pairs = polish_document();
    const std::size_t skip = pairs.size();
    // ICU: Polish has four categories where English has two.
    pairs.push_back({"{count, plural, one {# file was moved to the trash and will be deleted after thirty days.} "
                     "other {# files were moved to the trash and will be deleted after thirty days.}}",
                     "{count, plural, one {# plik został przeniesiony do kosza i zostanie usunięty po trzydziestu "
                     "dniach.} few {# pliki zostały przeniesione do kosza i zostaną usunięte po trzydziestu dniach.} "
                     "many {# plików zostało przeniesionych do kosza i zostanie usuniętych po trzydziestu dniach.} "
                     "other {# pliku zostało przeniesione do kosza i zostanie usunięte po trzydziestu dniach.}}"});
    // Symfony: three Polish forms for two English ones, each of two sentences.
    pairs.push_back({"This list is too long. You must select at most {{ limit }} choice.|This list is too long. You "
                     "must select at most {{ limit }} choices.",
                     "Ta lista jest za długa. Możesz wybrać najwyżej {{ limit }} opcję.|Ta lista jest za długa. "
                     "Możesz wybrać najwyżej {{ limit }} opcje.|Ta lista jest za długa. Możesz wybrać najwyżej "
                     "{{ limit }} opcji."});
    const auto findings = findings_after(pairs, skip, "pl");
    EXPECT_TRUE(findings.empty()) << describe(findings);
}

TEST(OmissionVariants, FewerPluralFormsInTheTargetAreNoOmission) {
    auto pairs = polish_document();
    for (auto& p : pairs) p.target = "Komite membahas laporan tahunan badan tersebut secara panjang lebar hari ini.";
    const std::size_t skip = pairs.size();
    // Indonesian has one form: the target is the English `other` form, not half the message.
    pairs.push_back({"This collection is too large. It should contain {{ limit }} element or less.|This collection is "
                     "too large. It should contain {{ limit }} elements or less.",
                     "Kumpulan ini terlalu besar. Kumpulan harus memiliki {{ limit }} elemen atau kurang."});
    pairs.push_back({"one apple was sold at the market this morning|%count% apples were sold at the market this morning",
                     "%count% buah apel telah terjual di pasar pada pagi hari ini"});
    const auto findings = findings_after(pairs, skip, "id");
    EXPECT_TRUE(findings.empty()) << describe(findings);
}

// The dropped sentence is marked (by omission.phrase: the aligner joins the two source sentences to the
// one target sentence; by omission.sentence with its full stop: no word of it is rendered), and the target is
// short (omission.length).
void expect_dropped_sentence(const std::vector<Finding>& findings, bool in_variant) {
    bool phrase = false, length = false;
    for (const auto& f : findings) {
        EXPECT_EQ(f.rule.rfind("addition.", 0), std::string::npos) << describe(findings);
        length = length || f.rule == "omission.length";
        if (f.rule != "omission.phrase" && f.rule != "omission.sentence") continue;
        phrase = true;
        std::string mark = marked(f.source);
        if (f.rule == "omission.sentence" && mark.ends_with('.')) mark.pop_back();
        EXPECT_EQ(mark, "Free some space and try again");
        // In a plural message the span marks the sentence in the message's own `other` variant.
        if (in_variant) {
            EXPECT_GT(f.source->spans.front().start, f.source->text.find("other"));
        }
    }
    EXPECT_TRUE(phrase && length) << describe(findings);
}

TEST(OmissionVariants, AVariantThatLostASentenceIsStillReported) {
    auto pairs = german_document();
    const std::size_t skip = pairs.size();
    pairs.push_back({"{n, plural, one {# file could not be saved because the disk is full. Free some space and try "
                     "again.} other {# files could not be saved because the disk is full. Free some space and try "
                     "again.}}",
                     "{n, plural, one {# Datei konnte nicht gespeichert werden, weil der Datenträger voll ist.} other "
                     "{# Dateien konnten nicht gespeichert werden, weil der Datenträger voll ist.}}"});
    expect_dropped_sentence(findings_after(pairs, skip, "de"), true);
}

TEST(OmissionVariants, ADroppedSentenceOfAPlainMessageIsStillReported) {
    auto pairs = german_document();
    const std::size_t skip = pairs.size();
    pairs.push_back({"The file could not be saved because the disk is full. Free some space and try again.",
                     "Die Datei konnte nicht gespeichert werden, weil der Datenträger voll ist."});
    expect_dropped_sentence(findings_after(pairs, skip, "de"), false);
}

TEST(OmissionVariants, AVariantThatLostAClauseIsShort) {
    auto pairs = german_document();
    const std::size_t skip = pairs.size();
    pairs.push_back({"The upload is too large for this folder: at most {{ limit }} file is accepted, and files that "
                     "were shared with you by other people count toward your own storage quota.|The upload is too "
                     "large for this folder: at most {{ limit }} files are accepted, and files that were shared "
                     "with you by other people count toward your own storage quota.",
                     "Der Upload ist zu groß für diesen Ordner: höchstens {{ limit }} Datei wird angenommen.|Der "
                     "Upload ist zu groß für diesen Ordner: höchstens {{ limit }} Dateien werden angenommen."});
    const auto findings = findings_after(pairs, skip, "de");
    bool length = false;
    for (const auto& f : findings) length = length || f.rule == "omission.length";
    EXPECT_TRUE(length) << describe(findings);
}

TEST(OmissionLengthConfidence, AShortUiStringIsNoWarning) {
    auto pairs = german_document();
    const std::size_t skip = pairs.size();
    pairs.push_back({"Mozilla Crash Report", "Absturzberichterstattung für die Programmausführung von Mozilla"});
    for (const auto& f : findings_after(pairs, skip, "de"))
        if (f.rule == "omission.length") {
            EXPECT_EQ(f.severity, Severity::Info) << f.message;
            EXPECT_LT(f.confidence, kWarningConfidence);
        }
}

TEST(OmissionLengthConfidence, AClearlyShortLongTargetIsAWarning) {
    auto pairs = german_document();
    const std::size_t skip = pairs.size();
    pairs.push_back({"The committee discussed the annual report of the agency at length today, and it approved the "
                     "budget for the next three years without any changes after a long debate.",
                     "Der Ausschuss hat heute den Jahresbericht erörtert."});
    const auto findings = findings_after(pairs, skip, "de");
    bool warned = false;
    for (const auto& f : findings) warned = warned || (f.rule == "omission.length" && f.severity == Severity::Warning);
    EXPECT_TRUE(warned) << describe(findings);
}

}  // namespace
}  // namespace verity::rules
