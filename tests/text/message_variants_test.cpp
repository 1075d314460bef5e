// text::message_variants: ICU plural/select arguments, Symfony/Laravel pipe plurals and alternative
// lists are recognised, with a representative text per message; ordinary pipes and braces are not.
#include <gtest/gtest.h>

#include "xliff/text/message_variants.hpp"

namespace verity::text {
namespace {

std::string rep(std::string_view m, const VariantOptions& o = {}) { return message_variants(m, o).representative_text(m); }

std::vector<std::string> selectors(std::string_view m) {
    std::vector<std::string> out;
    for (const auto& v : message_variants(m).variants) out.push_back(v.selector);
    return out;
}

TEST(MessageVariants, IcuPluralKeepsTheOtherVariantWithTheRestOfTheMessage) {
    const std::string pl =
        "Usunięto {n, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}} z kosza.";
    const auto m = message_variants(pl);
    EXPECT_EQ(m.syntax, VariantSyntax::Icu);
    EXPECT_EQ(selectors(pl), (std::vector<std::string>{"one", "few", "many", "other"}));
    EXPECT_EQ(m.representative_text(pl), "Usunięto # pliku z kosza.");
    EXPECT_EQ(pl.substr(m.variants[1].begin, m.variants[1].end - m.variants[1].begin), "# pliki");
    // Offsets of the representative map back into the message.
    const std::size_t at = std::string("Usunięto # pliku").size();
    EXPECT_EQ(pl.substr(m.to_message(at, false), 9), " z kosza.");
}

TEST(MessageVariants, IcuExplicitValuesNestingAndSelect) {
    EXPECT_EQ(rep("{count, plural, =0 {No files} =1 {One file} other {{count} files}}"), "{count} files");
    EXPECT_EQ(rep("{gender, select, female {{n, plural, one {She has # cat} other {She has # cats}}} "
                  "other {{n, plural, one {They have # cat} other {They have # cats}}}}"),
              "They have # cats");
    EXPECT_EQ(rep("{pos, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} place"), "#th place");
    // Without an `other`, the last variant stands for the message.
    EXPECT_EQ(rep("{n, plural, one {# day} few {# dni}}"), "# dni");
    EXPECT_EQ(rep("{n, plural, offset:1 one {you and # other} other {you and # others}}"), "you and # others");
}

TEST(MessageVariants, IcuApostrophesQuoteBraces) {
    // '{' is a literal brace; '' a literal apostrophe; a lone apostrophe in a word is literal.
    EXPECT_EQ(rep("It''s {n, plural, one {one '{'item'}'} other {# items}} - don't worry"), "It''s # items - don't worry");
    EXPECT_EQ(rep("Use '{n, plural, one {x} other {y}}' literally").find("plural") != std::string::npos, true);
}

TEST(MessageVariants, SimpleArgumentsAndUnbalancedBracesAreNoVariants) {
    EXPECT_FALSE(message_variants("Hello {name}, you have {count, number} messages").has_variants());
    EXPECT_FALSE(message_variants("a } b { c").has_variants());
    EXPECT_EQ(rep("Hello {name}"), "Hello {name}");
}

TEST(MessageVariants, SymfonyPipePlurals) {
    const std::string sl = "Ime je predolgo: {{ limit }} znak.|Ime je predolgo: {{ limit }} znaka.|"
                           "Ime je predolgo: {{ limit }} znaki.|Ime je predolgo: {{ limit }} znakov.";
    const auto m = message_variants(sl);
    EXPECT_EQ(m.syntax, VariantSyntax::Pipe);
    EXPECT_EQ(m.variants.size(), 4u);
    EXPECT_EQ(m.representative_text(sl), "Ime je predolgo: {{ limit }} znakov.");
    EXPECT_EQ(rep("one apple|%count% apples"), "%count% apples");
    EXPECT_EQ(rep("{0} There are no apples|{1} There is one apple|]1,Inf[ There are %count% apples"),
              "There are %count% apples");
    EXPECT_EQ(selectors("{0} none|{1} one|]1,Inf[ many"), (std::vector<std::string>{"{0}", "{1}", "]1,Inf["}));
    EXPECT_EQ(rep("[0,1] :count minute ago|[2,*] :count minutes ago"), ":count minutes ago");
}

TEST(MessageVariants, OrdinaryPipesAreNotPlurals) {
    for (const char* text : {"Home | About | Contact", "Name | %s | Value", "a||b", "cat|dog", "Left|",
                             "Size: %d px | Weight: %d kg"})
        EXPECT_FALSE(message_variants(text).has_variants()) << text;
    // Forms without placeholders count as a plural only when the other side is one.
    EXPECT_FALSE(message_variants("jedno jabłko|jabłka").has_variants());
    EXPECT_EQ(rep("jedno jabłko|jabłka", {true}), "jabłka");
    EXPECT_EQ(rep("{{limit}} znak | {{limit}} znaków", {true}), "{{limit}} znaków");
}

TEST(MessageVariants, AlternativesAreShortLinesWithTheSamePlaceholders) {
    const std::string list = "Deactivate %@\nTurn off %@\nSwitch %@ off\n";
    const auto m = message_variants(list);
    EXPECT_EQ(m.syntax, VariantSyntax::Alternatives);
    EXPECT_EQ(m.variants.size(), 3u);
    EXPECT_EQ(m.representative_text(list), "Deactivate %@");
    EXPECT_FALSE(message_variants("Hello %s\nYou have %d messages").has_variants());
    EXPECT_FALSE(message_variants("First line of a paragraph.\nSecond line.").has_variants());
}

}  // namespace
}  // namespace verity::text
