// omission.length: the target is much shorter (or longer) than its source, judged by a
// Gale–Church length model: target length ≈ c · source length, with a spread that grows with the
// square root of the length. c and the spread are learnt from the document's own segment pairs
// (robustly: the densest ratio and a median deviation, so the flawed pairs do not hide themselves;
// a target shorter than expected is judged more strictly than a longer one, as translations
// expand freely); long pairs are also judged at their ends beyond the content anchors. Short documents use
// Gale and Church's published values (c = 1, s² = 6.8 characters). A plural or select message is
// measured by its representative variant on each side (message_pair.hpp), so that four Slovenian forms
// or one Indonesian form do not read as a longer or shorter text. A finding's confidence weighs how far
// beyond the threshold the pair lies, how short the text is, whether the model was learnt and whether
// the pair's dictionary shows the words rendered; its severity follows (severity_for).
#include <fmt/format.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>

#include "rules/lexicon/wording.hpp"
#include "rules/omission/length_model.hpp"
#include "rules/omission/message_pair.hpp"
#include "rules/omission/pair_evidence.hpp"
#include "rules/omission/register.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::rules {
namespace {

// The ends beyond the anchors are judged only in a pair already short by half the threshold, at
// three quarters of it; shorter source ends (in characters) are not judged.
constexpr double kStretchGate = 0.5;
constexpr double kStretchThreshold = 0.75;
constexpr double kStretchMinChars = 30;
// A stretch of most of the source (more than this share) is the pair judged again: when its counterpart
// keeps at least half its expected length and the rest of the target makes up at least half of what it
// misses, it was reordered (a verb moved past the anchor), not dropped; a dropped head or tail leaves
// next to nothing.
constexpr double kStretchMostOfPair = 2.0 / 3.0;
constexpr double kStretchKept = 0.5;
constexpr double kStretchMadeUp = 0.5;
// ...and only when the target renders at most this share of the stretch's content words.
constexpr double kStretchRendered = 0.5;
// A stretch of at most this many content words whose missing length the next stretch across the anchor
// makes up was moved there (a few words reordered); a longer one may be a clause dropped next to a
// verbose one.
constexpr std::size_t kMovedMaxWords = 3;

// Confidence: at the threshold, and per standard deviation beyond it (up to kMaxDeviations: a short
// text in a document of near-identical pairs lies many deviations off for a few characters).
constexpr double kBaseConfidence = 0.5;
constexpr double kConfidencePerDeviation = 0.08;
constexpr double kMaxDeviations = 3;
// Less for a short UI string (its length varies a lot), for a pair off by few characters, for the
// default model, for a stretch (a weaker sign than the whole pair); less, or more, when the dictionary
// shows most, or few, of the longer side's content words rendered on the other (of at least
// kRenderedMinWords).
constexpr double kShortChars = 40, kShortPenalty = 0.2;
constexpr double kMediumChars = 60, kMediumPenalty = 0.05;
constexpr double kFewChars = 15, kFewCharsPenalty = 0.15;
constexpr double kSomeChars = 30, kSomeCharsPenalty = 0.05;
constexpr double kDefaultModelPenalty = 0.1;
constexpr double kStretchPenalty = 0.1;
constexpr std::size_t kRenderedMinWords = 3;
constexpr double kMostRendered = 0.85, kMostRenderedPenalty = 0.2;
constexpr double kFewRendered = 0.5, kFewRenderedBonus = 0.1;
constexpr std::size_t kFewRenderedMinWords = 5;  // a few words' dictionary gaps say little
// A clause without counterpart: of at least this many content words, at most one in this many rendered.
constexpr std::size_t kClauseMinWords = 2, kClauseRenderedDivisor = 3;
// ...or a run of this many content words in a row, none rendered.
constexpr std::size_t kUnrenderedRunWords = 4;
// The most a length alone earns, with no other evidence agreeing: info.
constexpr double kLengthAloneConfidence = 0.55;

class OmissionLength final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{
            "omission.length", "length", Severity::Warning,
            "The target is much shorter or longer than its source under the document's length model.",
            {{"threshold", "2", "standard deviations of the length model beyond which a pair is reported"},
             {"min_chars", "40", "shorter sources are not judged (their lengths vary too much)"},
             {"min_segments", "30", "segment pairs needed to learn the model from the document"},
             // Translations expand freely (explanations, spelt-out abbreviations): a longer target needs
             // this many more standard deviations than a shorter one.
             {"longer_margin", "2.5", "standard deviations beyond the threshold a longer target needs"}}};
        return info;
    }
    explicit OmissionLength(const RuleOptions& o)
        : threshold_(o.get_number(metadata(), "threshold")),
          longer_threshold_(threshold_ + o.get_number(metadata(), "longer_margin")),
          min_chars_(o.get_number(metadata(), "min_chars")),
          stretch_gate_(threshold_ * kStretchGate),
          stretch_threshold_(threshold_ * kStretchThreshold) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        check_representative(v, sink, [this](const SegmentView& rv, FindingSink& rs) { check_message(rv, rs); });
    }

private:
    void check_message(const SegmentView& v, FindingSink& sink) const {
        if (!measurable_pair(v.unit, v.segment)) return;
        // In one language the word alignment of omission.phrase is the sharper instrument.
        if (wording::source_language(v) == wording::target_language(v)) return;
        if (std::max(content_length(v.segment.source.text), content_length(v.segment.target->text)) < min_chars_)
            return;
        const double ls = content_length(v.segment.source.text), lt = content_length(v.segment.target->text);
        const LengthModel& m = document_length_model(v);
        double judged_ls = ls;
        const double delta = judged_deviation(m, v.segment.source.text, v.segment.target->text, &judged_ls);
        if (delta > 0 ? delta < longer_threshold_ : -delta < threshold_) {
            // A short stretch in a pair of normal length is a reordering, not an omission.
            if (delta <= -stretch_gate_) check_stretches(v, m, sink);
            return;
        }
        FindingSink::Report r;
        r.message = fmt::format("the target is much {} than the source: {} characters where about {} are expected "
                                "for a source of {} ({:.1f} standard deviations off {} length model)",
                                delta < 0 ? "shorter" : "longer", lt, std::lround(m.ratio * ls), ls, std::abs(delta),
                                m.learnt ? "the document's" : "the default");
        const double off = std::abs(delta) * m.spread * std::sqrt(std::max(judged_ls, 1.0));
        r.confidence = confidence(v, m, std::abs(delta) - (delta > 0 ? longer_threshold_ : threshold_), ls, off,
                                  delta > 0);
        const Severity severity = severity_for(*r.confidence, info().severity);
        sink.report(v, info(), severity, std::move(r));
    }

    // How sure a length finding is (see the constants above); `beyond`: standard deviations past the
    // threshold; `off`: characters from the expected length; `longer`: the target is the longer side.
    double confidence(const SegmentView& v, const LengthModel& m, double beyond, double ls, double off,
                      bool longer) const {
        double c = kBaseConfidence + kConfidencePerDeviation * std::clamp(beyond, 0.0, kMaxDeviations);
        if (ls < kShortChars) c -= kShortPenalty;
        else if (ls < kMediumChars) c -= kMediumPenalty;
        if (off < kFewChars) c -= kFewCharsPenalty;
        else if (off < kSomeChars) c -= kSomeCharsPenalty;
        if (!m.learnt) c -= kDefaultModelPenalty;
        const Agreement e = agreement(v, longer);
        if (e.most_rendered) c -= kMostRenderedPenalty;
        else if (e.few_rendered) c += kFewRenderedBonus;
        // A length is one signal: translations condense and explain freely. Only with another that agrees
        // (words without counterpart, a sentence or clause fewer) is the finding sure enough to warn.
        if (!e.few_rendered && !e.fewer_clauses) c = std::min(c, kLengthAloneConfidence);
        return std::clamp(c, 0.0, 1.0);
    }

    // The evidence besides the length: does the dictionary show the longer side's content words rendered on
    // the shorter (of at least kRenderedMinWords), while the shorter side's own words are rendered on the
    // longer (the dictionary covers the pair), and do the unrendered words stand together in a clause?
    // Does the shorter side hold fewer sentences (for a shorter target, also fewer comma clauses: an added
    // comma is a translator's habit, a lost one a lost clause), one of the longer side's clauses without
    // counterpart (not two sentences merged)?
    struct Agreement {
        bool most_rendered = false, few_rendered = false, fewer_clauses = false;
    };
    static Agreement agreement(const SegmentView& v, bool longer) {
        Agreement e;
        const std::string_view source = v.segment.source.text, target = v.segment.target->text;
        const std::string_view long_text = longer ? target : source, short_text = longer ? source : target;
        const auto long_clauses = wording::strong_clauses(long_text);
        // A side without punctuation (a script that writes none, a label) has no sentences to count.
        e.fewer_clauses = punctuated(short_text) &&
                          (wording::strong_clauses(short_text).size() < long_clauses.size() ||
                           (!longer && wording::clauses(short_text).size() < wording::clauses(long_text).size()));
        const std::string sl = wording::source_language(v), tl = wording::target_language(v);
        const wording::Analysis* a = wording::analyse(v);
        if ((v.run.dictionary(sl, tl).empty() && v.run.dictionary(tl, sl).empty()) || !a || a->same_language) {
            // Without a dictionary's word by word evidence, the cognates, names and numbers tell a
            // sentence merged into another (its anchors are there) from one dropped.
            if (e.fewer_clauses) e.fewer_clauses = has_unanchored_sentence(v, long_text, short_text, longer);
            return e;
        }
        // The words of the longer side that the shorter renders: a condensed or expanded wording keeps
        // them, a dropped or added clause does not.
        const auto& long_tokens = longer ? a->target : a->source;
        const wording::Rendering& r = wording::cross_rendering(v, *a, longer);
        const auto [n, h] = r.count(long_tokens, 0, long_text.size());
        const auto [sn, sh] = wording::cross_rendering(v, *a, !longer).count(longer ? a->source : a->target, 0,
                                                                            short_text.size());
        // Words missing from a dropped or added clause stand together; a dictionary's gaps are scattered.
        const bool unrendered_clause = has_unrendered_clause(r, long_tokens, long_text);
        e.fewer_clauses = e.fewer_clauses && unrendered_clause;
        if (n < kRenderedMinWords) return e;
        const double share = static_cast<double>(h) / static_cast<double>(n);
        // A longer target's words unrendered say something only where the dictionary renders the source's
        // (two sentences that render nothing of each other are the dictionary's gaps, or another sentence).
        const bool covered = !longer || sn < kRenderedMinWords || 2 * sh >= sn;
        e.most_rendered = share >= kMostRendered;
        e.few_rendered = share <= kFewRendered && n >= kFewRenderedMinWords && covered && unrendered_clause;
        return e;
    }

    // Whether the text holds any sentence or clause punctuation (Unicode's terminal punctuation: "." "," "。"
    // "،" and the like).
    static bool punctuated(std::string_view text) {
        for (std::size_t i = 0; i < text.size();)
            if (u_hasBinaryProperty(static_cast<UChar32>(text::utf8::next(text, i)), UCHAR_TERMINAL_PUNCTUATION))
                return true;
        return false;
    }

    // Whether a sentence of the longer side with two or more content words has none that the shorter side
    // holds by the cognate, name and number keys of text::Evidence.
    static bool has_unanchored_sentence(const SegmentView& v, std::string_view long_text, std::string_view short_text,
                                        bool longer) {
        text::Evidence& ev = pair_evidence(v);
        const text::Evidence::Bag other = longer ? ev.source(short_text) : ev.target(short_text);
        for (const auto& c : wording::strong_clauses(long_text)) {
            const std::string_view sentence = long_text.substr(c.begin, c.end - c.begin);
            const text::Evidence::Bag bag = longer ? ev.target(sentence) : ev.source(sentence);
            if (bag.words.size() >= kClauseMinWords && text::Evidence::containment(bag, other) == 0) return true;
        }
        return false;
    }

    // Whether a clause of the longer side has at most a third of its content words (of two or more)
    // rendered on the other side, or kUnrenderedRunWords content words in a row are not rendered there
    // (a dropped stretch that no punctuation sets apart).
    static bool has_unrendered_clause(const wording::Rendering& r, const std::vector<wording::Token>& tokens,
                                      std::string_view text) {
        for (const auto& c : wording::clauses(text)) {
            const auto [n, h] = r.count(tokens, c.begin, c.end);
            if (n >= kClauseMinWords && kClauseRenderedDivisor * h <= n) return true;
        }
        std::size_t run = 0;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (!r.content[i]) continue;
            run = r.rendered[i] ? 0 : run + 1;
            if (run >= kUnrenderedRunWords) return true;
        }
        return false;
    }

    // A clause dropped from a long sentence hides in the whole pair's length; beyond the content
    // anchors (names, numbers, cognates) the same model judges the stretch at each end, so a source
    // clause with too short a counterpart is found where it is.
    void check_stretches(const SegmentView& v, const LengthModel& m, FindingSink& sink) const {
        const wording::Analysis* a = wording::analyse(v);
        if (!a || a->same_language) return;
        auto chain = wording::cross_anchors(*a);
        const std::string_view st = v.segment.source.text, tt = v.segment.target->text;
        // Bytes between two anchors (exclusive), or to the ends of the text.
        auto between = [](std::string_view text, const std::vector<wording::Token>& tokens, std::size_t from,
                          std::size_t to, bool open_start, bool open_end) {
            const std::size_t b = open_start ? 0 : tokens[from].end;
            const std::size_t e = open_end ? text.size() : tokens[to].begin;
            return b < e ? text.substr(b, e - b) : std::string_view{};
        };
        if (chain.empty()) return;  // the whole pair was judged already
        // The head before the first anchor and the tail after the last: a dropped clause at either
        // end leaves no anchor behind, while inside, moved clauses make stretches uneven.
        for (const std::size_t k : {std::size_t{0}, chain.size()}) {
            const bool open_start = k == 0, open_end = k == chain.size();
            const std::size_t sf = open_start ? 0 : chain[k - 1].first, stt = open_end ? 0 : chain[k].first;
            const std::size_t tf = open_start ? 0 : chain[k - 1].second, ttt = open_end ? 0 : chain[k].second;
            const std::string_view s = between(st, a->source, sf, stt, open_start, open_end);
            const std::string_view t = between(tt, a->target, tf, ttt, open_start, open_end);
            const double ls = content_length(s), lt = content_length(t);
            if (ls < kStretchMinChars) continue;
            const double delta = (lt - m.ratio * ls) / (m.spread * std::sqrt(ls));
            if (delta > -stretch_threshold_) continue;
            if (reordered(m, ls, lt, content_length(st), content_length(tt))) continue;
            // A stretch whose words the target renders elsewhere was moved or condensed, not dropped.
            const std::size_t sb = static_cast<std::size_t>(s.data() - st.data());
            const auto [n, h] = wording::cross_rendering(v, *a).count(a->source, sb, sb + s.size());
            if (n > 0 && static_cast<double>(h) > kStretchRendered * static_cast<double>(n)) continue;
            // The stretch next to it, across the anchor, longer in the target by what this one misses: words
            // moved past the anchor ("el director ejecutivo de Ring" / "Ring's CEO"). It runs from the first
            // anchor to the second (the head's) or from the last but one to the last (the tail's), or to the
            // other end of the text when there is one anchor.
            const bool single = chain.size() < 2;
            const std::size_t from = open_start ? 0 : (single ? 0 : k - 2), to = open_start ? (single ? 0 : 1) : k - 1;
            const bool n_open_start = !open_start && single, n_open_end = open_start && single;
            const double nls = content_length(between(st, a->source, chain[from].first, chain[to].first, n_open_start,
                                                      n_open_end));
            const double nlt = content_length(between(tt, a->target, chain[from].second, chain[to].second,
                                                      n_open_start, n_open_end));
            if (n <= kMovedMaxWords && nlt - m.ratio * nls >= kStretchMadeUp * (m.ratio * ls - lt)) continue;
            FindingSink::Report r;
            r.message = fmt::format("a stretch of the source has too short a counterpart in the target: {} characters "
                                    "where about {} are expected for its {} ({:.1f} standard deviations short): \"{}\"",
                                    lt, std::lround(m.ratio * ls), ls, -delta, s);
            const std::size_t begin = static_cast<std::size_t>(s.data() - st.data());
            r.source_spans.push_back({begin, begin + s.size()});
            r.confidence = std::max(
                confidence(v, m, -delta - stretch_threshold_, content_length(st), m.ratio * ls - lt, false) -
                    kStretchPenalty,
                0.0);
            sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
            return;  // one finding per pair
        }
    }

    // Whether a stretch of `ls` characters of a `pair_ls`-character source, with a counterpart of `lt` of
    // `pair_lt`, is most of the pair and was reordered rather than dropped (see kStretchMostOfPair).
    static bool reordered(const LengthModel& m, double ls, double lt, double pair_ls, double pair_lt) {
        const double missing = m.ratio * ls - lt;
        const double rest_surplus = (pair_lt - lt) - m.ratio * (pair_ls - ls);
        return ls > kStretchMostOfPair * pair_ls && lt >= kStretchKept * m.ratio * ls &&
               rest_surplus >= kStretchMadeUp * missing;
    }

    double threshold_;
    double longer_threshold_;
    double min_chars_;
    double stretch_gate_;
    double stretch_threshold_;
};

}  // namespace

const RuleInfo& omission_length_info() { return OmissionLength::metadata(); }

void register_omission_length(Registry& r) { add_rule<OmissionLength>(r); }

}  // namespace verity::rules
