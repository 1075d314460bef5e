// The contexts' typed store: one value per type and key, made once, and makers that use the store.
#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "rules/engine/context.hpp"
#include "rules/wording_pairs.hpp"

namespace verity::rules {
namespace {

struct Counter {
    int value = 0;
};
struct Built {
    explicit Built(const Counter& c) : from(c.value) {}
    int from;
};

TEST(Store, MakesOncePerTypeAndKey) {
    Store<true> store;
    int made = 0;
    auto make = [&] {
        ++made;
        return Counter{7};
    };
    EXPECT_EQ(store.get<Counter>("a", make).value, 7);
    EXPECT_EQ(store.get<Counter>("a", make).value, 7);
    EXPECT_EQ(made, 1);
    store.get<Counter>("b", make);
    EXPECT_EQ(made, 2);
    // Another type under the same key is another value.
    EXPECT_EQ(store.get<std::string>("a").size(), 0u);
    store.clear();
    store.get<Counter>("a", make);
    EXPECT_EQ(made, 3);
}

// A value built from another value of the same store (the run's entity knowledge from its WordNet words)
// must not deadlock on the store's lock.
TEST(Store, AMakerMayAskTheStoreForAnotherValue) {
    Store<true> store;
    const Built& built = store.get<Built>("pair", [&] {
        return std::make_unique<Built>(store.get<Counter>([] { return Counter{42}; }));
    });
    EXPECT_EQ(built.from, 42);
    EXPECT_EQ(&store.get<Built>("pair", [] { return std::make_unique<Built>(Counter{0}); }), &built);
}

TEST(Store, ThreadsShareOneValue) {
    Store<true> store;
    std::atomic<int> made{0};
    std::vector<const Counter*> seen(8);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < seen.size(); ++i)
        threads.emplace_back([&, i] {
            seen[i] = &store.get<Counter>("k", [&] {
                ++made;
                return Counter{1};
            });
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(made.load(), 1);
    for (const Counter* p : seen) EXPECT_EQ(p, seen.front());
}

}  // namespace
}  // namespace verity::rules

namespace verity::rules {
namespace {

TEST(Confidence, EarnsItsSeverityUpToTheRules) {
    EXPECT_EQ(severity_for(0.95, Severity::Error), Severity::Error);
    EXPECT_EQ(severity_for(0.7, Severity::Error), Severity::Warning);
    EXPECT_EQ(severity_for(0.3, Severity::Error), Severity::Info);
    EXPECT_EQ(severity_for(0.95, Severity::Warning), Severity::Warning);  // never above the rule's own
    EXPECT_LE(default_confidence(Severity::Info), confidence_ceiling(Severity::Info));
    EXPECT_GE(default_confidence(Severity::Error), kErrorConfidence);
    EXPECT_EQ(severity_for(default_confidence(Severity::Warning), Severity::Error), Severity::Warning);
}

}  // namespace
}  // namespace verity::rules


namespace verity::rules {
namespace {

// A rule that reads wording through the packs and is always sure of itself, to see what the engine lets
// it say.
class SureWordingRule final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"test.sure-wording", "other", Severity::Error, "always reports", {}};
        return info;
    }
    explicit SureWordingRule(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }
    bool needs_language_knowledge() const override { return true; }
    void check(const SegmentView& view, FindingSink& sink) const override {
        FindingSink::Report r;
        r.message = "sure";
        r.confidence = 0.97;
        sink.report(view, info(), Severity::Error, std::move(r));
    }
};

std::vector<Finding> sure_findings(const std::string& source_lang, const std::string& target_lang,
                                   std::vector<std::string>& notes) {
    Registry registry;
    add_rule<SureWordingRule>(registry);
    EngineOptions options;
    options.settings.dictionaries = std::make_shared<const text::Dictionaries>("/nonexistent");
    const Engine engine(registry, testing::builtin_packs(), options);
    return engine.check(testing::pairs_document({{"One.", "Two."}, {"Three.", "Four."}}, source_lang, target_lang),
                        &notes);
}

TEST(LanguageKnowledge, WithoutAPackTheWordingRulesSayInfoAndTheFileGetsANote) {
    std::vector<std::string> notes;
    const auto findings = sure_findings("en", "tlh", notes);
    ASSERT_EQ(findings.size(), 2u);
    for (const auto& f : findings) {
        EXPECT_EQ(f.severity, Severity::Info);
        EXPECT_LT(f.confidence, kWarningConfidence);
    }
    ASSERT_EQ(notes.size(), 1u);  // once per file, not per finding
    EXPECT_NE(notes[0].find("\"tlh\""), std::string::npos) << notes[0];
}

TEST(LanguageKnowledge, WithoutADictionaryAcrossLanguagesAtMostWarning) {
    std::vector<std::string> notes;
    for (const auto& f : sure_findings("en", "de", notes)) EXPECT_EQ(f.severity, Severity::Warning);
    EXPECT_EQ(notes.size(), 1u);
    notes.clear();
    // One language needs no dictionary.
    for (const auto& f : sure_findings("en", "en-GB", notes)) {
        EXPECT_EQ(f.severity, Severity::Error);
        EXPECT_DOUBLE_EQ(f.confidence, 0.97);
    }
    EXPECT_TRUE(notes.empty());
}

}  // namespace
}  // namespace verity::rules
