// Shared machinery of the wording rules (softening, polarity, omission/addition of phrases): words
// with byte offsets, word lists compiled from the packs, and a word alignment of same-language pairs.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rules/engine/rule.hpp"

namespace verity::rules::wording {

struct Token {
    std::size_t begin = 0, end = 0;  // bytes of the segment text
    std::string folded;              // case-folded, typographic apostrophe as '
    std::string stem;                // Snowball stem of `folded`
    bool capitalised = false;        // first letter upper case
    bool sentence_start = false;     // first word of the text or of a sentence in it
    bool numeric = false;            // holds a digit
};

// Words, numbers and clitics ("l'", "n't", "'s") of a text. Hyphenated words stay one token.
// Stems come from a per-thread stemmer and cache, so this may run on many threads at once.
std::vector<Token> tokenize(std::string_view text, std::string_view language);

// Stem of one case-folded word in a language (per-thread cache).
const std::string& stem_of(std::string_view folded, std::string_view language);

// A match of a pack phrase on a token sequence: tokens [first, last).
struct Match {
    std::size_t first = 0, last = 0;
    int scale = 0;  // index of the scale (scales) or 0 (plain lists)
    int level = 0;  // step on the scale, 0 = strongest
};

// Phrases of a pack list compiled for matching token by token. Entries are words or phrases;
// "word*" matches any word starting with "word"; "a … b" (or "a ... b") matches a, then b within
// the next four words (French "ne … plus"). With `by_stem`, words compare by stem, so "condemn"
// matches "condemned" and "condemns".
class PhraseSet {
public:
    void add(std::string_view phrase, std::string_view language, bool by_stem, int scale, int level);
    std::vector<Match> find(const std::vector<Token>& tokens) const;
    bool empty() const { return entries_.empty(); }

private:
    struct Word {
        std::string text;
        bool prefix = false;
    };
    struct Entry {
        std::vector<Word> words;
        std::size_t gap_after = 0;  // index of the word followed by "…", or 0 for none
        int scale = 0, level = 0;
    };
    bool word_matches(const Word& w, const Token& t) const;
    std::string_view lookup_key(std::string_view word) const;
    std::vector<Entry> entries_;
    // Looked up with string_views of tokens, without building a string per token.
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::vector<std::size_t>, KeyHash, std::equal_to<>> by_first_;  // exact first words
    std::vector<std::size_t> prefix_first_;                               // entries starting "word*"
    bool by_stem_ = false;
};

// Everything the wording rules know about one language, compiled once from its pack.
struct Lexicon {
    std::string language;
    std::vector<std::string> modal_scale_names, verb_scale_names;
    PhraseSet modals, verbs, intensifiers, hedges, negators;
    // Modals that, opening a sentence or clause, make it a condition (German "Sollte es regnen").
    std::unordered_set<std::string> conditional_modals;  // folded
    // The same lists matched by stem (inflected forms: "absoluten"), with the entries marked "~" in
    // the pack ("~hoch*": "hochintelligent"): across languages any of these on the other side is a
    // counterpart of an intensifier or hedge, though only the plain entries go missing.
    PhraseSet loose_intensifiers, loose_hedges;
    // Pack words marked "~" (fail*, prevent*, rather than): they carry a negation that a translation
    // often spells out ("failed to" = "nicht geschafft"), so they stand for a negation of the other
    // side but are never a negation that went missing.
    PhraseSet implicit_negators;
    // Fixed expressions whose negator negates nothing ("not only … but", "nicht zuletzt", "ne … que"):
    // a negator inside one is not counted.
    PhraseSet negation_idioms;
    PhraseSet same_language_negation_idioms;  // entries written "=not only": in one language only
    std::vector<std::string> negation_prefixes;         // "un", "non-", …
    // Prefixes marked "+" in the pack: productive enough that any word starting so may be negated
    // (see may_be_affix_negated).
    std::vector<std::string> open_negation_prefixes;
    std::vector<std::string> negation_suffixes;  // entries "-los", "-less" of the prefix list
    std::unordered_set<std::string> negation_exceptions;  // folded words that only look negative
    std::vector<std::string> negation_exception_prefixes;  // exceptions written "unter*"
    std::unordered_set<std::string> stopwords;           // folded
    std::unordered_map<std::string, std::string> synonym_of;  // stem -> stem of its group's first word
    std::unordered_map<std::string, std::vector<std::string>> antonyms;  // stem -> stems (pack pairs)
};

// Compiles lexicons lazily, once per pack. Each rule holds one; lexicons with the same pack
// content are shared process-wide so the per-segment analysis cache serves every rule.
class Lexicons {
public:
    const Lexicon& get(const LanguagePack* pack, std::string_view language) const;

private:
    mutable std::mutex mutex_;
    mutable std::map<std::pair<const LanguagePack*, std::string>, std::shared_ptr<const Lexicon>> cache_;
};

// A contiguous stretch between two aligned anchors: tokens [begin, end) of each side.
struct Gap {
    std::size_t source_begin = 0, source_end = 0;
    std::size_t target_begin = 0, target_end = 0;
};

// One segment pair, tokenised and (same language only) word-aligned.
struct Analysis {
    const Lexicon* source_lexicon = nullptr;
    const Lexicon* target_lexicon = nullptr;
    bool same_language = false;
    std::vector<Token> source, target;
    // Same language: the target token each source token is aligned to (in order or moved), or -1.
    std::vector<int> source_link, target_link;
    std::vector<Gap> gaps;  // stretches between in-order anchors where something is unaligned
    double similarity = 0;  // share of content words aligned in order, over both sides
    std::size_t edits = 0;  // gaps with an unaligned content word on either side
    std::size_t moved = 0;  // content words aligned out of order (a reordering)
    // Changed in several places, or reordered: a rewording rather than a revision in one place.
    bool reworded(std::size_t edits_limit) const { return edits + (moved > 0 ? 1 : 0) >= edits_limit; }
    bool aligned = false;   // same language and short enough to align
};

// The languages a document's source and target text are written in, when the text clearly
// contradicts the declared ones (a German target in a file that says trgLang="en" is common in
// exported files); empty when the declaration holds or the text is too short to tell. Guessed
// once per document and thread from a sample of its segments.
struct ObservedLanguages {
    std::string source, target;
};
const ObservedLanguages& observed_languages(const SegmentView& view);
// The primary language of each side, after observed_languages().
std::string source_language(const SegmentView& view);
std::string target_language(const SegmentView& view);

// The analysis of a segment, cached per thread for the rules that run on it one after another.
// Returns null when the segment is not for the wording rules (no target, blank, alignment gap).
const Analysis* analyse(const SegmentView& view, const Lexicon& source, const Lexicon& target);

// Convenience: a rule's lexicons for both sides, then analyse().
const Analysis* analyse(const SegmentView& view, const Lexicons& lexicons);

bool is_stopword(const Lexicon& lexicon, const Token& token);

// A token with a negative prefix whose remainder names the opposite ("unlikely" / "likely").
// `other` is the token list of the other side when it is in the same language (the remainder must
// occur there), else null (English: WordNet antonymy of the word and its remainder decides).
bool is_affix_negated(const Lexicon& lexicon, const Token& token, const std::vector<Token>* other);

// A word that may well be negated by an affix (an open prefix "un", a suffix "-los"), unverified:
// across languages it stands for a negation of the other side ("unhurt" / "unverletzt",
// "unemployment" / "Arbeitslosigkeit") but is never reported as one.
bool may_be_affix_negated(const Lexicon& lexicon, const Token& token);

// Content anchors of a pair in two languages: numbers, names and cognates spelt alike ("Prague" /
// "Prager", "2008"), as an in-order chain of (source token, target token). They tie the clauses
// of the two sides together where no word alignment exists.
std::vector<std::pair<std::size_t, std::size_t>> cross_anchors(const Analysis& a);

// Where source token `i` falls in the target, interpolated between the anchors around it.
double map_position(const std::vector<std::pair<std::size_t, std::size_t>>& anchors, std::size_t i,
                    std::size_t source_size, std::size_t target_size);

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
                                     const std::vector<Match>& target, const std::vector<std::string>& target_names);

// End of the words a modal governs, for display ("will include", "could not cover"): the match,
// then up to two function words, then one more word.
std::size_t governed_end(const Lexicon& lexicon, const std::vector<Token>& tokens, std::size_t last);

// Byte range of tokens [first, last).
ByteRange span(const std::vector<Token>& tokens, std::size_t first, std::size_t last);
// Text of tokens [first, last) as written.
std::string words(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t last);

// Clauses of a text: pieces ended by a comma (weak) or by sentence punctuation, a colon, a
// semicolon or a spaced dash (strong), in order, covering the text.
struct Clause {
    std::size_t begin = 0, end = 0;  // bytes
    bool strong = false;             // ends at a sentence, colon, semicolon or dash break
};
std::vector<Clause> clauses(std::string_view text);
// The same text cut at strong breaks only.
std::vector<Clause> strong_clauses(std::string_view text);

// Which source words of a pair in two languages the target renders: per source token, whether it is
// a content word (a number or no stop word) and whether the target holds its number, a cognate
// (the same first five letters), one of its FreeDict translations (also inside a compound), or a word
// whose back-translation leads to it (inflection endings are tried off both sides). Cached per
// thread for the segment last asked about.
struct Rendering {
    std::vector<char> content, rendered;
    // Content words and rendered ones among the source tokens starting in bytes [begin, end).
    std::pair<std::size_t, std::size_t> count(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) const;
};
// With `target_words`, the same for the target's words rendered in the source.
const Rendering& cross_rendering(const SegmentView& view, const Analysis& analysis, bool target_words = false);

// Per word of `words` (in `words_language`), whether `other` (another language, with its lexicon)
// renders it by the evidence of cross_rendering; `strict`: by a one-word dictionary translation
// with the same stem (or the same word) only.
std::vector<bool> rendered_in(const std::vector<Token>& words, std::string_view words_language,
                              const std::vector<Token>& other, const Lexicon& other_lexicon, bool strict = false);

// Negators and implicit negators of a text: a word near one (two words before to one after) is
// negated in effect ("not clear" = "unklar", "little known" = "unbekannt").
std::vector<Match> negation_context(const Lexicon& lexicon, const std::vector<Token>& tokens);
bool in_negation_context(const std::vector<Match>& context, std::size_t i);

// Index of the first content word of `other` (among those `eligible` accepts, when given) that `word` (in
// `lexicon`'s language) renders by a one-word dictionary translation (see rendered_in, strict), or
// other.size().
std::size_t rendered_word(const Token& word, const Lexicon& lexicon, const std::vector<Token>& other,
                          const Lexicon& other_lexicon, const std::function<bool(std::size_t)>& eligible = {});

// Across languages, a word of `tokens` whose negated form (a negative prefix of the pack added:
// "mittelbar" → "unmittelbar", "expected" → "unexpected") is a one-word dictionary translation of a
// word of `other` while the word itself renders nothing there: the text says the opposite of the
// other side, most often because a translation dropped the prefix.
struct PrefixOpposite {
    std::size_t token = 0;  // index in `tokens`
    std::size_t other = 0;  // index in `other` of the word the negated form translates
    std::string negated;    // the negated form, folded
};
std::vector<PrefixOpposite> prefix_opposites(const Lexicon& lexicon, const std::vector<Token>& tokens,
                                             const std::vector<Token>& other, const Lexicon& other_lexicon);

// How far the pair's target length lies from the document's length model, in standard
// deviations (negative: shorter than expected); see omission.length. Defined there.
double length_deviation(const SegmentView& view);

}  // namespace verity::rules::wording
