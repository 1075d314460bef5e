// omission.shifted: the source of a segment is translated in a neighbouring segment's target, not
// in its own. Translations slip across segment boundaries when a translator merges two sentences
// into one target, or when targets end up one segment off after an edit; every segment still has
// a target, so checks that look at one segment at a time see nothing wrong.
#include <string>

#include "rules/omission/pair_evidence.hpp"
#include "rules/omission/register.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules {
namespace {

// Segments without a target or alignment gaps skipped, at most, looking for a neighbour.
constexpr int kMaxHops = 8;
// Across languages the evidence is thinner (cognates and dictionary entries, not stems): the `strong`
// share asked of the neighbour is this much lower, and the `weak` share allowed in the own target too.
constexpr double kCrossStrongEase = 0.1;
constexpr double kCrossWeakEase = 0.05;

struct Neighbour {
    const xliff::Unit* unit = nullptr;
    const xliff::Segment* segment = nullptr;
};

bool usable(const xliff::Segment& s) {
    return s.translate && !s.ignorable && s.target && !text::is_blank(s.target->text) && !text::is_blank(s.source.text);
}

// The nearest segment before (step -1) or after (step +1) this one in the file, skipping
// segments without a target and alignment gaps.
Neighbour neighbour(const SegmentView& v, int step) {
    const auto& units = v.file.units;
    if (units.empty() || &v.unit < units.data() || &v.unit >= units.data() + units.size()) return {};
    auto u = static_cast<std::ptrdiff_t>(&v.unit - units.data());
    auto s = static_cast<std::ptrdiff_t>(v.segment_index);
    for (int hops = 0; hops < kMaxHops; ++hops) {
        s += step;
        while (s < 0 || s >= static_cast<std::ptrdiff_t>(units[static_cast<std::size_t>(u)].segments.size())) {
            u += step;
            if (u < 0 || u >= static_cast<std::ptrdiff_t>(units.size())) return {};
            s = step > 0 ? 0 : static_cast<std::ptrdiff_t>(units[static_cast<std::size_t>(u)].segments.size()) - 1;
        }
        const auto& unit = units[static_cast<std::size_t>(u)];
        const auto& seg = unit.segments[static_cast<std::size_t>(s)];
        if (!unit.translate || unit.origin != xliff::UnitOrigin::Input) continue;
        if (usable(seg)) return {&unit, &seg};
    }
    return {};
}

class OmissionShifted final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{
            "omission.shifted", "omission", Severity::Error,
            "The source of a segment is translated in a neighbouring segment's target instead of its own.",
            {{"min_words", "3", "content words a source segment needs before it is compared"},
             {"strong", "0.6", "share of the source's words found in the neighbour's target (same language; 0.5 across)"},
             {"weak", "0.25", "at most this share found in the segment's own target (same language; 0.2 across)"},
             // A clear lead, not two partial renderings.
             {"lead", "0.35", "share by which the neighbour's target must render more of the source than its own"},
             // List items and repeated terms say much the same thing: which target belongs where
             // cannot be told.
             {"alike", "0.5",
              "share of the source found in a neighbour's source from which the two are not compared"}}};
        return info;
    }
    explicit OmissionShifted(const RuleOptions& o)
        : min_words_(o.get_number(metadata(), "min_words")),
          strong_(o.get_number(metadata(), "strong")),
          weak_(o.get_number(metadata(), "weak")),
          lead_(o.get_number(metadata(), "lead")),
          alike_(o.get_number(metadata(), "alike")) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        // In a compared text pair the segments are the aligner's links: it already decided.
        if (v.document.format == xliff::DocumentFormat::TextPair || v.is_alignment_gap() || !v.unit.translate) return;
        if (!usable(v.segment)) return;
        Neighbour before = neighbour(v, -1), after = neighbour(v, +1);
        if (!before.segment && !after.segment) return;
        auto& ev = pair_evidence(v);
        auto source = ev.source(v.segment.source.text);
        if (static_cast<double>(source.words.size()) < min_words_) return;
        bool same = ev.same_language();
        double strong = same ? strong_ : strong_ - kCrossStrongEase, weak = same ? weak_ : weak_ - kCrossWeakEase;
        double own = text::Evidence::containment(source, ev.target(v.segment.target->text));
        if (own > weak) return;
        const Neighbour* best = nullptr;
        double best_share = 0;
        for (const Neighbour* n : {&before, &after}) {
            if (!n->segment) continue;
            if (text::Evidence::containment(source, ev.source(n->segment->source.text)) >= alike_) continue;
            double share = text::Evidence::containment(source, ev.target(n->segment->target->text));
            if (share >= strong && share >= own + lead_ && share > best_share) best = n, best_share = share;
        }
        if (!best) return;
        const char* where = best == &before ? "previous" : "next";
        std::string unit = best->unit->id.empty() ? std::string() : " (unit " + best->unit->id + ")";
        sink.report(v, info(), info().severity,
                    {"the source of this segment is translated in the target of the " + std::string(where) +
                         " segment" + unit + ", not in its own: the translation is shifted or merged across segments",
                     true, true, {}, {}});
    }

private:
    double min_words_, strong_, weak_, lead_, alike_;
};

}  // namespace

void register_omission_shifted(Registry& r) { add_rule<OmissionShifted>(r); }

}  // namespace verity::rules
