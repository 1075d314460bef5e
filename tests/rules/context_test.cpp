// The contexts' typed store: one value per type and key, made once, and makers that use the store.
#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "rules/engine/context.hpp"

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
