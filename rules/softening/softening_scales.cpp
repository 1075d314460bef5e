// softening.modal / softening.verb and their strengthening.* mirrors: a word of the source has a
// counterpart on the same scale of the packs at a weaker (or stronger) step in the target
// ("will include" → "could cover", "condemn" → "regret"). Scales are named, so an English scale
// pairs with the French one of the same name across languages.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <vector>

#include "rules/lexicon/analysis.hpp"
#include "rules/softening/clause_grammar.hpp"
#include "rules/softening/register.hpp"

namespace verity::rules {
namespace {

using namespace wording;

// A step change on a named scale: the source's hit and the target's, at different steps.
struct ScaleShift {
    Match source, target;
    std::string scale;
    bool weaker() const { return target.level > source.level; }
};

// Pairs the hits of each named scale across the sides: equal steps first (so a modal the target
// simply dropped is not paired with an unrelated one), then the rest strongest first. Returns the
// pairs whose steps differ.
std::vector<ScaleShift> scale_shifts(const std::vector<Match>& source, const std::vector<std::string>& source_names,
                                     const std::vector<Match>& target, const std::vector<std::string>& target_names,
                                     std::size_t source_size, std::size_t target_size) {
    std::vector<ScaleShift> out;
    std::vector<bool> used_s(source.size()), used_t(target.size());
    auto same_scale = [&](const Match& a, const Match& b) {
        return source_names[static_cast<std::size_t>(a.scale)] == target_names[static_cast<std::size_t>(b.scale)];
    };
    for (std::size_t i = 0; i < source.size(); ++i)
        for (std::size_t j = 0; j < target.size(); ++j)
            if (!used_t[j] && same_scale(source[i], target[j]) && source[i].level == target[j].level) {
                used_s[i] = used_t[j] = true;
                break;
            }
    auto by_level = [](const std::vector<Match>& m, const std::vector<bool>& used) {
        std::vector<std::size_t> idx;
        for (std::size_t i = 0; i < m.size(); ++i)
            if (!used[i]) idx.push_back(i);
        std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return m[a].level < m[b].level; });
        return idx;
    };
    // Each source modal left, weakest first, with the nearest by relative place of the target's left on its
    // scale: "will last … will receive" / "durera … pourraient recevoir" pairs "will receive" with
    // "pourraient", not the first "will" (the simple future "durera" is no modal word).
    const auto rest_t = by_level(target, used_t);
    auto at = [](const Match& m, std::size_t n) { return n ? static_cast<double>(m.first) / static_cast<double>(n) : 0.0; };
    std::vector<bool> taken(target.size());
    for (std::size_t i : by_level(source, used_s)) {
        std::size_t best = target.size();
        for (std::size_t j : rest_t)
            if (!taken[j] && same_scale(source[i], target[j]) &&
                (best == target.size() || std::fabs(at(source[i], source_size) - at(target[j], target_size)) <
                                              std::fabs(at(source[i], source_size) - at(target[best], target_size))))
                best = j;
        if (best == target.size()) continue;
        // Another source modal of the scale nearer to that target modal takes it in its turn.
        bool nearer = false;
        for (std::size_t k : by_level(source, used_s))
            nearer = nearer || (k != i && same_scale(source[k], target[best]) &&
                                std::fabs(at(source[k], source_size) - at(target[best], target_size)) <
                                    std::fabs(at(source[i], source_size) - at(target[best], target_size)));
        if (nearer) continue;
        taken[best] = true;
        out.push_back({source[i], target[best], source_names[static_cast<std::size_t>(source[i].scale)]});
    }
    return out;
}

// End of the words a modal governs, for display ("will include", "could not cover"): the match,
// then up to two function words, then one more word.
std::size_t governed_end(const Lexicon& lexicon, const std::vector<Token>& tokens, std::size_t last) {
    std::size_t end = last;
    for (int function_words = 0; end < tokens.size() && function_words < 2 && is_stopword(lexicon, tokens[end]);
         ++function_words)
        ++end;
    if (end < tokens.size() && !tokens[end].numeric) return end + 1;
    return last;
}

enum class Scale { Modal, Verb };

// Whether a passive auxiliary of the pack makes the passive here: the word right before it (verb-final
// "hochgeladen werden") or the last word of its clause ("wird jede Woche geprüft") is a participle.
bool passive(const Lexicon& lex, const std::vector<Token>& tokens, std::string_view text, std::size_t at) {
    if (!lex.passive_auxiliaries.count(tokens[at].folded)) return false;
    if (at > 0 && !clause_break(text, tokens, at - 1, at) && participle(lex, tokens[at - 1])) return true;
    std::size_t end = at;
    while (end + 1 < tokens.size() && !clause_break(text, tokens, end, end + 1)) ++end;
    return end > at && participle(lex, tokens[end]);
}

// Whether the clause before token `at` (back to the previous clause break or sentence start) opens with a
// subordinator of the pack: the word at `at` is then the main clause's verb ("Wer Fieber hat, sollte …"),
// not a condition of its own ("Wir feiern draußen, sollte es nicht regnen").
bool after_subordinate_clause(const Lexicon& lex, const std::vector<Token>& tokens, std::string_view text, std::size_t at) {
    if (lex.subordinators.empty() || at == 0 || tokens[at].sentence_start) return false;
    std::size_t b = at - 1;
    while (b > 0 && !tokens[b].sentence_start && !clause_break(text, tokens, b - 1, b)) --b;
    return lex.subordinators.count(tokens[b].folded) > 0;
}

// Hits of a scale in a text. A capitalised word inside a sentence is a name ("May", "Will Smith").
// A modal that opens a clause as a condition ("Sollte es regnen" = "if it rains") is none, nor an
// auxiliary of the passive ("konnte nicht hochgeladen werden"); a verb after a determiner is a noun
// ("a call for tenders").
std::vector<Match> hits(const Lexicon& lex, const std::vector<Token>& tokens, std::string_view text, Scale scale) {
    std::vector<Match> out;
    for (Match m : (scale == Scale::Modal ? lex.modals : lex.verbs).find(tokens)) {
        if (tokens[m.first].capitalised && !tokens[m.first].sentence_start) continue;
        if (scale == Scale::Modal) {
            const bool opens = tokens[m.first].sentence_start || (m.first > 0 && clause_break(text, tokens, m.first - 1, m.first));
            if (opens && m.last == m.first + 1 && lex.conditional_modals.count(tokens[m.first].folded) &&
                !after_subordinate_clause(lex, tokens, text, m.first))
                continue;
            if (m.last == m.first + 1 && passive(lex, tokens, text, m.first)) continue;
        } else if (m.first > 0 && lex.determiners.count(tokens[m.first - 1].folded)) {
            continue;
        }
        out.push_back(m);
    }
    if (scale == Scale::Modal && !lex.advice_openers.empty()) {
        const auto it = std::find(lex.modal_scale_names.begin(), lex.modal_scale_names.end(), "modal");
        if (it == lex.modal_scale_names.end()) return out;
        for (Match m : lex.advice_openers.find(tokens)) {
            if (!tokens[m.first].sentence_start && !(m.first > 0 && clause_break(text, tokens, m.first - 1, m.first))) continue;
            m.scale = static_cast<int>(it - lex.modal_scale_names.begin());
            m.level = 1;
            out.push_back(m);
        }
        std::sort(out.begin(), out.end(), [](const Match& x, const Match& y) { return x.first < y.first; });
    }
    return out;
}

// Whether the text holds a placeholder a program fills in ("{{ limit }}", "{0}", "%d", "%count%", "%1$s").
bool holds_placeholder(std::string_view text) {
    for (std::size_t i = text.find_first_of("{%"); i != std::string_view::npos && i + 1 < text.size();
         i = text.find_first_of("{%", i + 1)) {
        const char c = text[i], n = text[i + 1];
        if (c == '{' && (n == '{' || n == '$' || std::isalnum(static_cast<unsigned char>(n)))) return true;
        if (c == '%' && std::isalnum(static_cast<unsigned char>(n))) return true;
    }
    return false;
}

// Words between a modal and a hedge that makes its commitment a forecast.
constexpr std::size_t kForecastReach = 2;

// Words of a requirement or validation message at most ("This value is not a valid email address.").
constexpr std::size_t kMessageWords = 10;

// Whether a side is a requirement or validation message: a marker of the pack ("this value", "characters"),
// or a bound ("at least", "exactly") in a text with a placeholder, or in a short one without digits ("The
// name should contain at least three letters."): running text that bounds a quantity writes it in digits.
bool requirement_message(const Lexicon& lex, const std::vector<Token>& tokens, std::string_view text) {
    if (!lex.requirement_markers.find(tokens).empty()) return true;
    if (lex.requirement_bounds.empty()) return false;
    const bool message = (tokens.size() <= kMessageWords &&
                          std::none_of(tokens.begin(), tokens.end(), [](const Token& t) { return t.numeric; })) ||
                         holds_placeholder(text);
    return message && !lex.requirement_bounds.find(tokens).empty();
}

// In a requirement message ("This value should be valid JSON.") "should" states the norm that "doit"
// or "muss" states: the first two steps of the modal scale are one there.
void merge_norm_steps(std::vector<Match>& ms) {
    for (Match& m : ms)
        if (m.level == 1) m.level = 0;
}

// A commitment hedged right after its modal is a forecast ("wird voraussichtlich eröffnet", "will probably
// open"): as strong as "is expected to", the middle step of the scale. Returns where such modals start.
std::vector<std::size_t> hedge_forecasts(const Lexicon& lex, const std::vector<Token>& tokens, std::vector<Match>& ms) {
    const auto hedges = lex.hedges.find(tokens);
    std::vector<std::size_t> at;
    for (Match& m : ms)
        if (m.level == 0 && std::any_of(hedges.begin(), hedges.end(), [&](const Match& h) {
                return h.first >= m.last && h.first <= m.last + kForecastReach;
            }))
            m.level = 1, at.push_back(m.first);
    return at;
}

// Whether a match lies inside one of `spans`.
bool inside(const std::vector<Match>& spans, const Match& m) {
    return std::any_of(spans.begin(), spans.end(), [&](const Match& p) { return p.first <= m.first && m.first < p.last; });
}

// A prohibition on both sides ("must not" / "ne peut pas"): the modals inside forbid alike, whatever
// their steps; they leave the comparison. (On one side only, see the rule's check.)
void drop_prohibitions(const std::vector<Match>& ps, std::vector<Match>& src, const std::vector<Match>& pt,
                        std::vector<Match>& tgt) {
    if (ps.empty() || pt.empty()) return;
    std::erase_if(src, [&](const Match& m) { return inside(ps, m); });
    std::erase_if(tgt, [&](const Match& m) { return inside(pt, m); });
}

// Relative place of a match in its text, 0–1.
double place(const Match& m, std::size_t n) { return n ? static_cast<double>(m.first) / static_cast<double>(n) : 0.0; }

// Two modals further apart than this (relative places) are of different clauses and are not compared.
constexpr double kClauseDrift = 0.4;
// Words of a sentence short enough to hold one main clause.
constexpr std::size_t kShortSentence = 20;

// The sentence of each token (0 for the first), counted from the tokens that open one.
std::vector<std::size_t> sentence_of(const std::vector<Token>& tokens) {
    std::vector<std::size_t> out(tokens.size());
    std::size_t n = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].sentence_start && i > 0) ++n;
        out[i] = n;
    }
    return out;
}

// When both sides say the same number of sentences, sentence k renders sentence k: two modals of different
// sentences belong to different clauses ("you're ready to browse. It will start" → "können Sie surfen. Es
// startet" pairs nothing). With different counts (sentences merged or split) the relative place decides.
bool same_sentence(const std::vector<Token>& source, const std::vector<Token>& target, const ScaleShift& s) {
    const auto in_source = sentence_of(source);
    const auto in_target = sentence_of(target);
    if (in_source.empty() || in_target.empty() || in_source.back() != in_target.back()) return true;
    return in_source[s.source.first] == in_target[s.target.first];
}

// Whether a negator of the pack stands at a modal ("will not", "no se podrá", "nicht … darf"): two words
// before it to one after.
bool negated(const std::vector<Match>& negators, const Match& m) {
    return std::any_of(negators.begin(), negators.end(), [&](const Match& n) {
        return n.first + 2 >= m.first && n.first <= m.last;
    });
}

template <Scale kScale, bool kSoftening>
class ScaleShiftRule final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info = [] {
            const char* what = kScale == Scale::Modal ? "modal" : "verb";
            RuleInfo i;
            i.id = fmt::format("{}.{}", kSoftening ? "softening" : "strengthening", what);
            i.its_type = "mistranslation";
            i.severity = kSoftening ? Severity::Warning : Severity::Info;
            i.summary = kScale == Scale::Modal
                            ? (kSoftening ? "A modal of the source became a weaker one in the target (will → could)."
                                          : "A modal of the source became a stronger one in the target (could → will).")
                            : (kSoftening ? "A verb of the source became a weaker one on its scale (condemn → regret)."
                                          : "A verb of the source became a stronger one on its scale (regret → condemn).");
            return i;
        }();
        return info;
    }
    explicit ScaleShiftRule(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }
    bool needs_language_knowledge() const override { return true; }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const Analysis* a = analyse(v);
        if (!a) return;
        const Lexicon& sl = *a->source_lexicon;
        const Lexicon& tl = *a->target_lexicon;
        const auto& names_s = kScale == Scale::Modal ? sl.modal_scale_names : sl.verb_scale_names;
        const auto& names_t = kScale == Scale::Modal ? tl.modal_scale_names : tl.verb_scale_names;
        if (names_s.empty() || names_t.empty()) return;
        auto src = hits(sl, a->source, v.segment.source.text, kScale);
        if (src.empty()) {
            if constexpr (kScale == Scale::Modal && kSoftening) report_added_doubt(v, *a, sink);
            return;
        }
        auto tgt = hits(tl, a->target, v.segment.target->text, kScale);
        std::vector<std::size_t> forecasts;
        std::vector<Match> prohibited_s, prohibited_t;
        if (kScale == Scale::Modal) {
            prohibited_s = sl.prohibitions.find(a->source);
            prohibited_t = tl.prohibitions.find(a->target);
            if (requirement_message(sl, a->source, v.segment.source.text) ||
                requirement_message(tl, a->target, v.segment.target->text)) {
                merge_norm_steps(src);
                merge_norm_steps(tgt);
            }
            drop_prohibitions(prohibited_s, src, prohibited_t, tgt);
            hedge_forecasts(sl, a->source, src);
            forecasts = hedge_forecasts(tl, a->target, tgt);
        }
        const auto neg_s = sl.negators.find(a->source), neg_t = tl.negators.find(a->target);
        auto forecast = [&](const Match& m) { return std::find(forecasts.begin(), forecasts.end(), m.first) != forecasts.end(); };
        for (ScaleShift s : scale_shifts(src, names_s, tgt, names_t, a->source.size(), a->target.size())) {
            // A modal negated on one side only is a flip of polarity (polarity.negation's), not a step of force:
            // "will not be permitted" / "se podrá aparcar".
            // A prohibition is negated by itself ("è vietato" / "please do not"), a request by a negation right
            // after it ("Il est préférable de ne pas", "Se ruega no"). A request without one, facing a prohibition
            // on the other side, asks for the same abstention in its own words ("Please avoid") when its side
            // says no more negations than the prohibition's side says besides it.
            const bool ban_s = inside(prohibited_s, s.source), ban_t = inside(prohibited_t, s.target);
            auto right_after = [](const std::vector<Match>& negators, const Match& m) {
                return kScale == Scale::Modal && m.level == 1 && std::any_of(negators.begin(), negators.end(), [&](const Match& n) {
                           return n.first >= m.last && n.first <= m.last + 2;
                       });
            };
            auto outside = [](const std::vector<Match>& negators, const std::vector<Match>& bans) {
                return std::count_if(negators.begin(), negators.end(), [&](const Match& n) { return !inside(bans, n); });
            };
            const bool negated_s = negated(neg_s, s.source) || ban_s || right_after(neg_s, s.source);
            const bool negated_t = negated(neg_t, s.target) || ban_t || right_after(neg_t, s.target);
            const bool asked = (ban_s && s.target.level == 1 && !negated_t && outside(neg_t, prohibited_t) <= outside(neg_s, prohibited_s)) ||
                               (ban_t && s.source.level == 1 && !negated_s && outside(neg_s, prohibited_s) <= outside(neg_t, prohibited_t));
            // On one side only, facing a request to abstain, a prohibition forbids as "must not" does, whatever
            // modal it is made of ("may not be flown" / "Se ruega no volar"): a ban asked for as a favour is a
            // softening. (Not facing a plain "should not": "cannot open" / "nicht öffnen sollte".)
            if (ban_s && s.source.level == 2 && s.target.level == 1 && (asked || right_after(neg_t, s.target)))
                s.source.level = 0;
            if (ban_t && s.target.level == 2 && s.source.level == 1 && (asked || right_after(neg_s, s.source)))
                s.target.level = 0;
            if (s.weaker() != kSoftening) continue;
            if (!asked && negated_s != negated_t) continue;
            // A commitment the target only hedges ("will open" / "will probably open") is softening.hedge's.
            if (kSoftening && s.source.level == 0 && forecast(s.target)) continue;
            // A short sentence with one modal (or scale verb) a side has one clause to compare, wherever each
            // language puts it ("will be maintained" at the end, "Se procurará mantener" at the start; "est
            // obligatoire" at the end, "Nous vous conseillons" at the start).
            const bool one_each = src.size() == 1 && tgt.size() == 1 &&
                                  a->source.size() <= kShortSentence && a->target.size() <= kShortSentence &&
                                  sentence_of(a->source).back() == 0 && sentence_of(a->target).back() == 0;
            if (!one_each && std::abs(place(s.source, a->source.size()) - place(s.target, a->target.size())) > kClauseDrift)
                continue;
            if (!same_sentence(a->source, a->target, s)) continue;
            // Modals are shown with the verb they govern: the commitment is in the pair.
            const std::size_t se = kScale == Scale::Modal ? governed_end(sl, a->source, s.source.last) : s.source.last;
            const std::size_t te = kScale == Scale::Modal ? governed_end(tl, a->target, s.target.last) : s.target.last;
            const std::string from = words(v.segment.source.text, a->source, s.source.first, se);
            const std::string to = words(v.segment.target->text, a->target, s.target.first, te);
            FindingSink::Report r;
            r.message = fmt::format("{} {}: \"{}\" in the source became \"{}\" in the target",
                                    kScale == Scale::Modal ? "modal force" : "verb force",
                                    kSoftening ? "drops" : "rises", from, to);
            r.source_spans.push_back(span(a->source, s.source.first, se));
            r.target_spans.push_back(span(a->target, s.target.first, te));
            // Two steps ("must" → "may") is a change of meaning; one step ("shall" → "should") is often
            // a language's usual rendering, less so in one language than across two.
            const int steps = std::abs(s.target.level - s.source.level);
            r.confidence = steps >= 2 ? 0.85 : a->same_language ? 0.7 : 0.55;
            const Severity severity = severity_for(*r.confidence, info().severity);
            sink.report(v, info(), severity, std::move(r));
        }
    }

private:
    // A statement the source makes with no modal and no hedge ("udzieli gwarancji" = "will grant", "nie będą
    // rozpatrywane" = "will not be considered", "sind einzuhalten") that the target makes with a modal of
    // advice or possibility (the pack's modals.doubting: "should", "may", "könnte"): a fact or a commitment
    // became a recommendation or a possibility. Not the "can" of ability, which translations add freely, nor
    // a question; a prohibition ("may not") only where the source negates the statement.
    void report_added_doubt(const SegmentView& v, const Analysis& a, FindingSink& sink) const {
        const Lexicon& sl = *a.source_lexicon;
        const Lexicon& tl = *a.target_lexicon;
        // Only where the source's pack describes doubt as well: a source language whose modals of advice and
        // possibility the pack does not list (a conditional mood it lacks) says them unseen.
        if (tl.doubting_modals.empty() || sl.doubting_modals.empty() || v.segment.source.text.find('?') != std::string::npos)
            return;
        auto found = tl.doubting_modals.find(a.target);
        if (found.empty()) return;
        // A source that hedges, speaks in the conditional ("would prevent" = "könnte verhindern") or states
        // the norm of a requirement message, a short one with its markers ("This value is not valid" =
        // "should be valid"), says it already.
        const bool message = a.source.size() <= kMessageWords &&
                             (requirement_message(sl, a.source, v.segment.source.text) ||
                              requirement_message(tl, a.target, v.segment.target->text));
        if (message || !sl.hedges.find(a.source).empty() || !sl.loose_hedges.find(a.source).empty() ||
            !sl.doubting_modals.find(a.source).empty() || !sl.conditional_mood.find(a.source).empty())
            return;
        // A source that words its force with a verb of a scale ("is mandatory", "recommended") is softening.verb's
        // to compare.
        if (!hits(sl, a.source, v.segment.source.text, Scale::Verb).empty()) return;
        // Modals as hits() takes them: no name, no condition ("Should you need…"), no passive auxiliary.
        const auto modal = hits(tl, a.target, v.segment.target->text, Scale::Modal);
        const auto prohibitions = tl.prohibitions.find(a.target);
        const bool source_negated = !sl.negators.find(a.source).empty();
        auto inside = [](const std::vector<Match>& spans, const Match& m) {
            return std::any_of(spans.begin(), spans.end(), [&](const Match& p) { return p.first <= m.first && m.first < p.last; });
        };
        std::erase_if(found, [&](const Match& m) {
            return !inside(modal, m) || (!source_negated && inside(prohibitions, m));
        });
        if (found.empty()) return;
        const Match& m = found.front();
        const std::size_t end = governed_end(tl, a.target, m.last);
        FindingSink::Report r;
        r.message = fmt::format("the target adds the modal \"{}\" to a statement the source makes without one",
                                words(v.segment.target->text, a.target, m.first, end));
        r.target_spans.push_back(span(a.target, m.first, end));
        // Within one language an added modal is a plain change of force; across languages a statement may be
        // rendered as advice by the target's conventions ("Bitte …" = "you should …"): a hint.
        r.confidence = a.same_language ? 0.65 : 0.5;
        sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
    }
};

}  // namespace

void register_softening_modal(Registry& r) { add_rule<ScaleShiftRule<Scale::Modal, true>>(r); }
void register_strengthening_modal(Registry& r) { add_rule<ScaleShiftRule<Scale::Modal, false>>(r); }
void register_softening_verb(Registry& r) { add_rule<ScaleShiftRule<Scale::Verb, true>>(r); }
void register_strengthening_verb(Registry& r) { add_rule<ScaleShiftRule<Scale::Verb, false>>(r); }

}  // namespace verity::rules
