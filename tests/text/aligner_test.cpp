#include "xliff/pair/aligner.hpp"

#include <gtest/gtest.h>

#include <random>
#include <set>

#include "xliff/pair/links.hpp"
#include "text/pack_data.hpp"

using namespace verity::text;
using namespace verity::xliff;

namespace {

std::vector<Sentence> sentences(const std::vector<std::string>& texts) {
    std::vector<Sentence> out;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        Sentence s;
        s.text = texts[i];
        s.paragraph = i;
        out.push_back(s);
    }
    return out;
}

AlignerOptions english() {
    auto stop = verity::text::testing::load_pack("en").stopwords;
    return {"en", "en", stop, stop};
}

// Across languages, with the packs' stop words and the installed FreeDict dictionaries.
AlignerOptions across(const std::string& source, const std::string& target, const Dictionaries& dictionaries) {
    return {source, target, verity::text::testing::load_pack(source).stopwords,
            verity::text::testing::load_pack(target).stopwords, &dictionaries};
}

// Each sentence in exactly one link, links in order.
void expect_partition(const std::vector<Link>& links, std::size_t n, std::size_t m) {
    std::size_t next_s = 0, next_t = 0;
    for (const auto& l : links) {
        EXPECT_FALSE(l.source.empty() && l.target.empty());
        for (auto i : l.source) EXPECT_EQ(i, next_s++);
        for (auto j : l.target) EXPECT_EQ(j, next_t++);
    }
    EXPECT_EQ(next_s, n);
    EXPECT_EQ(next_t, m);
}

const std::vector<std::string> kStatement = {
    "The ministers met in Rabat on Friday to discuss migration.",
    "They agreed to strengthen police cooperation against smuggling networks.",
    "The commission will fund border management projects worth 500 million euros.",
    "Investigations into the events of 24 June are continuing.",
    "Both sides expressed their sorrow for the victims and their families.",
    "A new partnership on legal migration will be signed next year.",
};

}  // namespace

TEST(Aligner, IdenticalTextsGiveOneToOneLinks) {
    auto s = sentences(kStatement);
    auto links = align(s, s, english());
    ASSERT_EQ(links.size(), s.size());
    for (std::size_t i = 0; i < links.size(); ++i) EXPECT_EQ(links[i], (Link{{i}, {i}}));
}

TEST(Aligner, DroppedSentenceBecomesOneToZero) {
    auto target = kStatement;
    target.erase(target.begin() + 2);
    auto links = align(sentences(kStatement), sentences(target), english());
    expect_partition(links, kStatement.size(), target.size());
    EXPECT_NE(std::find(links.begin(), links.end(), Link{{2}, {}}), links.end()) << format_links(links);
    EXPECT_NE(std::find(links.begin(), links.end(), Link{{3}, {2}}), links.end()) << format_links(links);
}

TEST(Aligner, AddedSentenceBecomesZeroToOne) {
    auto target = kStatement;
    target.insert(target.begin() + 4, "Tourism to the southern coast has doubled since the pandemic ended.");
    auto links = align(sentences(kStatement), sentences(target), english());
    expect_partition(links, kStatement.size(), target.size());
    EXPECT_NE(std::find(links.begin(), links.end(), Link{{}, {4}}), links.end()) << format_links(links);
    EXPECT_NE(std::find(links.begin(), links.end(), Link{{4}, {5}}), links.end()) << format_links(links);
}

TEST(Aligner, SplitSentenceBecomesTwoToOne) {
    auto source = kStatement;
    source[1] = "They agreed to strengthen police cooperation.";
    source.insert(source.begin() + 2, "The target is smuggling networks.");
    std::vector<std::string> target = kStatement;
    auto links = align(sentences(source), sentences(target), english());
    expect_partition(links, source.size(), target.size());
    EXPECT_NE(std::find(links.begin(), links.end(), Link{{1, 2}, {1}}), links.end()) << format_links(links);
}

TEST(Aligner, CompoundsMatchTheirPartsInALanguageThatWritesThemClosed) {
    // A plain-language rewrite hyphenates the statute's compounds or writes their parts apart, and adds a
    // sentence of its own: the linked sentences share no word as written.
    auto stop = verity::text::testing::load_pack("de").stopwords;
    const AlignerOptions german{"de", "de", stop, stop};
    const auto source = sentences({
        "Der Restabfall wird vierzehntäglich abgefahren.",
        "Die Abfuhrtermine stehen im Abfallkalender.",
        "Schadstoffhaltige Reste nimmt das Schadstoffmobil an.",
    });
    const auto target = sentences({
        "Die Tonne für Rest-Abfall leeren wir alle zwei Wochen.",
        "Bitte halten Sie die Straße sauber.",
        "Die Termine für die Abfuhr finden Sie im Kalender.",
        "Gefährliche Dinge können Sie beim Schadstoff-Mobil abgeben.",
    });
    const auto links = align(source, target, german);
    expect_partition(links, 3, 4);
    for (const Link& want : {Link{{0}, {0}}, Link{{}, {1}}, Link{{1}, {2}}, Link{{2}, {3}}})
        EXPECT_NE(std::find(links.begin(), links.end(), want), links.end()) << format_links(links);
}

TEST(Aligner, APlainLanguageRewriteSplitsASentenceInThreeAndSpellsNumbersInDigits) {
    // The rewrite has more than half again the sentences of its original: one sentence became three, and "drei" / "zwölf"
    // became "3" / "12". Each part shares a word or a number with its source sentence, none a word with the
    // others.
    auto stop = verity::text::testing::load_pack("de").stopwords;
    const AlignerOptions german{"de", "de", stop, stop};
    const auto source = sentences({
        "Die Bibliothek am Lindenplatz ist ab Montag wieder geöffnet.",
        "Entliehene Medien sind nach drei Wochen zurückzugeben, wobei eine Verlängerung um zwölf Tage online "
        "beantragt werden kann, sofern keine Vormerkung besteht, und Säumnisgebühren von einem Euro je Tag anfallen.",
        "Die Rückgabe ist auch am Automaten im Foyer möglich.",
    });
    const auto target = sentences({
        "Die Bücherei am Lindenplatz ist ab Montag wieder offen.",
        "Sie können Bücher 3 Wochen lang ausleihen.",
        "Im Internet können Sie 12 Tage Verlängerung beantragen.",
        "Wenn Sie zu spät sind, zahlen Sie Gebühren: einen Euro für jeden Tag.",
        "Sie können die Bücher auch am Automaten im Foyer zurückgeben.",
    });
    const auto links = align(source, target, german);
    expect_partition(links, 3, 5);
    EXPECT_NE(std::find(links.begin(), links.end(), Link{{1}, {1, 2, 3}}), links.end()) << format_links(links);
}

TEST(Aligner, ARewriteThatSplitsThroughoutLinksEachSourceSentenceToItsParts) {
    // Each sentence of the original became two to four short ones, one of which explains a word in words
    // of its own ("Ein Antrag ist ein Brief an uns"): such a document links one sentence to three where an
    // edited text would leave the explanation as an added sentence.
    auto stop = verity::text::testing::load_pack("de").stopwords;
    const AlignerOptions german{"de", "de", stop, stop};
    const auto source = sentences({
        "Der Antrag auf Kostenübernahme ist vor Beginn der Maßnahme schriftlich beim Jugendamt einzureichen.",
        "Die Bewilligung erfolgt für die Dauer eines Schuljahres und verlängert sich nicht automatisch.",
    });
    const auto target = sentences({
        "Sie möchten, dass das Jugendamt die Kosten übernimmt?",
        "Dann schreiben Sie einen Antrag.",
        "Ein Antrag ist ein Brief an uns.",
        "Schicken Sie den Antrag, bevor die Maßnahme beginnt.",
        "Die Bewilligung gilt für ein Schuljahr.",
        "Sie verlängert sich nicht automatisch.",
        "Sie müssen also jedes Schuljahr neu fragen.",
    });
    const auto links = align(source, target, german);
    expect_partition(links, 2, 7);
    EXPECT_NE(std::find(links.begin(), links.end(), Link{{0}, {0, 1, 2, 3}}), links.end()) << format_links(links);
    EXPECT_NE(std::find(links.begin(), links.end(), Link{{1}, {4, 5}}), links.end()) << format_links(links);
}

TEST(Aligner, CrossLanguageUsesNumbersNamesAndCognates) {
    std::vector<std::string> de = {
        "Die Expedition erreichte am 9. September 1988 den Gipfel des Kingspitz.",
        "Michel Piola kletterte die 600 m hohe Nordostwand.",
        "Danach stiegen wir ab.",
        "In der Hütte assen wir Suppe und tranken Tee.",
        "Am nächsten Morgen regnete es stark.",
    };
    std::vector<std::string> fr = {
        "L'expédition atteignit le sommet du Kingspitz le 9 septembre 1988.",
        "Michel Piola grimpa la face nord-est, haute de 600 m.",
        "Puis nous sommes descendus.",
        "À la cabane, nous avons mangé une soupe.",
        "Et nous avons bu du thé.",
        "Le lendemain matin, il pleuvait fort.",
    };
    const Dictionaries dictionaries("/usr/share/dictd", true, default_dictionary_cache());
    const AlignerOptions options = across("de", "fr", dictionaries);
    auto links = align(sentences(de), sentences(fr), options);
    expect_partition(links, de.size(), fr.size());
    EXPECT_EQ(links.front(), (Link{{0}, {0}}));
    EXPECT_NE(std::find(links.begin(), links.end(), Link{{1}, {1}}), links.end()) << format_links(links);
    EXPECT_NE(std::find(links.begin(), links.end(), Link{{3}, {3, 4}}), links.end()) << format_links(links);
}

TEST(Aligner, ASentenceAddedNextToADroppedOneIsTwoGapsNotTwoPoorPairs) {
    // The translation adds a sentence where the source's third one stands and drops the source's fourth:
    // the third is still translated, one place later.
    const std::vector<std::string> de = {
        "Die Minister trafen sich am Freitag in Rabat, um über Migration zu sprechen.",
        "Sie vereinbarten, die polizeiliche Zusammenarbeit gegen Schleusernetze zu verstärken.",
        "Der Tourismus an der Südküste hat sich seit dem Ende der Pandemie verdoppelt.",
        "Die Kommission wird Projekte zur Grenzverwaltung im Wert von 500 Millionen Euro finanzieren.",
        "Beide Seiten drückten den Opfern und ihren Familien ihr Mitgefühl aus.",
        "Eine neue Partnerschaft für legale Migration wird im nächsten Jahr unterzeichnet.",
    };
    const Dictionaries dictionaries("/usr/share/dictd", true, default_dictionary_cache());
    const AlignerOptions options = across("en", "de", dictionaries);
    auto links = align(sentences(kStatement), sentences(de), options);
    expect_partition(links, kStatement.size(), de.size());
    EXPECT_NE(std::find(links.begin(), links.end(), Link{{}, {2}}), links.end()) << format_links(links);
    EXPECT_NE(std::find(links.begin(), links.end(), Link{{2}, {3}}), links.end()) << format_links(links);
    EXPECT_NE(std::find(links.begin(), links.end(), Link{{3}, {}}), links.end()) << format_links(links);
    EXPECT_NE(std::find(links.begin(), links.end(), Link{{4}, {4}}), links.end()) << format_links(links);
}

TEST(Aligner, EmptySides) {
    auto s = sentences(kStatement);
    EXPECT_TRUE(align({}, {}, {}).empty());
    auto links = align(s, {}, english());
    ASSERT_EQ(links.size(), s.size());
    EXPECT_EQ(links[0], (Link{{0}, {}}));
    links = align({}, s, english());
    EXPECT_EQ(links[1], (Link{{}, {1}}));
}

// Two documents of 12,000 made-up sentences (beyond the full-table limit, so the banded search
// runs) with scattered deletions, insertions and splits: the result must stay a correct
// partition, find nearly all pairs, and finish in seconds without a quadratic table.
TEST(Aligner, LargeDocumentsUseTheBand) {
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> word(0, 2999), len(6, 16), roll(0, 99);
    auto make = [&] {
        std::string s;
        for (int k = len(rng); k > 0; --k) s += "w" + std::to_string(word(rng)) + (k > 1 ? " " : ".");
        return s;
    };
    std::vector<std::string> src, tgt;
    std::vector<std::pair<std::size_t, std::size_t>> expected;  // 1-1 pairs we planted
    for (int i = 0; i < 12000; ++i) {
        src.push_back(make());
        int r = roll(rng);
        if (r < 2) continue;                       // dropped
        if (r < 4) tgt.push_back(make());          // something added before it
        expected.emplace_back(src.size() - 1, tgt.size());
        tgt.push_back(src.back());
    }
    // Two 12,000-sentence documents in bounded memory; speed is bench/bench_alignment.sh's to measure.
    auto links = align(sentences(src), sentences(tgt), {"xx", "xx", {}, {}});
    expect_partition(links, src.size(), tgt.size());
    std::set<std::pair<std::size_t, std::size_t>> found;
    for (const auto& l : links)
        if (l.source.size() == 1 && l.target.size() == 1) found.emplace(l.source[0], l.target[0]);
    std::size_t hits = 0;
    for (const auto& p : expected) hits += found.count(p);
    EXPECT_GE(hits, expected.size() * 98 / 100);
}

// shift_misplaced_gaps on evidence given as a table: source sentence i and target sentence j share table[i][j].
namespace {
std::vector<Link> shifted(std::vector<Link> links, const std::vector<std::vector<double>>& table, double length = 0.5) {
    shift_misplaced_gaps(
        links, [&](std::size_t i, std::size_t j) { return table[i][j]; }, [&](std::size_t, std::size_t) { return length; });
    return links;
}
}  // namespace

TEST(Aligner, AGapOnTheWrongSideOfAPairMovesToTheSentenceThatSharesLess) {
    // Target 1 was found added and source 1 linked to target 2, but source 1 shares far more with target 1.
    const std::vector<std::vector<double>> table = {{9, 0, 0}, {0, 7.5, 1.2}};
    const std::vector<Link> wrong = {{{0}, {0}}, {{}, {1}}, {{1}, {2}}};
    const auto links = shifted(wrong, table);
    EXPECT_EQ(links, (std::vector<Link>{{{0}, {0}}, {{1}, {1}}, {{}, {2}}})) << format_links(links);
    // The same on the source side: source 2 found dropped after the pair (1, 1), though target 1 renders it.
    const std::vector<std::vector<double>> rows = {{9, 0}, {1.0, 0.5}, {0, 6.0}};
    const auto back = shifted({{{0}, {0}}, {{1}, {1}}, {{2}, {}}}, rows);
    EXPECT_EQ(back, (std::vector<Link>{{{0}, {0}}, {{1}, {}}, {{2}, {1}}})) << format_links(back);
}

TEST(Aligner, AGapStaysWhenTheEvidenceForMovingItIsWeakOrTheLengthsDisagree) {
    const std::vector<Link> links = {{{0}, {0}}, {{}, {1}}, {{1}, {2}}};
    // Less than twice what the linked pair shares.
    EXPECT_EQ(shifted(links, {{9, 0, 0}, {0, 5.0, 3.0}}), links);
    // Less than about one rare word.
    EXPECT_EQ(shifted(links, {{9, 0, 0}, {0, 2.5, 0.0}}), links);
    // Lengths that are no translation's.
    EXPECT_EQ(shifted(links, {{9, 0, 0}, {0, 7.5, 1.2}}, 2.5), links);
    // A gap that is no neighbour of the pair's sentence, or a merged link, is left alone.
    const std::vector<Link> merged = {{{0}, {0}}, {{}, {1}}, {{1}, {2, 3}}};
    EXPECT_EQ(shifted(merged, {{9, 0, 0, 0}, {0, 7.5, 1.2, 1.0}}), merged);
}
