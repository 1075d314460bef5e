// Reads the segmentation packs (rules/packs/<lang>/segmentation.toml) for the text tests.
#pragma once

#include <toml++/toml.h>

#include <string>
#include <utility>
#include <vector>

namespace verity::text::testing {

struct SegmentationExample {
    std::string text;
    std::vector<std::string> sentences;
};
struct LanguageExample {
    std::string text, language;
};
struct SegmentationPack {
    std::string language;
    std::vector<std::string> abbreviations, stopwords;
    std::vector<SegmentationExample> examples;
    std::vector<LanguageExample> language_examples;
};

inline std::vector<std::string> strings(const toml::node_view<const toml::node>& node) {
    std::vector<std::string> out;
    if (auto array = node.as_array())
        for (const auto& item : *array)
            if (auto s = item.value<std::string>()) out.push_back(*s);
    return out;
}

inline SegmentationPack load_pack(const std::string& language) {
    const toml::table table = toml::parse_file(std::string(VERITY_SOURCE_DIR) + "/rules/packs/" + language +
                                               "/segmentation.toml");
    SegmentationPack pack;
    pack.language = table["language"].value_or(std::string{});
    pack.abbreviations = strings(table["abbreviations"]["words"]);
    pack.stopwords = strings(table["stopwords"]["words"]);
    if (auto array = table["abbreviations"]["examples"].as_array())
        for (const auto& item : *array) {
            const toml::node_view<const toml::node> view(item);
            pack.examples.push_back({view["text"].value_or(std::string{}), strings(view["sentences"])});
        }
    if (auto array = table["stopwords"]["examples"].as_array())
        for (const auto& item : *array) {
            const toml::node_view<const toml::node> view(item);
            pack.language_examples.push_back(
                {view["text"].value_or(std::string{}), view["language"].value_or(std::string{})});
        }
    return pack;
}

inline const std::vector<std::string>& pack_languages() {
    static const std::vector<std::string> list{"en", "fr", "es", "de", "it", "pl", "cs"};
    return list;
}

}  // namespace verity::text::testing
