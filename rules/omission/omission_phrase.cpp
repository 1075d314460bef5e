// omission.phrase / addition.phrase: words of one side with no counterpart on the other inside an
// aligned segment pair. In one language a word alignment (stems, pack synonyms, moved words)
// exposes stretches deleted outright; a stretch replaced by other words is a rewording, not an
// omission. Across languages, see the anchor model below.
#include <fmt/format.h>
#include <unicode/uchar.h>

#include <cmath>

#include "rules/lexicon/wording.hpp"
#include "rules/omission/length_model.hpp"
#include "rules/omission/pair_evidence.hpp"
#include "rules/omission/register.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::rules {
namespace {

using namespace wording;

// Words that other rules speak about when they go missing: numbers, modals, intensifiers,
// hedges, negations. Marked so that one dropped "strongly" is one finding, not two.
std::vector<bool> claimed(const Lexicon& lex, const std::vector<Token>& tokens) {
    std::vector<bool> out(tokens.size(), false);
    for (const PhraseSet* set : {&lex.modals, &lex.intensifiers, &lex.hedges, &lex.negators})
        for (const Match& m : set->find(tokens))
            for (std::size_t k = m.first; k < m.last; ++k) out[k] = true;
    for (std::size_t i = 0; i < tokens.size(); ++i) out[i] = out[i] || tokens[i].numeric;
    return out;
}

// A symbol between two anchors stands for words ("40 per cent" = "40%", "euros" = "€").
bool symbol_between(std::string_view text, const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
    const std::size_t from = begin > 0 ? tokens[begin - 1].end : 0;
    const std::size_t to = end < tokens.size() ? tokens[end].begin : text.size();
    for (std::size_t i = from; i < to;) {
        const char32_t c = text::utf8::next(text, i);
        const auto mask = U_GET_GC_MASK(static_cast<UChar32>(c));
        if ((mask & (U_GC_SC_MASK | U_GC_SM_MASK | U_GC_SO_MASK)) || c == U'%' || c == U'&' || c == U'\u2030' ||
            c == U'§')
            return true;
    }
    return false;
}

// A line without final punctuation: a heading or title.
bool is_heading(std::string_view text) {
    std::size_t e = text.size();
    while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '"' || text[e - 1] == '\'' ||
                     text[e - 1] == ')'))
        --e;
    if (e == 0) return false;
    const char c = text[e - 1];
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return false;
    // Closing quotation marks and ellipses in UTF-8 ("…", "”", "»") end sentences too.
    const std::string_view tail = text.substr(0, e);
    return !(tail.ends_with("\u2026") || tail.ends_with("\u201D") || tail.ends_with("\u00BB"));
}

struct Stretch {
    std::size_t first = 0, last = 0;  // unaligned tokens [first, last) of the side
    std::size_t content = 0;          // content words among them, claimed ones excluded
    std::size_t unaligned = 0;        // unaligned tokens among them
};

Stretch stretch(const Lexicon& lex, const std::vector<Token>& tokens, const std::vector<int>& links,
                const std::vector<bool>& claimed_words, std::size_t begin, std::size_t end) {
    Stretch s{end, end, 0, 0};
    // The words marked are the run of unaligned words with the most content words: words aligned
    // out of order (an acronym spelt out) may split the stretch.
    std::size_t run_first = end, run_content = 0, best_content = 0;
    for (std::size_t k = begin; k <= end; ++k) {
        if (k == end || links[k] >= 0) {
            if (run_first != end && (s.first == end || run_content > best_content)) {
                s.first = run_first;
                s.last = k;
                best_content = run_content;
            }
            run_first = end;
            run_content = 0;
            continue;
        }
        if (run_first == end) run_first = k;
        ++s.unaligned;
        if (!claimed_words[k] && !is_stopword(lex, tokens[k])) ++s.content, ++run_content;
    }
    return s;
}

constexpr double kFewerClausesCredit = 1.0;
// A pair whose sides render at most this share of each other's content words, of at least this many,
// holds two different sentences.
constexpr double kReplacedShare = 0.1;
constexpr std::size_t kReplacedMinWords = 4;
constexpr std::size_t kReplacedMinTotal = 9;  // both sides together: short UI strings tell too little
// Content words a run at either end of the source must hold when no punctuation sets it apart.
constexpr std::size_t kEndRunWords = 3;
// addition.phrase across languages: content words of a target clause none of which the source
// renders, and standard deviations the target must exceed the length model by.
constexpr std::size_t kAddedClauseWords = 4;
constexpr double kAddedClauseExcess = 2.0;

template <bool kOmission>
class PhraseGap final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{
            kOmission ? "omission.phrase" : "addition.phrase",
            kOmission ? "omission" : "addition",
            Severity::Warning,
            kOmission ? "Words of the source have no counterpart in the target (a phrase or clause dropped)."
                      : "Words of the target have no counterpart in the source (a phrase or clause added).",
            {{"min_words", "1", "content words a deleted stretch must hold when the pair is otherwise close"},
             {"reworded_below", "0.75",
              "share of aligned content words under which the pair counts as reworded (a paraphrase)"},
             {"reworded_edits", "2", "places where the pair differs from which on it counts as reworded"},
             {"reworded_min_words", "4", "content words a deleted stretch must hold in a reworded pair"},
             {"clause_deficit", "0.5",
              "across languages: standard deviations the target must fall short of the length model for a "
              "sentence or colon clause of two or more content words none of which the target renders"},
             {"weak_clause_deficit", "1.5",
              "across languages: the same for a clause with at most a third of its words rendered, or a comma clause"}}};
        return info;
    }
    explicit PhraseGap(const RuleOptions& o)
        : min_words_(static_cast<std::size_t>(o.get_number(metadata(), "min_words"))),
          reworded_below_(o.get_number(metadata(), "reworded_below")),
          reworded_edits_(static_cast<std::size_t>(o.get_number(metadata(), "reworded_edits"))),
          reworded_min_words_(static_cast<std::size_t>(o.get_number(metadata(), "reworded_min_words"))),
          clause_deficit_(o.get_number(metadata(), "clause_deficit")),
          weak_clause_deficit_(o.get_number(metadata(), "weak_clause_deficit")) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const Analysis* a = analyse(v, lexicons_);
        if (a && !a->same_language && v.segment.target) {
            if (replaced(v, *a)) {
                // Neither side renders the other: the sentence was replaced by another one.
                const std::string_view text = kOmission ? v.segment.source.text : v.segment.target->text;
                FindingSink::Report rep;
                rep.message = kOmission ? "the source has no counterpart in the target: neither side renders the other's words"
                                        : "the target has no counterpart in the source: neither side renders the other's words";
                (kOmission ? rep.source_spans : rep.target_spans).push_back({0, text.size()});
                sink.report(v, info(), info().severity, std::move(rep));
                return;
            }
            check_clauses(v, *a, sink);
            return;
        }
        if (!a || !a->aligned || a->gaps.empty()) return;
        // `from` is the side that holds the extra words.
        const Lexicon& from_lex = kOmission ? *a->source_lexicon : *a->target_lexicon;
        const Lexicon& to_lex = kOmission ? *a->target_lexicon : *a->source_lexicon;
        const auto& from = kOmission ? a->source : a->target;
        const auto& to = kOmission ? a->target : a->source;
        const auto& from_links = kOmission ? a->source_link : a->target_link;
        const auto& to_links = kOmission ? a->target_link : a->source_link;
        const auto from_claimed = claimed(from_lex, from);
        const auto to_claimed = claimed(to_lex, to);
        // A pair changed in several places is a rewording: only a clause-sized deletion counts there.
        const bool reworded = a->similarity < reworded_below_ || a->reworded(reworded_edits_);
        const std::size_t needed = reworded ? reworded_min_words_ : min_words_;
        const std::string_view from_text = kOmission ? v.segment.source.text : v.segment.target->text;
        if (reworded) {
            // A heading (no final punctuation) reworded is a new heading, not one with words missing.
            if (is_heading(v.segment.source.text) && is_heading(v.segment.target->text)) return;
            // A paraphrase says the message in other words: where the other side holds as many
            // words of its own, the words of this side were replaced, not dropped.
            auto own = [](const Lexicon& lex, const std::vector<Token>& tokens, const std::vector<int>& links,
                          const std::vector<bool>& claimed_words) {
                std::size_t n = 0;
                for (std::size_t k = 0; k < tokens.size(); ++k)
                    n += links[k] < 0 && !claimed_words[k] && !is_stopword(lex, tokens[k]);
                return n;
            };
            if (own(to_lex, to, to_links, to_claimed) >= own(from_lex, from, from_links, from_claimed)) return;
        }
        for (const Gap& g : a->gaps) {
            const Stretch f = stretch(from_lex, from, from_links, from_claimed, kOmission ? g.source_begin : g.target_begin,
                                      kOmission ? g.source_end : g.target_end);
            const Stretch t = stretch(to_lex, to, to_links, to_claimed, kOmission ? g.target_begin : g.source_begin,
                                      kOmission ? g.target_end : g.source_end);
            // Replaced words are a rewording; only words deleted outright count.
            if (f.content < needed || t.unaligned > 0) continue;
            const std::string_view to_text = kOmission ? v.segment.target->text : v.segment.source.text;
            if (symbol_between(to_text, to, kOmission ? g.target_begin : g.source_begin,
                               kOmission ? g.target_end : g.source_end))
                continue;
            FindingSink::Report r;
            const std::string phrase = words(from_text, from, f.first, f.last);
            r.message = kOmission ? fmt::format("\"{}\" of the source has no counterpart in the target", phrase)
                                  : fmt::format("\"{}\" in the target has no counterpart in the source", phrase);
            // The other side is marked where the words would have been: the word before the gap.
            const std::size_t at = kOmission ? g.target_begin : g.source_begin;
            std::vector<ByteRange> there;
            if (at > 0) there.push_back(span(to, at - 1, at));
            (kOmission ? r.source_spans : r.target_spans).push_back(span(from, f.first, f.last));
            (kOmission ? r.target_spans : r.source_spans) = there;
            sink.report(v, info(), info().severity, std::move(r));
        }
    }

private:
    // A pair in two languages whose sides render hardly any of each other's content words (at most a
    // fifth each way, of four or more), where a dictionary for the pair is installed: one sentence
    // stands where another was.
    static bool replaced(const SegmentView& v, const Analysis& a) {
        const std::string sl = source_language(v), tl = target_language(v);
        if (v.run.dictionary(sl, tl).empty() && v.run.dictionary(tl, sl).empty())
            return false;
        auto share = [](const std::vector<Token>& words, const Lexicon& lex, const std::vector<bool>& rendered,
                        std::size_t& n) {
            std::size_t r = 0;
            n = 0;
            for (std::size_t i = 0; i < words.size(); ++i)
                if (words[i].numeric || !is_stopword(lex, words[i])) ++n, r += rendered[i];
            return n == 0 ? 1.0 : static_cast<double>(r) / static_cast<double>(n);
        };
        std::size_t ns = 0, nt = 0;
        const double s = share(a.source, *a.source_lexicon, rendered_in(v, a.source, sl, a.target, *a.target_lexicon), ns);
        if (ns < kReplacedMinWords || s > kReplacedShare) return false;
        const double t = share(a.target, *a.target_lexicon, rendered_in(v, a.target, tl, a.source, *a.source_lexicon), nt);
        if (nt < kReplacedMinWords || t > kReplacedShare || ns + nt < kReplacedMinTotal) return false;
        // Nor do the looser keys of text::Evidence (transliterated four-letter cognates: "connection" /
        // "conexión") tie them.
        text::Evidence& ev = pair_evidence(v);
        const auto bs = ev.source(v.segment.source.text), bt = ev.target(v.segment.target->text);
        return text::Evidence::containment(bs, bt) <= kReplacedShare && text::Evidence::containment(bt, bs) <= kReplacedShare;
    }

    // Across languages no word alignment exists: a source clause whose content words the target
    // does not render (no number, cognate or dictionary translation of them there) while the rest of
    // the sentence is rendered, in a target shorter than the length model expects, was dropped. The
    // mirror (addition.phrase): a target clause the source does not render, in a target longer than
    // expected, was added.
    void check_clauses(const SegmentView& v, const Analysis& a, FindingSink& sink) const {
        const std::string_view text = kOmission ? v.segment.source.text : std::string_view(v.segment.target->text);
        const std::string_view other_text = kOmission ? std::string_view(v.segment.target->text) : v.segment.source.text;
        const auto& tokens = kOmission ? a.source : a.target;
        const auto strong = strong_clauses(text);
        const auto weak = clauses(text);
        const double deviation = length_model_deviation(v);
        if (std::isnan(deviation)) return;
        // How far the other side falls short of the length the model expects for this one.
        double deficit = kOmission ? deviation : -deviation;
        // A side with fewer sentences and clauses than this one has lost one, or merged them: the
        // length deficit asked for is then one standard deviation less.
        if (strong_clauses(other_text).size() < strong.size()) deficit -= kFewerClausesCredit;
        if (deficit > -std::min(clause_deficit_, weak_clause_deficit_)) return;
        const Rendering& r = cross_rendering(v, a, !kOmission);
        const auto [all_n, all_r] = r.count(tokens, 0, text.size());
        // The words at either end of the source that the target does not render, up to the first
        // rendered one: a dropped beginning or end that no punctuation sets apart.
        std::vector<Clause> ends;
        {
            std::vector<std::size_t> content;
            for (std::size_t i = 0; i < tokens.size(); ++i)
                if (r.content[i]) content.push_back(i);
            std::size_t lead = 0, trail = 0;
            while (lead < content.size() && !r.rendered[content[lead]]) ++lead;
            while (trail < content.size() && !r.rendered[content[content.size() - 1 - trail]]) ++trail;
            if (lead > 0 && lead < content.size())
                ends.push_back({tokens[content.front()].begin, tokens[content[lead - 1]].end, false});
            if (trail > 0 && trail < content.size())
                ends.push_back({tokens[content[content.size() - trail]].begin, tokens[content.back()].end, false});
        }
        const Clause* best = nullptr;
        double best_share = 2;
        std::size_t best_n = 0;
        for (const std::vector<Clause>* list : {&strong, &weak, static_cast<const std::vector<Clause>*>(&ends)}) {
            if (list->size() < (list == &ends ? 1u : 2u)) continue;
            const bool sentence_level = list == &strong;
            for (const Clause& c : *list) {
                const auto [n, h] = r.count(tokens, c.begin, c.end);
                if (n == 0) continue;
                const std::size_t rest_n = all_n - n, rest_r = all_r - h;
                // The rest of the pair must be recognisably rendered, or nothing can be told.
                if (rest_n < 3 || 2 * rest_r < rest_n) continue;
                const bool none = h == 0, few = 3 * h <= n;
                // An added clause needs stronger evidence: translations add words freely, and a
                // target's inflected words find their dictionary entries less often than a source's.
                const bool dropped =
                    !kOmission ? (none && n >= kAddedClauseWords && deficit <= -kAddedClauseExcess) :
                    sentence_level ? (n >= 2 && none && deficit <= -clause_deficit_) ||
                                         (few && deficit <= -weak_clause_deficit_)
                                   : ((n >= (list == &ends ? kEndRunWords : 2) && none) || (list != &ends && n >= 3 && few)) &&
                                         deficit <= -weak_clause_deficit_;
                if (!dropped) continue;
                const double share = static_cast<double>(h) / static_cast<double>(n);
                if (share < best_share || (share == best_share && n > best_n)) best = &c, best_share = share, best_n = n;
            }
        }
        if (!best) return;
        // The clause without the punctuation and spaces around it.
        std::size_t b = best->begin, e = best->end;
        auto trim = [](char c) { return c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' || c == '-' || c == '!' || c == '?'; };
        while (b < e && trim(text[b])) ++b;
        while (e > b && trim(text[e - 1])) --e;
        if (b >= e) return;
        FindingSink::Report rep;
        const auto [n, h] = r.count(tokens, best->begin, best->end);
        rep.message = fmt::format(
            "\"{}\" {} has no counterpart in the {}: {} of its {} content words are rendered there, "
            "and the target is {:.1f} standard deviations {} than expected",
            text.substr(b, e - b), kOmission ? "of the source" : "in the target", kOmission ? "target" : "source", h, n,
            std::abs(deviation), deviation < 0 ? "shorter" : "longer");
        (kOmission ? rep.source_spans : rep.target_spans).push_back({b, e});
        sink.report(v, info(), info().severity, std::move(rep));
    }

    std::size_t min_words_;
    double reworded_below_;
    std::size_t reworded_edits_;
    std::size_t reworded_min_words_;
    double clause_deficit_;
    double weak_clause_deficit_;
    Lexicons lexicons_;
};

}  // namespace

void register_omission_phrase(Registry& r) { add_rule<PhraseGap<true>>(r); }
void register_addition_phrase(Registry& r) { add_rule<PhraseGap<false>>(r); }

}  // namespace verity::rules
