// pattern.url / pattern.email and their scanner: addresses found in running text, localised language
// parts accepted, any other change reported.
#include <gtest/gtest.h>

#include "rules/patterns/links.hpp"
#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;
using Strings = std::vector<std::string>;

Strings urls(std::string_view text) {
    Strings out;
    for (const auto& l : find_urls(text)) out.emplace_back(text.substr(l.begin, l.end - l.begin));
    return out;
}

Strings emails(std::string_view text) {
    Strings out;
    for (const auto& l : find_emails(text)) out.emplace_back(text.substr(l.begin, l.end - l.begin));
    return out;
}

TEST(PatternScanner, AddressesEndWhereTheSentenceResumes) {
    EXPECT_EQ(urls("See https://example.org/help. Then www.example.net, (or ftp://files.example.org/a)."),
              (Strings{"https://example.org/help", "www.example.net", "ftp://files.example.org/a"}));
    EXPECT_EQ(urls("the page https://en.wikipedia.org/wiki/Mercury_(planet) says"),
              Strings{"https://en.wikipedia.org/wiki/Mercury_(planet)"});
    EXPECT_EQ(urls("glued textHTTPS://example.org/x and http://www. and a.www.b"), Strings{"HTTPS://example.org/x"});
    EXPECT_EQ(emails("Mail Ana.Lopez@example.co.uk, or see https://user@example.org/ and a@b."),
              Strings{"Ana.Lopez@example.co.uk"});
    const auto link = find_urls("https://WWW.Example.com:8080/Path?q=1")[0];
    EXPECT_EQ(link.host, "example.com");
    EXPECT_EQ(link.rest, "/Path?q=1");
}

TEST(PatternScanner, LanguagePartsAndSites) {
    EXPECT_EQ(without_language_parts("/en-US/help?lang=en#top"), without_language_parts("/fr/help?lang=fr#top"));
    EXPECT_NE(without_language_parts("/api/help"), without_language_parts("/app/help"));
    EXPECT_TRUE(same_site("example.fr", "example.de"));
    EXPECT_TRUE(same_site("fr.example.com", "example.com"));
    EXPECT_TRUE(same_site("example.co.uk", "example.com"));
    EXPECT_FALSE(same_site("example.com", "exemple.com"));
    EXPECT_FALSE(same_site("docs.example.org", "docs.other.org"));
}

TEST(PatternUrl, LocalisedLanguagePartsAreTranslations) {
    EXPECT_TRUE(check_pairs({{"See https://example.com/en-US/help?lang=en for details.",
                              "Voir https://example.com/fr/help?lang=fr pour les détails."},
                             {"Visit https://fr.example.com/store today.", "Visitez https://example.com/store."},
                             {"Visit www.example.com.", "Visitez www.example.com !"}},
                            "pattern.*", "en", "fr")
                    .empty());
}

TEST(PatternUrl, ChangedLostAndAddedAddresses) {
    const auto changed = check_pairs({{"Visit www.example.com now.", "Visitez www.exemple.com."}}, "pattern.url", "en", "fr");
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(changed[0].severity, Severity::Error);
    const auto lost = check_pairs({{"Read https://docs.example.org/setup first.", "Lisez d'abord le guide."}},
                                  "pattern.url", "en", "fr");
    ASSERT_EQ(lost.size(), 1u);
    EXPECT_EQ(lost[0].severity, Severity::Warning);
    // The same site under another path may be a localised page: info.
    const auto path = check_pairs({{"See https://example.com/pricing", "Voir https://example.com/tarifs"}}, "pattern.url",
                                  "en", "fr");
    ASSERT_EQ(path.size(), 1u);
    EXPECT_EQ(path[0].severity, Severity::Info);
    // An empty target is target.empty's finding, not this rule's.
    EXPECT_TRUE(check_pairs({{"See https://example.com", ""}}, "pattern.*", "en", "fr").empty());
}

TEST(PatternEmail, AddressesMustStayAsTheyAre) {
    EXPECT_TRUE(check_pairs({{"Write to Support@Example.com.", "Écrivez à support@example.com."}}, "pattern.email", "en", "fr")
                    .empty());
    const auto f = check_pairs({{"Write to support@example.com.", "Écrivez à help@example.com."}}, "pattern.email", "en", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_NE(f[0].message.find("became help@example.com"), std::string::npos) << f[0].message;
}

// Findings of pattern.user with the built-in packs and one more pack given as text.
std::vector<Finding> with_checklist(const std::string& pack, const std::vector<testing::Pair>& pairs,
                                    const std::string& target_lang) {
    PackSet packs = PackSet::builtin();
    const auto error = packs.add("checklist.toml", pack);
    EXPECT_FALSE(error) << (error ? error->to_string() : "");
    Registry registry;
    register_builtin_rules(registry);
    EngineOptions eo;
    eo.rule_globs = "pattern.user";
    const Engine engine(registry, packs, eo);
    return engine.check(testing::pairs_document(pairs, "en", target_lang));
}

TEST(PatternUser, RequiredAndForbiddenTargetsWithSourceGroups) {
    const std::string pack =
        "language = \"mul\"\n"
        "[[patterns]]\nid = \"pattern.product-name\"\nsource = 'Acme (\\S+)'\nrequired = 'Acme \\1'\n"
        "message = \"product names stay in English\"\n"
        "[[patterns]]\nid = \"pattern.no-tu\"\nforbidden = '\\b[Tt]u\\b'\nseverity = \"info\"\n";
    EXPECT_TRUE(with_checklist(pack, {{"Open Acme Studio now.", "Ouvrez Acme Studio maintenant."}}, "fr").empty());
    const auto f = with_checklist(pack, {{"Open Acme Cloud now.", "Ouvre le nuage Acme, tu verras."}}, "fr");
    ASSERT_EQ(f.size(), 2u);
    EXPECT_NE(f[0].message.find("[pattern.no-tu]"), std::string::npos) << f[0].message;
    EXPECT_EQ(f[0].severity, Severity::Info);
    EXPECT_NE(f[1].message.find("lacks /Acme Cloud/"), std::string::npos) << f[1].message;
    EXPECT_EQ(f[1].severity, Severity::Warning);
    // A group holding regex characters is taken literally: "C++" must appear as written.
    EXPECT_EQ(with_checklist(pack, {{"Acme C++ kit", "Kit Acme C"}}, "fr").size(), 1u);
    EXPECT_TRUE(with_checklist(pack, {{"Acme C++ kit", "Kit Acme C++"}}, "fr").empty());
    // A pack for one language applies to targets in that language only.
    const std::string german = "language = \"de\"\n[[patterns]]\nid = \"pattern.sie\"\nforbidden = '\\bdu\\b'\n";
    EXPECT_EQ(with_checklist(german, {{"Save your file", "Speichere du die Datei"}}, "de").size(), 1u);
    EXPECT_TRUE(with_checklist(german, {{"Save your file", "Enregistre du fichier"}}, "fr").empty());
}

TEST(PatternUser, BadPatternsAreErrorsWithTheirLine) {
    PackSet packs;
    auto bad_regex = packs.add("c.toml", "language = \"mul\"\n[[patterns]]\nid = \"pattern.x\"\nforbidden = \"(a\"\n");
    ASSERT_TRUE(bad_regex);
    EXPECT_EQ(bad_regex->line, 4u);
    EXPECT_NE(bad_regex->message.find("RE2"), std::string::npos);
    EXPECT_TRUE(packs.add("c.toml", "language = \"mul\"\n[[patterns]]\nid = \"x\"\nforbidden = \"a\"\n"));
    EXPECT_TRUE(packs.add("c.toml", "language = \"mul\"\n[[patterns]]\nid = \"pattern.x\"\nsource = \"a\"\n"));
    EXPECT_TRUE(packs.add("c.toml", "language = \"mul\"\n[[patterns]]\nid = \"pattern.x\"\nforbidden = \"a\"\nlevel = \"x\"\n"));
}

}  // namespace
}  // namespace verity::rules
