// A concept's two poles said one way by the source and the other by the target (see poles.hpp).
#include "rules/polarity/poles.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace verity::rules::polarity {
namespace {

using namespace wording;

// Words between a word of the second pole and a negation after it that turns it over ("kostet Sie nichts",
// "ne coûte rien", "kostet der Brief kein Porto"); a negation after a word of the first pole is of what follows
// ("free of charge and without notice"). Before a mention, the concept's own reach (Lexicon::Poles).
constexpr std::size_t kNegationAfter = 3;
// Words a phrase of the first pole may run on beyond the word that ends a shorter one ("free" → "free of
// charge").
constexpr std::size_t kLongestFirst = 4;

// One mention of a pole: tokens [first, last); whether it says the first pole once negations count, or neither
// (`negated` where a negation does not turn the concept over).
struct Mention {
    std::size_t first = 0, last = 0;
    bool first_pole = false;
    bool negated = false;
    bool turned = false;  // by a negation
};

// Whether one of `marks` stands between two tokens: a clause's end (kClauseMarks) or a sentence's
// (kSentenceMarks).
constexpr std::string_view kClauseMarks = ",;.:?!()";
constexpr std::string_view kSentenceMarks = ".?!;";
bool mark_between(std::string_view text, const Token& a, const Token& b, std::string_view marks) {
    for (std::size_t i = a.end; i < b.begin && i < text.size(); ++i)
        if (marks.find(text[i]) != std::string_view::npos) return true;
    return false;
}

// The negations of a side, found on first use: most segments mention no pole, and most of those that do need
// them once for every concept.
class Negations {
public:
    Negations(const Lexicon& lex, const std::vector<Token>& tokens) : lex_(lex), tokens_(tokens) {}
    const std::vector<Match>& get() {
        if (!found_) matches_ = lex_.negators.find(tokens_), found_ = true;
        return matches_;
    }

private:
    const Lexicon& lex_;
    const std::vector<Token>& tokens_;
    std::vector<Match> matches_;
    bool found_ = false;
};

std::vector<Mention> mentions(std::string_view text, const std::vector<Token>& tokens, const Lexicon::Poles& poles,
                              Negations& negation_finder) {
    std::vector<Mention> out;
    // "free to choose", "free from gluten": freedom, not a price.
    auto other_sense = [&](std::size_t last) {
        return last < tokens.size() && poles.first_not_before.contains(tokens[last].folded);
    };
    for (const Match& m : poles.first.find(tokens)) {
        if (!other_sense(m.last)) {
            out.push_back({m.first, m.last, true});
            continue;
        }
        // A longer phrase may start inside the match, which the matcher passed over ("be free" of "be free of
        // charge").
        const std::size_t from = m.first + 1, to = std::min(tokens.size(), m.last + kLongestFirst);
        const std::vector<Token> rest(tokens.begin() + static_cast<std::ptrdiff_t>(from), tokens.begin() + static_cast<std::ptrdiff_t>(to));
        for (const Match& inner : poles.first.find(rest))
            if (inner.first + from < m.last && !other_sense(inner.last + from))
                out.push_back({inner.first + from, inner.last + from, true});
    }
    for (const Match& m : poles.second.find(tokens)) {
        // A word of the second pole inside a phrase of the first ("free of charge") is that phrase's.
        const bool inside = std::any_of(out.begin(), out.end(), [&](const Mention& f) {
            return f.first_pole && m.first < f.last && f.first < m.last;
        });
        if (!inside) out.push_back({m.first, m.last, false});
    }
    if (out.empty()) return out;
    const std::vector<Match>& negations = negation_finder.get();
    for (Mention& mention : out) {
        for (const Match& n : negations) {
            if (n.first < mention.last && mention.first < n.last) continue;  // the phrase's own ("sans frais")
            // A negator of a phrase ("without charging is prohibited") negates that phrase, not the clause.
            if (n.level == 1) continue;
            const bool before = n.last <= mention.first && mention.first - n.last < poles.negation_reach &&
                                !mark_between(text, tokens[n.last - 1], tokens[mention.first], kClauseMarks);
            const bool after = !mention.first_pole && n.first >= mention.last && n.first - mention.last < kNegationAfter &&
                               !mark_between(text, tokens[mention.last - 1], tokens[n.first], kClauseMarks);
            if (before || after) {
                // The negation is part of what the mention says: "no longer be free".
                if (poles.negation_turns) mention.first_pole = !mention.first_pole, mention.turned = true;
                else mention.negated = true;
                mention.first = std::min(mention.first, n.first);
                mention.last = std::max(mention.last, n.last);
                break;
            }
            // A negation further back in the sentence may still govern it, German putting the predicate last
            // ("dass es nicht einmal Bürgern des Ostblocks (…) erlaubt war"): the mention says neither pole.
            if (n.last <= mention.first && !mark_between(text, tokens[n.last - 1], tokens[mention.first], kSentenceMarks))
                mention.negated = true;
        }
    }
    return out;
}

// The side's one reading: the first pole, the second, or none (no mention, both, or a negated one).
std::optional<bool> reading(const std::vector<Mention>& ms) {
    if (ms.empty()) return std::nullopt;
    const bool first = ms.front().first_pole;
    for (const Mention& m : ms)
        if (m.first_pole != first || m.negated) return std::nullopt;
    return first;
}

struct Flips {
    std::vector<PoleFlip> flips;
};

}  // namespace

const std::vector<PoleFlip>& pole_flips(const SegmentView& v, const Analysis& a) {
    return v.segment_context.store()
        .get<Flips>([&] {
            auto out = std::make_unique<Flips>();
            if (!v.segment.target) return out;
            const Lexicon& sl = *a.source_lexicon;
            const Lexicon& tl = *a.target_lexicon;
            if (sl.poles.empty() || tl.poles.empty()) return out;
            Negations s_neg(sl, a.source), t_neg(tl, a.target);
            // The concepts the source mentions at all (a phrase the combined pass hides behind a longer one of
            // another concept is rare enough).
            std::vector<bool> mentioned(sl.poles.size(), false);
            for (const Match& m : sl.any_pole.find(a.source))
                if (m.scale >= 0 && static_cast<std::size_t>(m.scale) < mentioned.size()) mentioned[static_cast<std::size_t>(m.scale)] = true;
            for (std::size_t ci = 0; ci < sl.poles.size(); ++ci) {
                if (!mentioned[ci]) continue;
                const Lexicon::Poles& sp = sl.poles[ci];
                const auto tp = std::find_if(tl.poles.begin(), tl.poles.end(),
                                             [&](const Lexicon::Poles& p) { return p.concept_name == sp.concept_name; });
                if (tp == tl.poles.end()) continue;
                const auto s = mentions(v.segment.source.text, a.source, sp, s_neg);
                if (s.empty()) continue;
                const auto t = mentions(v.segment.target->text, a.target, *tp, t_neg);
                const auto sr = reading(s), tr = reading(t);
                if (!sr || !tr || *sr == *tr) continue;
                const auto turned = [](const Mention& m) { return m.turned; };
                const bool by_negation = std::any_of(s.begin(), s.end(), turned) || std::any_of(t.begin(), t.end(), turned);
                out->flips.push_back(
                    {sp.concept_name, s.front().first, s.front().last, t.front().first, t.front().last, *sr, by_negation});
            }
            return out;
        })
        .flips;
}

void report_flips(const SegmentView& v, const RuleInfo& rule, const std::vector<PolePhrases>& phrases,
                  FindingSink& sink) {
    constexpr double kSure = 0.95;
    constexpr double kAcross = 0.75;
    const Analysis* a = analyse(v);
    if (!a) return;
    for (const PoleFlip& flip : pole_flips(v, *a)) {
        const auto p = std::find_if(phrases.begin(), phrases.end(),
                                    [&](const PolePhrases& x) { return x.concept_name == flip.concept_name; });
        if (p == phrases.end()) continue;  // the other rule's
        const std::string_view source_says = flip.source_first_pole ? p->source_first : p->source_second;
        const std::string_view target_says = flip.source_first_pole ? p->target_second : p->target_first;
        FindingSink::Report r;
        r.message = fmt::format("the source says {} (\"{}\"), the target {} (\"{}\")", source_says,
                                words(v.segment.source.text, a->source, flip.source_first, flip.source_last), target_says,
                                words(v.segment.target->text, a->target, flip.target_first, flip.target_last));
        r.source_spans.push_back(span(a->source, flip.source_first, flip.source_last));
        r.target_spans.push_back(span(a->target, flip.target_first, flip.target_last));
        r.confidence = a->same_language || flip.by_negation ? kSure : kAcross;
        sink.report(v, rule, severity_for(*r.confidence, rule.severity), std::move(r));
    }
}

}  // namespace verity::rules::polarity
