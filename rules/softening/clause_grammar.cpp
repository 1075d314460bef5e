#include "rules/softening/clause_grammar.hpp"

#include "xliff/text/glob.hpp"

namespace verity::rules::wording {

bool clause_break(std::string_view text, const std::vector<Token>& tokens, std::size_t before, std::size_t after) {
    for (std::size_t i = tokens[before].end; i < tokens[after].begin && i < text.size(); ++i)
        if (text[i] == ',' || text[i] == ';' || text[i] == ':' || text[i] == '.' || text[i] == '!' || text[i] == '?')
            return true;
    return false;
}

bool participle(const Lexicon& lex, const Token& t) {
    if (t.numeric || (t.capitalised && !t.sentence_start) || is_stopword(lex, t)) return false;
    for (const auto& glob : lex.participles)
        if (text::glob_match(glob, t.folded)) return true;
    return false;
}

namespace {

// The sentence around token `at`: from the token that opens it to the last before the next one.
std::pair<std::size_t, std::size_t> sentence_around(const std::vector<Token>& tokens, std::size_t at) {
    std::size_t b = at, e = at + 1;
    while (b > 0 && !tokens[b].sentence_start) --b;
    while (e < tokens.size() && !tokens[e].sentence_start) ++e;
    return {b, e};
}

}  // namespace

std::vector<Match> reported_hedges(const Lexicon& lex, const std::vector<Token>& tokens, std::string_view text) {
    std::vector<Match> out;
    if (lex.reported_moods.empty() || lex.participles.empty()) return out;
    const std::vector<Match> unless = lex.reported_unless.find(tokens);
    for (const Match& m : lex.reported_moods.find(tokens)) {
        bool followed = false;
        for (std::size_t k = m.last; k < tokens.size() && !followed; ++k) {
            if (clause_break(text, tokens, k - 1, k)) break;
            followed = participle(lex, tokens[k]);
        }
        if (!followed) continue;
        const auto [b, e] = sentence_around(tokens, m.first);
        bool excused = false;
        for (const Match& u : unless) excused = excused || (u.first >= b && u.first < e);
        if (!excused) out.push_back({m.first, m.last, 0, 1});
    }
    return out;
}

}  // namespace verity::rules::wording
