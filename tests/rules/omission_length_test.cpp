// omission.length's document model: built once per document from omission.length's own options,
// whichever rule asks for it first.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "wording_pairs.hpp"

namespace verity::rules {
namespace {

using testing::check_pairs;
using testing::Pair;

// German runs about 1.3 times as long as English here; the last target, at the English length, is
// short under the learnt model and not under Gale and Church's default one.
std::vector<Pair> pairs_with_one_short_target() {
    std::vector<Pair> pairs;
    const std::string en = "The committee discussed the annual report of the agency at length today.";
    const std::string de =
        "Der Ausschuss hat heute ausführlich den Jahresbericht der Agentur für Grenzschutz erörtert.";
    for (int i = 0; i < 40; ++i)
        pairs.push_back({en + " Case " + std::to_string(i) + ".", de + " Fall " + std::to_string(i) + "."});
    pairs.push_back({en + " It also approved the budget for the next three years without changes.", de});
    return pairs;
}

std::vector<std::string> length_findings(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings)
        if (f.rule == "omission.length") out.push_back(f.unit + ": " + f.message);
    return out;
}

TEST(OmissionLength, TheModelFollowsTheRulesOptionsWhicheverRuleAsksFirst) {
    const auto pairs = pairs_with_one_short_target();
    // With the defaults the model is learnt from the document: the last pair is short.
    const auto learnt = length_findings(check_pairs(pairs, "omission.length", "en", "de"));
    ASSERT_EQ(learnt.size(), 1u);
    // Asking for more pairs than the document has leaves the default model: nothing is short.
    const std::map<std::string, std::map<std::string, std::string>> options{
        {"omission.length", {{"min_segments", "1000"}}}};
    const auto alone = length_findings(check_pairs(pairs, "omission.length", "en", "de", options));
    EXPECT_TRUE(alone.empty()) << alone.front();
    // omission.phrase, which runs before omission.length and asks for the model too, does not change it.
    EXPECT_EQ(length_findings(check_pairs(pairs, "omission.*", "en", "de", options)), alone);
    EXPECT_EQ(length_findings(check_pairs(pairs, "omission.*", "en", "de")), learnt);
}

TEST(OmissionLength, MinCharsTakesEffectBesideOmissionPhrase) {
    const auto pairs = pairs_with_one_short_target();
    // Sources of fewer characters are left out of the model: with only the last pair left, it is the
    // default one, under which the last pair is not short.
    const std::map<std::string, std::map<std::string, std::string>> options{
        {"omission.length", {{"min_chars", "100"}}}};
    const auto alone = length_findings(check_pairs(pairs, "omission.length", "en", "de", options));
    EXPECT_TRUE(alone.empty()) << alone.front();
    EXPECT_EQ(length_findings(check_pairs(pairs, "omission.*", "en", "de", options)), alone);
}

}  // namespace
}  // namespace verity::rules
