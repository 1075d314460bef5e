// wordnet::CommonWords: ordinary English words looked up in place in WordNet's files. Some names
// have a lower-case homograph there ("morocco" the leather): those count as ordinary words.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "rules/lexicon/wordnet.hpp"

namespace verity::rules::wordnet {
namespace {

const std::string kDir = "/usr/share/wordnet";

bool have_wordnet() { return std::filesystem::exists(kDir + "/data.noun"); }

TEST(CommonWords, OrdinaryWordsAreInNamesAreNot) {
    if (!have_wordnet()) GTEST_SKIP() << "WordNet (Debian package wordnet-base) is not installed";
    const CommonWords words(kDir);
    ASSERT_TRUE(words.loaded);
    for (const char* w : {"bank", "deputy", "run", "quickly", "green", "agency", "investment"})
        EXPECT_TRUE(words.contains(w)) << w;
    for (const char* w : {"london", "madrid", "xyzzyq", "", "european union", "rabat"})
        EXPECT_FALSE(words.contains(w)) << w;
    // Irregular plurals: their singulars, through WordNet's noun.exc.
    EXPECT_EQ(words.singular("theses"), "thesis");
    EXPECT_EQ(words.singular("children"), "child");
    EXPECT_EQ(words.singular("bank"), "");
}

TEST(CommonWords, AgreesWithAFullReadOfTheDataFiles) {
    if (!have_wordnet()) GTEST_SKIP() << "WordNet (Debian package wordnet-base) is not installed";
    // Every lemma of the data files, split into those written in lower case and those only
    // written with capitals; a slow full read that the in-place lookup must agree with.
    std::set<std::string> lower, capital;
    for (const char* pos : {"noun", "verb", "adj", "adv"}) {
        std::ifstream in(kDir + "/data." + pos);
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty() || line[0] < '0' || line[0] > '9') continue;
            std::size_t p = 0;
            auto field = [&] {
                while (p < line.size() && line[p] == ' ') ++p;
                const std::size_t b = p;
                while (p < line.size() && line[p] != ' ') ++p;
                return line.substr(b, p - b);
            };
            field(), field(), field();
            const unsigned long n = std::stoul(field(), nullptr, 16);
            for (unsigned long k = 0; k < n; ++k) {
                std::string w = field();
                field();
                if (auto paren = w.find('('); paren != std::string::npos) w.resize(paren);
                if (w.empty() || w.find('_') != std::string::npos) continue;
                if (std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
                    std::string folded = w;
                    for (char& c : folded) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
                    capital.insert(folded);
                } else {
                    lower.insert(w);
                }
            }
        }
    }
    ASSERT_GT(lower.size(), 50000u);
    const CommonWords words(kDir);
    std::size_t checked = 0;
    for (const auto& w : lower) {
        EXPECT_TRUE(words.contains(w)) << w;
        ++checked;
    }
    for (const auto& w : capital) {
        if (lower.count(w)) continue;
        EXPECT_FALSE(words.contains(w)) << w;
        ++checked;
    }
    EXPECT_GT(checked, 60000u);
}

}  // namespace
}  // namespace verity::rules::wordnet
