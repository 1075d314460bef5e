// Every input a fuzz target (tests/fuzz/) once failed on, kept in tests/fixtures/fuzz/<target>/ and fed
// again through the same entry point the fuzzer drives (tests/fuzz/entry_points.hpp). In the normal build
// a crash or a broken promise fails the case; in the sanitizer build (scripts/test --sanitize) a leak or
// undefined behaviour does too.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/entry_points.hpp"

namespace verity::fuzz {
namespace {

namespace fs = std::filesystem;

const std::map<std::string, std::function<std::string(std::string_view)>>& entry_points() {
    static const std::map<std::string, std::function<std::string(std::string_view)>> entries = {
        {"xliff_reader", xliff_reader}, {"text_pair", text_pair}, {"rule_engine", rule_engine},
        {"pack_config", pack_config},   {"archive", archive}};
    return entries;
}

// "target/file" for every reproducer, in a stable order.
std::vector<std::string> reproducers() {
    std::vector<std::string> out;
    const fs::path root = VERITY_SOURCE_DIR "/tests/fixtures/fuzz";
    for (const auto& [target, entry] : entry_points()) {
        if (!fs::is_directory(root / target)) continue;
        for (const auto& file : fs::directory_iterator(root / target))
            if (file.is_regular_file()) out.push_back(target + "/" + file.path().filename().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(FuzzRegression, EveryReproducerBelongsToATarget) {
    const fs::path root = VERITY_SOURCE_DIR "/tests/fixtures/fuzz";
    ASSERT_TRUE(fs::is_directory(root));
    for (const auto& folder : fs::directory_iterator(root))
        EXPECT_TRUE(entry_points().count(folder.path().filename().string())) << folder.path();
    EXPECT_FALSE(reproducers().empty());
}

class FuzzReproducer : public ::testing::TestWithParam<std::string> {};

TEST_P(FuzzReproducer, IsHandledWithoutCrashOrBrokenPromise) {
    const std::string& name = GetParam();
    const std::string target = name.substr(0, name.find('/'));
    const std::string bytes = read_bytes(VERITY_SOURCE_DIR "/tests/fixtures/fuzz/" + name);
    EXPECT_EQ(entry_points().at(target)(bytes), "") << name;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FuzzReproducer, ::testing::ValuesIn(reproducers()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                             std::string name = info.param;
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return name;
                         });

}  // namespace
}  // namespace verity::fuzz
