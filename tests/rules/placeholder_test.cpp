// placeholder.mismatch and the placeholder scanner: per syntax a pair that must stay silent and one that
// must fire, and the traps (prose percent signs, money, literal %%, plural forms, reordering).
#include <gtest/gtest.h>

#include <map>
#include <stdexcept>
#include <string>

#include "rules/placeholders/placeholders.hpp"
#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;
using testing::marked;

// The placeholders of `text` as written.
std::vector<std::string> written(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& p : scan_placeholders(text).placeholders) out.emplace_back(text.substr(p.begin, p.end - p.begin));
    return out;
}

using Strings = std::vector<std::string>;

std::vector<Finding> check(const std::string& source, const std::string& target, const std::string& target_lang) {
    return check_pairs({{source, target}}, "placeholder.*", "en", target_lang);
}

// Silent pairs: every one must give no finding.
void expect_silent(const std::vector<testing::Pair>& pairs, const std::string& target_lang) {
    for (const auto& p : pairs) {
        const auto f = check(p.source, p.target, target_lang);
        EXPECT_TRUE(f.empty()) << p.source << " → " << p.target << ": " << (f.empty() ? "" : f[0].message);
    }
}

// The pair gives exactly one finding, at `severity`.
void expect_one_at(const std::string& source, const std::string& target, const std::string& target_lang,
                   Severity severity) {
    const auto f = check(source, target, target_lang);
    ASSERT_EQ(f.size(), 1u) << source << " → " << target;
    EXPECT_EQ(f[0].severity, severity) << source << " → " << target << ": " << f[0].message;
}

TEST(PlaceholderScanner, PrintfAndQt) {
    EXPECT_EQ(written("%s of %d at %.2f and %5.1f, %x, %i"), (Strings{"%s", "%d", "%.2f", "%5.1f", "%x", "%i"}));
    EXPECT_EQ(written("%1$s %2$d %1$@ %@ %ld %lld"), (Strings{"%1$s", "%2$d", "%1$@", "%@", "%ld", "%lld"}));
    EXPECT_EQ(written("%1 of %2, %L1"), (Strings{"%1", "%2", "%L1"}));
    EXPECT_EQ(written("%1měsíční"), (Strings{"%1"}));
    const auto scan = scan_placeholders("%1$ld and %i");
    EXPECT_EQ(scan.placeholders[0].identity, "1$ld");
    EXPECT_EQ(scan.placeholders[1].identity, "d");
}

TEST(PlaceholderScanner, ProsePercentSignsAndMoneyAreText) {
    EXPECT_TRUE(written("50 % of users, 50% off, % of the vote, 50 % des électeurs").empty());
    EXPECT_TRUE(written("Eine 50%ige Steigerung, 100%s").empty());
    EXPECT_TRUE(written("It costs $5 or US$20, 100%%").empty());
    EXPECT_EQ(written("Done: 100%% of %d files"), (Strings{"%d"}));
    EXPECT_EQ(written("Kontrol ediliyor (%%1)"), (Strings{"%1"}));  // Qt has no %%
}

TEST(PlaceholderScanner, BracesAndIcu) {
    EXPECT_EQ(written("{0} and {1}, {name}, {}, {price:.2f}, {0,-10}"),
              (Strings{"{0}", "{1}", "{name}", "{}", "{price:.2f}", "{0,-10}"}));
    EXPECT_EQ(written("{n, number} on {d, date, short}"), (Strings{"{n, number}", "{d, date, short}"}));
    const auto icu = scan_placeholders("{count, plural, one {# file in {folder}} other {# files in {folder}}}");
    EXPECT_TRUE(icu.has_variants);
    ASSERT_EQ(icu.placeholders.size(), 5u);
    EXPECT_EQ(icu.placeholders[0].identity, "count");
    EXPECT_EQ(icu.placeholders[1].syntax, PlaceholderSyntax::IcuHash);
    EXPECT_EQ(icu.placeholders[2].identity, "folder");
    // Branch text is not a placeholder, nor is a brace of code or prose.
    EXPECT_TRUE(written("function f() { return x; } and a { color: red } rule").empty());
    EXPECT_TRUE(written("ICU quoting: '{' literal '}'").empty());
}

TEST(PlaceholderScanner, TemplatesDollarsEntitiesTags) {
    EXPECT_EQ(written("{{ name }} {{count}} %name% %{user} %(count)d ${path} $HOME"),
              (Strings{"{{ name }}", "{{count}}", "%name%", "%{user}", "%(count)d", "${path}", "$HOME"}));
    EXPECT_EQ(scan_placeholders("{{   name }}").placeholders[0].identity, "name");
    EXPECT_EQ(written("Fish &amp; chips&nbsp;&#123; <b>bold</b><br/> a < b"),
              (Strings{"&amp;", "&nbsp;", "&#123;", "<b>", "</b>", "<br/>"}));
    EXPECT_EQ(written("%d%% done, %s%s"), (Strings{"%d", "%s", "%s"}));  // printf, not Symfony %d% or %s%
    EXPECT_EQ(written("Format: %Y-%m-%d"), (Strings{"%Y", "%d"}));  // no Symfony "%Y-%"
    EXPECT_TRUE(scan_placeholders("Format: %Y-%m-%d").date_format);
    EXPECT_TRUE(written("50%-60% range, from 10 % to 20 %, between %a and b%, $a or $b").empty());
}

TEST(PlaceholderMismatch, Printf) {
    expect_silent({{"Deleted %d files from %s.", "%d fichiers supprimés de %s."},
                   {"%s of %s selected", "%1$s sur %2$s sélectionnés"},
                   {"Progress: %.1f%% done", "Fortschritt: %.1f %% erledigt"},
                   {"Hello %@, you have %ld messages", "Hola %@, tienes %ld mensajes"}},
                  "fr");
    const auto f = check("Deleted %d files from %s.", "Supprimé des fichiers de %s.", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_EQ(f[0].its_type, "markup");
    EXPECT_EQ(marked(f[0].source), "%d");
    EXPECT_NE(f[0].message.find("missing"), std::string::npos);
}

TEST(PlaceholderMismatch, UnnumberedPrintfOrderChanged) {
    const auto f = check("%s has %d items", "%d éléments dans %s", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("order of unnumbered placeholders changed"), std::string::npos);
    // Numbered ones may move.
    expect_silent({{"%1$s has %2$d items", "%2$d éléments dans %1$s"}}, "fr");
}

TEST(PlaceholderMismatch, PositionalTypeChange) {
    const auto f = check("%1$s has %2$d items", "%1$s a %2$s éléments", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(marked(f[0].source), "%2$d");
    EXPECT_EQ(marked(f[0].target), "%2$s");
    EXPECT_NE(f[0].message.find("became"), std::string::npos);
}

TEST(PlaceholderMismatch, Qt) {
    expect_silent({{"%1 of %2 devices", "%2 Geräte, davon %1"}, {"%1-month plan: %2", "%1měsíční předplatné: %2"}},
                  "de");
    const auto f = check("Connected to %1 in %2", "Verbunden mit %1", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(marked(f[0].source), "%2");
}

TEST(PlaceholderMismatch, ProsePercentAndMoneyStaySilent) {
    expect_silent({{"50 % of users agreed.", "50 % des utilisateurs étaient d'accord."},
                   {"Save 50% off today", "Économisez 50 % aujourd'hui"},
                   {"It costs $5.", "Cela coûte 5 $."},
                   {"Growth of 20 percent", "Une hausse de 20%"},
                   {"A 50% increase", "Eine 50%ige Steigerung"}},
                  "fr");
    // Turkish writes the percent sign first; a source without Qt arguments has none to compare.
    expect_silent({{"A 50% discount", "%50 indirim"}}, "tr");
}

TEST(PlaceholderMismatch, BracesAndIcu) {
    expect_silent({{"{0} sent {1} files", "{1} fichiers envoyés par {0}"},
                   {"Hello {name}!", "¡Hola {name}!"},
                   {"{count, plural, one {# file} other {# files}}",
                    "{count, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}"},
                   {"{count, plural, one {One file in {folder}} other {# files in {folder}}}",
                    "{count, plural, one {Jeden plik w {folder}} few {{count} pliki w {folder}} many {# plików w "
                    "{folder}} other {# pliku w {folder}}}"},
                   {"{gender, select, female {She} other {They}} replied", "{gender, select, female {Ona} other {Oni}} odpowiedzieli"}},
                  "pl");
    const auto renamed = check("{count, plural, one {# file} other {# files}}",
                               "{liczba, plural, one {# plik} other {# plików}}", "pl");
    ASSERT_EQ(renamed.size(), 1u);
    EXPECT_NE(renamed[0].message.find("became"), std::string::npos);
    const auto dropped = check("Hello {name}, welcome back", "Hola, bienvenido", "es");
    ASSERT_EQ(dropped.size(), 1u);
    EXPECT_EQ(marked(dropped[0].source), "{name}");
    const auto nested = check("{count, plural, one {# file in {folder}} other {# files in {folder}}}",
                              "{count, plural, one {# plik} other {# plików}}", "pl");
    ASSERT_EQ(nested.size(), 1u);
    EXPECT_EQ(marked(nested[0].source), "{folder}");
}

TEST(PlaceholderMismatch, DoubleBraceRenamed) {
    expect_silent({{"The image width is too big ({{ width }}px).", "L'image est trop large ({{width}}px)."},
                   {"This value should have {{ limit }} character or less.|This value should have {{ limit }} "
                    "characters or less.",
                    "Значение слишком длинное. Должно быть равно {{ limit }} символу или меньше.|Значение слишком "
                    "длинное. Должно быть равно {{ limit }} символам или меньше.|Значение слишком длинное. Должно "
                    "быть равно {{ limit }} символам или меньше."}},
                  "ru");
    const auto f = check("The image width is too big ({{ width }}px).", "Das Bild ist zu breit ({{ height }}px).", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("`{{ width }}` became `{{ height }}`"), std::string::npos);
    EXPECT_EQ(marked(f[0].source), "{{ width }}");
    EXPECT_EQ(marked(f[0].target), "{{ height }}");
    // A template placeholder in the target of a source without one is no prose.
    EXPECT_EQ(check("Welcome back.", "Willkommen zurück, {{ name }}.", "de").size(), 1u);
}

TEST(PlaceholderMismatch, SymfonyRubyPythonDollar) {
    expect_silent({{"Hello %name%, you have %count% messages", "Hallo %name%, Sie haben %count% Nachrichten"},
                   {"Hi %{user}", "Salut %{user}"},
                   {"%(count)d files in %(folder)s", "%(folder)s contient %(count)d fichiers"},
                   {"Path: ${path} for $USER", "Chemin : ${path} pour $USER"}},
                  "fr");
    EXPECT_EQ(check("Hello %name%", "Hallo %nom%", "de").size(), 1u);
    EXPECT_EQ(check("Hi %{user}", "Salut", "fr").size(), 1u);
    EXPECT_EQ(check("%(count)d files", "%(cnt)d fichiers", "fr").size(), 1u);
    EXPECT_EQ(check("Path: ${path}", "Chemin : ${dir}", "fr").size(), 1u);
}

TEST(PlaceholderMismatch, EscapedHtmlIsAWarning) {
    expect_silent({{"Click <b>Save</b> &amp; exit", "Cliquez sur <b>Enregistrer</b> &amp; quittez"},
                   {"Line<br>break", "Zeilen<br />umbruch"}},
                  "fr");
    const auto f = check("Click <b>Save</b> now", "Cliquez sur Enregistrer", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(marked(f[0].source), "<b>Save</b>");
    // French typography adds no-break spaces; a source without entities has none to compare.
    expect_silent({{"Warning: disk full", "Attention&nbsp;: disque plein"}}, "fr");
}

TEST(PlaceholderMismatch, EscapesMatterOnlyWhenBroken) {
    // "&amp;" said in words, and quotes localised, are translations; a bare "&" breaks the escaping.
    expect_silent({{"Terms &amp; Conditions", "Conditions générales"},
                   {"Click &quot;Save&quot;", "Cliquez sur « Enregistrer »"},
                   {"Terms and Conditions &copy;", "Conditions &amp; modalités &copy;"}},
                  "fr");
    expect_silent({{"The \"&lt; &gt;\" key", "Las teclas <>"}}, "es");
    const auto f = check("Fish &amp; chips &lt;3", "Fish & chips &lt;3", "fr");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(marked(f[0].source), "&amp;");
    EXPECT_EQ(check("Copyright &copy; 2024", "Copyright 2024", "fr").size(), 1u);
}

TEST(PlaceholderMismatch, BareAmpersandBeforeASpaceIsUncertain) {
    // HTML reads "& " as itself, XML does not: info. Before a letter it starts a reference: a warning.
    expect_one_at("Fish &amp; chips", "Fish & chips", "fr", Severity::Info);
    expect_one_at("R&amp;D budget", "Budget R&D", "fr", Severity::Warning);
}

TEST(PlaceholderMismatch, EmphasisSetInQuotationMarksIsInfo) {
    expect_one_at("Open <i>Login Items</i> in <i>Settings</i>", "打开“设置”中的“登录项”", "zh-CN", Severity::Info);
    expect_one_at("Open <i>Login Items</i> in <i>Settings</i>", "打开设置中的登录项", "zh-CN", Severity::Warning);
    // A link is no emphasis: quotation marks do not replace it.
    const auto link = check("See <a href='/help'>help</a>", "Voir « aide »", "fr");
    ASSERT_FALSE(link.empty());
    EXPECT_NE(link[0].severity, Severity::Info);
}

TEST(PlaceholderMismatch, IgnoreOptionSkipsNamedSyntaxes) {
    const std::map<std::string, std::map<std::string, std::string>> ignore{
        {"placeholder.mismatch", {{"ignore", "printf, dollar"}}}};
    EXPECT_TRUE(check_pairs({{"%s files in $dir", "fichiers"}}, "placeholder.*", "en", "fr", ignore).empty());
    EXPECT_EQ(check_pairs({{"{0} files in %s", "fichiers"}}, "placeholder.*", "en", "fr", ignore).size(), 1u);
    const std::map<std::string, std::map<std::string, std::string>> unknown{
        {"placeholder.mismatch", {{"ignore", "printf,mustache"}}}};
    EXPECT_THROW(check_pairs({{"%s", "%s"}}, "placeholder.*", "en", "fr", unknown), std::invalid_argument);
}

TEST(PlaceholderMismatch, PercentEncodingInUrlsIsNoPlaceholder) {
    EXPECT_TRUE(written("See https://example.com/a%20b%2Fc for %s").size() == 1);
    expect_silent({{"See https://example.com/en/a%20b", "Voir https://example.com/fr/"}}, "fr");
}

TEST(PlaceholderScanner, GettextSpecifics) {
    EXPECT_EQ(written("local symbol %<PRIu64> at %#<PRIx64>"), (Strings{"%<PRIu64>", "%#<PRIx64>"}));
    const auto star = scan_placeholders("%s: \"%.*s\"");
    ASSERT_EQ(star.placeholders.size(), 2u);
    EXPECT_EQ(star.placeholders[1].stars, 1u);
    EXPECT_EQ(written("« %3$.*2$s »"), (Strings{"%3$.*2$s"}));
    EXPECT_TRUE(scan_placeholders("%a %b %e %H:%M:%S %Y").date_format);
    EXPECT_FALSE(scan_placeholders("%s of %d").date_format);
    EXPECT_EQ(written("Invalid %-encoding in URI"), Strings{});
    EXPECT_EQ(written("%sB/%sB of archives, des privaten %ss"), (Strings{"%s", "%s", "%s"}));
    EXPECT_EQ(written("pack '% s' =% s"), (Strings{"% s", "% s"}));  // the space flag, left by machine translation
    // Argument words of a command's help are no markup; HTML that closes or has attributes is.
    EXPECT_TRUE(written("--install <link> <name> <path>, append <mark>, <no current directory>, <file>").empty());
    EXPECT_EQ(written("<alias value='%s'/> and <b>x</b>"), (Strings{"<alias value='%s'/>", "%s", "<b>", "</b>"}));
}

TEST(PlaceholderMismatch, PrintfReadsArgumentTypesNotSpellings) {
    expect_silent({{"invalid char 0x%02x in host name", "Ungültiges Zeichen 0x%02X im Hostnamen"},
                   {"at offset %#<PRIx64> contains %<PRIu64> entries", "à l'offset %#<PRIx64> contient %<PRId64> entrées"},
                   {"%s\n\"%.*s\"\n%u-bit %s key", "%1$s\n« %3$.*2$s »\nclef %5$s de %4$u bits"},
                   {"failed to truncate to %<PRIdMAX> bytes in %s", "impossible de tronquer %2$s à %1$<PRIdMAX> octets"},
                   {"%a %b %e %H:%M:%S %Y", "%a %d %b %Y %T %Z"},
                   {"Need to get %sB/%sB of archives.", "%2$sB 中 %1$sB のアーカイブ"},
                   {"<alias value='%s'/> given when “%s” is a member", "“%2$s” üyesiyken <alias value='%1$s'/> verildi"},
                   {"reference repository '%s' is grafted", "repositorio de referencia '% s' está injertado"},
                   {"If no command is given, run '\"$SHELL\" -i'", "Wenn kein Befehl angegeben ist, „${SHELL} -i“ ausführen"}},
                  "de");
    // %*.s prints nothing: a broken %.*s.
    EXPECT_EQ(check("no such ref: %.*s", "nie ma takiej referencji: %*.s", "pl").size(), 1u);
}

TEST(PlaceholderMismatch, PrintfAddedToAMessageWithoutArguments) {
    const auto f = check("could not open temporary file", "konnte temporäre Datei '%s' nicht öffnen", "de");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(marked(f[0].target), "%s");
    EXPECT_EQ(f[0].severity, Severity::Error);
    // Words after a percent sign are no such placeholder.
    expect_silent({{"Use%", "%uż."}, {"Invalid %-encoding in URI", "codificación %-e no válida en el URI"}}, "pl");
}

TEST(PlaceholderMismatch, GettextPluralFormsMayDropTheNumber) {
    auto doc = testing::pairs_document({{"The email address \"%s\" is associated with %d key:",
                                          "Die Email-Adresse \"%s\" ist mit einem Schlüssel assoziert:"}},
                                        "en", "de");
    doc.files[0].units[0].id = "718[0]";
    doc.files[0].units[0].group_path = "718";
    EXPECT_TRUE(testing::check_document(doc, "placeholder.*").empty());
    doc.files[0].units[0].id = "718";  // not a plural form: the number is missing
    EXPECT_EQ(testing::check_document(doc, "placeholder.*").size(), 1u);
}

TEST(PlaceholderMismatch, DocumentationWordsAreLessCertain) {
    // A command's help renders its metavariables: all-capital names and bare $words are info.
    expect_one_at("  {INTEGER}          repeat the previous pattern", "  {ENTIER}           répéter", "fr", Severity::Info);
    const auto dollar = check("returns \"$line $filename\"", "renvoie « $ligne $nomfichier »", "fr");
    ASSERT_EQ(dollar.size(), 2u);
    EXPECT_EQ(dollar[0].severity, Severity::Info);
    expect_one_at("Path: ${path}", "Chemin : ${chemin}", "fr", Severity::Error);
}

TEST(PlaceholderMismatch, PhraseListsCompareAsSets) {
    expect_silent({{"Turn on %@\nConnect %@\nSwitch on %@", "Activer %@\nConnecter %@"}}, "fr");
}

}  // namespace
}  // namespace verity::rules
