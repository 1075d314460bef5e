// The rule reference: what each rule checks, with incorrect and correct examples, kept as data in
// rules/reference/*.toml and compiled in. `verity rules --explain ID` prints one entry, docs/rules.md is
// generated from all of them (`verity rules --format markdown`), and the test suite runs every example.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rules/engine/packs.hpp"
#include "rules/engine/rule.hpp"
#include "xliff/model.hpp"

namespace verity::rules {

// One example: segment pairs (one unit each) or a whole XLIFF document, with what else it needs.
struct ReferenceExample {
    std::string origin;  // "number.toml:40"
    std::string source_lang = "en";
    std::string target_lang = "de";
    std::vector<std::pair<std::string, std::string>> units;  // (source, target); empty when `xliff` is set
    std::string xliff;                                          // a complete XLIFF document, for inline codes
    std::string pack;                                           // a pack (TOML) the example loads, e.g. [[patterns]]
    std::vector<std::pair<std::string, std::string>> glossary;  // (source term, target term)
    std::string note;                                           // why it is wrong, or why it is right
};

struct RuleReference {
    std::string id;
    std::string severity_note;  // how the severity varies, after the default ("short sources: info")
    std::string text;           // Markdown: the list items that describe the rule
    std::vector<ReferenceExample> wrong;  // each must raise the rule
    std::vector<ReferenceExample> right;  // none may raise it
};

// Text that is not one rule's, placed before a rule in the Markdown ("Wording rules: how they read a pair").
struct ReferenceSection {
    std::string title;
    std::string before;  // the rule id it precedes
    std::string text;
};

struct Reference {
    std::string title;
    std::string intro;
    std::vector<RuleReference> rules;
    std::vector<ReferenceSection> sections;

    const RuleReference* find(std::string_view id) const;
    // The compiled-in reference; throws std::logic_error when its data is malformed (a build defect).
    static const Reference& builtin();
    // Parses one reference file; throws std::runtime_error naming file:line on bad data.
    void add(std::string_view name, std::string_view body);
};

// The whole reference as Markdown (docs/rules.md), rules in the registry's order.
std::string reference_markdown(const Reference& reference, const Registry& registry);

// The document an example is checked as; an `xliff` example that does not load gives std::nullopt.
std::optional<xliff::Document> example_document(const ReferenceExample& example);
// The built-in packs plus what the example brings (its pack, its glossary).
PackSet example_packs(const ReferenceExample& example);

// The files of rules/reference/, compiled in by cmake/embed_packs.cmake.
const std::vector<EmbeddedPack>& embedded_reference();

}  // namespace verity::rules
