// Every example carried by a built-in pack entry, run as a test case of its own.
#include <gtest/gtest.h>

#include <algorithm>

#include "rules/builtin.hpp"
#include "rules/engine/engine.hpp"
#include "rules/engine/packs.hpp"
#include "rules/reference.hpp"
#include "xliff/text/language_guess.hpp"
#include "xliff/text/segmenter.hpp"

namespace verity::rules {
namespace {

const PackSet& packs() {
    static const PackSet set = PackSet::builtin();
    return set;
}

std::vector<std::size_t> example_indices() {
    std::vector<std::size_t> out(packs().examples().size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = i;
    return out;
}

// A pair example is checked as the rule reference's examples are: one unit in an XLIFF 2.0 document.
xliff::Document pair_document(const PackExample& ex) {
    ReferenceExample pair;
    pair.origin = ex.origin;
    pair.source_lang = ex.source_lang;
    pair.target_lang = ex.target_lang;
    pair.units = {{*ex.source, *ex.target}};
    return *example_document(pair);
}

class PackExampleTest : public ::testing::TestWithParam<std::size_t> {};

TEST_P(PackExampleTest, BehavesAsTheExampleSays) {
    const PackExample& ex = packs().examples()[GetParam()];
    SCOPED_TRACE(ex.origin);
    if (ex.source) {
        Registry registry;
        register_builtin_rules(registry);
        const Engine engine(registry, packs(), {});
        // An expected finding written "rule:severity" ("polarity.negation:info") is compared with its severity.
        auto want = ex.findings;
        std::vector<std::string> with_severity;
        for (const auto& w : want)
            if (const auto colon = w.find(':'); colon != std::string::npos) with_severity.push_back(w.substr(0, colon));
        std::vector<std::string> got;
        for (const auto& f : engine.check(pair_document(ex)))
            got.push_back(std::find(with_severity.begin(), with_severity.end(), f.rule) != with_severity.end()
                              ? f.rule + ":" + std::string(severity_name(f.severity))
                              : f.rule);
        std::sort(got.begin(), got.end());
        std::sort(want.begin(), want.end());
        EXPECT_EQ(got, want) << "source: " << *ex.source << "\ntarget: " << *ex.target;
    } else if (!ex.sentences.empty()) {
        const LanguagePack* pack = packs().find(ex.language);
        ASSERT_NE(pack, nullptr);
        std::vector<std::string> got;
        for (auto [b, e] : text::SentenceSplitter(ex.language, pack->list("abbreviations.words")).split(*ex.text))
            got.push_back(ex.text->substr(b, e - b));
        EXPECT_EQ(got, ex.sentences);
    } else {
        EXPECT_EQ(text::guess_language(*ex.text, packs().stopword_profiles()), ex.expect_language) << *ex.text;
    }
}

INSTANTIATE_TEST_SUITE_P(AllPacks, PackExampleTest, ::testing::ValuesIn(example_indices()),
                         [](const ::testing::TestParamInfo<std::size_t>& info) {
                             std::string name = packs().examples()[info.param].origin;
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return name;
                         });

}  // namespace
}  // namespace verity::rules
