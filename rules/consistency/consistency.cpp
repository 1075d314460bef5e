// consistency.target: one source text translated in different ways in a document.
// consistency.source: one target text used for different source texts.
// Both compare texts as a reader does (case, spacing and closing punctuation aside) and report the
// segments that depart from the usual choice, naming where the usual one is.
#include <stdexcept>
#include <string>

#include <fmt/format.h>

#include "rules/consistency/register.hpp"
#include "rules/consistency/repetitions.hpp"
#include "xliff/text/case_folding.hpp"

namespace verity::rules {
namespace {

using consistency::Place;

std::string shown_text(std::string_view raw) {
    // Runs of white space (line breaks and indentation of the XML) shown as one space.
    std::string collapsed;
    for (char c : raw) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
        collapsed += space ? ' ' : c;
    }
    while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    const std::string_view text = collapsed;
    constexpr std::size_t kMax = 80;
    if (text.size() <= kMax) return fmt::format("\"{}\"", text);
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    return fmt::format("\"{}…\"", text.substr(0, cut));
}

// "in unit u7" or "in unit u7 and 2 more".
std::string where(const std::vector<Place>& places) {
    const std::string first = places.front().unit->id;
    return places.size() > 1 ? fmt::format("in unit {} and {} more", first, places.size() - 1)
                             : fmt::format("in unit {}", first);
}

// The usual other side of the text keyed `mine` in `all` when this segment's other side (`other`) departs
// from it; null when the text is not repeated with several renderings or the segment follows the usual one.
const std::vector<Place>* departure(const std::unordered_map<consistency::Key, consistency::Variants>& all,
                                    consistency::Key mine, consistency::Key other) {
    if (mine == 0) return nullptr;
    const auto it = all.find(mine);
    if (it == all.end()) return nullptr;
    const auto* usual = it->second.usual(mine);
    return usual == nullptr || other == usual->first ? nullptr : &usual->second;
}

// The run's repetitions, one per run (filled while the runner indexes the run).
consistency::RunRepetitions& run_repetitions(const RunContext& run) {
    return run.store().get<consistency::RunRepetitions>("consistency.run");
}

// "in unit u7", or "in other.xlf (unit u7)" when the place is in another document, and "and 3 more".
std::string where_in_run(const consistency::RunRepetitions::Variant& usual, const xliff::Document& document) {
    std::string out = usual.path == document.path ? fmt::format("in unit {}", usual.unit_id)
                                                  : fmt::format("in {} (unit {})", usual.path, usual.unit_id);
    if (usual.count > 1) out += fmt::format(" and {} more", usual.count - 1);
    return out;
}

class ConsistencyTarget final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{
            "consistency.target", "inconsistency", Severity::Warning,
            "One source text is translated in different ways in the document, or across the run's documents.",
            {{"min_words", "4",
              "shorter sources (UI labels such as \"Open\", which may be a verb in one place and an adjective in "
              "another) are reported as info"},
             {"scope", "run",
              "run: compare every document of the run with the same target language (each file is read twice); "
              "file: each document on its own"}}};
        return info;
    }
    explicit ConsistencyTarget(const RuleOptions& o)
        : min_words_(o.get_number(metadata(), "min_words")), run_scope_(scope(o.get(metadata(), "scope"))) {}
    const RuleInfo& info() const override { return metadata(); }
    // An untranslated copy among translations of the same source is one of the inconsistencies to report.
    bool silent_on_identical_pairs() const override { return false; }
    bool indexes_run() const override { return run_scope_; }
    void index(const xliff::Document& document, std::size_t ordinal, const RunContext& run) const override {
        run_repetitions(run).add(document, ordinal);
    }

    void check(const SegmentView& v, FindingSink& sink) const override {
        FindingSink::Report r;
        if (const auto& run = run_repetitions(v.run); run_scope_ && run.knows(v.document.path)) {
            const auto keys = consistency::own_keys(v);
            const auto* usual = run.departure(text::fold_for_comparison(v.file.target_lang), keys.source, keys.target);
            if (!usual) return;
            r.message = fmt::format("the same source is translated as {} {}", shown_text(usual->text),
                                    where_in_run(*usual, v.document));
        } else {
            const auto keys = consistency::keys_of(v);
            const auto* usual = departure(consistency::repetitions(v).targets_of_source, keys.source, keys.target);
            if (!usual) return;
            r.message = fmt::format("the same source is translated as {} {}",
                                    shown_text(usual->front().segment->target->text), where(*usual));
        }
        r.confidence = static_cast<double>(consistency::words_of(v.segment.source.text)) >= min_words_ ? 0.75 : 0.5;
        sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
    }

private:
    static bool scope(const std::string& value) {
        if (value != "run" && value != "file")
            throw std::invalid_argument("consistency.target.scope must be run or file, not '" + value + "'");
        return value == "run";
    }
    double min_words_;
    bool run_scope_;
};

class ConsistencySource final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"consistency.source", "inconsistency", Severity::Info,
                                   "One target text translates different source texts in the document (often "
                                   "legitimate: synonyms in the source).",
                                   {}};
        return info;
    }
    explicit ConsistencySource(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const auto keys = consistency::keys_of(v);
        const auto* usual = departure(consistency::repetitions(v).sources_of_target, keys.target, keys.source);
        if (!usual) return;
        FindingSink::Report r;
        r.message = fmt::format("the same target also translates {} {}", shown_text(usual->front().segment->source.text),
                                where(*usual));
        sink.report(v, info(), info().severity, std::move(r));
    }
};

}  // namespace

void register_consistency_target(Registry& r) { add_rule<ConsistencyTarget>(r); }
void register_consistency_source(Registry& r) { add_rule<ConsistencySource>(r); }

}  // namespace verity::rules
