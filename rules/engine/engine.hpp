// Runs the selected rules over a document and collects their findings in the contract's order.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "rules/engine/context.hpp"
#include "rules/engine/finding.hpp"
#include "rules/engine/packs.hpp"
#include "rules/engine/rule.hpp"
#include "xliff/model.hpp"

namespace verity::rules {

struct EngineOptions {
    std::string rule_globs;  // "" = every rule
    // rule id -> option name -> value
    std::map<std::string, std::map<std::string, std::string>> rule_options;
    // rule id -> the level its most confident findings get instead of the rule's own severity; the rule's
    // lower-graded findings move by as many steps (omission.length at error: its warnings become errors,
    // its info findings warnings). A level override never lifts the cap of a file without language packs.
    std::map<std::string, Severity> levels;
    RunSettings settings;
};

class Engine {
public:
    // Throws std::invalid_argument for a glob that selects nothing or an option no rule declares.
    Engine(const Registry& registry, const PackSet& packs, const EngineOptions& options);

    // Thread-safe: rules keep no state between checks. `notes` receives what was decided for the user,
    // such as a declared language that the text contradicts.
    std::vector<Finding> check(const xliff::Document& document, std::vector<std::string>* notes = nullptr) const;

    // Whether a selected rule compares documents with each other; then every document of the run goes
    // through index() (thread-safe) before the first check().
    bool indexes_run() const;
    void index(const xliff::Document& document, std::size_t ordinal) const;

    const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }

private:
    const PackSet& packs_;
    std::unique_ptr<RunContext> run_;
    std::vector<std::unique_ptr<Rule>> rules_;
    std::vector<int> level_shift_;  // per rule: steps its findings move (EngineOptions::levels)
};

}  // namespace verity::rules
