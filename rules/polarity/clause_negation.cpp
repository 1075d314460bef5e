#include "rules/polarity/clause_negation.hpp"

#include <algorithm>
#include <string>

#include "rules/engine/packs.hpp"
#include "rules/polarity/negation_words.hpp"

namespace verity::rules::polarity {

using wording::Match;
using wording::Token;

namespace {

// A language without its own stemmer: a word's family is the dictionary's headwords that share all of
// it but its last `ending` bytes (an inflection: "podporuje" / "podporovat"), and at least `keep` bytes.
// `span` bounds how much longer or shorter such a headword may be: another word formed on the same stem
// ("nepodporující", a participle, for "nepodporuje") is no form of it.
bool family_known(const text::BilingualDictionary& dictionary, std::string_view word, std::size_t ending,
                  std::size_t keep, std::size_t span) {
    if (word.size() < keep) return false;
    const std::size_t probe = std::max(keep, word.size() - std::min(ending, word.size()));
    const auto [first, last] = dictionary.prefix_range(word.substr(0, probe));
    constexpr std::size_t kLooked = 64;
    for (std::size_t i = first; i < last && i < first + kLooked; ++i) {
        const std::size_t n = dictionary.headword(i).size();
        if (n + span >= word.size() && n <= word.size() + span) return true;
    }
    return false;
}

bool is_concord_word(const std::vector<std::string>& concord, const Token& token) {
    return std::find(concord.begin(), concord.end(), token.folded) != concord.end();
}

// Whether punctuation that closes a clause stands between two tokens.
bool clause_break_between(std::string_view text, const Token& a, const Token& b) {
    if (b.begin < a.end || b.begin > text.size()) return true;
    return text.substr(a.end, b.begin - a.end).find_first_of(",;:.!?()\u2013") != std::string_view::npos;
}

}  // namespace

std::vector<Match> prefix_negated_verbs(const RunContext& run, const wording::Lexicon& lexicon,
                                        const std::vector<Token>& tokens, bool candidates) {
    std::vector<Match> out;
    const auto& prefixes = list_of(run.packs().find(lexicon.language), "negation.verb_prefixes");
    if (prefixes.empty()) return out;
    const auto& dictionary = run.dictionary(lexicon.language, "en");
    if (dictionary.empty()) return out;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (t.numeric || (t.capitalised && !t.sentence_start) || negation_exception(lexicon, t)) continue;
        for (const auto& prefix : prefixes) {
            // At least four bytes of stem after the prefix: "nesl" (carried) is no negation of "sl".
            if (t.folded.size() < prefix.size() + 5 || !t.folded.starts_with(prefix)) continue;
            const std::string_view rest = std::string_view(t.folded).substr(prefix.size());
            // The word itself is looked up more narrowly, by its length: "nepříznivého" is a form of
            // "nepříznivý", "nepodporuje" none of "nepodporovaný".
            if (!family_known(dictionary, rest, 3, 4, 6)) continue;
            if (!candidates && family_known(dictionary, t.folded, 4, prefix.size() + 4, 2)) continue;
            out.push_back({i, i + 1, 0, 0});
            break;
        }
    }
    return out;
}

// Whether a sentence ends between two tokens (a comma, which lists the members of one negation, does not).
bool sentence_break_between(std::string_view text, const Token& a, const Token& b) {
    if (b.begin < a.end || b.begin > text.size()) return true;
    return text.substr(a.end, b.begin - a.end).find_first_of(";.!?") != std::string_view::npos;
}

void merge_concord(const RunContext& run, const wording::Lexicon& lexicon, std::string_view text,
                   const std::vector<Token>& tokens, std::vector<Match>& found) {
    const LanguagePack* pack = run.packs().find(lexicon.language);
    const auto& concord = list_of(pack, "negation.concord");
    const auto& coordinators = list_of(pack, "negation.coordinators");
    if (found.size() < 2) return;
    // A coordinator continues a negation said before it in its sentence, across the commas of a list ("No
    // debe conducir, manejar maquinaria ni firmar" = "must not drive, operate machinery or sign") and across
    // clauses ("it is not yet clear when …, nor whether …"). Opening its sentence, it negates ("Nor should we …").
    if (!coordinators.empty()) {
        auto continues = [&](const Match& m) {
            if (m.last != m.first + 1 || !is_concord_word(coordinators, tokens[m.first])) return false;
            return std::any_of(found.begin(), found.end(), [&](const Match& n) {
                return &n != &m && n.first < m.first &&
                       !is_concord_word(coordinators, tokens[n.first]) &&
                       !sentence_break_between(text, tokens[n.first], tokens[m.first]);
            });
        };
        std::vector<Match> kept;
        for (const Match& m : found)
            if (!continues(m)) kept.push_back(m);
        found = std::move(kept);
    }
    if (concord.empty() || found.size() < 2) return;
    // Within the clause: concord words stand near the negated verb ("nikt tego nie widział").
    constexpr std::size_t kClauseSpan = 6;
    auto agrees = [&](const Match& m) {
        if (m.last != m.first + 1 || m.level != 0 || !is_concord_word(concord, tokens[m.first])) return false;
        for (const Match& n : found) {
            if (&n == &m || n.level != 0 || is_concord_word(concord, tokens[n.first])) continue;
            const std::size_t lo = std::min(m.first, n.first), hi = std::max(m.first, n.first);
            if (hi - lo <= kClauseSpan && !clause_break_between(text, tokens[lo], tokens[hi])) return true;
        }
        return false;
    };
    std::vector<Match> kept;
    for (const Match& m : found)
        if (!agrees(m)) kept.push_back(m);
    found = std::move(kept);
}

}  // namespace verity::rules::polarity
