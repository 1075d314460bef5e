// The rule reference (rules/reference/*.toml): one entry for every rule, each example behaving as it says,
// and docs/rules.md generated from it.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "rules/builtin.hpp"
#include "rules/engine/engine.hpp"
#include "rules/reference.hpp"

namespace verity::rules {
namespace {

const Registry& registry() {
    static const Registry r = [] {
        Registry out;
        register_builtin_rules(out);
        return out;
    }();
    return r;
}

struct Case {
    std::string rule;
    const ReferenceExample* example;
    bool wrong;
};

std::vector<Case> cases() {
    std::vector<Case> out;
    for (const auto& rule : Reference::builtin().rules) {
        for (const auto& ex : rule.wrong) out.push_back({rule.id, &ex, true});
        for (const auto& ex : rule.right) out.push_back({rule.id, &ex, false});
    }
    return out;
}

TEST(RuleReference, EveryRuleHasAnEntryWithBothKindsOfExample) {
    const Reference& reference = Reference::builtin();
    for (const auto& entry : registry().entries()) {
        const RuleReference* rule = reference.find(entry.info.id);
        ASSERT_NE(rule, nullptr) << "rules/reference lacks " << entry.info.id;
        EXPECT_FALSE(rule->text.empty()) << entry.info.id;
        EXPECT_FALSE(rule->wrong.empty()) << entry.info.id << " has no example it reports";
        EXPECT_FALSE(rule->right.empty()) << entry.info.id << " has no example it accepts";
    }
    for (const auto& rule : reference.rules) EXPECT_NE(registry().find(rule.id), nullptr) << "no rule " << rule.id;
    for (const auto& section : reference.sections)
        EXPECT_NE(registry().find(section.before), nullptr) << section.title << " is placed before no rule";
}

TEST(RuleReference, DocsRulesMdIsGeneratedFromIt) {
    std::ifstream in(std::string(VERITY_SOURCE_DIR) + "/docs/rules.md");
    std::stringstream docs;
    docs << in.rdbuf();
    EXPECT_EQ(docs.str(), reference_markdown(Reference::builtin(), registry()))
        << "docs/rules.md is stale: build/verity rules --format markdown -o docs/rules.md";
}

TEST(RuleReference, MalformedDataIsAnErrorWithItsPlace) {
    Reference r;
    try {
        r.add("x.toml", "[[rule]]\nid = \"a.b\"\n[[rule.wrong]]\nsource = \"s\"\n");
        FAIL() << "an example without a target was accepted";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("x.toml:3"), std::string::npos) << e.what();
    }
    EXPECT_THROW(r.add("y.toml", "[[rule]]\nid = \"a.b\"\ncolour = 1\n"), std::runtime_error);
}

class ReferenceExampleTest : public ::testing::TestWithParam<std::size_t> {};

TEST_P(ReferenceExampleTest, BehavesAsItSays) {
    static const std::vector<Case> all = cases();
    const Case& c = all[GetParam()];
    SCOPED_TRACE(c.example->origin);
    const auto document = example_document(*c.example);
    ASSERT_TRUE(document.has_value()) << "the example's XLIFF does not load";
    const PackSet packs = example_packs(*c.example);
    EngineOptions options;
    options.rule_globs = c.rule;
    const Engine engine(registry(), packs, options);
    std::string said;
    std::size_t n = 0;
    for (const auto& f : engine.check(*document)) {
        n += f.rule == c.rule;
        said += f.rule + ": " + f.message + "\n";
    }
    if (c.wrong) EXPECT_GT(n, 0u) << c.rule << " does not report its example";
    else EXPECT_EQ(n, 0u) << c.rule << " reports its correct example:\n" << said;
}

INSTANTIATE_TEST_SUITE_P(AllRules, ReferenceExampleTest, ::testing::Range<std::size_t>(0, cases().size()),
                         [](const ::testing::TestParamInfo<std::size_t>& info) {
                             static const std::vector<Case> all = cases();
                             std::string name = all[info.param].example->origin;
                             name += all[info.param].wrong ? "_wrong" : "_right";
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return name;
                         });

}  // namespace
}  // namespace verity::rules
