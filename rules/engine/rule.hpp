// The rule contract: metadata declared once, a check that reports through a sink, never prints.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rules/engine/context.hpp"
#include "rules/engine/finding.hpp"
#include "xliff/model.hpp"

namespace verity::rules {

class PackSet;
struct LanguagePack;

struct RuleOption {
    std::string name;
    std::string default_value;
    std::string summary;
};

struct RuleInfo {
    std::string id;         // "number.mismatch"
    std::string its_type;   // W3C ITS 2.0 locQualityIssueType
    Severity severity = Severity::Warning;
    std::string summary;    // one line
    std::vector<RuleOption> options;
};

// Values for a rule's declared options; unset names fall back to the declared defaults.
class RuleOptions {
public:
    RuleOptions() = default;
    explicit RuleOptions(const std::map<std::string, std::string>& values) : values_(values.begin(), values.end()) {}
    std::string get(const RuleInfo& info, std::string_view name) const;
    double get_number(const RuleInfo& info, std::string_view name) const;

private:
    std::map<std::string, std::string, std::less<>> values_;
};

// Everything a rule may look at for one segment pair.
struct SegmentView {
    const xliff::Document& document;
    const xliff::File& file;
    const xliff::Unit& unit;
    const xliff::Segment& segment;
    std::size_t unit_index;     // in document order, across files
    std::size_t segment_index;  // in the unit
    const LanguagePack* source_pack;  // may be null when no pack exists for the language
    const LanguagePack* target_pack;
    const PackSet& packs;
    // The languages the rules work in: the file's, unless its text plainly reads as another language
    // that has a pack (a target declared "en" that is German); see Engine::check.
    const std::string& source_lang;
    const std::string& target_lang;
    // State that outlives one rule's check: the run's (packs, settings, shared resources), the
    // document's and this segment pair's (computed by the first rule that asks, shared by the rest).
    const RunContext& run;
    const DocumentContext& document_context;
    const SegmentContext& segment_context;

    // A sentence that an alignment found dropped or added: only the sentence rules speak about it.
    bool is_alignment_gap() const { return unit.origin != xliff::UnitOrigin::Input; }
};

// The segments on either side of a view's segment: the previous and next segments of its unit and,
// at the unit's ends, the nearest unit within `max_units` that `keep` accepts (its last segment
// before, its first after). Null where there is none.
struct NeighbourSegments {
    const xliff::Segment* before = nullptr;
    const xliff::Segment* after = nullptr;
};
NeighbourSegments neighbour_segments(const SegmentView& v, bool (*keep)(const xliff::Unit&), std::size_t max_units = 3);

// A byte range of the source or target plain text, as rules see it.
struct ByteRange {
    std::size_t begin = 0;
    std::size_t end = 0;
};

class FindingSink {
public:
    virtual ~FindingSink() = default;
    // Marks byte ranges of the segment's source and target. `has_source`/`has_target` false
    // gives a null side (an addition has no source; a dropped sentence has no target).
    struct Report {
        std::string message;
        bool has_source = true;
        bool has_target = true;
        std::vector<ByteRange> source_spans;
        std::vector<ByteRange> target_spans;
        // How sure the rule is, 0–1 (rules/engine/finding.hpp: severity_for); unset: what the
        // severity stands for (default_confidence).
        std::optional<double> confidence = std::nullopt;
        // Where the finding points in the file, when not at the segment's source (a fault of the file's
        // structure found elsewhere in the unit).
        std::optional<xliff::Position> position = std::nullopt;
    };
    virtual void report(const SegmentView& view, const RuleInfo& info, Severity severity, Report report) = 0;
};

class Rule {
public:
    virtual ~Rule() = default;
    virtual const RuleInfo& info() const = 0;
    virtual void check(const SegmentView& view, FindingSink& sink) const = 0;
    // A rule that compares the meaning of the two sides has nothing to say when they are the same
    // text; the engine then skips it. Rules that judge one side alone, or that report the sameness
    // itself (target.same-as-source), return false.
    virtual bool silent_on_identical_pairs() const { return true; }
    // A rule that reads the wording of both sides through the language packs (scales, negators,
    // phrases) is unsure in a language without a pack: the engine then caps its findings at info, and
    // at warning across languages that have no installed dictionary, and says so once per file.
    virtual bool needs_language_knowledge() const { return false; }
    // A rule that compares segments across the documents of a run (consistency.target with scope=run)
    // first sees every document: the runner calls index() once per document, on any thread, before any
    // check, with the document's place in the run's input order (`ordinal`) so that what the rule learns
    // does not depend on the order threads finish. The rule keeps what it learns in `run`'s store.
    virtual bool indexes_run() const { return false; }
    virtual void index(const xliff::Document& document, std::size_t ordinal, const RunContext& run) const {
        (void)document, (void)ordinal, (void)run;
    }
};

using RuleFactory = std::unique_ptr<Rule> (*)(const RuleOptions&);

struct RuleEntry {
    RuleInfo info;
    RuleFactory make;
};

// The catalogue. Rules are added by explicit registration functions; a duplicate id is an error.
class Registry {
public:
    void add(RuleInfo info, RuleFactory make);
    const std::vector<RuleEntry>& entries() const { return entries_; }
    const RuleEntry* find(std::string_view id) const;

private:
    std::vector<RuleEntry> entries_;
};

// The items of a comma-separated list of rule id globs ("number.*, -markup.*"), trimmed of spaces;
// empty items are dropped. A leading '-' (kept here) excludes.
std::vector<std::string_view> split_rule_globs(std::string_view globs);

// Comma-separated globs over rule ids ('*' any run of characters, '?' one); a leading '-' excludes.
// Empty selects all.
std::vector<const RuleEntry*> select_rules(const Registry& registry, std::string_view globs);

}  // namespace verity::rules

namespace verity::rules {

// Registers rule class R, which declares `static const RuleInfo& metadata()` and a constructor
// taking `const RuleOptions&`.
template <class R>
void add_rule(Registry& registry) {
    registry.add(R::metadata(), [](const RuleOptions& options) -> std::unique_ptr<Rule> {
        return std::make_unique<R>(options);
    });
}

}  // namespace verity::rules
