#include "xliff/text/decode.hpp"

#include <gtest/gtest.h>

using verity::text::decode_text;
using namespace std::string_literals;

TEST(Decode, PlainUtf8PassesThrough) {
    auto r = decode_text("Caf\xC3\xA9\r\nline two\n");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.utf8, "Caf\xC3\xA9\r\nline two\n");  // CRLF kept for positions
}

TEST(Decode, Utf8BomIsRemoved) {
    auto r = decode_text("\xEF\xBB\xBFHello");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.utf8, "Hello");
}

TEST(Decode, Utf16LittleEndianWithBom) {
    // "Aé€😀\n" in UTF-16LE: the emoji is a surrogate pair.
    std::string bytes = "\xFF\xFE" "A\0" "\xE9\0" "\xAC\x20" "\x3D\xD8\x00\xDE" "\n\0"s;
    auto r = decode_text(bytes);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.utf8, "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\n");
}

TEST(Decode, Utf16BigEndianWithBom) {
    std::string bytes = "\xFE\xFF" "\0H" "\0i" "\0\xE9"s;
    auto r = decode_text(bytes);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.utf8, "Hi\xC3\xA9");
}

TEST(Decode, Utf16UnpairedSurrogateIsAnError) {
    std::string bytes = "\xFF\xFE" "a\0" "\n\0" "b\0" "\x3D\xD8" "c\0"s;
    auto r = decode_text(bytes);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.error_line, 2u);
    EXPECT_EQ(r.error_column, 2u);
}

TEST(Decode, Utf16OddLengthIsAnError) {
    EXPECT_FALSE(decode_text("\xFF\xFE" "a\0b"s).ok());
}

TEST(Decode, InvalidUtf8ReportsLineAndColumnInCodePoints) {
    // Line 2, after "é" and "x" (two code points, three bytes): column 3.
    auto r = decode_text("first line\r\n\xC3\xA9x\xFFrest");
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.error.find("0xFF"), std::string::npos) << r.error;
    EXPECT_EQ(r.error_line, 2u);
    EXPECT_EQ(r.error_column, 3u);
}

TEST(Decode, OverlongAndSurrogateEncodingsAreRejected) {
    EXPECT_FALSE(decode_text("\xC0\xAF").ok());          // overlong "/"
    EXPECT_FALSE(decode_text("\xED\xA0\x80").ok());      // UTF-8-encoded surrogate
    EXPECT_FALSE(decode_text("\xF4\x90\x80\x80").ok());  // above U+10FFFF
    EXPECT_FALSE(decode_text("abc\xE2\x82").ok());       // truncated at the end
    EXPECT_TRUE(decode_text("\xF4\x8F\xBF\xBF").ok());   // U+10FFFF itself
}

TEST(Decode, BomLessUtf16IsReportedNotMangled) {
    auto r = decode_text("H\0i\0"s);
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.error.find("UTF-16"), std::string::npos);
}

TEST(Decode, OldMacLineEndsCountAsLines) {
    auto r = decode_text("a\rb\r\xFF");
    EXPECT_EQ(r.error_line, 3u);
    EXPECT_EQ(r.error_column, 1u);
}
