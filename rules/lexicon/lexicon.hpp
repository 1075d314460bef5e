// What the wording rules know about one language, compiled once from its pack: scales, word lists,
// negators and their affixes, stop words, synonyms and antonyms.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rules/engine/rule.hpp"
#include "rules/lexicon/phrase_set.hpp"
#include "rules/lexicon/tokens.hpp"

namespace verity::rules::wording {

// Everything the wording rules know about one language, compiled once from its pack.
struct Lexicon {
    std::string language;
    std::vector<std::string> modal_scale_names, verb_scale_names;
    PhraseSet modals, verbs, intensifiers, hedges, negators;
    // Modals that, opening a sentence or clause, make it a condition (German "Sollte es regnen").
    std::unordered_set<std::string> conditional_modals;  // folded
    // Words that open a subordinate clause ("wer", "wenn", "weil"): right after such a clause a conditional
    // modal is the main clause's verb, second in its sentence ("Wer Fieber hat, sollte zu Hause bleiben").
    std::unordered_set<std::string> subordinators;  // folded
    // Phrases of a requirement or validation message ("this value", "at least"): there the first two
    // steps of the modal scale state one norm ("should" = "doit").
    PhraseSet requirement_markers;
    // Bounds a requirement message sets ("at least", "exactly", "valid"): a sign of one only in a text with a
    // placeholder ("at least {{ limit }} characters"); running text sets bounds too ("must arrive at least 45
    // minutes before").
    PhraseSet requirement_bounds;
    // Words that open a condition or an exception ("unless", "except", "sauf", "es sei denn"); the pack's
    // conditions.words.
    PhraseSet conditions;
    // The same with the words that only render another language's condition word ("~obwohl" for "even if").
    PhraseSet condition_renderings;
    // Negated modals that forbid ("must not", "ne peut pas", "darf nicht"): one prohibition whatever
    // the step of the modal inside.
    PhraseSet prohibitions;
    // Phrases that give advice when they open a sentence or clause ("Am besten schicken Sie …" = "It is best
    // to send …"), and say something else inside one ("passt am besten" = "suits best"); the pack's
    // modals.advice_openers, on the middle step of the modal scale.
    PhraseSet advice_openers;
    // Modals that turn a statement into advice or a possibility when added to it ("should", "may",
    // "könnte", "pourrait"); the pack's modals.doubting.
    PhraseSet doubting_modals;
    // Words of the conditional mood ("would", "würde", "wäre"): a source clause with one is no plain
    // statement; the pack's modals.conditional_mood.
    PhraseSet conditional_mood;
    // Scale words that also make the passive ("wird geprüft"), and the globs of a past participle
    // ("ge?*", "*???t"): next to one, such a word is no modal.
    std::unordered_set<std::string> passive_auxiliaries;  // folded
    std::vector<std::string> participles;                 // folded globs
    // Verb forms of reported speech ("aurait", "sei") and the words that, in their sentence, make them
    // grammar rather than doubt ("selon", "sagte", "si"): see reported_hedges.
    PhraseSet reported_moods, reported_unless;
    // Determiners: a scale word right after one is a noun ("the firm", "a call for tenders").
    std::unordered_set<std::string> determiners;  // folded
    // The same lists matched by stem (inflected forms: "absoluten"), with the entries marked "~" in
    // the pack ("~hoch*": "hochintelligent"): across languages any of these on the other side is a
    // counterpart of an intensifier or hedge, though only the plain entries go missing.
    PhraseSet loose_intensifiers, loose_hedges;
    // Entries written "~word +": a counterpart only right before a content word ("si grave", not the "si"
    // of "si la plaie" = "if the wound"). Folded.
    std::unordered_set<std::string> loose_before_content;
    // Pack words marked "~" (fail*, prevent*, rather than): they carry a negation that a translation
    // often spells out ("failed to" = "nicht geschafft"), so they stand for a negation of the other
    // side but are never a negation that went missing.
    PhraseSet implicit_negators;
    // Those of them written "~*-free", "~*frei": compounds that say "without" ("interest-free"), which render
    // the other side's noun ("interessi") and its privative ("senza") at once.
    PhraseSet privative_compounds;
    // Restrictive focus words ("only", "nur", "seulement", "tylko"): "only X" says "not other than X", so
    // across languages one stands for a negation of the other side ("refunds are not offered, except …" =
    // "solo se reembolsa cuando …"); the pack's negation.restrictives. Never a negation that went missing.
    PhraseSet restrictives;
    // Words that bound a wait ("until", "bis", "jusqu'à", "hasta"; the pack's negation.until), and words that
    // say the converse is kept until then ("stay", "keep", "bleiben", "erst", "permanecer"; negation.kept):
    // "Do not leave until …" is "stay until …", "erst nach …".
    PhraseSet until, kept;
    // Pack words marked "?" ("error", "problem", "different"): they may say lexically what a particle
    // of the other side says ("could not save" = "error saving"), too loosely to balance a negation;
    // they only make a flip less certain.
    PhraseSet lexical_negatives;
    // Fixed expressions whose negator negates nothing ("not only … but", "nicht zuletzt", "ne … que"):
    // a negator inside one is not counted.
    PhraseSet negation_idioms;
    // Two opposite poles of one concept, said in words of the language: the pack's [cost] (free of charge /
    // with a price) and each key of its [opposites] (a quantity going up / down, included / excluded, open /
    // closed). A side that says one pole where the other says the other is polarity.cost's or
    // polarity.opposite's (rules/polarity/poles.hpp).
    struct Poles {
        std::string concept_name;  // "cost", or the [opposites] key
        PhraseSet first, second;
        // Words after which a phrase of `first` says something else ("free to", "free from").
        std::unordered_set<std::string> first_not_before;  // folded
        // A negation next to a mention turns it to the other pole ("no longer free", "kostet nichts"); otherwise
        // a negated mention says neither ("did not rise" is not "fell").
        bool negation_turns = false;
        // Words between a negation and a mention after it that it governs: a concept of two states is negated
        // from the clause's opening ("No noisy work is allowed"), a price right before it ("no longer free").
        std::size_t negation_reach = 3;
    };
    std::vector<Poles> poles;  // [cost] first, then [opposites] in key order
    // Every phrase of `poles`, its Match's scale the index of its concept: one pass over a text tells whether
    // it mentions any pole at all (most texts mention none).
    PhraseSet any_pole;
    PhraseSet same_language_negation_idioms;  // entries written "=not only": in one language only
    PhraseSet cross_language_negation_idioms;  // entries written "!no more than": across languages only
    std::vector<std::string> negation_prefixes;         // "un", "non-", …
    // Prefixes marked "+" in the pack: productive enough that any word starting so may be negated
    // (see may_be_affix_negated).
    std::vector<std::string> open_negation_prefixes;
    std::vector<std::string> negation_suffixes;  // entries "-los", "-less" of the prefix list
    std::unordered_set<std::string> negation_exceptions;  // folded words that only look negative
    std::vector<std::string> negation_exception_prefixes;  // exceptions written "unter*"
    std::unordered_set<std::string> stopwords;           // folded
    // Every noun is written with a capital (German; the "mul" pack's entities.capitalised_nouns): a
    // capital inside a sentence is no sign of a name.
    bool capitalises_nouns = false;
    std::unordered_map<std::string, std::string> synonym_of;  // stem -> stem of its group's first word
    std::unordered_map<std::string, std::vector<std::string>> antonyms;  // stem -> stems (pack pairs)
};

// The lexicon of a language for this run: compiled from its pack (null: none) on first use and kept
// in the run's store, so every rule and thread of the run shares one.
const Lexicon& lexicon_of(const RunContext& run, const LanguagePack* pack, std::string_view language);

bool is_stopword(const Lexicon& lexicon, const Token& token);

}  // namespace verity::rules::wording
