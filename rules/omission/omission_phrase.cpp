// omission.phrase / addition.phrase: words of one side with no counterpart on the other inside an
// aligned segment pair. In one language a word alignment (stems, pack synonyms, moved words)
// exposes stretches deleted outright; a stretch replaced by other words is a rewording, not an
// omission. Across languages, see the anchor model below.
#include <fmt/format.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "rules/lexicon/wording.hpp"
#include "rules/dates/dates.hpp"
#include "rules/numbers/comparison.hpp"
#include "rules/omission/acronyms.hpp"
#include "rules/omission/catalogue.hpp"
#include "rules/omission/conditions.hpp"
#include "rules/omission/length_model.hpp"
#include "rules/omission/message_pair.hpp"
#include "rules/omission/pair_evidence.hpp"
#include "rules/omission/register.hpp"
#include "rules/omission/rewrite.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/stemmer.hpp"
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

// A side with fewer sentences and clauses than the other has lost one, or merged them: the length
// deficit asked for is then this many standard deviations less.
constexpr double kFewerClausesCredit = 1.0;
// A pair whose sides render at most this share of each other's content words, of at least this many,
// holds two different sentences.
constexpr double kReplacedShare = 0.1;
constexpr std::size_t kReplacedMinWords = 4;
constexpr std::size_t kReplacedMinTotal = 9;  // both sides together: short UI strings tell too little
// Its confidence: at that many words, and per content word more.
constexpr double kReplacedConfidence = 0.45;
constexpr double kReplacedConfidencePerWord = 0.02;
// ...and the most it earns with no name or number on either side to agree (info).
constexpr double kReplacedWordsAloneConfidence = 0.55;
// A clause finding's confidence: from the length deficit (per standard deviation), more for a long
// clause none of whose words is rendered, less for one with some rendered.
constexpr double kClauseConfidence = 0.35;
constexpr double kClauseConfidencePerDeviation = 0.1;
constexpr std::size_t kLongClauseWords = 5;
constexpr double kLongClauseBonus = 0.1;
constexpr double kPartlyRenderedPenalty = 0.05;
// A target broken off after a comma or semicolon where the source ends its sentence: warning; the last this
// many bytes of the target are quoted.
constexpr double kTruncatedConfidence = 0.75, kTruncatedLeadConfidence = 0.5;
constexpr std::size_t kBrokenOffShown = 30;
// In one language: a single content word dropped from a label of at most this many content words is
// reported with this confidence (info).
constexpr std::size_t kShortLabelWords = 3;
constexpr double kShortLabelConfidence = 0.5;
// In one language, in a message catalogue (catalogue.hpp), an added stretch is reported with this
// confidence (info).
constexpr double kCatalogueAdditionConfidence = 0.5;
// The other side holding this many content words no word of this side renders (at least half the
// clause's unrendered ones): they may translate the clause, so the finding is less sure.
constexpr std::size_t kUnlinkedMinWords = 2;
constexpr double kUnlinkedPenalty = 0.2;
// Standard deviations past the length model, on the other side, that the pair would lie without a
// clause for its lengths to say the clause is there.
constexpr double kKeptDeviations = 3.0;
// Content words a run at either end of the source must hold when no punctuation sets it apart.
constexpr std::size_t kEndRunWords = 3;
// How far (a share of the text's length) a name of the other side may stand from a clause of names it replaces.
constexpr double kReplacementReach = 0.25;
// addition.phrase across languages: content words of a target clause none of which the source
// renders, and standard deviations the target must exceed the length model by.
constexpr std::size_t kAddedClauseWords = 4;
constexpr double kAddedClauseExcess = 2.0;
// Across languages a clause is judged only when the rest of the pair holds this many content words, at
// least half of them rendered: otherwise nothing tells a dropped clause from a loose translation.
constexpr std::size_t kRestMinWords = 3;
// A clause with at most one in this many of its content words rendered has "few" rendered (the
// weak_clause_deficit option's "at most a third").
constexpr std::size_t kFewRenderedDivisor = 3;
// Content words a sentence clause none of which is rendered must hold (the clause_deficit option's
// "two or more"), those a comma clause must hold, and those a comma clause with few rendered must hold.
constexpr std::size_t kSentenceClauseWords = 2;
constexpr std::size_t kCommaClauseWords = 2;
constexpr std::size_t kFewClauseWords = 3;

// Across languages, the evidence that a sentence clause or an unrendered end was dropped, in standard
// deviations of the length model: the other side's length deficit, plus the clause's own words the
// other side does not render. A number or a name is copied as written by any translation, so one of
// them unrendered weighs like several deviations; a long unrendered run of words adds a little. A
// clause at most half of whose words are rendered, in a pair otherwise at least half rendered, with
// this much evidence was dropped, even when the length model alone would not say so.
constexpr double kEvidenceNeeded = 2.25;
constexpr double kEvidencePerRunWord = 0.1;
constexpr double kEvidencePerNumber = 3.0;
constexpr double kEvidencePerName = 1.0;
// Without a number or a name, the clause must hold this many unrendered words in a row.
constexpr std::size_t kEvidenceMinRun = 2;
// A finding on that evidence alone is a lead (info) unless this many words of the clause, and none of
// it, are unrendered while at least this share of the rest is rendered (warning by the length model).
constexpr std::size_t kStrongUnrenderedWords = 3;
constexpr double kStrongRestShare = 0.75;
constexpr double kEvidenceOnlyConfidence = 0.5;

// The words of a clause the other side does not render that count as evidence of its loss.
struct Unrendered {
    std::size_t numbers = 0, names = 0, run = 0;  // run: the longest run of consecutive unrendered content words
    double evidence() const {
        return kEvidencePerNumber * static_cast<double>(numbers) + kEvidencePerName * static_cast<double>(names) +
               kEvidencePerRunWord * static_cast<double>(run);
    }
};

// A name: a capitalised word not at a sentence start, in a language that does not capitalise every noun.
bool is_name(const Lexicon& lex, const Token& t) {
    return t.capitalised && !t.sentence_start && !t.numeric && !lex.capitalises_nouns;
}

Unrendered unrendered_in(const Lexicon& lex, const std::vector<Token>& tokens, const Rendering& r, const Clause& c) {
    Unrendered u;
    std::size_t run = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!r.content[i] || tokens[i].begin < c.begin || tokens[i].begin >= c.end) continue;
        if (r.rendered[i]) {
            run = 0;
            continue;
        }
        u.run = std::max(u.run, ++run);
        u.numbers += tokens[i].numeric;
        u.names += is_name(lex, tokens[i]);
    }
    return u;
}

// The most evidence any clause of the side could hold, before anything is rendered: whether the
// rendering is worth computing.
double evidence_ceiling(const Lexicon& lex, const std::vector<Token>& tokens, double deficit) {
    Unrendered u;
    for (const Token& t : tokens) {
        u.numbers += t.numeric;
        u.names += is_name(lex, t);
        u.run += !t.numeric && !is_stopword(lex, t);
    }
    return u.evidence() - deficit;
}

// Whether a number of the side is not rendered on the other.
bool has_unrendered_number(const std::vector<Token>& tokens, const Rendering& r) {
    for (std::size_t i = 0; i < tokens.size() && i < r.rendered.size(); ++i)
        if (tokens[i].numeric && !r.rendered[i]) return true;
    return false;
}

// The clauses of one side across languages: cut at sentence breaks (and colons, semicolons, dashes),
// also at commas, and the unrendered runs at either end.
enum class ClauseKind { Sentence, Comma, End };
struct ClauseLists {
    std::vector<Clause> sentences, commas, ends;
};

// The words at either end of the side that the other side does not render, up to the first rendered
// one: a dropped beginning or end that no punctuation sets apart.
std::vector<Clause> unrendered_ends(const std::vector<Token>& tokens, const Rendering& r) {
    std::vector<Clause> ends;
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
    return ends;
}

// In a rewrite that splits and explains throughout (splitting_rewrite), words the target adds explain the source's content as often
// as not ("Un jour ouvré, c'est un jour où on travaille", "Ehrenamt bedeutet: …", "c'est-à-dire une étude
// complète"). As for an added sentence there (addition.sentence), only a phrase marked as a further fact (the
// pack's rewrite.additives in its sentence: "aussi", "auch") or one that brings kFreshPhraseWords telling words
// the whole source never uses is reported.
constexpr std::size_t kFreshPhraseWords = 3;
class ExplanationFilter final : public FindingSink {
public:
    explicit ExplanationFilter(FindingSink& out) : out_(out) {}
    void report(const SegmentView& v, const RuleInfo& info, Severity severity, Report r) override {
        // Whether the document is such a rewrite is asked only here, when there is something to report: the
        // question reads the whole document once.
        if (!splitting_rewrite(v)) {
            out_.report(v, info, severity, std::move(r));
            return;
        }
        const std::string& target = v.segment.target ? v.segment.target->text : std::string();
        std::string_view added = target;
        if (!r.target_spans.empty() && r.target_spans.front().end <= target.size())
            added = std::string_view(target).substr(r.target_spans.front().begin,
                                                    r.target_spans.front().end - r.target_spans.front().begin);
        if (!says_in_addition(v, target) && fresh_words(v, added) < kFreshPhraseWords) return;
        out_.report(v, info, severity, std::move(r));
    }

private:
    FindingSink& out_;
};

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
    bool needs_language_knowledge() const override { return true; }

    void check(const SegmentView& v, FindingSink& sink) const override {
        // A plural message is compared by its representative variants (message_pair.hpp).
        if constexpr (!kOmission) {
            ExplanationFilter filter(sink);
            check_representative(v, filter, [this](const SegmentView& rv, FindingSink& rs) { check_message(rv, rs); });
            return;
        }
        check_representative(v, sink, [this](const SegmentView& rv, FindingSink& rs) { check_message(rv, rs); });
    }

private:
    void check_message(const SegmentView& v, FindingSink& sink) const {
        if constexpr (kOmission) {
            if (v.segment.target && check_truncated(v, sink)) return;
        }
        const Analysis* a = analyse(v);
        if (a && !a->same_language && v.segment.target) {
            if (std::size_t words = 0; replaced(v, *a, words)) {
                report_replaced(v, words, sink);
                return;
            }
            check_clauses(v, *a, sink);
            return;
        }
        if (!a || !a->aligned || a->gaps.empty()) return;
        check_gaps(v, *a, sink);
    }

    // A target that breaks off after a comma, semicolon or dash where the source ends its sentence ("…, aus
    // denen Eiscreme besteht;" for "…, but I reckon we will find a way."): the source's last clause has no
    // counterpart. Closing quotes and brackets are looked past on both sides; a Greek target's ";" is its question
    // mark.
    bool check_truncated(const SegmentView& v, FindingSink& sink) const {
        const std::string_view source = v.segment.source.text, target = v.segment.target->text;
        auto last = [](std::string_view text) {
            while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t' || text.back() == '"' ||
                                     text.back() == '\'' || text.back() == ')'))
                text.remove_suffix(1);
            // Closing quotation marks in UTF-8: "”", "»", "“" (German closing).
            for (std::string_view q : {"\u201D", "\u00BB", "\u201C"})
                if (text.ends_with(q)) text.remove_suffix(q.size());
            return text;
        };
        const std::string_view s = last(source), t = last(target);
        if (s.empty() || t.empty()) return false;
        const bool source_ends = s.back() == '.' || s.back() == '!' || s.back() == '?' || s.ends_with("\u2026");
        // Greek writes its question mark as ";".
        const bool greek = text::primary_language(v.target_lang) == "el";
        const bool target_breaks =
            t.back() == ',' || (t.back() == ';' && !greek) || t.back() == '-' || t.ends_with("\u2013");
        if (!source_ends || !target_breaks) return false;
        const auto parts = clauses(source);
        if (parts.size() < 2) return false;
        std::size_t b = parts.back().begin, e = s.size();
        while (b < e && (source[b] == ' ' || source[b] == ',' || source[b] == ';')) ++b;
        if (b >= e) return false;
        // The clause must be missing from the target too: at most a third of its content words rendered there
        // (a target that only ends with a stray comma says it all). Without word knowledge, the break alone is a
        // lead.
        double confidence = kTruncatedConfidence;
        if (const Analysis* a = analyse(v)) {
            const auto [n, h] = cross_rendering(v, *a).count(a->source, b, e);
            if (n > 0 && kFewRenderedDivisor * h > n) return false;
        } else {
            confidence = kTruncatedLeadConfidence;
        }
        // The target's last words, from a word's start (never inside a character).
        std::size_t from = t.size() > kBrokenOffShown ? t.size() - kBrokenOffShown : 0;
        if (from > 0) {
            const std::size_t space = t.find(' ', from);
            from = space == std::string_view::npos ? from : space + 1;
            while (from < t.size() && (static_cast<unsigned char>(t[from]) & 0xC0) == 0x80) ++from;
        }
        FindingSink::Report r;
        r.message = fmt::format("the target breaks off after \"{}{}\" where the source goes on: \"{}\" has no "
                                "counterpart in the target",
                                from > 0 ? "…" : "", t.substr(from), source.substr(b, e - b));
        r.source_spans.push_back({b, e});
        r.confidence = confidence;
        sink.report(v, info(), severity_for(confidence, info().severity), std::move(r));
        return true;
    }

    // One side of a pair in one language, as the gap check reads it.
    struct Side {
        const Lexicon& lexicon;
        const std::vector<Token>& tokens;
        const std::vector<int>& links;  // per token, the aligned token of the other side (or < 0)
        std::vector<bool> claimed;      // words other rules speak about
        std::string_view text;
    };
    static Side side_of(const SegmentView& v, const Analysis& a, bool source) {
        const Lexicon& lexicon = source ? *a.source_lexicon : *a.target_lexicon;
        const auto& tokens = source ? a.source : a.target;
        return {lexicon, tokens, source ? a.source_link : a.target_link, claimed(lexicon, tokens),
                source ? std::string_view(v.segment.source.text) : std::string_view(v.segment.target->text)};
    }

    // Whether bytes [begin, end) of the side overlap a phrase gone with its number: omission.number's (addition.number's)
    // finding names that loss, as sure as the number's, so this rule does not report it again.
    static bool number_phrase_in(const SegmentView& v, std::size_t begin, std::size_t end) {
        const NumberComparison& c = compare_numbers(v);
        for (const GonePhrase& g : kOmission ? c.missing_phrases : c.extra_phrases)
            if (g.phrase.begin < end && begin < g.phrase.end) return true;
        const GoneDates& dates = dates_gone_with_their_phrase(v);
        for (const GoneDate& g : kOmission ? dates.missing : dates.extra)
            if (g.phrase_begin < end && begin < g.phrase_end) return true;
        return false;
    }

    // Content words of the side that the other side does not align, claimed ones excluded.
    static std::size_t own_words(const Side& s) {
        std::size_t n = 0;
        for (std::size_t k = 0; k < s.tokens.size(); ++k)
            n += s.links[k] < 0 && !s.claimed[k] && !is_stopword(s.lexicon, s.tokens[k]);
        return n;
    }

    // In one language: the stretches of words of one side (`from`, the side that holds the extra words)
    // that the word alignment leaves without counterpart while nothing replaces them on the other side.
    void check_gaps(const SegmentView& v, const Analysis& a, FindingSink& sink) const {
        const Side from = side_of(v, a, kOmission), to = side_of(v, a, !kOmission);
        // A pair changed in several places is a rewording: only a clause-sized deletion counts there.
        const bool reworded = a.similarity < reworded_below_ || a.reworded(reworded_edits_);
        const std::size_t needed = reworded ? reworded_min_words_ : min_words_;
        if (reworded) {
            // A heading (no final punctuation) reworded is a new heading, not one with words missing.
            if (is_heading(v.segment.source.text) && is_heading(v.segment.target->text)) return;
            // A paraphrase says the message in other words: where the other side holds as many
            // words of its own, the words of this side were replaced, not dropped.
            if (own_words(to) >= own_words(from)) return;
        }
        for (const Gap& g : a.gaps) {
            const std::size_t from_begin = kOmission ? g.source_begin : g.target_begin;
            const std::size_t from_end = kOmission ? g.source_end : g.target_end;
            const std::size_t to_begin = kOmission ? g.target_begin : g.source_begin;
            const std::size_t to_end = kOmission ? g.target_end : g.source_end;
            const Stretch f = stretch(from.lexicon, from.tokens, from.links, from.claimed, from_begin, from_end);
            const Stretch t = stretch(to.lexicon, to.tokens, to.links, to.claimed, to_begin, to_end);
            // Replaced words are a rewording; only words deleted outright count.
            if (f.content < needed || t.unaligned > 0) continue;
            if (symbol_between(to.text, to.tokens, to_begin, to_end)) continue;
            // An expansion the other side says by its acronym ("l'Organisation mondiale de la santé (OMS)" / "l'OMS").
            const ByteRange words = span(from.tokens, f.first, f.last);
            if (inside_expansion_held(from.text, to.text, words.begin, words.end)) continue;
            if (number_phrase_in(v, words.begin, words.end)) continue;
            report_gap(v, from, to, f, to_begin, sink);
        }
    }

    void report_gap(const SegmentView& v, const Side& from, const Side& to, const Stretch& f, std::size_t at,
                    FindingSink& sink) const {
        FindingSink::Report r;
        const std::string phrase = words(from.text, from.tokens, f.first, f.last);
        r.message = kOmission ? fmt::format("\"{}\" of the source has no counterpart in the target", phrase)
                              : fmt::format("\"{}\" in the target has no counterpart in the source", phrase);
        // The other side is marked where the words would have been: the word before the gap.
        std::vector<ByteRange> there;
        if (at > 0) there.push_back(span(to.tokens, at - 1, at));
        (kOmission ? r.source_spans : r.target_spans).push_back(span(from.tokens, f.first, f.last));
        (kOmission ? r.target_spans : r.source_spans) = there;
        // One word of a short label ("Los Angeles, CA" → "Los Angeles") is a local convention as often as
        // a loss.
        std::size_t label_words = 0;
        for (std::size_t k = 0; k < from.tokens.size(); ++k)
            label_words += !from.claimed[k] && !is_stopword(from.lexicon, from.tokens[k]);
        if (f.content == 1 && (label_words <= kShortLabelWords || label_qualifier(from.text, from.tokens, f)))
            r.confidence = kShortLabelConfidence;
        // A message catalogue in one language pairs a message with its updated display text: words added
        // there make it more precise (see catalogue.hpp); a reviewer still sees them, at info.
        if (!kOmission && is_message_catalogue(v)) r.confidence = kCatalogueAdditionConfidence;
        sink.report(v, info(), severity_for(r.confidence.value_or(default_confidence(info().severity)), info().severity),
                    std::move(r));
    }

    // Whether the stretch is a whole comma-separated part of a label (no final punctuation): a qualifier
    // such as a region, "Salt Lake City, UT" / "Salt Lake City", that local conventions keep or drop.
    static bool label_qualifier(std::string_view text, const std::vector<Token>& tokens, const Stretch& f) {
        if (!is_heading(text) || f.first >= f.last) return false;
        auto only_space = [&](std::size_t b, std::size_t e) {
            return text.substr(b, e - b).find_first_not_of(" \t") == std::string_view::npos;
        };
        const std::size_t b = tokens[f.first].begin, e = tokens[f.last - 1].end;
        const std::size_t comma_before = text.rfind(',', b), comma_after = text.find(',', e);
        const bool open = comma_before != std::string_view::npos && only_space(comma_before + 1, b);
        const bool close = comma_after != std::string_view::npos && only_space(e, comma_after);
        // After the last comma to the end, or before the first comma from the start.
        return (open && (comma_after == std::string_view::npos ? only_space(e, text.size()) : close)) ||
               (close && comma_before == std::string_view::npos && only_space(0, b));
    }

    // Neither side renders the other: the sentence was replaced by another one.
    void report_replaced(const SegmentView& v, std::size_t words, FindingSink& sink) const {
        const std::string_view text = kOmission ? v.segment.source.text : v.segment.target->text;
        FindingSink::Report rep;
        rep.message = kOmission ? "the source has no counterpart in the target: neither side renders the other's words"
                                : "the target has no counterpart in the source: neither side renders the other's words";
        (kOmission ? rep.source_spans : rep.target_spans).push_back({0, text.size()});
        // A short UI string in other words tells little: a dictionary gap or an idiom looks the same.
        double c = std::min(kReplacedConfidence + kReplacedConfidencePerWord *
                                                      (static_cast<double>(words) - kReplacedMinTotal),
                            1.0);
        // Unrendered words alone may be a dictionary's gaps (an explanatory translation in words it lacks);
        // names or numbers that the other side does not hold agree that another sentence stands there.
        if (!has_name_or_number(*analyse(v))) c = std::min(c, kReplacedWordsAloneConfidence);
        rep.confidence = c;
        sink.report(v, info(), severity_for(*rep.confidence, info().severity), std::move(rep));
    }

    // Whether either side holds a number or a name (a capitalised word not at a sentence start, in a
    // language that does not capitalise every noun).
    static bool has_name_or_number(const Analysis& a) {
        for (const auto& [side, lexicon] :
             {std::pair{&a.source, a.source_lexicon}, std::pair{&a.target, a.target_lexicon}})
            for (const Token& t : *side)
                if (t.numeric || (t.capitalised && !t.sentence_start && !lexicon->capitalises_nouns)) return true;
        return false;
    }

    // A pair in two languages whose sides render hardly any of each other's content words (at most a
    // tenth each way, of four or more), where a dictionary for the pair is installed: one sentence
    // stands where another was.
    static bool replaced(const SegmentView& v, const Analysis& a, std::size_t& words) {
        const std::string sl = source_language(v), tl = target_language(v);
        if (v.run.dictionary(sl, tl).empty() && v.run.dictionary(tl, sl).empty()) return false;
        // Without a stemmer for a side (Polish, Czech) its inflected words reach the dictionary's headwords
        // only where written in their base form: words it does not render are no sign of another sentence.
        if (text::Stemmer::algorithm_for(sl).empty() || text::Stemmer::algorithm_for(tl).empty()) return false;
        // Each distinct word counts once: "Bla Bla Bla" is one word said thrice, not a sentence.
        auto share = [](const std::vector<Token>& words, const Lexicon& lex, const std::vector<bool>& rendered,
                        std::size_t& n) {
            std::size_t r = 0;
            n = 0;
            std::unordered_set<std::string_view> seen;
            for (std::size_t i = 0; i < words.size(); ++i)
                if ((words[i].numeric || !is_stopword(lex, words[i])) && seen.insert(words[i].folded).second)
                    ++n, r += rendered[i];
            return n == 0 ? 1.0 : static_cast<double>(r) / static_cast<double>(n);
        };
        std::size_t ns = 0, nt = 0;
        const double s = share(a.source, *a.source_lexicon, rendered_in(v, a.source, sl, a.target, *a.target_lexicon), ns);
        if (ns < kReplacedMinWords || s > kReplacedShare) return false;
        const double t = share(a.target, *a.target_lexicon, rendered_in(v, a.target, tl, a.source, *a.source_lexicon), nt);
        if (nt < kReplacedMinWords || t > kReplacedShare || ns + nt < kReplacedMinTotal) return false;
        words = ns + nt;
        // Nor do the looser keys of text::Evidence (transliterated four-letter cognates: "connection" /
        // "conexión") tie them.
        text::Evidence& ev = pair_evidence(v);
        const auto bs = ev.source(v.segment.source.text), bt = ev.target(v.segment.target->text);
        return text::Evidence::containment(bs, bt) <= kReplacedShare &&
               text::Evidence::containment(bt, bs) <= kReplacedShare;
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
        ClauseLists lists{strong_clauses(text), clauses(text), {}};
        const double deviation = length_model_deviation(v);
        if (std::isnan(deviation)) return;
        // How far the other side falls short of the length the model expects for this one.
        double deficit = kOmission ? deviation : -deviation;
        if (strong_clauses(other_text).size() < lists.sentences.size()) deficit -= kFewerClausesCredit;
        const Lexicon& lexicon = kOmission ? *a.source_lexicon : *a.target_lexicon;
        // Neither the length model nor the words the clause could leave unrendered can say a clause went.
        if (deficit > -std::min(clause_deficit_, weak_clause_deficit_) &&
            (!kOmission || evidence_ceiling(lexicon, tokens, deficit) < kEvidenceNeeded))
            return;
        const Rendering r = with_matched_numbers(v, tokens, cross_rendering(v, a, !kOmission));
        lists.ends = unrendered_ends(tokens, r);
        const Choice best = most_dropped(lists, lexicon, tokens, r, text.size(), deficit,
                                         has_unrendered_number(kOmission ? a.target : a.source, cross_rendering(v, a, kOmission)));
        if (!best.clause || length_kept(v, text, *best.clause, deviation)) return;
        if (name_replaced(v, a, lexicon, tokens, r, *best.clause)) return;
        if (number_phrase_in(v, best.clause->begin, best.clause->end)) return;
        // A condition dropped ("…, unless the hotel can resell the room") is omission.condition's finding.
        if (const auto& d = dropped_condition(v);
            kOmission && d && d->span.begin < best.clause->end && best.clause->begin < d->span.end)
            return;
        // The other side's own words, which no word of this side accounts for: enough of them may be the
        // clause's translation in words the dictionary does not link.
        const auto& other_tokens = kOmission ? a.target : a.source;
        const auto [other_n, other_r] = cross_rendering(v, a, kOmission).count(other_tokens, 0, other_text.size());
        report_clause(v, text, tokens, r, best, deviation, deficit, other_n - other_r, sink);
    }

    // The rendering of the side's words with the numbers that the number comparison matched on the other side
    // (equal in value, converted, in words or in another format: "90 and 120 minutes" / "anderthalb und zwei
    // Stunden", "240" / "deux cent quarante") counted as rendered where they are written in digits, and the word
    // right after one that gives its unit: the clause holding them lost nothing there. The dictionary renders
    // digits only as written.
    static Rendering with_matched_numbers(const SegmentView& v, const std::vector<Token>& tokens, const Rendering& r) {
        Rendering out = r;
        const NumberComparison& c = compare_numbers(v);
        const auto& numbers = kOmission ? c.source.numbers : c.target.numbers;
        if (numbers.empty()) return out;
        std::vector<const NumberToken*> unmatched = kOmission ? c.unmatched.missing : c.unmatched.extra;
        for (const GonePhrase& g : kOmission ? c.missing_phrases : c.extra_phrases) unmatched.push_back(g.number);
        for (const UnitChange& u : c.unmatched.unit_changes) unmatched.push_back(kOmission ? u.source : u.target);
        for (const NumberToken& n : numbers) {
            // Written in digits: a small number in words ("six", "twice") meets its value anywhere in the pair.
            // Not an ordinal, a number inside a name or a lone 0 or 1, which the comparison lets go unpaired
            // rather than pairs ("the 13th test" / "Versuch" lost its rank).
            if (n.spelled || n.ordinal || n.in_name || n.compound || n.values.empty() ||
                (n.values.size() == 1 && (n.values[0] == 0 || n.values[0] == 1)) ||
                std::find(unmatched.begin(), unmatched.end(), &n) != unmatched.end())
                continue;
            for (std::size_t i = 0; i < tokens.size() && i < out.rendered.size(); ++i) {
                if (tokens[i].end <= n.begin || tokens[i].begin >= n.end) continue;
                out.rendered[i] = 1;
                // Its unit, written right after it ("minutes", "km").
                if (!n.unit.empty() && i + 1 < tokens.size() && i + 1 < out.rendered.size() &&
                    tokens[i + 1].begin <= tokens[i].end + 2)
                    out.rendered[i + 1] = 1;
            }
        }
        return out;
    }

    // Whether the clause's unrendered words are a name (two thirds of them or more, two at least) facing a name
    // of the other side that renders nothing ("Bavarian State Office for Health" / "Robert Koch-Institut",
    // "Sądu Apelacyjnego w Kolnowie" / "Supreme Court"): one name replaced by another, which the entity rules
    // report as a substitution, not a phrase dropped. In a language that capitalises its nouns, a capitalised
    // word the dictionary knows is a noun, not such a name.
    static bool name_replaced(const SegmentView& v, const Analysis& a, const Lexicon& lexicon,
                              const std::vector<Token>& tokens, const Rendering& r, const Clause& c) {
        std::size_t unrendered = 0, names = 0;
        for (std::size_t i = 0; i < tokens.size() && i < r.content.size(); ++i) {
            if (!r.content[i] || r.rendered[i] || tokens[i].begin < c.begin || tokens[i].begin >= c.end) continue;
            ++unrendered;
            names += is_name(lexicon, tokens[i]);
        }
        if (names < 2 || 3 * names < 2 * unrendered) return false;
        const auto& other = kOmission ? a.target : a.source;
        const Lexicon& other_lexicon = kOmission ? *a.target_lexicon : *a.source_lexicon;
        const Rendering& other_r = cross_rendering(v, a, kOmission);
        const auto& dictionary = kOmission ? v.run.dictionary(target_language(v), source_language(v))
                                           : v.run.dictionary(source_language(v), target_language(v));
        // At about the same place in the text (a name elsewhere is another name, as in a list).
        const std::string_view text = kOmission ? v.segment.source.text : std::string_view(v.segment.target->text);
        const std::string_view other_text = kOmission ? std::string_view(v.segment.target->text) : v.segment.source.text;
        const double at = (static_cast<double>(c.begin) + static_cast<double>(c.end)) / 2.0 / static_cast<double>(text.size());
        for (std::size_t j = 0; j < other.size() && j < other_r.content.size(); ++j) {
            const Token& t = other[j];
            if (!other_r.content[j] || other_r.rendered[j] || !t.capitalised || t.sentence_start || t.numeric) continue;
            const double there = static_cast<double>(t.begin) / static_cast<double>(other_text.size());
            if (std::abs(there - at) > kReplacementReach) continue;
            if (!other_lexicon.capitalises_nouns || dictionary.find(t.folded).empty()) return true;
        }
        return false;
    }

    // Whether a clause of the given kind with `n` content words, `h` of them rendered on the other
    // side, was dropped (added) from a pair whose other side falls `deficit` standard deviations short.
    bool dropped(ClauseKind kind, std::size_t n, std::size_t h, double deficit) const {
        const bool none = h == 0, few = kFewRenderedDivisor * h <= n;
        // An added clause needs stronger evidence: translations add words freely, and a target's
        // inflected words find their dictionary entries less often than a source's.
        if (!kOmission) return none && n >= kAddedClauseWords && deficit <= -kAddedClauseExcess;
        if (kind == ClauseKind::Sentence)
            return (n >= kSentenceClauseWords && none && deficit <= -clause_deficit_) ||
                   (few && deficit <= -weak_clause_deficit_);
        const bool end = kind == ClauseKind::End;
        return ((n >= (end ? kEndRunWords : kCommaClauseWords) && none) || (!end && n >= kFewClauseWords && few)) &&
               deficit <= -weak_clause_deficit_;
    }

    // The clause judged dropped, and on what evidence.
    struct Choice {
        const Clause* clause = nullptr;
        bool by_length = false;  // the length model's deficit alone says so (dropped())
        bool strong = false;     // none of it rendered, several words, the rest well rendered
    };

    // Whether the clause's unrendered words and the length deficit together say it was dropped (see
    // kEvidenceNeeded): sentence clauses and unrendered ends only, at most half of them rendered.
    static bool dropped_by_words(ClauseKind kind, const Lexicon& lex, const std::vector<Token>& tokens,
                                 const Rendering& r, const Clause& c, std::size_t n, std::size_t h, double deficit,
                                 bool numbers_replaced) {
        if (!kOmission || kind == ClauseKind::Comma || 2 * h > n) return false;
        Unrendered u = unrendered_in(lex, tokens, r, c);
        // A number of the target that the source does not hold stands where the missing one was: a
        // changed number (the number and date rules' finding), not a dropped clause.
        if (numbers_replaced) u.numbers = 0;
        // One common word unrendered is a dictionary's gap as often as a loss.
        if (u.numbers + u.names == 0 && u.run < kEvidenceMinRun) return false;
        return u.evidence() - deficit >= kEvidenceNeeded;
    }

    // Of the clauses that were dropped, one the length model speaks for first, then the one with the
    // smallest share of its words rendered, then the one with most words; no clause when none was.
    Choice most_dropped(const ClauseLists& lists, const Lexicon& lex, const std::vector<Token>& tokens,
                        const Rendering& r, std::size_t text_size, double deficit, bool numbers_replaced) const {
        const auto [all_n, all_r] = r.count(tokens, 0, text_size);
        Choice best;
        double best_share = 2;  // above any share
        std::size_t best_n = 0;
        for (const auto& [list, kind] : {std::pair{&lists.sentences, ClauseKind::Sentence},
                                         std::pair{&lists.commas, ClauseKind::Comma},
                                         std::pair{&lists.ends, ClauseKind::End}}) {
            // A single sentence or clause is the whole text; an unrendered end is never the whole.
            if (list->size() < (kind == ClauseKind::End ? 1u : 2u)) continue;
            for (const Clause& c : *list) {
                const auto [n, h] = r.count(tokens, c.begin, c.end);
                if (n == 0) continue;
                const std::size_t rest_n = all_n - n, rest_r = all_r - h;
                // The rest of the pair must be recognisably rendered, or nothing can be told.
                if (rest_n < kRestMinWords || 2 * rest_r < rest_n) continue;
                const bool by_length = dropped(kind, n, h, deficit);
                if (!by_length && !dropped_by_words(kind, lex, tokens, r, c, n, h, deficit, numbers_replaced)) continue;
                if (best.by_length && !by_length) continue;
                const double share = static_cast<double>(h) / static_cast<double>(n);
                if (by_length == best.by_length && (share > best_share || (share == best_share && n <= best_n)))
                    continue;
                const bool strong = h == 0 && n >= kStrongUnrenderedWords &&
                                    static_cast<double>(rest_r) >= kStrongRestShare * static_cast<double>(rest_n);
                best = {&c, by_length, strong}, best_share = share, best_n = n;
            }
        }
        return best;
    }

    // Whether the pair's lengths say the clause is there: without it, the other side would be too long
    // (too short), further from the length model than it is with it (a correct translation whose words
    // the dictionary misses).
    static bool length_kept(const SegmentView& v, std::string_view text, const Clause& clause, double deviation) {
        const LengthModel& m = document_length_model(v);
        const double ls = content_length(v.segment.source.text), lt = content_length(v.segment.target->text);
        const double cut = content_length(text.substr(clause.begin, clause.end - clause.begin));
        const double rest_s = kOmission ? ls - cut : ls, rest_t = kOmission ? lt : lt - cut;
        if (rest_s < 1 || rest_t < 1) return false;
        const double without = (rest_t - m.ratio * rest_s) / (m.spread * std::sqrt(rest_s));
        // Only a clear overshoot counts: the rest alone would be too long (an omission) or too short (an
        // addition) by more than the pair is off now, and by kKeptDeviations at least.
        const double overshoot = kOmission ? without : -without;
        return overshoot >= kKeptDeviations && overshoot > std::abs(deviation);
    }

    void report_clause(const SegmentView& v, std::string_view text, const std::vector<Token>& tokens,
                       const Rendering& r, const Choice& choice, double deviation, double deficit,
                       std::size_t other_unrendered, FindingSink& sink) const {
        // The clause without the punctuation and spaces around it.
        const Clause& clause = *choice.clause;
        std::size_t b = clause.begin, e = clause.end;
        auto trim = [](char c) {
            return c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' || c == '-' || c == '!' || c == '?';
        };
        while (b < e && trim(text[b])) ++b;
        while (e > b && trim(text[e - 1])) --e;
        if (b >= e) return;
        FindingSink::Report rep;
        const auto [n, h] = r.count(tokens, clause.begin, clause.end);
        rep.message = fmt::format(
            "\"{}\" {} has no counterpart in the {}: {} of its {} content words are rendered there, "
            "and the target is {:.1f} standard deviations {} than expected",
            text.substr(b, e - b), kOmission ? "of the source" : "in the target", kOmission ? "target" : "source", h, n,
            std::abs(deviation), deviation < 0 ? "shorter" : "longer");
        (kOmission ? rep.source_spans : rep.target_spans).push_back({b, e});
        // A target longer than the model expects adds nothing (a clause found by its unrendered words).
        double c = kClauseConfidence + kClauseConfidencePerDeviation * std::max(-deficit, 0.0);
        if (h == 0 && n >= kLongClauseWords) c += kLongClauseBonus;
        if (h > 0) c -= kPartlyRenderedPenalty;
        if (other_unrendered >= std::max<std::size_t>(kUnlinkedMinWords, (n - h + 1) / 2)) c -= kUnlinkedPenalty;
        // Unrendered words with too little length deficit to say so alone are a lead unless the clause is
        // plainly missing.
        if (!choice.by_length && !choice.strong) c = std::min(c, kEvidenceOnlyConfidence);
        rep.confidence = std::clamp(c, 0.0, 1.0);
        sink.report(v, info(), severity_for(*rep.confidence, info().severity), std::move(rep));
    }

    std::size_t min_words_;
    double reworded_below_;
    std::size_t reworded_edits_;
    std::size_t reworded_min_words_;
    double clause_deficit_;
    double weak_clause_deficit_;
};

}  // namespace

void register_omission_phrase(Registry& r) { add_rule<PhraseGap<true>>(r); }
void register_addition_phrase(Registry& r) { add_rule<PhraseGap<false>>(r); }

}  // namespace verity::rules
