#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "rules/builtin.hpp"
#include "rules/engine/rule.hpp"

namespace verity::rules {
namespace {

class Dummy final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"target.empty", "untranslated", Severity::Error, "clash", {}};
        return info;
    }
    explicit Dummy(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }
    void check(const SegmentView&, FindingSink&) const override {}
};

TEST(Registry, DuplicateIdIsRejected) {
    Registry registry;
    register_builtin_rules(registry);
    EXPECT_THROW(add_rule<Dummy>(registry), std::logic_error);
}

TEST(Registry, BuiltinRulesAreUniqueAndWellFormed) {
    Registry registry;
    register_builtin_rules(registry);
    ASSERT_GE(registry.entries().size(), 4u);
    // The catalogue's naming: family.name, lower case with dashes.
    const std::regex id_shape(R"([a-z]+\.[a-z][a-z-]*)");
    // W3C ITS 2.0 locQualityIssueType values.
    const std::set<std::string> its = {"terminology", "mistranslation", "omission", "untranslated", "addition",
                                       "duplication", "inconsistency", "grammar", "legal", "register",
                                       "locale-specific-content", "locale-violation", "style", "characters",
                                       "misspelling", "typographical", "formatting", "inconsistent-entities",
                                       "numbers", "markup", "pattern-problem", "whitespace", "internationalization",
                                       "length", "non-conformance", "uncategorized", "other"};
    std::set<std::string> ids;
    for (const auto& e : registry.entries()) {
        EXPECT_TRUE(std::regex_match(e.info.id, id_shape)) << e.info.id;
        EXPECT_TRUE(its.count(e.info.its_type)) << e.info.id << " has ITS type " << e.info.its_type;
        EXPECT_FALSE(e.info.summary.empty()) << e.info.id;
        EXPECT_TRUE(ids.insert(e.info.id).second) << e.info.id;
        // Declared option defaults must be accepted by the rule's own constructor.
        EXPECT_NO_THROW(e.make(RuleOptions{})) << e.info.id;
    }
}

TEST(Registry, OptionsFallBackToDeclaredDefaultsAndRejectUndeclaredNames) {
    Registry registry;
    register_builtin_rules(registry);
    const RuleEntry* same = registry.find("target.same-as-source");
    ASSERT_NE(same, nullptr);
    RuleOptions defaults;
    EXPECT_EQ(defaults.get(same->info, "min_words"), "2");
    RuleOptions set(std::map<std::string, std::string>{{"min_words", "5"}});
    EXPECT_EQ(set.get_number(same->info, "min_words"), 5.0);
    EXPECT_THROW(defaults.get(same->info, "nope"), std::logic_error);
    RuleOptions bad(std::map<std::string, std::string>{{"min_words", "five"}});
    EXPECT_THROW(bad.get_number(same->info, "min_words"), std::invalid_argument);
}

TEST(Glob, SelectIncludesAndExcludes) {
    Registry registry;
    register_builtin_rules(registry);
    auto ids = [](const std::vector<const RuleEntry*>& v) {
        std::set<std::string> out;
        for (auto* e : v) out.insert(e->info.id);
        return out;
    };
    EXPECT_EQ(ids(select_rules(registry, "")).size(), registry.entries().size());
    EXPECT_EQ(ids(select_rules(registry, "target.*")),
              (std::set<std::string>{"target.empty", "target.same-as-source"}));
    EXPECT_EQ(ids(select_rules(registry, "target.*, -target.empty")), (std::set<std::string>{"target.same-as-source"}));
    const auto all_but = ids(select_rules(registry, "-number.*"));
    EXPECT_FALSE(all_but.count("number.mismatch"));
    EXPECT_EQ(all_but.size(), registry.entries().size() - 1);
}

}  // namespace
}  // namespace verity::rules
