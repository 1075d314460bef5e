// consistency.target: one source text translated in different ways in a document.
// consistency.source: one target text used for different source texts.
// Both compare texts as a reader does (case, spacing and closing punctuation aside) and report the
// segments that depart from the usual choice, naming where the usual one is.
#include <string>

#include <fmt/format.h>

#include "rules/consistency/register.hpp"
#include "rules/consistency/repetitions.hpp"

namespace verity::rules {
namespace {

using consistency::Place;

std::string shown_text(std::string_view text) {
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
    const auto& usual = it->second.usual();
    return other == usual.first ? nullptr : &usual.second;
}

class ConsistencyTarget final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{
            "consistency.target", "inconsistency", Severity::Warning,
            "One source text is translated in different ways in the document.",
            {{"min_words", "4",
              "shorter sources (UI labels such as \"Open\", which may be a verb in one place and an adjective in "
              "another) are reported as info"}}};
        return info;
    }
    explicit ConsistencyTarget(const RuleOptions& o) : min_words_(o.get_number(metadata(), "min_words")) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const auto keys = consistency::keys_of(v);
        const auto* usual = departure(consistency::repetitions(v).targets_of_source, keys.source, keys.target);
        if (!usual) return;
        FindingSink::Report r;
        r.message = fmt::format("the same source is translated as {} {}", shown_text(usual->front().segment->target->text),
                                where(*usual));
        r.confidence = static_cast<double>(consistency::words_of(v.segment.source.text)) >= min_words_ ? 0.75 : 0.5;
        sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
    }

private:
    double min_words_;
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
