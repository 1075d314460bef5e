// target.empty, target.same-as-source and markup.mismatch on documents written here: what a
// localization engineer expects of locale variants, copied names and annotations.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rules/builtin.hpp"
#include "rules/engine/engine.hpp"
#include "wording_pairs.hpp"
#include "xliff/reader.hpp"
#include "xliff/writer.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;

std::vector<Finding> check_xliff(const std::string& body, const std::string& globs) {
    auto loaded = xliff::load_buffer(body, "test.xlf");
    EXPECT_TRUE(loaded.ok()) << (loaded.error ? loaded.error->message : "");
    if (!loaded.ok()) return {};
    Registry registry;
    register_builtin_rules(registry);
    EngineOptions options;
    options.rule_globs = globs;
    const Engine engine(registry, testing::builtin_packs(), options);
    return engine.check(*loaded.document);
}

std::string xliff2(const std::string& src, const std::string& trg, const std::string& units) {
    return "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"" + src +
           "\" trgLang=\"" + trg + "\"><file id=\"f\">" + units + "</file></xliff>";
}

std::string unit(const std::string& id, const std::string& source, const std::string* target = nullptr) {
    return "<unit id=\"" + id + "\"><segment><source>" + source + "</source>" +
           (target ? "<target>" + *target + "</target>" : "") + "</segment></unit>";
}

// --- target.empty in a locale variant of the source's language ---

TEST(TargetEmpty, SameLanguageFileWithoutTargetsIsSilent) {
    const std::string units = unit("a", "Unsecured network alert") + unit("b", "Melbourne") +
                              unit("c", "Wi-Fi network is not secure. Click here to turn on VPN.");
    EXPECT_TRUE(check_xliff(xliff2("en", "en-US", units), "target.empty").empty());
    EXPECT_TRUE(check_xliff(xliff2("fr", "fr-CA", units), "target.empty").empty());
}

TEST(TargetEmpty, SameLanguageFileMostlyAdaptedReportsTheGapAtInfo) {
    const std::string colour = "Colour settings", centre = "Centre", licence = "Licence";
    const std::string units = unit("a", "Color settings", &colour) + unit("b", "Center", &centre) +
                              unit("c", "License", &licence) + unit("d", "Favorite places");
    const auto f = check_xliff(xliff2("en-US", "en-GB", units), "target.empty");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].unit, "d");
    EXPECT_EQ(f[0].severity, Severity::Info);
}

TEST(TargetEmpty, OtherLanguageStillAnError) {
    const auto f = check_xliff(xliff2("en", "fr", unit("a", "Unsecured network alert")), "target.empty");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
}

TEST(TargetEmpty, AnIdentifierWithoutTargetIsInfo) {
    const std::string empty;
    const std::string units = unit("a", "menu_item_12", &empty) + unit("b", "sidebarToggle", &empty) +
                              unit("c", "Menu item", &empty) + unit("d", "Sidebar", &empty);
    const auto f = check_xliff(xliff2("en", "de", units), "target.empty");
    ASSERT_EQ(f.size(), 4u);
    EXPECT_EQ(f[0].severity, Severity::Info);
    EXPECT_NE(f[0].message.find("identifier"), std::string::npos) << f[0].message;
    EXPECT_EQ(f[1].severity, Severity::Info);
    // Words, even a single one, are text to translate.
    EXPECT_EQ(f[2].severity, Severity::Error);
    EXPECT_EQ(f[3].severity, Severity::Error);
}

// --- target.same-as-source: names, codes and labels copied on purpose ---

TEST(TargetSameAsSource, NamesCodesAndAddressesCopiedAreSilent) {
    EXPECT_TRUE(check_pairs({{"Mozilla VPN", "Mozilla VPN"},
                             {"Bjarne Stroustrup", "Bjarne Stroustrup"},
                             {"support@example.com https://example.com/help", "support@example.com https://example.com/help"},
                             {"population_density_km2 = 6.1", "population_density_km2 = 6.1"},
                             {"Parent = OL", "Parent = OL"},
                             {"Dropbox Paper", "Dropbox Paper"},
                             {"Chicago, IL", "Chicago, IL"},
                             {"notifications/{{ payment.company | downcase }}.png", "notifications/{{ payment.company | downcase }}.png"},
                             {"<tr class=\"subtotal-line\">", "<tr class=\"subtotal-line\">"},
                             {"{{ shop.name }} {{ shop.email }}", "{{ shop.name }} {{ shop.email }}"}},
                            "target.same-as-source", "en", "fr")
                    .empty());
}

TEST(TargetSameAsSource, ShortTitleCaseLabelDropsToInfo) {
    const auto f = check_pairs({{"Contact Us", "Contact Us"}, {"Salt Lake City", "Salt Lake City"}, {"Save to Dropbox", "Save to Dropbox"}},
                               "target.same-as-source", "en", "de");
    ASSERT_EQ(f.size(), 3u);
    for (const auto& finding : f) EXPECT_EQ(finding.severity, Severity::Info) << finding.source->text;
}

TEST(TargetSameAsSource, OrdinarySentenceCopiedIsAWarning) {
    const auto f = check_pairs({{"This value is not a valid week.", "This value is not a valid week."},
                                {"Hamilton and Adams were out on a limb, building it themselves.",
                                 "Hamilton and Adams were out on a limb, building it themselves."}},
                               "target.same-as-source", "en", "fr");
    ASSERT_EQ(f.size(), 2u);
    for (const auto& finding : f) {
        EXPECT_EQ(finding.severity, Severity::Warning);
        EXPECT_GE(finding.confidence, 0.6);
    }
}

TEST(TargetSameAsSource, LocaleVariantsAreTheSameLanguage) {
    EXPECT_TRUE(check_pairs({{"This value is not a valid week.", "This value is not a valid week."}},
                            "target.same-as-source", "en-GB", "en-CA")
                    .empty());
    EXPECT_TRUE(check_pairs({{"Cette valeur n'est pas valide.", "Cette valeur n'est pas valide."}},
                            "target.same-as-source", "fr", "fr-CA")
                    .empty());
}

// --- markup.mismatch: annotations are not codes ---

TEST(MarkupMismatch, AnnotationsMayBeDroppedRenumberedOrAdded) {
    const std::string t1 = "Appuyez sur la <mrk id=\"m2\" type=\"term\">touche TAB</mrk>.";
    const std::string t2 = "Chargement de la configuration";
    const std::string t3 = "Une <sm id=\"c1\" type=\"comment\"/>phrase<em startRef=\"c1\"/>.";
    const std::string t4 = "<mrk id=\"m4\" type=\"comment\"><sc id=\"2\" isolated=\"yes\"/>Phrase 2.</mrk>";
    const std::string doc = xliff2("en", "fr",
                                   unit("term", "Press the <mrk id=\"m1\" type=\"term\">TAB key</mrk>.", &t1) +
                                       unit("dropped", "<mrk id=\"m1\" type=\"my:resource\">Load configuration</mrk>", &t2) +
                                       unit("added", "A sentence.", &t3) +
                                       unit("nested", "<mrk id=\"m3\" type=\"comment\"><sc id=\"2\" isolated=\"yes\"/>Sentence 2.</mrk>", &t4));
    EXPECT_TRUE(check_xliff(doc, "markup.mismatch").empty());
}

TEST(MarkupMismatch, RealCodesInsideAnnotationsStillCount) {
    const std::string t = "<mrk id=\"m1\" type=\"term\">Texte</mrk> sans code.";
    const auto f = check_xliff(xliff2("en", "fr", unit("u", "<mrk id=\"m1\" type=\"term\">Text</mrk> with <ph id=\"1\"/>.", &t)),
                               "markup.mismatch");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("<ph id=\"1\"/>"), std::string::npos) << f[0].message;
}

TEST(MarkupMismatch, ProtectedMarkerIsKeptLikeACode) {
    const std::string t = "Ouvrez le fichier.";
    const auto f = check_xliff(
        xliff2("en", "fr", unit("u", "Open <mrk id=\"p\" translate=\"no\">config.yaml</mrk>.", &t)), "markup.mismatch");
    EXPECT_EQ(f.size(), 1u);
}

TEST(MarkupMismatch, CodeMovedToAnotherSegmentOfTheUnitIsNotLost) {
    const std::string doc = xliff2(
        "en", "fr",
        "<unit id=\"u\"><segment><source><ph id=\"2\"/>Text2.</source><target><ph id=\"2\"/>Texte2. <ph id=\"3\"/></target>"
        "</segment><segment><source><ph id=\"3\"/>Text3.</source><target>Texte3.</target></segment>"
        "<segment><source><ph id=\"4\"/>Text4.</source><target>Texte4.</target></segment></unit>");
    const auto f = check_xliff(doc, "markup.mismatch");
    ASSERT_EQ(f.size(), 1u);  // ph 4 is gone from the unit; ph 3 only moved
    EXPECT_NE(f[0].message.find("id=\"4\""), std::string::npos) << f[0].message;
}

TEST(MarkupMismatch, Xliff12TermMarkIsAnAnnotation) {
    const std::string doc =
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file original=\"f\" "
        "source-language=\"en\" target-language=\"de\" datatype=\"plaintext\"><body>"
        "<trans-unit id=\"t\"><source>Press the <mrk mtype=\"term\">TAB key</mrk>.</source>"
        "<target>Drücken Sie die TAB-Taste.</target></trans-unit>"
        "<trans-unit id=\"p\"><source>Open <mrk mtype=\"protected\">config.yaml</mrk> <x id=\"1\"/>.</source>"
        "<target>Öffnen Sie die Datei.</target></trans-unit></body></file></xliff>";
    const auto f = check_xliff(doc, "markup.mismatch");
    std::vector<std::string> units;
    for (const auto& finding : f) units.push_back(finding.unit);
    EXPECT_EQ(units, (std::vector<std::string>{"p", "p"}));  // the protected mark and the dropped x
}

TEST(MarkupMismatch, ProtectionSurvivesAWriteAndRead) {
    const std::string t = "Ouvrez <mrk id=\"p\" translate=\"no\">config.yaml</mrk> ou <mrk id=\"q\" type=\"term\">fichier</mrk>.";
    auto loaded = xliff::load_buffer(
        xliff2("en", "fr", unit("u", "Open <mrk id=\"p\" translate=\"no\">config.yaml</mrk> or <mrk id=\"q\" type=\"term\">file</mrk>.", &t)),
        "test.xlf");
    ASSERT_TRUE(loaded.ok());
    auto again = xliff::load_buffer(xliff::write_xliff(*loaded.document, "2.0"), "again.xlf");
    ASSERT_TRUE(again.ok()) << again.error->message;
    const auto& codes = again.document->files[0].units[0].segments[0].source.codes;
    ASSERT_EQ(codes.size(), 4u);
    EXPECT_TRUE(codes[0].protects);
    EXPECT_FALSE(codes[2].protects);
}

}  // namespace
}  // namespace verity::rules
