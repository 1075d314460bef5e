// polarity.negation: a negation present on one side only: particles and determiners of the packs
// ("not", "never", "without", "ne … plus", "kein*") and negative affixes ("unlikely" / "likely").
// In one language the word alignment says which negation has no counterpart. Across languages the
// negations of each side are counted (particles, affixes WordNet confirms), with the pack's implicit
// negations ("failed", "verhindern") and unverified affixes ("unverletzt") as counterparts only; a
// difference of one between two negated sides counts where the clauses, tied by content anchors,
// show a negation with none near its place on the other side.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>

#include "rules/lexicon/anchors.hpp"
#include "rules/lexicon/analysis.hpp"
#include "rules/lexicon/rendering.hpp"
#include "rules/omission/conditions.hpp"
#include "rules/omission/length_model.hpp"
#include "rules/omission/rewrite.hpp"
#include "rules/polarity/clause_negation.hpp"
#include "rules/polarity/poles.hpp"
#include "rules/polarity/cross_antonyms.hpp"
#include "rules/polarity/gone_clauses.hpp"
#include "rules/polarity/negation_scope.hpp"
#include "rules/polarity/negation_words.hpp"
#include "rules/engine/packs.hpp"
#include "rules/polarity/prefix_opposites.hpp"
#include "rules/polarity/register.hpp"

namespace verity::rules {
namespace {

using namespace wording;
using namespace polarity;

// Match::scale of a negation by affix ("unknown"), as opposed to a particle ("not").
constexpr int kAffix = 1;

// A word formed with a negative prefix ("unexplained", "independent") whose remainder ("explained")
// the other side renders by a one-word dictionary translation ("geklärt") while the whole word is not
// rendered: the other side says the opposite, or kept the word and dropped its negation.
bool remainder_rendered(const SegmentView& v, const Lexicon& lex, const Token& token, const std::vector<Token>& other,
                        const Lexicon& other_lex) {
    if (token.numeric || negation_exception(lex, token)) return false;
    for (const auto& prefix : lex.negation_prefixes) {
        if (!token.folded.starts_with(prefix) || token.folded.size() < prefix.size() + 5) continue;
        std::string_view rest = std::string_view(token.folded).substr(prefix.size());
        if (rest.front() == '-') rest.remove_prefix(1);
        Token remainder = token;
        remainder.folded = std::string(rest);
        remainder.stem = stem_of(remainder.folded, lex.language);
        const auto rendered = rendered_in(v, {remainder, token}, lex.language, other, other_lex, true);
        return rendered[0] && !rendered[1];
    }
    return false;
}

// The negations of a text. `other` is the other side's words; `same_language` says whether it is
// in the same language.
std::vector<Match> negations(const SegmentView& v, std::string_view text, const Lexicon& lex,
                             const std::vector<Token>& tokens, const std::vector<Token>& other, bool same_language,
                             const Lexicon* other_lex = nullptr) {
    std::vector<Match> out;
    auto idioms = lex.negation_idioms.find(tokens);
    for (const Match& m : (same_language ? lex.same_language_negation_idioms : lex.cross_language_negation_idioms).find(tokens))
        idioms.push_back(m);
    for (const Match& m : lex.negators.find(tokens)) {
        bool idiom = false;
        for (const Match& i : idioms) idiom = idiom || (i.first <= m.first && m.first < i.last);
        if (idiom) continue;
        // "No. 5" is a number sign, not a negation.
        const bool number_sign = m.last < tokens.size() && tokens[m.first].capitalised && tokens[m.last].numeric &&
                                 m.last == m.first + 1 && tokens[m.first].folded == "no";
        if (!number_sign && (same_language || !negator_not_translated(text, tokens, m, other))) out.push_back(m);
    }
    const auto verbs = prefix_negated_verbs(v.run, lex, tokens);
    out.insert(out.end(), verbs.begin(), verbs.end());
    merge_concord(v.run, lex, text, tokens, out);
    if (lex.negation_prefixes.empty()) return out;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        bool verb = false;
        for (const Match& m : verbs) verb = verb || m.first == i;
        if (verb) continue;
        if (same_language) {
            if (is_affix_negated(v.run, lex, tokens[i], &other)) out.push_back({i, i + 1, kAffix, 0});
            continue;
        }
        // Across languages a language says lexically what another says with a particle ("not
        // sufficient" = "insuffisant"), and a prefix may carry no negation ("indispensable" =
        // "essentiel"): an affix counts only where the word says "not" itself (lexically_negated) and
        // the other side renders its remainder without it ("independent" / "abhängig"), the two
        // sides then truly disagreeing; not on a name nor a sentence adverb ("unfortunately" = "leider").
        if ((tokens[i].capitalised && !tokens[i].sentence_start) || tokens[i].folded.ends_with("ly")) continue;
        if (!other_lex || !lexically_negated(v.run, lex, tokens[i]) ||
            !remainder_rendered(v, lex, tokens[i], other, *other_lex))
            continue;
        // A cognate on the other side ("illegal" / "illegal", "irrational" / "irrationale") carries
        // the same affix whether or not that language's list knows it.
        const std::string_view head = std::string_view(tokens[i].folded).substr(0, 6);
        bool cognate = head.size() == 6;
        if (cognate) {
            cognate = false;
            for (const auto& t : other) cognate = cognate || t.folded.starts_with(head);
        }
        if (!cognate) out.push_back({i, i + 1, kAffix, 0});
    }
    return out;
}

// Across languages, a word negated by an affix whose translation the other side holds
// ("impossible" / "unmöglich", by the evidence of omission.phrase) is rendered with its negation.
// Returns the words dropped.
std::vector<Token> drop_rendered_affixes(const SegmentView& v, std::vector<Match>& found, const Lexicon& lex,
                                         const std::vector<Token>& tokens, const std::vector<Token>& other,
                                         const Lexicon& other_lex) {
    std::vector<Token> words, dropped;
    for (const Match& m : found)
        if (m.scale == kAffix) words.push_back(tokens[m.first]);
    if (words.empty()) return dropped;
    const auto rendered = rendered_in(v, words, lex.language, other, other_lex, true);
    std::size_t k = 0;
    std::erase_if(found, [&](const Match& m) {
        if (m.scale != kAffix) return false;
        const bool r = rendered[k];
        if (r) dropped.push_back(words[k]);
        ++k;
        return r;
    });
    return dropped;
}

// The share of the content words of the source rendered in the target (how far the clauses align).
double rendered_share(const SegmentView& v, const Analysis& a) {
    const Lexicon& sl = *a.source_lexicon;
    std::vector<Token> content;
    for (const Token& t : a.source)
        if (!t.numeric && !is_stopword(sl, t) && t.folded.size() > 2) content.push_back(t);
    if (content.empty()) return 0;
    const auto rendered = rendered_in(v, content, sl.language, a.target, *a.target_lexicon);
    std::size_t n = 0;
    for (bool r : rendered) n += r;
    return static_cast<double>(n) / static_cast<double>(content.size());
}

// Words after a particle within which the head it negates stands ("has not yet been founded").
constexpr std::size_t kHeadReach = 4;

// Whether a particle of the target stands right before a content word that translates a plain
// word of the source: one with no negator or implicit negator near it and no
// negative affix ("treten nicht sofort in Kraft" for "come into force immediately").
// `source_silent`: the source has no word that could say a negation lexically (no negator, hint or
// lexical negative); there the head is sought past auxiliaries, and a clause negator whose head the
// dictionary cannot trace (an inflected or rare verb) was added all the same where `untraced` says the
// words around it render the source.
bool negates_rendered_word(const SegmentView& v, const Analysis& a, const std::vector<Match>& target_negations,
                           bool source_silent, bool untraced) {
    const Lexicon& sl = *a.source_lexicon;
    const Lexicon& tl = *a.target_lexicon;
    std::optional<std::vector<Match>> context;
    // "not only … but" adds no negation of its own, whatever the source says.
    const auto idioms = tl.same_language_negation_idioms.find(a.target);
    for (const Match& m : target_negations) {
        if (m.scale == kAffix) continue;
        bool idiom = false;
        for (const Match& i : idioms) idiom = idiom || (i.first <= m.first && m.first < i.last);
        if (idiom) continue;
        // The head the particle negates: the first content word after it, past auxiliaries and
        // other function words ("was not founded", "will not be dark").
        const std::size_t reach = source_silent ? kHeadReach : 1;
        std::size_t h = m.last;
        while (h < a.target.size() && h < m.last + reach && (a.target[h].numeric || is_stopword(tl, a.target[h])))
            ++h;
        if (h >= a.target.size() || h >= m.last + reach) continue;
        const Token& t = a.target[h];
        const std::size_t k = rendered_word(v, t, tl, a.source, sl);
        if (k == a.source.size()) {
            if (source_silent && untraced && m.level == 0 && !opposite_in(v, t, tl, a.source, sl)) return true;
            continue;
        }
        if (!context) context = negation_context(sl, a.source);
        const Token& s = a.source[k];
        if (!in_negation_context(*context, k) && !may_be_affix_negated(v.run, sl, s) &&
            !is_affix_negated(v.run, sl, s, nullptr))
            return true;
    }
    return false;
}

// Whether most anchor words of the source are in the in-order chain (the clauses kept their order).
bool anchors_in_order(const Analysis& a, const std::vector<std::pair<std::size_t, std::size_t>>& chain) {
    std::size_t anchorable = 0;
    for (std::size_t i = 0; i < a.source.size(); ++i) {
        const Token& s = a.source[i];
        if (!s.numeric && (!s.capitalised || s.sentence_start)) continue;
        for (const Token& t : a.target)
            if (t.folded == s.folded) {
                ++anchorable;
                break;
            }
    }
    std::size_t chained = 0;
    for (auto [s, t] : chain) chained += a.source[s].numeric || (a.source[s].capitalised && !a.source[s].sentence_start);
    return chained + 1 >= anchorable;
}

// Whether a negation of the side with more has no negation (or hint) of the other side near the
// place it maps to.
bool unmatched_clause(const Analysis& a, const std::vector<Match>& src, const std::vector<Match>& tgt,
                      const std::vector<Match>& hint_s, const std::vector<Match>& hint_t) {
    const auto anchors = cross_anchors(a);
    // Without anchors positions are proportional (clauses keep their order more often than not);
    // with names out of order ("X said that …" = "…, sagte X") the clauses moved and positions mislead.
    if (!anchors_in_order(a, anchors)) return false;
    const bool source_more = src.size() > tgt.size();
    const auto& more = source_more ? src : tgt;
    std::vector<Match> fewer = source_more ? tgt : src;
    const auto& extra = source_more ? hint_t : hint_s;
    fewer.insert(fewer.end(), extra.begin(), extra.end());
    const std::size_t n_more = source_more ? a.source.size() : a.target.size();
    const std::size_t n_fewer = source_more ? a.target.size() : a.source.size();
    // Anchors read from the side with more negations.
    std::vector<std::pair<std::size_t, std::size_t>> chain = anchors;
    if (!source_more)
        for (auto& [s, t] : chain) std::swap(s, t);
    // About a clause: word order moves a negation within its clause (German puts it late).
    const double window = std::max(6.0, 0.3 * static_cast<double>(n_fewer));
    // Each counterpart serves one negation, nearest first; a negated clause of one side facing an
    // affirmative stretch of the other is left without one.
    std::vector<std::tuple<double, std::size_t, std::size_t>> candidates;  // distance, more, fewer
    for (std::size_t i = 0; i < more.size(); ++i) {
        const double at = map_position(chain, more[i].first, n_more, n_fewer);
        for (std::size_t j = 0; j < fewer.size(); ++j) {
            const double d = std::abs(static_cast<double>(fewer[j].first) - at);
            if (d <= window) candidates.emplace_back(d, i, j);
        }
    }
    std::sort(candidates.begin(), candidates.end());
    std::vector<bool> used_more(more.size()), used_fewer(fewer.size());
    // Particles take their counterparts first. A word negated by an affix is often rendered by a
    // word of its own ("inexpensive" = "günstig", "disappeared" = "verschwunden"), so one left
    // over does not count.
    for (const bool affix : {false, true})
        for (auto [d, i, j] : candidates)
            if ((more[i].scale == kAffix) == affix && !used_more[i] && !used_fewer[j]) used_more[i] = used_fewer[j] = true;
    // Two negations one word apart are one clause's ("not, or not yet" = "noch nicht"): the
    // counterpart of one serves the other. Further apart ("could not profit and could not cause")
    // each needs its own. Two side by side ("nicht ohne", "not
    // without") cancel each other out (a litotes): each needs its own.
    constexpr std::size_t kSameClause = 2;
    for (std::size_t i = 0; i < more.size(); ++i) {
        if (used_more[i] || more[i].scale == kAffix) continue;
        bool shared = false;
        for (std::size_t k = 0; k < more.size(); ++k) {
            const bool adjacent = more[k].last == more[i].first || more[i].last == more[k].first;
            shared = shared || (used_more[k] && !adjacent &&
                                (more[k].first > more[i].first ? more[k].first - more[i].first
                                                               : more[i].first - more[k].first) <= kSameClause);
        }
        if (!shared) return true;
    }
    return false;
}

// A clause negator and a phrase negator in one sentence, and no other negation: a double negation that
// states a requirement ("cannot enter without a ticket" = "a ticket is required"; "Taschen ohne Aufkleber
// werden nicht angenommen" = "only bags with the sticker are accepted"). Facing a side with no negation
// and no word that carries one ("could not do without" / "durfte fehlen" is a flip) it is rendered.
bool double_negation(std::string_view text, const std::vector<Token>& tokens, const std::vector<Match>& ms) {
    if (ms.size() != 2 || ms[0].scale == kAffix || ms[1].scale == kAffix || ms[0].level == ms[1].level) return false;
    const Match& first = ms[0].first < ms[1].first ? ms[0] : ms[1];
    const Match& second = ms[0].first < ms[1].first ? ms[1] : ms[0];
    const std::size_t from = tokens[first.last - 1].end, to = tokens[second.first].begin;
    return from <= to && text.substr(from, to - from).find_first_of(".;!?") == std::string_view::npos;
}

// Words such as "failed", "prevent", "rather than" often become an explicit negation in
// translation ("nicht geschafft"): each stands for one negation of the other side.
std::vector<Match> negation_hints(const SegmentView& v, const Lexicon& lex, const std::vector<Token>& tokens,
                                  const std::vector<Match>& counted) {
    std::vector<Match> out = lex.implicit_negators.find(tokens);
    const auto prefixed = prefix_negated_verbs(v.run, lex, tokens, true);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        bool seen = false, verb = false;
        for (const Match& m : counted) seen = seen || (m.first <= i && i < m.last);
        for (const Match& m : prefixed) verb = verb || m.first == i;
        if (!seen && (verb || may_be_affix_negated(v.run, lex, tokens[i]))) out.push_back({i, i + 1, 0, 0});
    }
    return out;
}

// A word that opens with the language's own negation particle written together with it (Polish "nie-",
// Czech "ne-": "niedozwolone", "nechcete") may say the negation lexically even where the dictionary does
// not know the inflected word: the prefix is the particle itself (a pack negation word, or one of the
// pack's `negation.verb_prefixes`). It only makes a flip less certain, so the pack's exceptions, written
// to keep such words from counting as negations ("nech*" = let), do not apply.
bool particle_prefixed_word(const RunContext& run, const Lexicon& lex, const std::vector<Token>& tokens) {
    std::vector<std::string> particles = list_of(run.packs().find(lex.language), "negation.verb_prefixes");
    for (std::string prefix : lex.negation_prefixes) {
        if (!prefix.empty() && prefix.back() == '-') prefix.pop_back();
        Token particle;
        particle.folded = prefix;
        particle.stem = prefix;
        if (!prefix.empty() && !lex.negators.find({particle}).empty()) particles.push_back(prefix);
    }
    for (const std::string& prefix : particles)
        for (const Token& t : tokens)
            if (t.folded.size() >= prefix.size() + 4 && t.folded.starts_with(prefix)) return true;
    return false;
}

// A negation with nothing after it in its sentence ("…when all other approaches do not.", "if it
// cannot"): an ellipsis whose verb stands earlier, which a translation often says with a verb of failure
// ("falliscono", "selhávají"); a flip there is a hint.
bool elliptical(std::string_view text, const std::vector<Token>& tokens, const std::vector<Match>& negations) {
    for (const Match& m : negations) {
        if (m.last >= tokens.size()) return true;
        const std::size_t from = tokens[m.last - 1].end, to = tokens[m.last].begin;
        if (from < to && text.substr(from, to - from).find_first_of(".;!?") != std::string_view::npos) return true;
    }
    return false;
}

// Words with a negative prefix whose remainder translates a negated word of the other side: the
// language says lexically what the other says with a particle ("insuffisant" for "not sufficient",
// "inactif" for "not active", "inesperado" for "not expected"), whether or not its dictionary knows
// the whole word.
std::vector<Match> prefixed_counterparts(const SegmentView& v, const Lexicon& lex, const std::vector<Token>& tokens,
                                         const std::vector<Token>& other, const Lexicon& other_lex) {
    std::vector<Match> out;
    if (lex.negation_prefixes.empty()) return out;
    const auto context = negation_context(other_lex, other);
    std::vector<Token> negated;
    for (std::size_t j = 0; j < other.size(); ++j)
        if (!other[j].numeric && !is_stopword(other_lex, other[j]) && in_negation_context(context, j)) negated.push_back(other[j]);
    if (negated.empty()) return out;
    std::vector<Token> remainders;
    std::vector<std::size_t> at;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].numeric || negation_exception(lex, tokens[i])) continue;
        for (const auto& prefix : lex.negation_prefixes) {
            if (tokens[i].folded.size() < prefix.size() + 4 || !tokens[i].folded.starts_with(prefix)) continue;
            Token r = tokens[i];
            r.folded = tokens[i].folded.substr(prefix.size());
            if (r.folded.front() == '-') r.folded.erase(0, 1);
            r.stem = stem_of(r.folded, lex.language);
            remainders.push_back(std::move(r));
            at.push_back(i);
            break;
        }
    }
    if (remainders.empty()) return out;
    const auto rendered = rendered_in(v, remainders, lex.language, negated, other_lex, true);
    for (std::size_t k = 0; k < remainders.size(); ++k)
        if (rendered[k]) out.push_back({at[k], at[k] + 1, 0, 0});
    return out;
}

// A one-word hint that renders a plain word of the other side ("kein Mangel" for "no shortage") is
// that word's translation, not a stand-in for a negation: the hints left.
std::vector<Match> untranslated_hints(const SegmentView& v, std::vector<Match> mine, const Lexicon& lex,
                                      const std::vector<Token>& tokens, const std::vector<Token>& other,
                                      const Lexicon& other_lex, const std::vector<Match>& other_negations,
                                      const std::vector<Match>& other_hints) {
    if (mine.empty()) return mine;
    std::vector<Token> plain;
    for (std::size_t i = 0; i < other.size(); ++i) {
        bool negative = false;
        for (const auto* ms : {&other_negations, &other_hints})
            for (const Match& m : *ms) negative = negative || (m.first <= i && i < m.last);
        if (!negative) plain.push_back(other[i]);
    }
    std::vector<Token> words;
    for (const Match& m : mine) words.push_back(tokens[m.first]);
    const auto rendered = rendered_in(v, words, lex.language, plain, other_lex);
    // A compound that says "without" ("interest-free") renders a noun of the other side and stands for its
    // privative all the same.
    std::vector<Match> kept;
    for (std::size_t k = 0; k < mine.size(); ++k)
        if (!rendered[k] || mine[k].last > mine[k].first + 1 || !lex.privative_compounds.find({tokens[mine[k].first]}).empty())
            kept.push_back(mine[k]);
    return kept;
}

// The rendering of an affix negation dropped above is spoken for ("unmöglich" for "impossible"): it
// stands for no other negation.
void drop_spoken_for(const SegmentView& v, std::vector<Match>& hints, const Lexicon& lex,
                     const std::vector<Token>& tokens, const std::vector<Token>& renderings_of,
                     const Lexicon& other_lex) {
    if (hints.empty() || renderings_of.empty()) return;
    std::vector<Token> words;
    for (const Match& m : hints) words.push_back(tokens[m.first]);
    const auto rendered = rendered_in(v, words, lex.language, renderings_of, other_lex, true);
    std::size_t k = 0;
    std::erase_if(hints, [&](const Match&) { return rendered[k++]; });
}

// Across languages, whether the words that stand for a negation (implicit negators, unverified
// affixes) or the places of the negations account for a difference in their counts.
bool balanced_across_languages(const SegmentView& v, const Analysis& a, const std::vector<Match>& src,
                               const std::vector<Match>& tgt, const std::vector<Token>& rendered_s,
                               const std::vector<Token>& rendered_t) {
    const Lexicon& sl = *a.source_lexicon;
    const Lexicon& tl = *a.target_lexicon;
    const auto raw_s = negation_hints(v, sl, a.source, src);
    const auto raw_t = negation_hints(v, tl, a.target, tgt);
    auto hint_s = untranslated_hints(v, raw_s, sl, a.source, a.target, tl, tgt, raw_t);
    auto hint_t = untranslated_hints(v, raw_t, tl, a.target, a.source, sl, src, raw_s);
    drop_spoken_for(v, hint_t, tl, a.target, rendered_s, sl);
    drop_spoken_for(v, hint_s, sl, a.source, rendered_t, tl);
    for (const Match& m : prefixed_counterparts(v, sl, a.source, a.target, tl)) hint_s.push_back(m);
    for (const Match& m : prefixed_counterparts(v, tl, a.target, a.source, sl)) hint_t.push_back(m);
    // Hints on both sides ("less than" / "weniger als") are each other's counterparts; only
    // the surplus of one side stands for the other side's negations.
    const std::size_t implicit_s = hint_s.size() - std::min(hint_s.size(), hint_t.size());
    const std::size_t implicit_t = hint_t.size() - std::min(hint_s.size(), hint_t.size());
    // A restrictive focus word ("only") that translates no plain word of the other side says "not other
    // than X" where that side says "not, except X" or "not without X" ("not admitted, except guide dogs" =
    // "nur Blindenhunde"): it stands for the negation that has an exception or a phrase negator with it,
    // whatever hints that side has. A plain negation against "only" ("may not be used at any time" /
    // "solo en determinados momentos") is a flip; restrictives on both sides render each other.
    // An exception is a condition word apart from the negations ("except", "unless"); "if … not" holds its own.
    auto excepted = [](const Lexicon& lex, const std::vector<Token>& tokens, const std::vector<Match>& negations) {
        for (const Match& c : lex.conditions.find(tokens))
            if (std::none_of(negations.begin(), negations.end(),
                             [&](const Match& m) { return c.first <= m.first && m.first < c.last; }))
                return true;
        return std::any_of(negations.begin(), negations.end(),
                           [](const Match& m) { return m.scale != kAffix && m.level == 1; });
    };
    std::size_t restricted_s =
        untranslated_hints(v, sl.restrictives.find(a.source), sl, a.source, a.target, tl, tgt, raw_t).size();
    std::size_t restricted_t =
        untranslated_hints(v, tl.restrictives.find(a.target), tl, a.target, a.source, sl, src, raw_s).size();
    const std::size_t restricted_both = std::min(restricted_s, restricted_t);
    restricted_s = excepted(tl, a.target, tgt) ? restricted_s - restricted_both : 0;
    restricted_t = excepted(sl, a.source, src) ? restricted_t - restricted_both : 0;
    // They cover the deficit of the side with fewer negations; they add nothing to the other.
    const std::size_t ns = src.size() + (src.size() < tgt.size() ? implicit_s + restricted_s : 0);
    const std::size_t nt = tgt.size() + (tgt.size() < src.size() ? implicit_t + restricted_t : 0);
    if (src.size() < tgt.size() && ns >= tgt.size()) return true;
    if (tgt.size() < src.size() && nt >= src.size()) return true;
    // Idioms shift negations by one ("breached the orders" = "leistete nicht Folge"): a
    // negation present on one side only, or a difference of two, is the signal.
    // A difference of one between two negated sides counts only where a negation has no
    // counterpart near its place in the other text (anchors tie the clauses together).
    const std::size_t low = std::min(ns, nt), high = std::max(ns, nt);
    // A translation spells out as a particle many a negation its source words lexically
    // ("out of the question" = "kommt nicht in Frage", "underreported" = "nicht gemeldet",
    // "breached" = "nicht Folge geleistet"), and no list of such words is complete: a
    // target with one negation more than its source is not reported, unless the particle
    // negates the very translation of a plain source word ("nicht sofort" for "immediately").
    // Only where the words around the particle render source words: a freely reworded clause says
    // many a thing with a negation of its own ("far away from" = "nichts zu tun mit").
    // Words of the source that carry a negation, each a pack word ("interdit") that the target renders by
    // a pack word of its own ("prohibits"), are spoken for: the source is silent all the same, and a
    // particle the target adds is a flip.
    const std::size_t listed_s = sl.implicit_negators.find(a.source).size();
    const std::size_t listed_t = tl.implicit_negators.find(a.target).size();
    bool spoken_for = !hint_s.empty() && hint_s.size() <= listed_s && listed_s <= listed_t;
    if (spoken_for) {
        std::vector<Token> words;
        for (const Match& m : hint_s) words.push_back(a.source[m.first]);
        const auto rendered = rendered_in(v, words, sl.language, a.target, tl, false);
        spoken_for = std::all_of(rendered.begin(), rendered.end(), [](bool r) { return r; });
    }
    const bool source_silent =
        src.empty() && (hint_s.empty() ? !has_lexical_negative(v.run, sl, a.source) : spoken_for);
    if (nt > ns && high - low < 2 &&
        !negates_rendered_word(v, a, tgt, source_silent,
                               source_silent && negated_scope_rendered(v, tl, a.target, tgt, a.source, sl) !=
                                                    ScopeRendered::none))
        return true;
    if (std::min(src.size(), tgt.size()) > 0 && high - low < 2 && !unmatched_clause(a, src, tgt, hint_s, hint_t))
        return true;
    return false;
}

// A negation reworded as a word that carries one ("did not manage" → "failed", "without
// interruption" → "uninterrupted", "cannot" → "unable"): the unaligned words that stand for one.
std::size_t stand_ins(const SegmentView& v, const Lexicon& lex, const std::vector<Token>& tokens,
                      const std::vector<int>& links, const std::vector<Match>& counted) {
    std::size_t n = 0;
    for (const Match& m : lex.implicit_negators.find(tokens)) n += links[m.first] < 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (links[i] >= 0) continue;
        bool seen = false;
        for (const Match& m : counted) seen = seen || (m.first <= i && i < m.last);
        if (!seen && may_be_affix_negated(v.run, lex, tokens[i])) ++n;
    }
    return n;
}

// In one language, drops the negations the alignment kept in place (or moved): they have their
// counterpart. Returns whether what is left is balanced, by count or by stand-ins.
bool balanced_by_alignment(const SegmentView& v, const Analysis& a, std::vector<Match>& src, std::vector<Match>& tgt) {
    auto unaligned = [](std::vector<Match>& ms, const std::vector<int>& links) {
        std::erase_if(ms, [&](const Match& m) {
            for (std::size_t k = m.first; k < m.last; ++k)
                if (links[k] < 0) return false;
            return true;
        });
    };
    unaligned(src, a.source_link);
    unaligned(tgt, a.target_link);
    if (src.size() == tgt.size()) return true;
    const Lexicon& sl = *a.source_lexicon;
    const Lexicon& tl = *a.target_lexicon;
    if (src.size() < tgt.size() && src.size() + stand_ins(v, sl, a.source, a.source_link, src) >= tgt.size())
        return true;
    if (tgt.size() < src.size() && tgt.size() + stand_ins(v, tl, a.target, a.target_link, tgt) >= src.size())
        return true;
    return false;
}

class PolarityNegation final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"polarity.negation", "mistranslation", Severity::Error,
                                   "A negation is present on one side only (is likely → is not likely).", {}};
        return info;
    }
    explicit PolarityNegation(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }
    bool needs_language_knowledge() const override { return true; }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const Analysis* a = analyse(v);
        if (!a) return;
        if (!polarity::pole_flips(v, *a).empty()) return;  // opposite poles: polarity.cost's and polarity.opposite's
        const Lexicon& sl = *a->source_lexicon;
        const Lexicon& tl = *a->target_lexicon;
        if (!a->same_language && report_prefix_opposite(v, *a, sink)) return;
        auto src = negations(v, v.segment.source.text, sl, a->source, a->target, a->same_language, &tl);
        auto tgt = negations(v, v.segment.target->text, tl, a->target, a->source, a->same_language, &sl);
        std::vector<Token> rendered_s, rendered_t;  // affix negations rendered as such on the other side
        if (!a->same_language) {
            rendered_s = drop_rendered_affixes(v, src, sl, a->source, a->target, tl);
            rendered_t = drop_rendered_affixes(v, tgt, tl, a->target, a->source, sl);
        }
        // A negation inside a condition the target dropped ("unless …", "except …") is omission.condition's.
        const auto& dropped = dropped_condition(v);
        if (dropped) std::erase_if(src, [&](const Match& m) { return inside(*dropped, a->source[m.first]); });
        if ((tgt.empty() && double_negation(v.segment.source.text, a->source, src) &&
             tl.implicit_negators.find(a->target).empty()) ||
            (src.empty() && double_negation(v.segment.target->text, a->target, tgt) &&
             sl.implicit_negators.find(a->source).empty()))
            return;
        if (!a->same_language && src.empty() && tgt.empty()) {
            // A word that carries a negation ("stopped", "failed") which the target neither renders
            // nor spells out: with no negation at all on the target, its negation went.
            check_lost_implicit(v, *a, sink);
            return;
        }
        if (src.size() == tgt.size() && !a->aligned) return;
        if (!a->same_language && balanced_across_languages(v, *a, src, tgt, rendered_s, rendered_t)) return;
        if (!a->same_language && in_dropped_clauses(v, *a, src, tgt)) return;
        if (!a->same_language) {
            // Negations whose whole sentence went are the omission's (omission.phrase): no flip.
            const std::size_t before = src.size() + tgt.size();
            for (const bool source_side : {true, false})
                std::erase_if(source_side ? src : tgt,
                              [&](const Match& m) { return clauses_gone(v, *a, {m}, source_side, true); });
            if (src.size() + tgt.size() < before && src.size() == tgt.size()) return;
        }
        if (a->aligned && balanced_by_alignment(v, *a, src, tgt)) return;
        if (a->same_language && src.size() != tgt.size() && splitting_rewrite(v) &&
            moved_to_neighbour(v, src.size() > tgt.size() ? tl : sl, src.size() > tgt.size()))
            return;
        double sure = confidence(v, *a, src, tgt);
        // Across languages a translation may ask with a negation that asks rather than denies ("Am I too fat?" /
        // "Bin ich nicht zu dick?", "Does it need to be increased?" / "Müsste es nicht erhöht werden?"): where both
        // sides ask and the target adds the negation, it is a hint. One the target drops from a question ("You
        // have no money?" / "Sie haben ein Geld?") stays a flip.
        if (!a->same_language && tgt.size() > src.size() && asks(v.segment.source.text) && asks(v.segment.target->text))
            sure = std::min(sure, kQuestion);
        if (sure > kNoFlip) report(v, *a, src, tgt, sure, sink);
    }

private:
    static constexpr double kQuestion = 0.55;
    // The share of the source's content words a pair renders from which its sentences say the same.
    static constexpr double kRenderedPair = 0.5;
    // A negation that came or went with its whole clause, in one language: the clause is what was added or
    // dropped (addition.*, omission.*), and its negation turns nothing the other side says.
    static constexpr double kNoFlip = 0.0;
    static bool inside(const DroppedCondition& d, const Token& t) { return t.begin >= d.span.begin && t.begin < d.span.end; }

    // How sure a negation on one side only is. In one language: a particle removed or added while the
    // rest stayed word for word is sure; in a reworded pair or as an affix, likely; one that came or went
    // with its whole clause, no flip (kNoFlip). Across languages see cross_confidence.
    static double confidence(const SegmentView& v, const Analysis& a, const std::vector<Match>& src,
                             const std::vector<Match>& tgt) {
        if (!a.same_language) return cross_confidence(v, a, src, tgt);
        const bool source_more = src.size() > tgt.size();
        const auto& more = source_more ? src : tgt;
        bool particle = false;
        for (const Match& m : more) particle = particle || m.scale != kAffix;
        if (!particle) return 0.8;
        if (negations_in_unaligned_clause(source_more ? *a.source_lexicon : *a.target_lexicon,
                                          source_more ? a.source : a.target,
                                          source_more ? a.source_link : a.target_link, more))
            return kNoFlip;
        return a.reworded(2) ? 0.75 : 0.95;
    }

    // Across languages the clause's polarity is compared, and the report is as sure as the evidence:
    // sure only for a clause negator facing a side with no negation and no word that says one
    // lexically (pack, affix or dictionary), whose negated word (its head) the other side renders
    // (a neighbour only: likely), in a clause
    // whose words the dictionary renders. Negations on both sides whose counts differ, a side that
    // says the negation lexically, a negated clause the other side does not render or turns into a
    // requirement (a rewording) are hints; an affix, a phrase negator ("without") or a pair without a
    // dictionary, likely.
    static double cross_confidence(const SegmentView& v, const Analysis& a, const std::vector<Match>& src,
                                   const std::vector<Match>& tgt) {
        const bool source_more = src.size() > tgt.size();
        const auto& more = source_more ? src : tgt;
        bool particle = false, clausal = false;
        for (const Match& m : more) {
            particle = particle || m.scale != kAffix;
            clausal = clausal || (m.scale != kAffix && m.level == 0);
        }
        if (!particle) return 0.65;
        const auto& fewer = source_more ? tgt : src;
        const Lexicon& sl = *a.source_lexicon;
        const Lexicon& tl = *a.target_lexicon;
        const Lexicon& fewer_lex = source_more ? tl : sl;
        const Lexicon& more_lex = source_more ? sl : tl;
        const auto& fewer_tokens = source_more ? a.target : a.source;
        const auto& more_tokens = source_more ? a.source : a.target;
        // Both sides negated ("no es ni A ni B" for "neither A nor B"): likely only where a negated
        // predicate stands affirmed on the other side.
        if (!fewer.empty())
            return head_faces_affirmative(v, more_lex, more_tokens, more, fewer_tokens, fewer_lex) &&
                           !has_lexical_negative(v.run, fewer_lex, fewer_tokens)
                       ? 0.65
                       : 0.5;
        // A particle added where the dictionary traces its head to no source word: a hint only
        // ("ne doit pas dépasser" for "allowed maximum" rewords as much as it flips).
        if (!source_more && !negates_rendered_word(v, a, tgt, true, false)) return 0.5;
        if (!negation_hints(v, fewer_lex, fewer_tokens, fewer).empty() ||
            !prefixed_counterparts(v, fewer_lex, fewer_tokens, more_tokens, more_lex).empty() ||
            has_lexical_negative(v.run, fewer_lex, fewer_tokens) || particle_prefixed_word(v.run, fewer_lex, fewer_tokens) ||
            elliptical(source_more ? v.segment.source.text : v.segment.target->text, more_tokens, more))
            return 0.5;
        if (v.run.dictionary(sl.language, tl.language).empty()) return 0.65;
        if (negation_made_requirement(more_lex, more_tokens, fewer_lex, fewer_tokens)) return 0.55;
        const ScopeRendered scope = negated_scope_rendered(v, more_lex, more_tokens, more, fewer_tokens, fewer_lex);
        // A negated wait ("do not leave the shelter until …", "may not borrow until …") said as its converse kept
        // until then ("permanezca en el refugio hasta …", "erst nach …"): a word that bounds the wait after the
        // negation, and on the other side a word that keeps the converse, the negated verb not rendered there.
        // It accounts for one negation only ("won't start until summer, though a date hasn't been set" / "erst im
        // Sommer …, ein Datum gibt es noch" still lost one).
        if (more.size() == fewer.size() + 1 && scope != ScopeRendered::head && waits_until(more_lex, more_tokens, more) &&
            !fewer_lex.kept.find(fewer_tokens).empty())
            return 0.55;
        // Nothing near the negation rendered: in a text otherwise rendered in good part, the dictionary
        // more likely missed a word ("radically" / "radikal") than the translator reworded the clause
        // ("Not now" = "Plus tard").
        if (scope == ScopeRendered::none) return rendered_share(v, a) >= 1.0 / 3 ? 0.62 : 0.55;
        if (!clausal || scope != ScopeRendered::head) return 0.7;
        return rendered_share(v, a) >= 0.5 ? 0.92 : 0.75;
    }

    // A word of the pack's negation.until after a clause negation of `negations`, within kWaitReach words ("do not
    // turn off the electricity until …").
    static constexpr std::size_t kWaitReach = 8;
    static bool waits_until(const Lexicon& lex, const std::vector<Token>& tokens, const std::vector<Match>& negations) {
        const auto bounds = lex.until.find(tokens);
        for (const Match& n : negations) {
            if (n.scale == kAffix || n.level != 0) continue;
            for (const Match& u : bounds)
                if (u.first >= n.last && u.first <= n.last + kWaitReach) return true;
        }
        return false;
    }

    // The negations left on each side, as one finding.
    void report(const SegmentView& v, const Analysis& a, const std::vector<Match>& src, const std::vector<Match>& tgt,
                double confidence, FindingSink& sink) const {
        FindingSink::Report r;
        r.confidence = confidence;
        std::string s_words, t_words;
        for (const Match& m : src) {
            r.source_spans.push_back(span(a.source, m.first, m.last));
            s_words += fmt::format("{}\"{}\"", s_words.empty() ? "" : ", ",
                                   words(v.segment.source.text, a.source, m.first, m.last));
        }
        for (const Match& m : tgt) {
            r.target_spans.push_back(span(a.target, m.first, m.last));
            t_words += fmt::format("{}\"{}\"", t_words.empty() ? "" : ", ",
                                   words(v.segment.target->text, a.target, m.first, m.last));
        }
        if (a.aligned && src.empty())
            r.message = fmt::format("the target adds a negation the source does not have: {}", t_words);
        else if (a.aligned && tgt.empty())
            r.message = fmt::format("the target leaves out a negation of the source: {}", s_words);
        else
            r.message = fmt::format("the source has {}, the target {}", counted(src.size(), "negation", s_words),
                                    counted(tgt.size(), "negation", t_words, true));
        sink.report(v, info(), severity_for(confidence, info().severity), std::move(r));
    }

    // A word whose negated form translates a word of the other side ("mittelbar" for "immediately",
    // where "unmittelbar" is the translation): the prefix went, and the meaning turned.
    bool report_prefix_opposite(const SegmentView& v, const Analysis& a, FindingSink& sink) const {
        for (const bool target_side : {true, false}) {
            const auto& mine = target_side ? a.target : a.source;
            const auto& other = target_side ? a.source : a.target;
            const Lexicon& ml = target_side ? *a.target_lexicon : *a.source_lexicon;
            const Lexicon& ol = target_side ? *a.source_lexicon : *a.target_lexicon;
            auto found = prefix_opposites(v, ml, mine, other, ol);
            // A word negated on its own side ("not display correctly" = "nieprawidłowo") says what the
            // prefixed word says: no opposite.
            const auto mine_negations = ml.negators.find(mine), other_negations = ol.negators.find(other);
            const auto negated = [](const std::vector<Match>& negations, std::size_t word) {
                return std::any_of(negations.begin(), negations.end(),
                                   [&](const Match& m) { return m.last <= word && word - m.first <= 4; });
            };
            std::erase_if(found, [&](const PrefixOpposite& f) {
                return negated(mine_negations, f.token) || negated(other_negations, f.other);
            });
            if (found.empty()) continue;
            const PrefixOpposite& f = found.front();
            const std::string_view mine_text = target_side ? std::string_view(v.segment.target->text) : v.segment.source.text;
            const std::string_view other_text = target_side ? v.segment.source.text : std::string_view(v.segment.target->text);
            FindingSink::Report r;
            r.message = fmt::format("\"{}\" in the {} says the opposite of \"{}\" in the {}, which \"{}\" would render",
                                    words(mine_text, mine, f.token, f.token + 1), target_side ? "target" : "source",
                                    words(other_text, other, f.other, f.other + 1), target_side ? "source" : "target",
                                    f.negated);
            (target_side ? r.target_spans : r.source_spans).push_back(span(mine, f.token, f.token + 1));
            (target_side ? r.source_spans : r.target_spans).push_back(span(other, f.other, f.other + 1));
            // The dictionary shows the opposite, but a prefix may also be lost to an inflection or a
            // compound the dictionary lacks: likely, not sure.
            r.confidence = 0.8;
            sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
            return true;
        }
        return false;
    }

    void check_lost_implicit(const SegmentView& v, const Analysis& a, FindingSink& sink) const {
        const Lexicon& sl = *a.source_lexicon;
        const Lexicon& tl = *a.target_lexicon;
        const auto implicit = sl.implicit_negators.find(a.source);
        if (implicit.empty()) return;
        if (!tl.implicit_negators.find(a.target).empty()) return;
        for (const Token& t : a.target)
            if (may_be_affix_negated(v.run, tl, t)) return;
        std::vector<Token> words;
        std::vector<Match> single;
        for (const Match& m : implicit)
            if (m.last == m.first + 1) words.push_back(a.source[m.first]), single.push_back(m);
        if (words.empty()) return;
        const auto rendered = rendered_in(v, words, sl.language, a.target, tl);
        for (std::size_t k = 0; k < words.size(); ++k) {
            if (rendered[k] || in_dropped_clauses(v, a, {single[k]}, {}) || clauses_gone(v, a, {single[k]}, true)) continue;
            if (const auto& d = dropped_condition(v); d && inside(*d, words[k])) continue;
            // The absence of a rendering the dictionary knows says little alone: a verb of the target's own says
            // it as often ("stop" = "suspender", "prevent" = "limiter"), and a clause reworded or dropped with the
            // word, or a pair of two different sentences, leaves it unrendered too. In a pair whose words are
            // rendered in good part (kRenderedPair), or whose clause of the word is rendered without it ("failed
            // to win the cup" / "gewann den Pokal", "unless another user has reserved the book" / "wenn ein
            // anderer Benutzer das Buch reserviert hat"), it is a hint; the target saying the opposite
            // ("prohibited" / "permis"), likely.
            const bool opposite = opposite_in(v, words[k], sl, a.target, tl);
            if (!opposite && rendered_share(v, a) < kRenderedPair &&
                !governed_clause_rendered(v, sl, v.segment.source.text, a.source, single[k], a.target, tl))
                continue;
            FindingSink::Report r;
            r.message = fmt::format("\"{}\" in the source carries a negation that the target neither renders nor spells out",
                                    words_of(v.segment.source.text, a.source, single[k]));
            r.source_spans.push_back(span(a.source, single[k].first, single[k].last));
            r.confidence = 0.45;
            if (opposite) {
                r.message += ", and says the opposite";
                r.confidence = 0.7;
            }
            sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
            return;
        }
    }
    static std::string words_of(std::string_view text, const std::vector<Token>& tokens, const Match& m) {
        return words(text, tokens, m.first, m.last);
    }

};

}  // namespace

void register_polarity_negation(Registry& r) { add_rule<PolarityNegation>(r); }

}  // namespace verity::rules
