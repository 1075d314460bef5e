// softening.intensifier / softening.hedge and their strengthening.* mirrors: an intensifier of the
// source has no counterpart in the target ("strongly supports" → "supports"), or the target adds a
// hedge ("killed" → "reportedly killed"). In one language the word alignment says which word went;
// across languages the counts of each side's pack words are compared.
#include <fmt/format.h>

#include <algorithm>

#include "rules/lexicon/anchors.hpp"
#include "rules/lexicon/analysis.hpp"
#include "rules/lexicon/rendering.hpp"
#include "rules/softening/clause_grammar.hpp"
#include "rules/softening/register.hpp"

namespace verity::rules {
namespace {

using namespace wording;

enum class Kind { Intensifier, Hedge };

// Places where a same-language pair differs from which on it counts as reworded (as omission.phrase).
constexpr std::size_t kRewordedEdits = 2;
// Words between a cross-language intensifier or hedge and the nearest anchor of its clause.
constexpr std::size_t kAnchorReach = 4;
// ...or content words within that reach that the dictionary finds rendered on the other side.
constexpr std::size_t kRenderedNeighbours = 2;

// Whether a one-word match is a noun: after a determiner, and ending its clause or followed by a function
// word ("The firm is based in Graz", not "a firm offer"); or after a determiner and one word, and followed
// by a name ("the independent firm Brightwater"); or followed by a possessive "'s".
bool noun_use(const Lexicon& lex, const std::vector<Token>& tokens, std::string_view text, const Match& m) {
    if (m.last != m.first + 1) return false;
    // A possessive is a noun's ("broker firm's own orders").
    const std::string_view after = text.substr(std::min(text.size(), tokens[m.first].end));
    if (after.starts_with("'s") || after.starts_with("\u2019s")) return true;
    if (m.first == 0) return false;
    const bool after_determiner = lex.determiners.count(tokens[m.first - 1].folded) > 0;
    if (!after_determiner)
        return m.first >= 2 && lex.determiners.count(tokens[m.first - 2].folded) && !is_stopword(lex, tokens[m.first - 1]) &&
               m.last < tokens.size() && tokens[m.last].capitalised && !tokens[m.last].sentence_start;
    if (m.last >= tokens.size()) return true;
    for (std::size_t i = tokens[m.first].end; i < tokens[m.last].begin && i < text.size(); ++i)
        if (text[i] == ',' || text[i] == ';' || text[i] == ':' || text[i] == '.' || text[i] == '!' || text[i] == '?' ||
            text[i] == '\'')
            return true;
    return is_stopword(lex, tokens[m.last]);
}

// Whether a one-word match is a participle of the passive: right before a passive auxiliary of the pack
// ("von einem Gesetzgeber entschieden werden" = "decided", not "decisively").
bool passive_use(const Lexicon& lex, const std::vector<Token>& tokens, const Match& m) {
    return m.last == m.first + 1 && m.last < tokens.size() && lex.passive_auxiliaries.count(tokens[m.last].folded);
}

template <Kind kKind, bool kSoftening>
class WordShiftRule final : public Rule {
    // The side whose extra words make the finding: a dropped intensifier is in the source, an
    // added hedge in the target.
    static constexpr bool kExtraInSource = (kKind == Kind::Intensifier) == kSoftening;

public:
    static const RuleInfo& metadata() {
        static const RuleInfo info = [] {
            RuleInfo i;
            i.id = fmt::format("{}.{}", kSoftening ? "softening" : "strengthening",
                               kKind == Kind::Intensifier ? "intensifier" : "hedge");
            i.its_type = "mistranslation";
            i.severity = kSoftening ? Severity::Warning : Severity::Info;
            if (kKind == Kind::Intensifier)
                i.summary = kSoftening ? "An intensifier of the source has no counterpart in the target (strongly supports → supports)."
                                       : "The target adds an intensifier the source lacks (supports → strongly supports).";
            else
                i.summary = kSoftening ? "The target adds a hedge the source lacks (killed → reportedly killed)."
                                       : "A hedge of the source has no counterpart in the target (reportedly killed → killed).";
            return i;
        }();
        return info;
    }
    explicit WordShiftRule(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }
    bool needs_language_knowledge() const override { return true; }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const Analysis* a = analyse(v);
        if (!a) return;
        const Lexicon& sl = *a->source_lexicon;
        const Lexicon& tl = *a->target_lexicon;
        const PhraseSet& ss = kKind == Kind::Intensifier ? sl.intensifiers : sl.hedges;
        const PhraseSet& ts = kKind == Kind::Intensifier ? tl.intensifiers : tl.hedges;
        if (ss.empty() || ts.empty()) return;
        auto src = ss.find(a->source);
        auto tgt = ts.find(a->target);
        // The verb forms of reported speech hedge as the words do ("aurait été causé" = "reportedly caused").
        // A side that hedges in words already says it once ("auraient apparemment été tuées").
        if (kKind == Kind::Hedge) {
            if (src.empty()) src = reported_hedges(sl, a->source, v.segment.source.text);
            if (tgt.empty()) tgt = reported_hedges(tl, a->target, v.segment.target->text);
        }
        std::erase_if(src, [&](const Match& m) {
            return noun_use(sl, a->source, v.segment.source.text, m) || passive_use(sl, a->source, m);
        });
        std::erase_if(tgt, [&](const Match& m) {
            return noun_use(tl, a->target, v.segment.target->text, m) || passive_use(tl, a->target, m);
        });
        if ((kExtraInSource ? src : tgt).empty()) return;
        if (a->aligned) check_aligned(v, *a, std::move(src), std::move(tgt), sink);
        else check_across(v, *a, std::move(src), std::move(tgt), sink);
    }

private:
    // In one language: the intensifiers or hedges the alignment leaves without a counterpart.
    void check_aligned(const SegmentView& v, const Analysis& a, std::vector<Match> src, std::vector<Match> tgt,
                       FindingSink& sink) const {
        const std::string_view stext = v.segment.source.text;
        const std::string_view ttext = v.segment.target->text;
        // In a pair reworded in several places, words come and go with the rewording; only one
        // dropped from between two words that stayed side by side ("Ghana firmly supports" →
        // "Ghana supports") is known to be gone.
        const bool reworded = a.reworded(kRewordedEdits);
        // A word kept in place (aligned) is not dropped; a different intensifier in its place is
        // a substitution and counts as a counterpart.
        auto unaligned = [](const std::vector<Match>& ms, const std::vector<int>& links) {
            std::vector<Match> out;
            for (const Match& m : ms) {
                bool linked = false;
                for (std::size_t k = m.first; k < m.last; ++k) linked = linked || links[k] >= 0;
                if (!linked) out.push_back(m);
            }
            return out;
        };
        src = unaligned(src, a.source_link);
        tgt = unaligned(tgt, a.target_link);
        auto& extra = kExtraInSource ? src : tgt;
        const auto& other = kExtraInSource ? tgt : src;
        if (extra.size() <= other.size()) return;
        const auto& tokens = kExtraInSource ? a.source : a.target;
        const auto& links = kExtraInSource ? a.source_link : a.target_link;
        // A rewording adds emphasis freely ("is good" → "is very good"); a stronger target is
        // only of interest (info) where the rest stayed as it was.
        if (reworded && !kSoftening) return;
        if (reworded) {
            std::erase_if(extra, [&](const Match& m) {
                return m.first == 0 || m.last >= tokens.size() || links[m.first - 1] < 0 || links[m.last] < 0 ||
                       links[m.last] != links[m.first - 1] + 1;
            });
            if (extra.size() <= other.size()) return;
        }
        const auto& counterpart = kExtraInSource ? a.target : a.source;
        for (std::size_t k = other.size(); k < extra.size(); ++k) {
            const Match& m = extra[k];
            FindingSink::Report r;
            // The other side shows the word the intensifier or hedge went with.
            ByteRange mark = span(tokens, m.first, m.last);
            std::vector<ByteRange> there;
            if (m.last < tokens.size() && links[m.last] >= 0) {
                const auto j = static_cast<std::size_t>(links[m.last]);
                there.push_back(span(counterpart, j, j + 1));
            }
            const std::string word = words(kExtraInSource ? stext : ttext, tokens, m.first, m.last);
            r.message = message(word);
            (kExtraInSource ? r.source_spans : r.target_spans).push_back(mark);
            (kExtraInSource ? r.target_spans : r.source_spans) = there;
            // Dropped from between two words that stayed side by side is sure; in a pair otherwise kept
            // word for word, likely.
            r.confidence = reworded ? 0.7 : 0.8;
            sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
        }
    }

    // Across languages: such words on one side only, where anchors show their clause is there.
    void check_across(const SegmentView& v, const Analysis& a, std::vector<Match> src, std::vector<Match> tgt,
                      FindingSink& sink) const {
        const Lexicon& sl = *a.source_lexicon;
        const Lexicon& tl = *a.target_lexicon;
        const std::string_view stext = v.segment.source.text;
        const std::string_view ttext = v.segment.target->text;
        // Across languages the lists are not parallel ("all" may be "ganz" or nothing): only such
        // words on one side and none on the other count.
        // Function words ("all", "very", "most") are left out: translations use them freely.
        auto content = [](std::vector<Match>& ms, const Lexicon& lex, const std::vector<Token>& tokens) {
            std::erase_if(ms, [&](const Match& m) {
                return m.level == 0 && m.last == m.first + 1 && is_stopword(lex, tokens[m.first]);
            });
        };
        content(kExtraInSource ? src : tgt, kExtraInSource ? sl : tl, kExtraInSource ? a.source : a.target);
        auto& extra = kExtraInSource ? src : tgt;
        if (extra.empty()) return;
        // On the other side any form counts as a counterpart: inflected, a function word ("ganz",
        // "vor allem"), or a pack entry marked as a counterpart only (a compound's first part).
        {
            const Lexicon& other_lex = kExtraInSource ? tl : sl;
            const PhraseSet& loose = kKind == Kind::Intensifier ? other_lex.loose_intensifiers : other_lex.loose_hedges;
            const auto& other_tokens = kExtraInSource ? a.target : a.source;
            // A word of several uses counts only before the word it would intensify: "si grave", not the "si"
            // of a condition ("si la plaie").
            auto modifies = [&](const Match& m) {
                if (m.last != m.first + 1 || !other_lex.loose_before_content.count(other_tokens[m.first].folded))
                    return true;
                return m.last < other_tokens.size() && !other_tokens[m.last].numeric &&
                       !is_stopword(other_lex, other_tokens[m.last]);
            };
            auto found = loose.find(other_tokens);
            std::erase_if(found, [&](const Match& m) { return !modifies(m); });
            // A counterpart that translates another word of this side is that word's ("jeden" for "any"
            // beside a dropped "without delay"; "en serio" for "seriously" beside a dropped "extremely").
            if (!found.empty()) {
                const auto& own = kExtraInSource ? a.source : a.target;
                std::vector<Token> rest;
                for (std::size_t i = 0; i < own.size(); ++i)
                    if (std::none_of(extra.begin(), extra.end(), [i](const Match& m) { return i >= m.first && i < m.last; }))
                        rest.push_back(own[i]);
                std::vector<Token> words;
                for (const Match& m : found) words.push_back(other_tokens[m.first]);
                const auto taken = rendered_in(v, words, other_lex.language, rest, kExtraInSource ? sl : tl, true);
                std::size_t k = 0;
                std::erase_if(found, [&](const Match& m) { return taken[k++] && m.last == m.first + 1; });
            }
            if (!found.empty()) return;
        }
        const auto& other = kExtraInSource ? tgt : src;
        if (!other.empty()) return;
        // A word whose own translation the other side holds is rendered ("firm" / "Firma",
        // "urgently" / "dringlich"): a noun that looks like an intensifier, or one rendered by a
        // word the pack does not list.
        {
            const auto& tokens = kExtraInSource ? a.source : a.target;
            std::vector<Token> words;
            // A verb form of reported speech (level 1) is rendered by an adverb or none, not a word.
            auto single = [](const Match& m) { return m.level == 0 && m.last == m.first + 1; };
            for (const Match& m : extra)
                if (single(m)) words.push_back(tokens[m.first]);
            const auto rendered = rendered_in(v, words, (kExtraInSource ? sl : tl).language, kExtraInSource ? a.target : a.source,
                                              kExtraInSource ? tl : sl, true);
            std::size_t k = 0;
            std::erase_if(extra, [&](const Match& m) { return single(m) && rendered[k++]; });
            if (extra.empty()) return;
        }
        // A hedge is as often a modal of the lower steps ("probably" = "dürfte", "semble" = "may").
        if (kKind == Kind::Hedge) {
            const Lexicon& other_lex = kExtraInSource ? tl : sl;
            for (const Match& m : other_lex.modals.find(kExtraInSource ? a.target : a.source))
                if (m.level > 0) return;
        }
        // Only where the words around are anchored in the other side (a name, number or cognate
        // within a few words) is the clause known to be there without the word; elsewhere a
        // free rendering ("entirely correct" = "ganz richtig") is the likelier reading.
        const auto anchors = cross_anchors(a);
        const Rendering& rendering = cross_rendering(v, a, !kExtraInSource);
        const auto& side = kExtraInSource ? a.source : a.target;
        // An added hedge qualifies its whole sentence, which the alignment paired with the source's: no
        // free rendering of a clause explains it ("En principe, nous fournissons un devis écrit" / "We will
        // always provide a written estimate"), so it needs no anchor.
        const bool whole_sentence = kKind == Kind::Hedge && !kExtraInSource;
        std::erase_if(extra, [&](const Match& m) {
            if (whole_sentence) return false;
            for (auto [s, t] : anchors) {
                const std::size_t at = kExtraInSource ? s : t;
                if (at + kAnchorReach >= m.first && at < m.last + kAnchorReach) return false;
            }
            // Or the word it modifies, the next content word (or the one before it at a clause's end:
            // "raccomanda vivamente"), rendered on the other side: "strongly recommend" / "empfehlen".
            for (std::size_t k = m.last; k < std::min(side.size(), m.last + 2); ++k)
                if (rendering.content[k]) {
                    if (rendering.rendered[k]) return false;
                    break;
                }
            if (m.first > 0 && rendering.content[m.first - 1] && rendering.rendered[m.first - 1] &&
                (m.last >= side.size() || !rendering.content[m.last]))
                return false;
            // Or content words around it that the dictionary finds rendered on the other side.
            std::size_t rendered = 0;
            const std::size_t from = m.first > kAnchorReach ? m.first - kAnchorReach : 0;
            for (std::size_t k = from; k < std::min(side.size(), m.last + kAnchorReach); ++k)
                rendered += (k < m.first || k >= m.last) && rendering.content[k] && rendering.rendered[k];
            return rendered < kRenderedNeighbours;
        });
        if (extra.empty()) return;
        const auto& tokens = kExtraInSource ? a.source : a.target;
        std::string list;
        FindingSink::Report r;
        for (const Match& m : extra) {
            list += fmt::format("{}\"{}\"", list.empty() ? "" : ", ",
                                words(kExtraInSource ? stext : ttext, tokens, m.first, m.last));
            (kExtraInSource ? r.source_spans : r.target_spans).push_back(span(tokens, m.first, m.last));
        }
        for (const Match& m : other)
            (kExtraInSource ? r.target_spans : r.source_spans)
                .push_back(span(kExtraInSource ? a.target : a.source, m.first, m.last));
        const std::string_view noun = kKind == Kind::Intensifier ? "intensifier" : "hedge";
        r.message = fmt::format("the {} has {}, the {} {}", kExtraInSource ? "source" : "target",
                                counted(extra.size(), noun, list), kExtraInSource ? "target" : "source",
                                counted(other.size(), noun, {}, true));
        // Across languages the lists are not parallel and an intensifier or hedge is often rendered by
        // other means (word order, a modal, a compound): a hint, not a certainty.
        r.confidence = 0.5;
        sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
    }

    static std::string message(const std::string& word) {
        if (kKind == Kind::Intensifier)
            return kSoftening ? fmt::format("intensifier \"{}\" of the source has no counterpart in the target", word)
                              : fmt::format("the target adds the intensifier \"{}\"", word);
        return kSoftening ? fmt::format("the target adds the hedge \"{}\"", word)
                          : fmt::format("hedge \"{}\" of the source has no counterpart in the target", word);
    }
};

}  // namespace

void register_softening_intensifier(Registry& r) { add_rule<WordShiftRule<Kind::Intensifier, true>>(r); }
void register_strengthening_intensifier(Registry& r) { add_rule<WordShiftRule<Kind::Intensifier, false>>(r); }
void register_softening_hedge(Registry& r) { add_rule<WordShiftRule<Kind::Hedge, true>>(r); }
void register_strengthening_hedge(Registry& r) { add_rule<WordShiftRule<Kind::Hedge, false>>(r); }

}  // namespace verity::rules
