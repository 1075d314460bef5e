#include "xliff/text/bilingual_dictionary.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <unistd.h>
#include <iostream>

using namespace verity::text;
namespace fs = std::filesystem;

namespace {

// freedict-deu-fra, -fra-deu and -spa-deu in dictd format, a few entries each, written in the
// layouts of the real files (WikDict numbered senses with glosses, Ding labels and examples);
// the .dict.dz files are plain gzip, which is what a dictzip reader sees.
const fs::path kFixtures = fs::path(VERITY_SOURCE_DIR) / "tests" / "fixtures" / "text" / "dictd";
const fs::path kInstalled = "/usr/share/dictd";

std::vector<std::string> list(const StringList& s) { return {s.begin(), s.end()}; }

}  // namespace

TEST(DictdNumber, DecodesDictdBase64) {
    EXPECT_EQ(decode_dictd_number("A"), 0u);
    EXPECT_EQ(decode_dictd_number("f"), 31u);
    EXPECT_EQ(decode_dictd_number("/"), 63u);
    EXPECT_EQ(decode_dictd_number("BA"), 64u);
    EXPECT_EQ(decode_dictd_number("C1"), 2u * 64 + 53);
    EXPECT_EQ(decode_dictd_number("bWIQ"), ((27u * 64 + 22) * 64 + 8) * 64 + 16);
    EXPECT_FALSE(decode_dictd_number(""));
    EXPECT_FALSE(decode_dictd_number("A-B"));
    EXPECT_FALSE(decode_dictd_number("AAAAAAAAAAA"));  // more than 64 bits
}

TEST(DictdEntry, WikDictSensesWithoutGlosses) {
    std::string body =
        "Haus /haʊ̯s/ <n, neut>\n1. maison 2.\nzu einem bestimmten Zweck erbautes Gebäude\n 3.\n"
        "zum Wohnen dienendes Gebäude\n2. chambre\ngesetzgebende Körperschaft\n3. gars, type, zig#zig (Französisch)\n"
        "Mensch, Person\n";
    EXPECT_EQ(parse_dictd_headword(body), "haus");
    EXPECT_EQ(parse_dictd_translations(body), (std::vector<std::string>{"maison", "chambre", "gars", "type"}));
}

TEST(DictdEntry, UnnumberedTranslationsAndDingLabels) {
    EXPECT_EQ(parse_dictd_translations("Aalen /aː.lən/ <pn>\nAalen\nVille du Baden-Württemberg\n"),
              std::vector<std::string>{"aalen"});
    std::string ding =
        "Haus /hˈaʊs/ <neut, n, sg>\n [adm.] Establishment <n>, institution <n>\n"
        "      \"ein Haus bauen\"  - build a house\n   Synonyms: {Einrichtung}\n\n see: {Häuser}\n";
    EXPECT_EQ(parse_dictd_translations(ding), (std::vector<std::string>{"establishment", "institution"}));
    EXPECT_EQ(parse_dictd_headword("ABC book /eibiːsiːbuk/\nabécédaire\n"), "abc book");
    // Descriptions are not translations.
    EXPECT_TRUE(parse_dictd_translations("x /x/\nsomething that is much too long to be a translation\n").empty());
}

TEST(DictdEntry, VerbEntriesWithObjectPlaceholdersGiveTheVerb) {
    // Ding writes a verb with its objects: the headword is the verb, the translations lose theirs.
    const std::string recommend =
        "recommend sb. to do sth. /ɹˌɛkəmˈɛnd/\njdm. empfehlen, raten, nahelegen, etw. zu tun <v, trans>\n";
    EXPECT_EQ(parse_dictd_headword(recommend), "recommend");
    EXPECT_EQ(parse_dictd_translations(recommend),
              (std::vector<std::string>{"empfehlen", "raten", "nahelegen", "zu tun"}));
    EXPECT_EQ(parse_dictd_headword("look after sb./sth. /x/\nsich um jdn./etw. kümmern\n"), "look after");
    EXPECT_EQ(parse_dictd_translations("look after sb./sth. /x/\nsich um jdn./etw. kümmern\n"),
              std::vector<std::string>{"um kümmern"});
    // Where the placeholders lead, the words after them are the headword.
    EXPECT_EQ(parse_dictd_headword("jdm. etw. empfehlen /x/\nto recommend sth. to sb.\n"), "empfehlen");
    // An imperative stays out, as before.
    EXPECT_EQ(parse_dictd_translations("recommend! /x/\nempfiehl!\n"), std::vector<std::string>{});
}

TEST(DictdEntry, SaysWhichItemsAreWrittenWithACapital) {
    // A name has names for translations; an ordinary word has words in lower case.
    std::vector<char> capitals;
    bool headword_capital = false;
    EXPECT_EQ(parse_dictd_headword("Bremen /bʁeːmən/ <pn>\nBremen\n", &headword_capital), "bremen");
    EXPECT_TRUE(headword_capital);
    EXPECT_EQ(parse_dictd_translations("Bremen /bʁeːmən/ <pn>\nBremen, Hanseatic city\n", &capitals),
              (std::vector<std::string>{"bremen", "hanseatic city"}));
    EXPECT_EQ(capitals, (std::vector<char>{1, 1}));
    capitals.clear();
    EXPECT_EQ(parse_dictd_translations("Tisch /tɪʃ/ <masc, n>\n [furn.] table <n>, Board <n>\n", &capitals),
              (std::vector<std::string>{"table", "board"}));
    EXPECT_EQ(capitals, (std::vector<char>{0, 1}));
    EXPECT_EQ(parse_dictd_headword("abbey /æbi/\nAbtei\n", &headword_capital), "abbey");
    EXPECT_FALSE(headword_capital);
}

TEST(BilingualDictionary, FindsTheFamilyOfAnInflectedWordByItsLetters) {
    BilingualDictionary d;
    d.add("organizacja", "organisation");
    d.add("organizator", "organiser");
    d.add("wirus", "virus");
    d.add("wirusowy", "viral");
    d.add("kot", "cat");
    auto headwords = [&](std::string_view w) {
        std::vector<std::string> out;
        for (std::size_t i : d.family(w)) out.emplace_back(d.headword(i));
        return out;
    };
    // The fewest last letters dropped that find any: not "organizator", which shares one letter less.
    EXPECT_EQ(headwords("organizacji"), std::vector<std::string>{"organizacja"});
    // An ending of three letters: the headword may be that much shorter, not more than two longer.
    EXPECT_EQ(headwords("wirusami"), (std::vector<std::string>{"wirus", "wirusowy"}));
    EXPECT_TRUE(headwords("kota").empty());  // five letters stay
}

TEST(BilingualDictionary, LoadsTheDictionaryOfTheDirection) {
    auto d = BilingualDictionary::load(kFixtures, "de-CH", "fr");
    EXPECT_EQ(list(d.find("gipfel")), (std::vector<std::string>{"sommet", "comble"}));
    EXPECT_EQ(list(d.find("hütte")), (std::vector<std::string>{"cabane", "refuge"}));
    EXPECT_EQ(list(d.find("steigen")), (std::vector<std::string>{"grimper", "monter"}));
    EXPECT_TRUE(d.find("gletscher").empty());  // only in fra-deu, which is not needed here
    EXPECT_TRUE(d.find("Gipfel").empty());     // lookups take folded words
    EXPECT_EQ(d.size(), 3u);                   // "huette" is a second index line for "hütte"

    auto inverse = BilingualDictionary::load(kFixtures, "fr", "de");
    EXPECT_EQ(list(inverse.find("sommet")), (std::vector<std::string>{"gipfel", "spitze", "gipfeltreffen"}));
    EXPECT_EQ(list(inverse.find("glacier")), std::vector<std::string>{"gletscher"});
}

TEST(BilingualDictionary, InvertsTheOtherDirectionWhenThatIsAllThereIs) {
    auto d = BilingualDictionary::load(kFixtures, "de", "es");  // only spa-deu exists
    EXPECT_EQ(list(d.find("gipfel")), (std::vector<std::string>{"cumbre", "pico"}));
    EXPECT_EQ(list(d.find("berg")), std::vector<std::string>{"montaña"});
    EXPECT_EQ(list(d.find("spitze")), std::vector<std::string>{"pico"});
    auto [first, last] = d.prefix_range("gipfel");
    ASSERT_EQ(last - first, 2u);
    EXPECT_EQ(d.headword(first), "gipfel");
    EXPECT_EQ(d.headword(first + 1), "gipfeltreffen");
}

TEST(BilingualDictionary, MissingDictionaryIsEmpty) {
    EXPECT_TRUE(BilingualDictionary::load(kFixtures, "it", "fr").empty());
    EXPECT_TRUE(BilingualDictionary::load(kFixtures / "absent", "de", "fr").empty());
    EXPECT_TRUE(BilingualDictionary::load(kFixtures, "xx", "fr").empty());
    EXPECT_TRUE(Dictionaries(kInstalled).get("xx", "yy").empty());
    BilingualDictionary d;
    EXPECT_FALSE(d.add_dictd(kFixtures / "none.index", kFixtures / "none.dict.dz", false));
    EXPECT_TRUE(d.empty());
}

TEST(BilingualDictionary, HandMadeEntries) {
    BilingualDictionary d;
    d.add("Berg", "montagne");
    d.add("Berg", "mont");
    d.add("berg", "montagne");
    EXPECT_EQ(list(d.find("berg")), (std::vector<std::string>{"montagne", "mont"}));
}

TEST(BilingualDictionary, LanguageCodes) {
    EXPECT_EQ(freedict_language("de-CH"), "deu");
    EXPECT_EQ(freedict_language("EN_us"), "eng");
    EXPECT_EQ(freedict_language("pt-BR"), "por");
    EXPECT_EQ(freedict_language("nl"), "nld");
    EXPECT_EQ(freedict_language("fra"), "fra");
    EXPECT_EQ(freedict_language("zz"), "");
}

// The installed Debian package (dict-freedict-deu-fra, dict-freedict-fra-deu): loads once per
// process, quickly, and links the words of the Text+Berg texts.
TEST(BilingualDictionary, InstalledGermanFrench) {
    if (!fs::exists(kInstalled / "freedict-deu-fra.index") && !fs::exists(kInstalled / "freedict-fra-deu.index"))
        GTEST_SKIP() << "FreeDict German-French not installed (apt-get install dict-freedict-deu-fra dict-freedict-fra-deu)";
    auto t0 = std::chrono::steady_clock::now();
    auto d = BilingualDictionary::load(kInstalled, "de", "fr");
    auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::cout << "de-fr: " << d.size() << " headwords in " << ms << " ms\n";
    auto has = [&](const char* word, const char* translation) {
        auto t = d.find(word);
        return std::find(t.begin(), t.end(), translation) != t.end();
    };
    EXPECT_TRUE(has("gipfel", "sommet"));
    EXPECT_TRUE(has("gletscher", "glacier"));
    EXPECT_TRUE(has("hütte", "cabane"));
    EXPECT_TRUE(has("haus", "maison"));
    if (!std::getenv("VERITY_NO_DICTIONARY")) {
        const Dictionaries run(kInstalled);
        const auto& once = run.get("de", "fr");
        EXPECT_EQ(&once, &run.get("de-DE", "fr-CH"));  // loaded once
        EXPECT_EQ(once.size(), d.size());
    }
}

namespace {

// Every lookup of `a` and `b` agrees: headwords, translations and capitals, in order.
void expect_same(const BilingualDictionary& a, const BilingualDictionary& b) {
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a.headword(i), b.headword(i));
        EXPECT_EQ(list(a.translations(i)), list(b.translations(i)));
        const auto ca = a.capitals(i), cb = b.capitals(i);
        EXPECT_TRUE(std::equal(ca.begin(), ca.end(), cb.begin(), cb.end())) << a.headword(i);
    }
}

struct TempCache {
    fs::path dir = fs::temp_directory_path() / ("verity-dict-cache-" + std::to_string(::getpid()) + "-" +
                                               std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    ~TempCache() { fs::remove_all(dir); }
};

}  // namespace

TEST(DictionaryCache, SavedTablesMapBackIdentical) {
    TempCache cache;
    fs::create_directories(cache.dir);
    for (const auto& [from, to] : {std::pair{"de", "fr"}, {"fr", "de"}, {"de", "es"}}) {
        const auto built = BilingualDictionary::load(kFixtures, from, to);
        ASSERT_FALSE(built.empty());
        const auto file = cache.dir / (std::string(from) + to + ".bin");
        ASSERT_TRUE(built.save(file));
        const auto mapped = BilingualDictionary::map(file);
        ASSERT_TRUE(mapped);
        expect_same(built, *mapped);
        EXPECT_EQ(list(mapped->find(built.headword(0))), list(built.find(built.headword(0))));
        const BilingualDictionary copy = *mapped;  // copies share the mapping
        expect_same(built, copy);
    }
    BilingualDictionary empty;
    ASSERT_TRUE(empty.save(cache.dir / "empty.bin"));
    const auto mapped_empty = BilingualDictionary::map(cache.dir / "empty.bin");
    ASSERT_TRUE(mapped_empty);
    EXPECT_TRUE(mapped_empty->empty());
    EXPECT_TRUE(mapped_empty->find("berg").empty());
}

TEST(DictionaryCache, DamagedFilesAreRefusedNotRead) {
    TempCache cache;
    fs::create_directories(cache.dir);
    const auto built = BilingualDictionary::load(kFixtures, "de", "fr");
    const auto file = cache.dir / "d.bin";
    ASSERT_TRUE(built.save(file));
    std::string bytes;
    {
        std::ifstream in(file, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    auto write = [&](const std::string& body) { std::ofstream(file, std::ios::binary | std::ios::trunc) << body; };
    write(bytes.substr(0, bytes.size() - 1));  // truncated
    EXPECT_FALSE(BilingualDictionary::map(file));
    write(bytes.substr(0, 10));  // shorter than the header
    EXPECT_FALSE(BilingualDictionary::map(file));
    std::string wrong = bytes;
    wrong[0] = 'X';  // not our magic
    write(wrong);
    EXPECT_FALSE(BilingualDictionary::map(file));
    wrong = bytes;
    wrong[8] = 9;  // another format version
    write(wrong);
    EXPECT_FALSE(BilingualDictionary::map(file));
    wrong = bytes;
    // The first headword's offset past the pool: every string must lie inside the file.
    for (std::size_t k = 0; k < 4; ++k) wrong[40 + k] = '\xff';
    write(wrong);
    EXPECT_FALSE(BilingualDictionary::map(file));
    EXPECT_FALSE(BilingualDictionary::map(cache.dir / "absent.bin"));
    write(bytes);
    EXPECT_TRUE(BilingualDictionary::map(file));
}

TEST(DictionaryCache, DictionariesWriteThenMapTheCacheAndNameItAfterTheirFiles) {
    TempCache cache;
    // A private copy of the fixtures, so a changed file can make a new cache name.
    const fs::path dictd = cache.dir / "dictd";
    fs::create_directories(dictd);
    for (const auto& entry : fs::directory_iterator(kFixtures)) fs::copy_file(entry.path(), dictd / entry.path().filename());
    const fs::path store = cache.dir / "cache";
    std::vector<std::string> first_lookup;
    fs::path file;
    {
        Dictionaries d(dictd, true, store);
        file = d.cache_file("de", "fr");
        ASSERT_FALSE(file.empty());
        EXPECT_FALSE(fs::exists(file));
        first_lookup = list(d.get("de", "fr").find("gipfel"));
        EXPECT_TRUE(fs::exists(file));  // written on first use
    }
    {
        Dictionaries d(dictd, true, store);
        EXPECT_EQ(list(d.get("de", "fr").find("gipfel")), first_lookup);  // mapped from the cache
    }
    // An updated dictionary file (another size) names another cache file.
    {
        std::ofstream(dictd / "freedict-deu-fra.index", std::ios::app) << "\n";
    }
    Dictionaries d(dictd, true, store);
    EXPECT_NE(d.cache_file("de", "fr"), file);
    EXPECT_EQ(list(d.get("de", "fr").find("gipfel")), first_lookup);
    // Without a cache directory nothing is written; an unwritable one only costs the load.
    EXPECT_TRUE(Dictionaries(dictd).cache_file("de", "fr").empty());
    EXPECT_TRUE(Dictionaries(dictd, true, store).cache_file("it", "fr").empty());  // no such dictionary
    Dictionaries unwritable(dictd, true, "/proc/verity-no-such-dir");
    EXPECT_EQ(list(unwritable.get("de", "fr").find("gipfel")), first_lookup);
}
