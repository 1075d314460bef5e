// Runs every rule over fixture files that carry their expectations as XML comments:
//   <!-- expect UNIT: rule.id rule.id -->
// Each listed finding must appear exactly as often as listed; any other finding fails the test.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "rules/builtin.hpp"
#include "rules/engine/engine.hpp"
#include "xliff/reader.hpp"

namespace verity::rules {
namespace {

using Expectations = std::map<std::string, std::multiset<std::string>>;

Expectations read_expectations(const std::string& body) {
    Expectations out;
    static const std::regex re(R"(<!--\s*expect\s+([^:\s]+):\s*([^>]*?)\s*-->)");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), re); it != std::sregex_iterator(); ++it) {
        std::istringstream rules((*it)[2].str());
        auto& set = out[(*it)[1].str()];
        for (std::string r; rules >> r;) set.insert(r);
    }
    return out;
}

class RuleFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(RuleFixture, FindingsAreExactlyTheExpectedOnes) {
    const std::string path = std::string(VERITY_SOURCE_DIR) + "/tests/fixtures/rules/" + GetParam();
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << path;
    std::stringstream body;
    body << in.rdbuf();
    const Expectations expected = read_expectations(body.str());
    ASSERT_FALSE(expected.empty()) << "fixture has no expectations: " << path;

    auto loaded = xliff::load_buffer(body.str(), path);
    ASSERT_TRUE(loaded.ok()) << loaded.error->message;
    Registry registry;
    register_builtin_rules(registry);
    const PackSet packs = PackSet::builtin();
    const Engine engine(registry, packs, {});
    Expectations actual;
    for (const auto& f : engine.check(*loaded.document)) actual[f.unit].insert(f.rule);

    for (const auto& [unit, rules] : expected)
        EXPECT_EQ(actual[unit], rules) << "unit " << unit << " in " << GetParam();
    for (const auto& [unit, rules] : actual)
        if (!expected.count(unit)) {
            for (const auto& r : rules) ADD_FAILURE() << "unexpected " << r << " on unit " << unit << " in " << GetParam();
        }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, RuleFixture, ::testing::Values("core-2.0.xlf", "core-1.2.xlf", "placeholders-2.0.xlf"),
                         [](const auto& info) {
                             std::string name = info.param;
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return name;
                         });

}  // namespace
}  // namespace verity::rules
