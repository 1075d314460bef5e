// Runs every built-in rule on segment pairs built in the test, for the wording rules' tests.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rules/builtin.hpp"
#include "rules/engine/engine.hpp"
#include "rules/engine/packs.hpp"

namespace verity::rules::testing {

struct Pair {
    std::string source, target;
};

inline const PackSet& builtin_packs() {
    static const PackSet set = PackSet::builtin();
    return set;
}

inline xliff::Document pairs_document(const std::vector<Pair>& pairs, const std::string& source_lang,
                                      const std::string& target_lang) {
    xliff::Document doc;
    doc.path = "test.xlf";
    doc.format = xliff::DocumentFormat::Xliff20;
    doc.source_lang = source_lang;
    doc.target_lang = target_lang;
    xliff::File file;
    file.id = "f";
    file.source_lang = source_lang;
    file.target_lang = target_lang;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        xliff::Unit unit;
        unit.id = "u" + std::to_string(i + 1);
        xliff::Segment seg;
        seg.source.text = pairs[i].source;
        seg.target = xliff::Content{pairs[i].target, {}, {}, {}};
        unit.segments.push_back(seg);
        file.units.push_back(unit);
    }
    doc.files.push_back(file);
    return doc;
}

// Findings of the rules matching `globs` on a document.
inline std::vector<Finding> check_document(const xliff::Document& doc, const std::string& globs) {
    Registry registry;
    register_builtin_rules(registry);
    EngineOptions eo;
    eo.rule_globs = globs;
    const Engine engine(registry, builtin_packs(), eo);
    return engine.check(doc);
}

// Findings of the rules matching `globs` on the pairs.
inline std::vector<Finding> check_pairs(const std::vector<Pair>& pairs, const std::string& globs,
                                        const std::string& source_lang = "en", const std::string& target_lang = "en",
                                        const std::map<std::string, std::map<std::string, std::string>>& options = {}) {
    Registry registry;
    register_builtin_rules(registry);
    EngineOptions eo;
    eo.rule_globs = globs;
    eo.rule_options = options;
    const Engine engine(registry, builtin_packs(), eo);
    return engine.check(pairs_document(pairs, source_lang, target_lang));
}

// The findings of one rule on one pair.
inline std::vector<Finding> rule_findings(const std::string& rule, const std::string& source, const std::string& target,
                                          const std::string& source_lang, const std::string& target_lang) {
    return check_pairs({{source, target}}, rule, source_lang, target_lang);
}

// The text a finding's span marks.
inline std::string marked(const std::optional<FindingSide>& side, std::size_t i = 0) {
    return side && i < side->spans.size() ? side->spans[i].text : std::string();
}

}  // namespace verity::rules::testing
