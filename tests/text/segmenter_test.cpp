#include "xliff/text/segmenter.hpp"

#include <gtest/gtest.h>

#include "text/pack_data.hpp"

using namespace verity::text;
using verity::text::testing::load_pack;

namespace {

std::vector<std::string> pieces(std::string_view text, const std::string& language,
                                const std::vector<std::string>& abbreviations) {
    std::vector<std::string> out;
    const SentenceSplitter splitter(language, abbreviations);
    for (auto [b, e] : splitter.split(text)) out.emplace_back(text.substr(b, e - b));
    return out;
}

std::vector<std::string> texts(const std::vector<Sentence>& sentences) {
    std::vector<std::string> out;
    for (const auto& s : sentences) out.push_back(s.text);
    return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST(Segmenter, IcuAloneSplitsAfterDrAndTheListFixesIt) {
    const std::string text = "Dr. Smith met Mr. Jones. They talked.";
    // ICU alone cuts after "Dr." and "Mr.": the problem the abbreviation list solves.
    EXPECT_EQ(pieces(text, "en", {}), (Strings{"Dr.", "Smith met Mr.", "Jones.", "They talked."}));
    EXPECT_EQ(pieces(text, "en", {"Dr.", "Mr."}), (Strings{"Dr. Smith met Mr. Jones.", "They talked."}));
}

TEST(Segmenter, PackExamplesSplitAsWritten) {
    for (const auto& language : verity::text::testing::pack_languages()) {
        auto pack = load_pack(language);
        ASSERT_EQ(pack.language, language);
        ASSERT_FALSE(pack.abbreviations.empty()) << language;
        ASSERT_GE(pack.examples.size(), 3u) << language;
        for (const auto& example : pack.examples)
            EXPECT_EQ(pieces(example.text, language, pack.abbreviations), example.sentences)
                << language << ": " << example.text;
    }
}

TEST(Segmenter, MultiPartAbbreviationsWithAndWithoutSpaces) {
    EXPECT_EQ(pieces("Das gilt z. B. hier. Und dort.", "de", {"z. B."}), (Strings{"Das gilt z. B. hier.", "Und dort."}));
    EXPECT_EQ(pieces("Das gilt z.B. Hier auch.", "de", {"z. B."}), (Strings{"Das gilt z.B. Hier auch."}));
    EXPECT_EQ(pieces("Viajó a EE. UU. Luego volvió.", "es", {"EE. UU."}), (Strings{"Viajó a EE. UU. Luego volvió."}));
    EXPECT_EQ(pieces("Il y a p. ex. Paris. Et Lyon.", "fr", {"p. ex."}), (Strings{"Il y a p. ex. Paris.", "Et Lyon."}));
    EXPECT_EQ(pieces("The U.S. Senate met. It voted.", "en", {"U.S."}), (Strings{"The U.S. Senate met.", "It voted."}));
    // An abbreviation only counts as a whole word: "Dr." inside "Hydr." is not it.
    EXPECT_EQ(pieces("Sprich mit Dr. Meier. Jetzt.", "de", {"Dr."}), (Strings{"Sprich mit Dr. Meier.", "Jetzt."}));
}

TEST(Segmenter, SentenceFinalAbbreviationStillEndsBeforeCapital) {
    EXPECT_EQ(pieces("Apples, pears, etc. Then we left.", "en", {"etc."}), (Strings{"Apples, pears, etc.", "Then we left."}));
    EXPECT_EQ(pieces("Apples, pears, etc. and more.", "en", {"etc."}), (Strings{"Apples, pears, etc. and more."}));
}

TEST(Segmenter, InitialsAndNumbers) {
    EXPECT_EQ(pieces("The book by J. R. Tolkien sold well. Readers loved it.", "en", {}),
              (Strings{"The book by J. R. Tolkien sold well.", "Readers loved it."}));
    EXPECT_EQ(pieces("It grew by 3.5 per cent in 2021. Then it fell.", "en", {}),
              (Strings{"It grew by 3.5 per cent in 2021.", "Then it fell."}));
    EXPECT_EQ(pieces("Am 9. September 1988 ging er. Es regnete.", "de", {}),
              (Strings{"Am 9. September 1988 ging er.", "Es regnete."}));
    // A four-digit year before a stop does end a German sentence.
    EXPECT_EQ(pieces("Das war 1988. Dann kam der Winter.", "de", {}), (Strings{"Das war 1988.", "Dann kam der Winter."}));
}

TEST(Segmenter, QuotesAfterFinalPunctuationStayWithTheSentence) {
    EXPECT_EQ(pieces("He said \"Go.\" Then he left.", "en", {}), (Strings{"He said \"Go.\"", "Then he left."}));
    EXPECT_EQ(pieces("« Non. » Il partit.", "fr", {}), (Strings{"« Non. »", "Il partit."}));
    EXPECT_EQ(pieces("Er rief: „Halt!“ Dann ging er.", "de", {}), (Strings{"Er rief: „Halt!“", "Dann ging er."}));
}

TEST(Segmenter, LinesHeadingsAndParagraphs) {
    const std::string text =
        "EU and Morocco agree\r\n\r\nNews - 2022.7.8\r\n\r\nFirst sentence. Second one.\r\nA new line ends a sentence\r\n";
    auto s = segment_text(text, {"en", {}, false});
    EXPECT_EQ(texts(s), (Strings{"EU and Morocco agree", "News - 2022.7.8", "First sentence.", "Second one.",
                                 "A new line ends a sentence"}));
    ASSERT_EQ(s.size(), 5u);
    EXPECT_EQ(s[0].paragraph, 0u);
    EXPECT_EQ(s[1].paragraph, 1u);
    EXPECT_EQ(s[2].paragraph, 2u);
    EXPECT_EQ(s[3].paragraph, 2u);
    EXPECT_EQ(s[4].paragraph, 3u);
}

TEST(Segmenter, PositionsReferToTheOriginalFile) {
    // CRLF, a multi-byte character before the sentence, and a second sentence on the line.
    const std::string text = "Title\r\n\r\n  Caf\xC3\xA9 opened. It closed.\r\nLast";
    auto s = segment_text(text, {"en", {}, false});
    ASSERT_EQ(s.size(), 4u);
    EXPECT_EQ(s[1].text, "Caf\xC3\xA9 opened.");
    EXPECT_EQ(s[1].line, 3u);
    EXPECT_EQ(s[1].column, 3u);
    EXPECT_EQ(text.substr(s[1].begin, s[1].end - s[1].begin), s[1].text);
    EXPECT_EQ(s[2].text, "It closed.");
    EXPECT_EQ(s[2].line, 3u);
    EXPECT_EQ(s[2].column, 16u);  // code points, not bytes: "é" counts once
    EXPECT_EQ(s[3].line, 4u);
    EXPECT_EQ(s[3].column, 1u);
}

TEST(Segmenter, HardWrappedLinesAreJoined) {
    const std::string text = "The commission met with the\nministers in Rabat. They agreed.\nNext paragraph\n";
    auto s = segment_text(text, {"en", {}, false});
    EXPECT_EQ(texts(s), (Strings{"The commission met with the ministers in Rabat.", "They agreed.", "Next paragraph"}));
    EXPECT_EQ(s[1].line, 2u);
    EXPECT_EQ(s[1].column, 21u);
    EXPECT_EQ(s[2].paragraph, 1u);
}

TEST(Segmenter, LinesModeKeepsEachLineAndBlankLineParagraphs) {
    const std::string text = "One. Two.\n\n  Three  \r\nFour\n";
    auto s = segment_text(text, {"en", {}, true});
    EXPECT_EQ(texts(s), (Strings{"One. Two.", "Three", "Four"}));
    EXPECT_EQ(s[1].paragraph, 1u);
    EXPECT_EQ(s[2].paragraph, 1u);
    EXPECT_EQ(s[1].line, 3u);
    EXPECT_EQ(s[1].column, 3u);
}

TEST(Segmenter, ListMarkersJoinTheirSentence) {
    EXPECT_EQ(pieces("1. Introduction of the rules. 2. Scope.", "en", {}),
              (Strings{"1. Introduction of the rules.", "2. Scope."}));
}

TEST(Segmenter, EmptyAndWhitespaceInput) {
    EXPECT_TRUE(segment_text("", {}).empty());
    EXPECT_TRUE(segment_text(" \r\n\t\n", {}).empty());
    EXPECT_TRUE(SentenceSplitter("en", {}).split("   ").empty());
}

TEST(Segmenter, SplitterKeepsAbbreviationsTogether) {
    const std::vector<std::string> abbreviations{"z. B.", "Dr."};
    const std::string text = "Das gilt z. B. hier. Dr. Meier kommt. Gut.";
    const SentenceSplitter splitter("de", abbreviations);
    EXPECT_EQ(splitter.split(text).size(), 3u);
    EXPECT_EQ(SentenceSplitter("de", {}).split(text).size(), 5u);  // without the list, each stop ends one
}
