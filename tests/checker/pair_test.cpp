// verity compare and verity align: two texts in, aligned pairs and findings out.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"

namespace {

using verity::testing::run;
using verity::testing::TempDir;
using verity::testing::write_file;

const std::string kExamples = std::string(VERITY_SOURCE_DIR) + "/examples/";

TEST(Compare, ExamplePairShowsDroppedAddedAndChangedContent) {
    auto r = run("compare --format json " + kExamples + "official-statement.txt " + kExamples +
                 "unofficial-translation.txt");
    ASSERT_EQ(r.code, 1) << r.out;
    const auto j = nlohmann::json::parse(r.out);
    const auto& file = j["files"][0];
    EXPECT_EQ(file["format"], "text-pair");
    EXPECT_EQ(file["source_lang"], "en") << "guessed from the stopwords";
    EXPECT_FALSE(file["notes"].empty());
    std::map<std::string, int> rules;
    for (const auto& f : file["findings"]) {
        ++rules[f["rule"].get<std::string>()];
        if (f["rule"] == "omission.sentence") {
            EXPECT_TRUE(f["target"].is_null());
            EXPECT_NE(f["source"]["text"].get<std::string>().find("firmly condemn"), std::string::npos);
            // Positions refer to the text file the side comes from.
            EXPECT_EQ(f["source"]["line"], 9);
            EXPECT_EQ(f["source"]["column"], 1);
            EXPECT_NE(f["source"]["path"].get<std::string>().find("official-statement.txt"), std::string::npos);
        }
        if (f["rule"] == "addition.sentence") {
            EXPECT_TRUE(f["source"].is_null());
            EXPECT_NE(f["target"]["text"].get<std::string>().find("Senegal welcomed"), std::string::npos);
            EXPECT_EQ(f["target"]["line"], 9);
        }
    }
    EXPECT_EQ(rules["omission.sentence"], 1);
    EXPECT_EQ(rules["addition.sentence"], 1);
    EXPECT_GE(rules["number.mismatch"], 1);
}

TEST(Compare, IdenticalTextsAreClean) {
    auto r = run("compare " + kExamples + "official-statement.txt " + kExamples + "official-statement.txt");
    EXPECT_EQ(r.code, 0) << r.out;
}

TEST(Compare, ExplicitLanguagesAreUsedAndBadInputIsAUsageError) {
    TempDir dir;
    write_file(dir / "a.txt", "Le ministre a signé l'accord. Il entre en vigueur le 3 mai.\n");
    write_file(dir / "b.txt", "The minister signed the agreement. It enters into force on 3 May.\n");
    auto r = run("compare --format json --source-lang fr --target-lang en " + (dir / "a.txt").string() + " " +
                 (dir / "b.txt").string());
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["files"][0]["source_lang"], "fr");
    EXPECT_EQ(j["files"][0]["target_lang"], "en");
    EXPECT_EQ(r.code, 0) << r.out;

    write_file(dir / "bad.txt", std::string("ok line\nbroken \xC3\x28 here\n"));
    auto bad = run("compare --format json " + (dir / "a.txt").string() + " " + (dir / "bad.txt").string());
    EXPECT_EQ(bad.code, 2);
    const auto jb = nlohmann::json::parse(bad.out);
    EXPECT_EQ(jb["files"][0]["error"]["line"], 2);
    EXPECT_EQ(run("compare " + (dir / "a.txt").string() + " " + (dir / "missing.txt").string()).code, 2);
    auto folder = run("compare --format json " + dir.path().string() + " " + (dir / "a.txt").string());
    EXPECT_EQ(folder.code, 2);
    EXPECT_NE(nlohmann::json::parse(folder.out)["files"][0]["error"]["message"].get<std::string>().find("directory"),
              std::string::npos)
        << folder.out;
}

TEST(Align, LinksFormatMarksDroppedAndAddedSentences) {
    TempDir dir;
    write_file(dir / "s.txt", "one\ntwo\nthree four five\nsix\n");
    write_file(dir / "t.txt", "one\nthree four five\nsix\nseven eight\n");
    auto r = run("align --lines --format links --source-lang en --target-lang en " + (dir / "s.txt").string() + " " +
                 (dir / "t.txt").string());
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(r.out, "[0]:[0]\n[1]:[]\n[2]:[1]\n[3]:[2]\n[]:[3]\n");
}

TEST(Align, WrittenXliffComesBackAsTheSameFindings) {
    TempDir dir;
    const std::string src = kExamples + "official-statement.txt", tgt = kExamples + "unofficial-translation.txt";
    for (const char* version : {"2.1", "1.2"}) {
        const auto out = dir / (std::string("pair-") + version + ".xlf");
        ASSERT_EQ(run("align --xliff-version " + std::string(version) + " -o " + out.string() + " " + src + " " + tgt).code,
                  0);
        auto rechecked = run("check --format json " + out.string());
        auto compared = run("compare --format json " + src + " " + tgt);
        auto rules_of = [](const std::string& json) {
            std::multiset<std::string> out;
            const auto report = nlohmann::json::parse(json);
            for (const auto& f : report["files"][0]["findings"]) out.insert(f["rule"].get<std::string>());
            return out;
        };
        EXPECT_EQ(rules_of(rechecked.out), rules_of(compared.out)) << version;
        EXPECT_TRUE(rules_of(rechecked.out).count("omission.sentence")) << version;
        EXPECT_TRUE(rules_of(rechecked.out).count("addition.sentence")) << version;
    }
}

TEST(Align, RefusesToWriteOverAnInput) {
    TempDir dir;
    write_file(dir / "s.txt", "One sentence.\n");
    write_file(dir / "t.txt", "One sentence.\n");
    EXPECT_EQ(run("align -o " + (dir / "t.txt").string() + " " + (dir / "s.txt").string() + " " +
                  (dir / "t.txt").string())
                  .code,
              2);
    std::ifstream in(dir / "t.txt");
    std::string body((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(body, "One sentence.\n");
}

}  // namespace

namespace {

TEST(Compare, AcceptsXliffOnEitherSide) {
    TempDir dir;
    const std::string src = kExamples + "official-statement.txt", tgt = kExamples + "unofficial-translation.txt";
    const auto xlf = dir / "pair.xlf";
    ASSERT_EQ(run("align -o " + xlf.string() + " " + src + " " + tgt).code, 0);
    // The XLIFF side reads as its targets: the translation's sentences, so against the translation
    // itself nothing differs, and against the original the same sentence is missing again.
    auto same = run("compare --format json " + xlf.string() + " " + tgt);
    EXPECT_EQ(same.code, 0) << same.out.substr(0, 2000);
    auto against_original = run("compare --format json " + src + " " + xlf.string());
    const auto j = nlohmann::json::parse(against_original.out);
    bool dropped = false;
    for (const auto& f : j["files"][0]["findings"])
        dropped = dropped || (f["rule"] == "omission.sentence" &&
                              f["source"]["text"].get<std::string>().find("firmly condemn") != std::string::npos);
    EXPECT_TRUE(dropped) << against_original.out.substr(0, 2000);
    EXPECT_NE(j["files"][0]["notes"].dump().find("read from XLIFF"), std::string::npos);
}

}  // namespace

namespace {

// The findings of a compare run, rule and severity of each.
std::multiset<std::pair<std::string, std::string>> severities(const std::string& json) {
    std::multiset<std::pair<std::string, std::string>> out;
    const auto report = nlohmann::json::parse(json);
    for (const auto& f : report["files"][0]["findings"])
        out.emplace(f["rule"].get<std::string>(), f["severity"].get<std::string>());
    return out;
}

// The findings of comparing the source already in `dir` ("s.txt") with `target`, rule and severity of each.
std::multiset<std::pair<std::string, std::string>> compare_with(const TempDir& dir, const std::string& target,
                                                                 const std::string& source_lang,
                                                                 const std::string& target_lang) {
    write_file(dir / "t.txt", target);
    return severities(run("compare --format json --fail-on never --source-lang " + source_lang + " --target-lang " +
                          target_lang + " " + (dir / "s.txt").string() + " " + (dir / "t.txt").string()).out);
}

TEST(Compare, ASentenceRewordedBeyondRecognitionWarns) {
    TempDir dir;
    const std::string head = "The water office opens at eight. Requests are answered within ten days. ";
    const std::string tail = " Forms are available at the front desk. The office closes at noon on Fridays.\n";
    write_file(dir / "s.txt", head + "Applicants are obliged to notify the housing benefit office of any change in income." + tail);
    // The same subject in plain words: too little in common for the alignment to link them, but they share
    // "benefit".
    write_file(dir / "t.txt", head + "Please phone us straight away if you earn more, our benefit team will help." + tail);
    // A sentence on another subject altogether in its place.
    write_file(dir / "u.txt", head + "Parking behind the building is free for visitors with a permit." + tail);
    const auto reworded = severities(run("compare --format json --fail-on never " + (dir / "s.txt").string() + " " +
                                         (dir / "t.txt").string()).out);
    EXPECT_EQ(reworded.count({"omission.sentence", "warning"}), 1u);
    EXPECT_EQ(reworded.count({"addition.sentence", "warning"}), 1u);
    EXPECT_EQ(reworded.count({"omission.sentence", "error"}), 0u);
    const auto replaced = severities(run("compare --format json --fail-on never " + (dir / "s.txt").string() + " " +
                                         (dir / "u.txt").string()).out);
    EXPECT_EQ(replaced.count({"omission.sentence", "error"}), 1u);
    EXPECT_EQ(replaced.count({"addition.sentence", "error"}), 1u);
}

TEST(Compare, ADefinitionAddedInASplittingRewriteIsNoAddition) {
    TempDir dir;
    // A plain-language rewrite: each sentence of the original becomes two, and one explains a hard word.
    write_file(dir / "s.txt",
               "The allowance is paid monthly into your account. The entitlement period begins on 1 March. "
               "Any change in household income must be reported. Objections may be lodged within one month.\n");
    const std::string plain =
        "We pay the allowance every month. The money goes into your account. You get it from 1 March. "
        "Entitlement is your right to the money. Your household income is all the money your family earns. Tell us "
        "when it changes. You can object within one month. An objection is a letter that says you disagree.\n";
    write_file(dir / "t.txt", plain);
    const auto rewrite = severities(run("compare --format json --fail-on never --source-lang en --target-lang en " +
                                        (dir / "s.txt").string() + " " + (dir / "t.txt").string()).out);
    EXPECT_EQ(rewrite.count({"addition.sentence", "error"}), 0u);
    // The definition of a word the original uses ("An objection is …") adds nothing: without it the rewrite
    // gets the same findings.
    write_file(dir / "w.txt", plain.substr(0, plain.find(" An objection")) + "\n");
    const auto without = severities(run("compare --format json --fail-on never --source-lang en --target-lang en " +
                                        (dir / "s.txt").string() + " " + (dir / "w.txt").string()).out);
    EXPECT_EQ(rewrite, without);
    // The same added sentence in a translation that keeps its sentences is an addition.
    write_file(dir / "u.txt",
               "The allowance is paid monthly into your account. The entitlement period begins on 1 March. "
               "Any change in household income must be reported. Objections may be lodged within one month. An "
               "objection is a letter that says you disagree.\n");
    const auto kept = severities(run("compare --format json --fail-on never --source-lang en --target-lang en " +
                                     (dir / "s.txt").string() + " " + (dir / "u.txt").string()).out);
    EXPECT_EQ(kept.count({"addition.sentence", "error"}), 1u);
}

TEST(Compare, ARewriteWithAQuarterMoreSentencesMuchShorterSplitsToo) {
    TempDir dir;
    write_file(dir / "s.txt",
               "The allowance is paid monthly into the bank account that you named in your application. The "
               "entitlement period begins on 1 March of the year in which the application was received. Any change in "
               "household income must be reported to the housing benefit office without delay. Objections may be "
               "lodged in writing within one month of the notice being delivered.\n");
    write_file(dir / "t.txt",
               "We pay the allowance every month into your bank account. You get it from 1 March. Tell us straight "
               "away when your household income changes. You can object within one month. A lawyer from a charity "
               "can help you with that.\n");
    const auto shorter = severities(run("compare --format json --fail-on never --source-lang en --target-lang en " +
                                        (dir / "s.txt").string() + " " + (dir / "t.txt").string()).out);
    EXPECT_EQ(shorter.count({"addition.sentence", "error"}), 0u);
    EXPECT_GE(shorter.count({"addition.sentence", "warning"}), 1u);
}

TEST(Compare, ARestatementInTheSourcesOwnWordsIsNoAddition) {
    TempDir dir;
    write_file(dir / "s.txt",
               "The allowance is paid monthly into your account. The entitlement period begins on 1 March. "
               "Any change in household income must be reported. Objections may be lodged within one month.\n");
    auto added = [&](const std::string& second) {
        write_file(dir / "t.txt", "We pay the allowance every month. " + second + " You get it from 1 March. The "
                                  "allowance is paid monthly. Tell us when your household income changes. You can "
                                  "object within one month.\n");
        const auto s = severities(run("compare --format json --fail-on never --source-lang en --target-lang en " +
                                      (dir / "s.txt").string() + " " + (dir / "t.txt").string()).out);
        return s.count({"addition.sentence", "error"}) + s.count({"addition.sentence", "warning"}) +
               s.count({"addition.sentence", "info"});
    };
    // Every telling word of the added sentences is the source's ("allowance", "paid", "monthly", "account"): its
    // content said again in short sentences.
    EXPECT_EQ(added("Your account is paid the allowance."), 0u);
    // A word or two of its own ("money goes") is how an explanation says it simply.
    EXPECT_EQ(added("The money goes into your account."), 0u);
    // Three words the source never uses, or a particle that marks a further fact ("also"), make a sentence to
    // look at.
    EXPECT_EQ(added("Neighbours sometimes offer transport."), 1u);
    EXPECT_EQ(added("Your landlord is also told about the allowance."), 1u);
}

TEST(Compare, ARewriteThatAddsAQuantityIsAnErrorWhileItsQuestionsAndDefinitionsAreNotAdditions) {
    TempDir dir;
    write_file(dir / "s.txt",
               "The allowance is paid monthly into your account. The entitlement period begins on 1 March. "
               "Any change in household income must be reported. Objections may be lodged within one month.\n");
    auto check = [&](const std::string& added) {
        write_file(dir / "t.txt", "We pay the allowance every month. The money goes into your account. You get it from 1 "
                                  "March. " + added + " Tell us when your household income changes. You can object "
                                  "within one month.\n");
        return severities(run("compare --format json --fail-on never --source-lang en --target-lang en " +
                              (dir / "s.txt").string() + " " + (dir / "t.txt").string()).out);
    };
    // A fact of its own: a quantity the original never names.
    EXPECT_EQ(check("Each child under 6 adds 30 euros to the allowance.").count({"addition.sentence", "error"}), 1u);
    auto additions = [](const std::multiset<std::pair<std::string, std::string>>& found) {
        std::size_t n = 0;
        for (const auto& [rule, severity] : found) n += rule == "addition.sentence";
        return n;
    };
    // A question wording a condition: plain language asks where the original states.
    EXPECT_EQ(additions(check("Do you have a garden?")), 0u);
    // A definition of a word the original uses ("entitlement"), or of one the sentence before names ("March").
    EXPECT_EQ(additions(check("An entitlement is a right to get something.")), 0u);
    EXPECT_EQ(additions(check("March means the third month of the year.")), 0u);
    // A definition of a word neither names is something of its own to look at.
    EXPECT_EQ(additions(check("A garden is a place where you grow flowers.")), 1u);
    // So is a statement that defines nothing.
    EXPECT_EQ(check("A local charity can also help you fill in the form.").count({"addition.sentence", "warning"}), 1u);
    // The same question in a translation that keeps its sentences is an addition.
    write_file(dir / "u.txt",
               "The allowance is paid monthly into your account. Do you have a garden? The entitlement period begins on "
               "1 March. Any change in household income must be reported. Objections may be lodged within one month.\n");
    EXPECT_EQ(severities(run("compare --format json --fail-on never --source-lang en --target-lang en " +
                             (dir / "s.txt").string() + " " + (dir / "u.txt").string()).out)
                  .count({"addition.sentence", "error"}),
              1u);
}

}  // namespace

TEST(Compare, ARelativeDateMadeConcreteInARewriteIsNoNewDate) {
    TempDir dir;
    write_file(dir / "s.txt",
               "The election takes place on Sunday, 20 September 2026. Postal votes must reach the election office by "
               "6 p.m. on election day. We recommend posting your vote by the Wednesday before.\n");
    auto check = [&](const std::string& plain) { return compare_with(dir, plain, "en", "en"); };
    // "election day" said as the date the text gives elsewhere: no date of its own.
    const auto concrete = check("The election is on Sunday, 20 September 2026. Your postal vote must reach the "
                                "election office by 6 p.m. on 20 September 2026. Please post it by the Wednesday "
                                "before.\n");
    EXPECT_EQ(concrete.count({"date.mismatch", "error"}), 0u);
    // A date the text names nowhere is still a new date.
    const auto other = check("The election is on Sunday, 20 September 2026. Your postal vote must reach the "
                             "election office by 6 p.m. on 27 September 2026. Please post it by the Wednesday "
                             "before.\n");
    EXPECT_EQ(other.count({"date.mismatch", "error"}), 1u);
}

TEST(Compare, ADateMovedIntoTheNextSentenceIsNoChange) {
    TempDir dir;
    write_file(dir / "s.txt",
               "Please use the code printed at the top of this letter before 30 April 2026. The service also includes "
               "fraud insurance for every account holder.\n");
    auto check = [&](const std::string& target) { return compare_with(dir, target, "en", "es"); };
    // The translation moved the deadline across the sentence boundary: the same date, said once.
    const auto moved = check("Utilice el código impreso en la parte superior de esta carta. Antes del 30 de abril de "
                             "2026, el servicio incluye además un seguro contra el fraude para cada titular.\n");
    EXPECT_EQ(moved.count({"date.mismatch", "error"}), 0u);
    // Moved and changed, it is still reported.
    const auto changed = check("Utilice el código impreso en la parte superior de esta carta. Antes del 30 de mayo de "
                               "2026, el servicio incluye además un seguro contra el fraude para cada titular.\n");
    EXPECT_GE(changed.count({"date.mismatch", "error"}) + changed.count({"entity.date", "error"}), 1u);
}

TEST(Compare, ARewriteMovesHeadingsAndNegationsIntoSentencesOfItsOwn) {
    TempDir dir;
    write_file(dir / "s.txt",
               "Heating cost allowance 2026\n"
               "\n"
               "The town pays an allowance towards heating costs this winter. It is paid to households with a low income.\n"
               "\n"
               "Conditions of entitlement\n"
               "Applicants must have lived in the town for at least one year. Students living with their parents are not eligible.\n"
               "\n"
               "Application procedure\n"
               "Forms are available at the town hall. Applications are accepted until 31 March 2027.\n");
    // The plain-language version turns the headings into questions of its own words; the sentence it drops
    // ("It is paid to households with a low income.") is still reported.
    const auto f = compare_with(dir,
                                "Do you need help with heating costs?\n"
                                "\n"
                                "The town gives you money for heating this winter.\n"
                                "Heating means keeping your home warm.\n"
                                "The money is for families with little money.\n"
                                "Little money means: you earn less than most people.\n"
                                "\n"
                                "Who can get the money?\n"
                                "You must live in the town.\n"
                                "You must live here for 1 year or longer.\n"
                                "Do you study and live with your parents?\n"
                                "Then you cannot get the money.\n"
                                "\n"
                                "How do you ask for the money?\n"
                                "You need a form.\n"
                                "A form is a paper with questions.\n"
                                "You can get a form at the town hall.\n"
                                "The town hall is the office of the town.\n"
                                "You can send the form until 31 March 2027.\n",
                                "en", "en");
    EXPECT_EQ(f.count({"omission.sentence", "error"}), 1u);
    EXPECT_EQ(f.count({"omission.sentence", "warning"}), 0u);
    // "Students living with their parents are not eligible." split into a question and "Then you cannot get the
    // money.": the negation went into the sentence split off, no flip.
    EXPECT_EQ(f.count({"polarity.negation", "warning"}) + f.count({"polarity.negation", "error"}), 0u);
}

TEST(Compare, AnExplanationInsideASentenceOfASplittingRewriteIsNoAddedPhrase) {
    TempDir dir;
    write_file(dir / "s.txt",
               "Les travaux doivent être réalisés par une entreprise titulaire du label Artisan Qualifié Énergie. La "
               "pension est versée le premier jour ouvré du mois suivant. Le dossier doit être déposé en mairie.\n");
    auto check = [&](const std::string& plain) { return compare_with(dir, plain, "fr", "fr"); };
    const std::string before = "Les travaux doivent être faits par une entreprise. Elle doit avoir le label Artisan "
                               "Qualifié Énergie. L'argent arrive ";
    const std::string after = " le 1er jour ouvré du mois suivant, c'est-à-dire le premier jour de travail de ce mois. "
                              "Vous devez déposer le dossier à la mairie. La mairie est ouverte le matin.\n";
    // The rewrite explains "jour ouvré" in the source's own words: nothing added.
    EXPECT_EQ(check(before + "toujours" + after).count({"addition.phrase", "warning"}), 0u);
    // Marked as a further fact ("aussi"), the same words are reported.
    EXPECT_EQ(check(before + "aussi" + after).count({"addition.phrase", "warning"}), 1u);
}
