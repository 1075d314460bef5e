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

}  // namespace
}  // namespace verity::rules
