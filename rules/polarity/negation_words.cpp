#include "rules/polarity/negation_words.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/engine/packs.hpp"
#include "rules/lexicon/wordnet.hpp"

namespace verity::rules::polarity {

using wording::stem_of;

namespace {

// Whether an English word or phrase of a dictionary says "not": a negator ("without delay"), a
// "-less" word, an "un-" word, or a prefixed word WordNet lists as the antonym of its remainder
// ("incredible" / "credible").
bool english_negated(const RunContext& run, std::string_view phrase) {
    bool negated = false;
    std::size_t i = 0;
    while (!negated && i < phrase.size()) {
        std::size_t j = phrase.find_first_of(" -", i);
        if (j == std::string_view::npos) j = phrase.size();
        const std::string_view w = phrase.substr(i, j - i);
        i = j + 1;
        if (w == "not" || w == "no" || w == "without" || w == "never" || w == "non" || w == "none" || w == "nothing")
            negated = true;
        else if (w.size() >= 7 && (w.ends_with("less") || w.ends_with("lessness") || w.ends_with("lessly")))
            negated = true;
        else if (w.size() >= 5 && w.starts_with("un") && !w.starts_with("uni") && !w.starts_with("under"))
            negated = true;
        else
            for (std::string_view p : {"in", "im", "il", "ir", "dis"})
                if (w.size() >= p.size() + 4 && w.starts_with(p) &&
                    wordnet::english_antonyms(run).are_antonyms(w, w.substr(p.size())))
                    negated = true;
    }
    return negated;
}

// The English senses of a word of another language, looked up as it stands or without an inflection's
// ending ("inconnues" -> "inconnu").
std::vector<std::string> english_senses(const RunContext& run, std::string_view folded, std::string_view language) {
    const auto& dictionary = run.dictionary(language, "en");
    std::vector<std::string> out;
    if (dictionary.empty()) return out;
    for (const auto& t : dictionary.find(folded)) out.emplace_back(t);
    for (std::string_view ending : {"sten", "ste", "en", "em", "er", "es", "e", "n", "s"})
        if (out.empty() && folded.size() >= ending.size() + 5 && folded.ends_with(ending))
            for (const auto& t : dictionary.find(folded.substr(0, folded.size() - ending.size()))) out.emplace_back(t);
    return out;
}

// Whether a word of another language, translated by the installed FreeDict dictionary into English,
// is negated there ("unbekannt" -> "unknown", "unverzüglich" -> "without delay"; "Unfall" ->
// "accident" is not). Inflected forms are looked up without their endings ("unbekannten"). Returns
// nullopt when no dictionary is installed or it does not know the word.
std::optional<bool> negated_in_english(const RunContext& run, std::string_view folded, std::string_view language) {
    // Most senses must be negated: "unmittelbar" has an odd "unmediated" among "direct",
    // "immediately", "firsthand".
    const auto senses = english_senses(run, folded, language);
    if (senses.empty()) return std::nullopt;
    std::size_t negated = 0;
    for (const auto& t : senses) negated += english_negated(run, t);
    return 2 * negated >= senses.size();
}

// A word of another language with one of its closed negative prefixes ("inconnu") that the dictionary renders by
// an English word negated the same way ("unknown") whose bare form renders the word without the prefix
// ("connu" -> "known", or a phrase ending in it: "well-known"): a negated word, though the dictionary lists
// other senses beside ("stranger").
bool negated_pair_in_english(const RunContext& run, const Lexicon& lexicon, const Token& token) {
    const auto senses = english_senses(run, token.folded, lexicon.language);
    if (senses.empty()) return false;
    for (const auto& prefix : lexicon.negation_prefixes) {
        // (An open prefix, German "un", already negates by itself: the majority of senses decide there.)
        if (!token.folded.starts_with(prefix) || token.folded.size() < prefix.size() + 4 ||
            std::find(lexicon.open_negation_prefixes.begin(), lexicon.open_negation_prefixes.end(), prefix) !=
                lexicon.open_negation_prefixes.end())
            continue;
        const auto bare = english_senses(run, std::string_view(token.folded).substr(prefix.size()), lexicon.language);
        auto renders = [&](std::string_view base) {
            return std::any_of(bare.begin(), bare.end(), [&](const std::string& b) {
                const std::size_t at = b.find_last_of(" -");
                return std::string_view(b).substr(at == std::string::npos ? 0 : at + 1) == base;
            });
        };
        // (Not "dis", "mis": a reversal or a fault, "distrust" for "Misstrauen", is no "not".)
        for (const auto& sense : senses)
            for (std::string_view p : {"un", "in", "im", "il", "ir", "non-", "non"})
                if (sense.size() >= p.size() + 3 && sense.starts_with(p) && renders(std::string_view(sense).substr(p.size())))
                    return true;
    }
    return false;
}

// Whether an English phrase holds a word the English pack lists as carrying a negation ("failed",
// "differ", "problem").
bool english_implicit(const RunContext& run, std::string_view phrase) {
    const Lexicon& english = wording::lexicon_of(run, run.packs().find("en"), "en");
    if (english.implicit_negators.empty()) return false;
    const auto tokens = wording::tokenize(phrase, "en");
    return !english.implicit_negators.find(tokens).empty() || !english.lexical_negatives.find(tokens).empty();
}

}  // namespace

bool dictionary_negative(const RunContext& run, const Lexicon& lexicon, const Token& token) {
    if (!lexicon.lexical_negatives.find(std::vector<Token>{token}).empty()) return true;
    if (token.numeric || token.folded.size() < 4) return false;
    // English: an adjective or adverb WordNet lists as the antonym of its remainder ("ineligible" =
    // "nicht berechtigt"); too loose to balance a negation ("invalid" is also "ungültig" itself).
    if (lexicon.language == "en") return lexically_negated(run, lexicon, token);
    const auto& dictionary = run.dictionary(lexicon.language, "en");
    if (dictionary.empty()) return false;
    std::size_t total = 0, negative = 0;
    for (const auto& t : dictionary.find(token.folded)) {
        ++total;
        negative += english_negated(run, t) || english_implicit(run, t);
    }
    return total > 0 && 2 * negative >= total;
}

bool negation_exception(const Lexicon& lexicon, const Token& token) {
    if (lexicon.negation_exceptions.count(token.folded)) return true;
    for (const auto& p : lexicon.negation_exception_prefixes)
        if (token.folded.starts_with(p)) return true;
    return false;
}

bool may_be_affix_negated(const RunContext& run, const Lexicon& lexicon, const Token& token) {
    if (token.numeric || negation_exception(lexicon, token)) return false;
    bool formed = false;
    for (const auto& prefix : lexicon.open_negation_prefixes)
        formed = formed || (token.folded.size() >= prefix.size() + 4 && token.folded.starts_with(prefix));
    // A suffix ends the word, or is followed by an inflection or a noun ending only ("Arbeitslosigkeit",
    // "harmlessness"), not by more stem ("geschlossen", "blossom").
    for (const auto& suffix : lexicon.negation_suffixes)
        for (std::size_t at = token.folded.find(suffix, 3); !formed && at != std::string::npos;
             at = token.folded.find(suffix, at + 1)) {
            const std::string_view tail = std::string_view(token.folded).substr(at + suffix.size());
            for (std::string_view t : {"", "e", "en", "er", "es", "em", "igkeit", "igkeiten", "ly", "ness"})
                formed = formed || tail == t;
        }
    // A closed prefix ("in", "dés") negates only where a dictionary or WordNet says so: "insuffisant"
    // is "insufficient", "information" is no negation.
    bool closed = false;
    for (const auto& prefix : lexicon.negation_prefixes)
        closed = closed || (token.folded.size() >= prefix.size() + 4 && token.folded.starts_with(prefix));
    if (!formed && !closed) return false;
    // Across languages a dictionary to English, where installed, tells the negated word from one
    // that merely starts or ends so ("Unfall", "unmittelbar").
    if (lexicon.language != "en") {
        if (const auto negated = negated_in_english(run, token.folded, lexicon.language))
            return *negated || (closed && negated_pair_in_english(run, lexicon, token));
        return formed;
    }
    // English closed prefixes stay out: "disappear", "inaction" would cover a particle that went.
    return formed;
}

bool lexically_negated(const RunContext& run, const Lexicon& lexicon, const Token& token) {
    if (token.numeric || negation_exception(lexicon, token)) return false;
    if (lexicon.language == "en") {
        for (const auto& prefix : lexicon.negation_prefixes) {
            if (!token.folded.starts_with(prefix)) continue;
            std::string_view rest = std::string_view(token.folded).substr(prefix.size());
            if (!rest.empty() && rest.front() == '-') rest.remove_prefix(1);
            if (rest.size() >= 3 && wordnet::english_antonyms(run).are_antonyms(token.folded, rest, false, false))
                return true;
        }
        return false;
    }
    if (const auto negated = negated_in_english(run, token.folded, lexicon.language)) return *negated;
    for (const auto& prefix : lexicon.open_negation_prefixes)
        if (token.folded.starts_with(prefix)) return true;
    return false;
}

bool is_affix_negated(const RunContext& run, const Lexicon& lexicon, const Token& token,
                      const std::vector<Token>* other) {
    if (token.numeric || negation_exception(lexicon, token)) return false;
    for (const auto& prefix : lexicon.negation_prefixes) {
        if (!token.folded.starts_with(prefix)) continue;
        std::string_view rest = std::string_view(token.folded).substr(prefix.size());
        if (!rest.empty() && rest.front() == '-') rest.remove_prefix(1);
        if (rest.size() < 3) continue;
        const std::string& rest_stem = stem_of(rest, lexicon.language);
        if (other) {
            bool there = false;
            for (const auto& t : *other) there = there || t.stem == rest_stem;
            if (!there) continue;
            // English: WordNet tells "unlikely" (the opposite of "likely") from "discourse".
            if (lexicon.language != "en" || !wordnet::english_antonyms(run).loaded ||
                wordnet::english_antonyms(run).are_antonyms(token.folded, rest))
                return true;
            continue;
        }
        if (lexicon.language == "en" && wordnet::english_antonyms(run).are_antonyms(token.folded, rest)) return true;
    }
    return false;
}

std::vector<Match> negation_context(const Lexicon& lexicon, const std::vector<Token>& tokens) {
    std::vector<Match> out = lexicon.negators.find(tokens);
    for (const Match& m : lexicon.implicit_negators.find(tokens)) out.push_back(m);
    return out;
}

bool in_negation_context(const std::vector<Match>& context, std::size_t i) {
    for (const Match& m : context)
        if (m.first <= i + 2 && i <= m.last + 1) return true;
    return false;
}

}  // namespace verity::rules::polarity
