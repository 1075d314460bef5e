#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "rules/engine/packs.hpp"

namespace verity::rules {
namespace {

TEST(Packs, BuiltinPacksLoad) {
    const PackSet packs = PackSet::builtin();
    for (const char* lang : {"en", "fr", "es", "de", "it"}) {
        const LanguagePack* pack = packs.find(lang);
        ASSERT_NE(pack, nullptr) << lang;
        EXPECT_FALSE(pack->list("numbers.percent").empty()) << lang;
    }
    EXPECT_FALSE(packs.examples().empty());
}

TEST(Packs, FindUsesThePrimarySubtag) {
    const PackSet packs = PackSet::builtin();
    ASSERT_NE(packs.find("fr-CA"), nullptr);
    EXPECT_EQ(packs.find("fr-CA")->language, "fr");
    EXPECT_EQ(packs.find("EN_us"), packs.find("en"));
    EXPECT_EQ(packs.find("xx"), nullptr);
}

TEST(Packs, UnknownSectionIsAnErrorWithItsLine) {
    PackSet packs;
    auto err = packs.add("x/bad.toml", "language = \"en\"\n\n[numbrs]\npercent = [\"per cent\"]\n");
    ASSERT_TRUE(err);
    EXPECT_EQ(err->line, 3u);
    EXPECT_NE(err->message.find("unknown section 'numbrs'"), std::string::npos) << err->message;
    EXPECT_EQ(err->to_string().rfind("x/bad.toml:3:", 0), 0u) << err->to_string();
    EXPECT_EQ(packs.find("en"), nullptr) << "nothing of a bad pack is kept";
}

TEST(Packs, UnknownKeyInSectionIsAnErrorWithItsLine) {
    PackSet packs;
    auto err = packs.add("bad.toml", "language = \"en\"\n[numbers]\npercent = [\"pc\"]\npercents = [\"x\"]\n");
    ASSERT_TRUE(err);
    EXPECT_EQ(err->line, 4u);
    EXPECT_NE(err->message.find("percents"), std::string::npos);
}

TEST(Packs, UnknownExampleKeyAndBadShapesAreErrors) {
    PackSet packs;
    auto err = packs.add("bad.toml",
                         "language = \"en\"\n[numbers]\npercent = []\nexamples = [\n"
                         "  { source = \"a\", target = \"b\", finding = [] },\n]\n");
    ASSERT_TRUE(err);
    EXPECT_EQ(err->line, 5u);
    EXPECT_NE(err->message.find("finding"), std::string::npos);

    err = packs.add("bad.toml", "language = \"en\"\n[numbers]\npercent = \"per cent\"\n");
    ASSERT_TRUE(err);
    EXPECT_NE(err->message.find("array of strings"), std::string::npos);

    err = packs.add("bad.toml", "language = \"en\"\n[numbers]\nexamples = [ { source = \"only\" } ]\n");
    ASSERT_TRUE(err);
    EXPECT_NE(err->message.find("both"), std::string::npos);

    err = packs.add("bad.toml", "[numbers]\npercent = []\n");
    ASSERT_TRUE(err);
    EXPECT_NE(err->message.find("language"), std::string::npos);
}

TEST(Packs, SyntaxErrorHasLineAndColumn) {
    PackSet packs;
    auto err = packs.add("broken.toml", "language = \"en\"\n[numbers\n");
    ASSERT_TRUE(err);
    EXPECT_EQ(err->line, 2u);
    EXPECT_GT(err->column, 0u);
}

TEST(Packs, UserDirectoryAddsToTheBuiltinLists) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("verity-pack-test-" + std::to_string(::getpid()));
    fs::create_directories(dir / "en");
    std::ofstream(dir / "en" / "more.toml") << "language = \"en\"\n[numbers]\npercent = [\"pc.\"]\n";
    PackSet packs = PackSet::builtin();
    const auto before = packs.find("en")->list("numbers.percent").size();
    EXPECT_TRUE(packs.add_directory(dir.string()).empty());
    const auto& after = packs.find("en")->list("numbers.percent");
    EXPECT_EQ(after.size(), before + 1);
    EXPECT_EQ(after.back(), "pc.");
    EXPECT_FALSE(packs.add_directory((dir / "missing").string()).empty());
    fs::create_directories(dir / "empty");
    const auto empty = packs.add_directory((dir / "empty").string());
    ASSERT_EQ(empty.size(), 1u);
    EXPECT_NE(empty[0].message.find("no pack files"), std::string::npos);
    fs::remove_all(dir);
}

TEST(Packs, TheLanguageMustBeOne) {
    PackSet packs;
    for (const char* bad : {"xx", "english", ""}) {
        const auto err = packs.add("p.toml", std::string("language = \"") + bad + "\"\n");
        ASSERT_TRUE(err) << bad;
        EXPECT_EQ(err->line, 1u);
    }
    EXPECT_FALSE(packs.add("p.toml", "language = \"pt-BR\"\n"));
    EXPECT_FALSE(packs.add("p.toml", "language = \"mul\"\n"));
}

}  // namespace
}  // namespace verity::rules

namespace verity::rules {
namespace {

TEST(Packs, GroupKeysHoldArraysOfArrays) {
    PackSet packs;
    ASSERT_FALSE(packs.add("mul/e.toml", "language = \"mul\"\n[entities]\naliases = [[\"EU\", \"European Union\"], "
                                         "[\"WHO\", \"OMS\"]]\n"));
    ASSERT_NE(packs.multilingual(), nullptr);
    const auto& groups = packs.multilingual()->group_list("entities.aliases");
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_EQ(groups[1], (std::vector<std::string>{"WHO", "OMS"}));
    auto err = packs.add("bad.toml", "language = \"en\"\n[entities]\naliases = [\"EU\", \"European Union\"]\n");
    ASSERT_TRUE(err);
    EXPECT_EQ(err->line, 3u);
    EXPECT_NE(err->message.find("array of strings"), std::string::npos) << err->message;
}

}  // namespace
}  // namespace verity::rules
