// The README and the rule reference must name every rule the code registers, with its ITS type.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "rules/builtin.hpp"
#include "rules/engine/rule.hpp"

namespace {

std::string read(const std::string& rel) {
    std::ifstream in(std::string(VERITY_SOURCE_DIR) + "/" + rel);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(Docs, ReadmeAndRuleReferenceListEveryRule) {
    verity::rules::Registry registry;
    verity::rules::register_builtin_rules(registry);
    const std::string readme = read("README.md");
    const std::string reference = read("docs/rules.md");
    ASSERT_FALSE(readme.empty());
    ASSERT_FALSE(reference.empty());
    for (const auto& e : registry.entries()) {
        const std::string row = "| `" + e.info.id + "` | " + e.info.its_type + " | " +
                                std::string(verity::rules::severity_name(e.info.severity)) + " |";
        EXPECT_NE(readme.find(row), std::string::npos) << "README rule table lacks: " << row;
        EXPECT_NE(reference.find("## " + e.info.id + "\n"), std::string::npos) << "docs/rules.md lacks " << e.info.id;
        EXPECT_NE(reference.find("ITS type: `" + e.info.its_type + "` · severity: " +
                                 std::string(verity::rules::severity_name(e.info.severity))),
                  std::string::npos)
            << "docs/rules.md has a stale type or severity for " << e.info.id;
        for (const auto& o : e.info.options)
            EXPECT_NE(reference.find("`" + o.name + "` (default " + o.default_value + ")"), std::string::npos)
                << "docs/rules.md lacks option " << e.info.id << "." << o.name;
    }
}

}  // namespace
