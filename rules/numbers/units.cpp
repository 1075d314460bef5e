// Units and currencies beside numbers, read with the packs' [units] knowledge: the "mul" pack's units
// (dimension, conversion to the dimension's base unit) and symbols, each language's words for them.
#include "rules/numbers/units.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <memory>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "rules/engine/context.hpp"
#include "rules/engine/packs.hpp"
#include "rules/entities/entities.hpp"
#include "xliff/text/case_folding.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules {
namespace {

// The code point at byte `at`, or -1 past the end.
UChar32 code_point_at(std::string_view text, std::size_t at, std::size_t* after = nullptr) {
    if (at >= text.size()) return -1;
    auto i = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    if (after) *after = static_cast<std::size_t>(i);
    return c;
}

bool space_like(UChar32 c) { return c == 0x20 || c == 0xA0 || c == 0x202F || c == 0x2009; }

// The first byte from `at` on that is no space.
std::size_t skip_spaces(std::string_view text, std::size_t at) {
    std::size_t after = at;
    while (space_like(code_point_at(text, at, &after))) at = after;
    return at;
}

// Where the spaces before byte `at` begin.
std::size_t skip_spaces_back(std::string_view text, std::size_t at) {
    while (at > 0) {
        if (text[at - 1] == ' ') {
            --at;
        } else if (at >= 2 && text.compare(at - 2, 2, "\xC2\xA0") == 0) {
            at -= 2;
        } else if (at >= 3 && (text.compare(at - 3, 3, "\u202F") == 0 || text.compare(at - 3, 3, "\u2009") == 0)) {
            at -= 3;
        } else {
            break;
        }
    }
    return at;
}

// A letter or a digit at byte `at`: a symbol that runs on into one is part of a longer word ("mi" of "min").
bool word_character_at(std::string_view text, std::size_t at) {
    const UChar32 c = code_point_at(text, at);
    return c >= 0 && (u_isalnum(c) || c == '_');
}

// The longest symbol of `symbols` at byte `at` that ends at a word boundary; its id and its end.
// (Looked up by length, longest first.)
std::pair<std::string, std::size_t> symbol_at(std::string_view text, std::size_t at, const UnitLexicon& lexicon) {
    if (at >= text.size()) return {};
    std::string probe;
    for (std::size_t n = std::min(lexicon.longest_symbol, text.size() - at); n > 0; --n) {
        probe.assign(text.substr(at, n));
        auto it = lexicon.symbols.find(probe);
        if (it == lexicon.symbols.end()) continue;
        if (word_character_at(text, at + n) && word_character_at(text, at + n - 1)) continue;
        return {it->second, at + n};
    }
    return {};
}

// The longest unit phrase of folded words at byte `at`, over words only spaces join; `end` is set to
// the byte after it.
std::string words_at(std::string_view text, std::size_t at, const UnitLexicon& lexicon, std::size_t& end) {
    const auto words = split_words(text.substr(at, std::min<std::size_t>(text.size() - at, 96)));
    if (words.empty() || words.front().begin != 0 || !words.front().has_letter) return {};
    std::string phrase, best;
    for (std::size_t k = 0; k < words.size() && k < lexicon.longest_words; ++k) {
        if (k > 0 && !words[k].joined) break;
        if (k > 0) phrase += ' ';
        phrase += words[k].key;
        if (auto it = lexicon.words.find(phrase); it != lexicon.words.end()) {
            best = it->second;
            end = at + words[k].end;
        }
    }
    return best;
}

// After the scale word of "5 millions d'euros", "3 Mio. Euro": where the unit may start.
std::size_t after_scale_words(std::string_view text, std::size_t at, const std::vector<std::string>& connectors) {
    const auto words = split_words(text.substr(at, std::min<std::size_t>(text.size() - at, 64)));
    if (words.empty() || !words.front().has_letter) return at;
    std::size_t end = words.front().end;
    if (end < text.size() - at && text[at + end] == '.') ++end;
    if (words.size() > 1 && std::find(connectors.begin(), connectors.end(), words[1].key) != connectors.end())
        end = words[1].end;
    // "d'euros": the connector is glued to the unit by an apostrophe.
    for (const auto& c : connectors)
        if (c.ends_with('\'') && text.compare(at + skip_spaces(text.substr(at), end), c.size(), c) == 0)
            return at + skip_spaces(text.substr(at), end) + c.size();
    return at + end;
}

// The unit written after a number or, for an amount, the currency sign or code before it.
std::string unit_of(std::string_view text, const NumberToken& token, const UnitLexicon& lexicon,
                    const std::vector<std::string>& connectors) {
    const std::size_t before = skip_spaces_back(text, token.begin);
    for (const auto& [symbol, id] : lexicon.prefixes)
        if (before >= symbol.size() && text.compare(before - symbol.size(), symbol.size(), symbol) == 0 &&
            !(before > symbol.size() && word_character_at(text, before - symbol.size() - 1) &&
              word_character_at(text, before - symbol.size())))
            return id;
    std::size_t at = skip_spaces(text, token.end);
    if (token.scale != 1 && at == token.end && word_character_at(text, at)) {
        // The scale glued to the digits ("4.5m", "103bn") is no unit.
        while (word_character_at(text, at)) ++at;
        at = skip_spaces(text, at);
    } else if (token.scale != 1) {
        at = skip_spaces(text, after_scale_words(text, at, connectors));
    }
    // A number a hyphen glues to the word before it ("under-18s", "over-65s") is part of a compound noun:
    // the letter glued after it makes a plural ("18s"), not a unit (18 s).
    const bool compound_noun = token.begin >= 2 && text[token.begin - 1] == '-' &&
                               std::isalpha(static_cast<unsigned char>(text[token.begin - 2]));
    if (compound_noun && at == token.end && word_character_at(text, at)) return {};
    // A share joined to its unit by a hyphen or an elision: "demi-heure", "mezz'ora".
    if (token.fraction && at == token.end && at < text.size() && (text[at] == '-' || text[at] == '\''))
        ++at;
    else if (token.fraction && at == token.end && text.compare(at, 3, "\u2019") == 0)
        at += 3;
    std::size_t end = 0;
    std::string id = symbol_at(text, at, lexicon).first;
    if (!id.empty())
        end = symbol_at(text, at, lexicon).second;
    else
        id = words_at(text, at, lexicon, end);
    // A unit word a hyphen joins to the digits makes an adjective of them: "a 14-mile section", "a
    // 10-minute walk".
    if (id.empty() && !token.fraction && !token.spelled && !token.ordinal && !compound_noun && at == token.end &&
        at + 1 < text.size() && text[at] == '-' &&
        std::isalpha(static_cast<unsigned char>(text[at + 1])))
        id = words_at(text, at + 1, lexicon, end);
    // A share of a unit has an article between ("a quarter of an hour" = 15 minutes): a word of up to
    // three letters is passed over.
    if (id.empty() && token.fraction) {
        std::size_t word_end = at;
        while (word_end < text.size() && word_end - at <= 3 && std::isalpha(static_cast<unsigned char>(text[word_end])))
            ++word_end;
        if (word_end > at && word_end - at <= 3 && word_end < text.size() && text[word_end] == ' ')
            id = words_at(text, skip_spaces(text, word_end), lexicon, end);
    }
    // Two units in a row ("50 km miles") leave it unclear which one the number has.
    if (!id.empty() && end) {
        const std::size_t next = skip_spaces(text, end);
        std::size_t unused = 0;
        if (next > end && (symbol_at(text, next, lexicon).second || !words_at(text, next, lexicon, unused).empty()))
            return {};
    }
    return id;
}

// Between two numbers of a range: a dash or one of the language's range words ("to", "bis", "à"); not
// "and", which as often joins two quantities ("over 65 and 20%").
bool range_gap(std::string_view gap, const std::vector<std::string>& range_words) {
    const auto words = split_words(gap);
    if (words.size() > 1) return false;
    for (char c : gap)
        if (std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == ';' || c == '(' || c == ')') return false;
    return words.empty() ? gap.find_first_not_of(" -/") == std::string_view::npos || gap.find("\u2013") != gap.npos
                         : std::find(range_words.begin(), range_words.end(), words.front().key) != range_words.end();
}

// "between 90 and 120": the gap is the pair's second word and the word before the first number its first.
bool between_range(std::string_view text, const NumberToken& a, const NumberToken& b, const UnitLexicon& lexicon) {
    if (lexicon.range_pairs.empty()) return false;
    const auto gap = split_words(text.substr(a.end, b.begin - a.end));
    if (gap.size() != 1) return false;
    std::size_t from = a.begin > 40 ? a.begin - 40 : 0;
    while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
    // A bracket opens a range as "between" does: "between 12 and 25 °C (54 and 77 °F)".
    std::size_t open = a.begin;
    while (open > 0 && text[open - 1] == ' ') --open;
    const bool bracketed = open > 0 && text[open - 1] == '(' && text.find(')', b.end) != std::string_view::npos &&
                           text.substr(b.end, text.find(')', b.end) - b.end).size() <= 12;
    const auto before = split_words(text.substr(from, a.begin - from));
    for (const auto& [opener, joiner] : lexicon.range_pairs)
        if (gap.front().key == joiner && (bracketed || (!before.empty() && before.back().key == opener))) return true;
    return false;
}

// A part and its whole without units ("18 out of 30", "96 habitants sur 100", "2 personnes sur 3") are one
// proportion: the first number ends after the second and reads as its share, as a fraction or a percentage
// ("18/30", "96 %", "two thirds"). At most two words of a noun stand between the part and the words.
void join_proportions(std::string_view text, std::vector<NumberToken>& tokens, const UnitLexicon& lexicon) {
    if (lexicon.proportion_words.empty()) return;
    auto plain = [](const NumberToken& n) {
        return n.unit.empty() && !n.percent && !n.clock && !n.phone && !n.ordinal && !n.minus && !n.fraction &&
               !n.in_name && n.values.size() == 1;
    };
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        NumberToken& part = tokens[k];
        const NumberToken& whole = tokens[k + 1];
        if (!plain(part) || !plain(whole) || whole.begin < part.end) continue;
        const double p = part.values.front(), w = whole.values.front();
        // (A year is no whole: "5 in 2024".)
        if (w <= 0 || p > w || p < 0 || (w >= 1900 && w <= 2100 && w == std::floor(w))) continue;
        // Numbers of their own, not of a score or a code: "1-1 in four starts".
        if (part.begin > 0 && text[part.begin - 1] != ' ' && text[part.begin - 1] != '(') continue;
        if (whole.end < text.size() && (text[whole.end] == '-' || text[whole.end] == '/' || text[whole.end] == ':'))
            continue;
        const std::string_view gap = text.substr(part.end, whole.begin - part.end);
        if (gap.find_first_of(",;:()[]/.\n") != std::string_view::npos) continue;
        const auto words = split_words(gap);
        if (words.empty() || words.size() > 5) continue;
        bool joined = false;
        for (std::size_t n = 1; n <= 3 && n <= words.size() && !joined; ++n) {
            if (words.size() - n > 2) continue;
            const std::string key = joined_keys(words, words.size() - n, words.size());
            joined = std::find(lexicon.proportion_words.begin(), lexicon.proportion_words.end(), key) !=
                     lexicon.proportion_words.end();
        }
        if (!joined) continue;
        part.values = {p / w, 100 * p / w};
        part.part = p;
        part.whole = w;
        part.end = whole.end;
        part.fraction = true;
        tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(k) + 1);
    }
}

// An amount in whole units and hundredths written as two numbers ("712 Euro und 50 Cent", "5 Euro 60",
// "1 euro et 42 centimes", "$5 and 60 cents") is one amount: the hundredths join the number before, which
// ends after them. The gap holds the first number's currency as a word or symbol (unless it came before
// the digits) and, where the hundredths are named ("und 50 Cent"), at most one short word; unnamed, nothing
// else ("350 euros by 20 February" is an amount and a date).
void join_hundredths(std::string_view text, std::vector<NumberToken>& tokens, const UnitLexicon& lexicon) {
    const UnitInfo* minor = lexicon.minor_currency;
    if (!minor || tokens.size() < 2) return;
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        NumberToken& whole = tokens[k];
        const NumberToken& part = tokens[k + 1];
        const UnitInfo* currency = whole.unit.empty() ? nullptr : lexicon.find(whole.unit);
        if (!currency || currency->dimension != minor->dimension || currency->factor != 0 || whole.scale != 1 ||
            whole.values.empty() || part.values.size() != 1 || part.begin < whole.end)
            continue;
        const double cents = part.values.front();
        const bool named = part.unit == minor->id;
        // Unnamed, the hundredths are two digits right after the currency word ("5 Euro 60").
        if (cents < 0 || cents >= 100 || cents != std::floor(cents) || !(named || (part.unit.empty() && part.end - part.begin == 2)))
            continue;
        std::size_t at = skip_spaces(text, whole.end), end = 0;
        if (auto sym = symbol_at(text, at, lexicon); sym.first == whole.unit)
            at = sym.second;
        else if (words_at(text, at, lexicon, end) == whole.unit)
            at = end;
        else if (!named)
            continue;
        const auto gap = split_words(text.substr(at, part.begin - at));
        if (gap.size() > 1 || (gap.size() == 1 && (!named || gap.front().key.size() > 4 || !gap.front().has_letter)))
            continue;
        if (text.substr(at, part.begin - at).find_first_of(",;.()") != std::string_view::npos) continue;
        for (double& v : whole.values) v += cents / 100;
        whole.literal += (cents < 10 ? ".0" : ".") + std::to_string(static_cast<int>(cents));  // written to the cent
        whole.end = part.end;
        tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(k + 1));
    }
}

void add_units(UnitLexicon& lex, const LanguagePack* mul) {
    for (const auto& g : groups_of(mul, "units.units")) {
        if (g.size() < 3) continue;
        UnitInfo info{g[0], g[1], std::strtod(g[2].c_str(), nullptr), g.size() > 3 ? std::strtod(g[3].c_str(), nullptr) : 0};
        lex.units.emplace(g[0], info);
    }
    for (const auto& g : groups_of(mul, "units.symbols"))
        for (std::size_t i = 1; i < g.size(); ++i) {
            lex.symbols.emplace(g[i], g[0]);
            lex.longest_symbol = std::max(lex.longest_symbol, g[i].size());
        }
    for (const auto& g : groups_of(mul, "units.prefixes"))
        for (std::size_t i = 1; i < g.size(); ++i) lex.prefixes.emplace(g[i], g[0]);
}

// A unit's words, `first` on in group `g` after the id at first - 1, folded into phrases.
void add_word_group(UnitLexicon& lex, const std::vector<std::string>& g, std::size_t first) {
    for (std::size_t i = first; i < g.size(); ++i) {
        std::string phrase;
        std::size_t count = 0;
        for (const auto& w : split_words(g[i]))
            if (w.has_letter) {
                if (count++) phrase += ' ';
                phrase += w.key;
            }
        if (count == 0) continue;
        lex.words.emplace(phrase, g[first - 1]);
        lex.longest_words = std::max(lex.longest_words, count);
    }
}

// The language's own pack's words, symbols and connectors, and its words in the "mul" pack when it has
// no pack yet.
void add_words(UnitLexicon& lex, const LanguagePack* pack, const LanguagePack* mul, const std::string& language) {
    for (const auto& g : groups_of(pack, "units.words")) add_word_group(lex, g, 1);
    for (const auto& g : groups_of(mul, "units.language_words"))
        if (g.size() > 2 && g[0] == language) add_word_group(lex, g, 2);
    for (const auto& g : groups_of(pack, "units.symbols"))
        for (std::size_t i = 1; i < g.size(); ++i) {
            lex.symbols.emplace(g[i], g[0]);
            lex.longest_symbol = std::max(lex.longest_symbol, g[i].size());
        }
    for (const auto& c : list_of(pack, "units.connectors")) lex.connectors.push_back(c);
    for (const auto& w : list_of(pack, "units.range_words")) lex.range_words.push_back(fold_key(w));
    for (const auto& w : list_of(pack, "units.proportion_words"))
        if (const auto words = split_words(w); !words.empty()) lex.proportion_words.push_back(joined_keys(words, 0, words.size()));
    for (const auto& w : list_of(pack, "units.per_words"))
        if (const auto words = split_words(w); !words.empty()) lex.per_words.push_back(joined_keys(words, 0, words.size()));
    for (const auto& w : list_of(pack, "units.times_words")) lex.times_words.push_back(fold_key(w));
    for (const auto& g : groups_of(pack, "units.range_pairs"))
        if (g.size() == 2) lex.range_pairs.emplace_back(fold_key(g[0]), fold_key(g[1]));
}

// The number of decimals written, from a token's literal ("2.5" -> 1; "1 500,25" in fr -> 2).
double written_step(const NumberToken& token, double value) {
    const std::string& s = token.literal;
    const auto sep = s.find_last_of(".,");
    if (!token.spelled && sep != std::string::npos && s.size() - sep - 1 <= 2 && s.size() - sep - 1 > 0 &&
        value != std::floor(value))
        return std::pow(10.0, -static_cast<double>(s.size() - sep - 1));
    if (value == 0 || value != std::floor(value)) return 1;
    double step = 1;
    while (std::fmod(value, step * 10) == 0) step *= 10;
    return step;
}

}  // namespace

const UnitInfo* UnitLexicon::find(const std::string& id) const {
    auto it = units.find(id);
    return it == units.end() ? nullptr : &it->second;
}

const UnitLexicon& unit_lexicon(const RunContext& run, std::string_view language) {
    return run.store().get<UnitLexicon>(std::string(language), [&] {
        auto lex = std::make_unique<UnitLexicon>();  // made in place: minor_currency points into it
        add_units(*lex, run.packs().multilingual());
        add_words(*lex, run.packs().find(language), run.packs().multilingual(), text::primary_language(language));
        lex->minor_currency = lex->find("cent");
        return lex;
    });
}

// The unit written after the number (and its own unit, if any) and one of the per_words: "km" of "€1.60 per
// km", "Tag" of "zwei Stunden pro Tag". Empty when there is none.
std::string per_unit_of(std::string_view text, const NumberToken& token, const UnitLexicon& lexicon) {
    if (lexicon.per_words.empty()) return {};
    auto skip_spaces = [&](std::size_t p) {
        while (p < text.size() && text[p] == ' ') ++p;
        return p;
    };
    // A per word at `p` ("per", "a la"), in any case of its ASCII letters and ending a word: the byte after
    // it, else 0. Compared in place, as most numbers have no per word after them.
    auto per_word_at = [&](std::size_t p) -> std::size_t {
        for (const std::string& w : lexicon.per_words) {
            if (w.empty() || p + w.size() > text.size()) continue;
            std::size_t k = 0;
            while (k < w.size() && lowered_is(text[p + k], w[k])) ++k;
            if (k < w.size()) continue;
            const std::size_t e = p + w.size();
            if (e < text.size() && (std::isalpha(static_cast<unsigned char>(text[e])) || static_cast<unsigned char>(text[e]) >= 0x80))
                continue;
            return e;
        }
        return 0;
    };
    auto per_unit_after = [&](std::size_t p) -> std::string {
        std::size_t end = 0;
        std::string unit = unit_at(text, skip_spaces(p), lexicon, end);
        const UnitInfo* u = unit.empty() ? nullptr : lexicon.find(unit);
        return u && u->dimension != "currency" ? unit : std::string();
    };
    // Right after the number ("€1.60 per km"), or after its unit ("2 hours per day", "40 km/h"), or after a word
    // for "times" ("3 times per month", "deux fois par semaine").
    std::size_t at = skip_spaces(token.end);
    if (const std::size_t after = per_word_at(at)) return per_unit_after(after);
    for (const std::string& w : lexicon.times_words) {
        std::size_t k = 0;
        while (k < w.size() && at + k < text.size() && lowered_is(text[at + k], w[k])) ++k;
        if (k < w.size() || (at + k < text.size() && text[at + k] != ' ')) continue;
        if (const std::size_t after = per_word_at(skip_spaces(at + k))) return per_unit_after(after);
    }
    // Only where a per word follows within the next few words is the unit between looked up.
    std::size_t q = at;
    for (int k = 0; k < 3 && q < text.size(); ++k) {
        while (q < text.size() && text[q] != ' ') ++q;
        q = skip_spaces(q);
        if (per_word_at(q) == 0) continue;
        std::size_t end = 0;
        if (!unit_at(text, at, lexicon, end).empty() && end > at && skip_spaces(end) == q)
            return per_unit_after(per_word_at(q));
        break;
    }
    return {};
}

void attach_units(std::string_view text, std::vector<NumberToken>& tokens, const UnitLexicon& lexicon) {
    if (lexicon.units.empty()) return;
    for (auto& token : tokens) token.unit = unit_of(text, token, lexicon, lexicon.connectors);
    for (auto& token : tokens) token.per_unit = per_unit_of(text, token, lexicon);
    for (auto& token : tokens)
        if (token.unit.empty() && token.percent) token.unit.assign(1, '%');
    // A range shares its unit: "5 to 10 km", "€10-20", "between 90 and 120 minutes".
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        auto& a = tokens[k];
        auto& b = tokens[k + 1];
        if (a.unit.empty() == b.unit.empty() || b.begin < a.end ||
            !(range_gap(text.substr(a.end, b.begin - a.end), lexicon.range_words) || between_range(text, a, b, lexicon)))
            continue;
        NumberToken& bare = a.unit.empty() ? a : b;
        bare.unit = a.unit.empty() ? b.unit : a.unit;
        bare.unit_shared = true;
    }
    // The sides of a size share the unit written after the last: "16 x 12 x 6 inches", "4 × 4 × 1 cm".
    for (std::size_t k = tokens.size(); k-- > 1;) {
        auto& a = tokens[k - 1];
        const auto& b = tokens[k];
        if (!a.unit.empty() || b.unit.empty() || b.begin < a.end) continue;
        std::string_view gap = text.substr(a.end, b.begin - a.end);
        while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
        while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
        if (gap != "x" && gap != "X" && gap != "\u00D7") continue;
        a.unit = b.unit;
        a.unit_shared = true;
    }
    join_hundredths(text, tokens, lexicon);
    join_proportions(text, tokens, lexicon);
    // Below zero on a scale that has it: "-18 °C" (a "-5 %" is as often a fall the other side words).
    for (auto& token : tokens)
        if (token.minus)
            if (const UnitInfo* u = token.unit.empty() ? nullptr : lexicon.find(token.unit); u && u->dimension == "temperature")
                for (double& v : token.values) v = -v;
}

// A unit and a half said after the unit ("une heure et demie", "two hours and a half", "una hora y media"):
// the share the words right after the unit's end add, from the additions of the language's number words
// ("+1/2" of the packs); 0 for none.
double added_after_unit(std::string_view text, std::size_t unit_end, const NumberLexicon& words) {
    if (words.additions.values.empty()) return 0;
    while (unit_end < text.size() && text[unit_end] == ' ') ++unit_end;
    const std::string rest = text::fold_case(text.substr(unit_end, 24));
    for (const auto& [phrase, added] : words.additions.values) {
        if (!rest.starts_with(phrase)) continue;
        const std::size_t after = phrase.size();
        if (after < rest.size() &&
            (std::isalnum(static_cast<unsigned char>(rest[after])) || static_cast<unsigned char>(rest[after]) >= 0x80))
            continue;
        return added;
    }
    return 0;
}

void add_halves_after_units(std::string_view text, std::vector<NumberToken>& numbers, const NumberLexicon& words,
                            const UnitLexicon& units) {
    if (words.additions.values.empty()) return;
    for (auto& n : numbers) {
        if (n.unit.empty() || n.values.size() != 1 || n.percent || n.clock) continue;
        std::size_t at = n.end;
        while (at < text.size() && text[at] == ' ') ++at;
        std::size_t end = 0;
        if (unit_at(text, at, units, end).empty() || end <= at) continue;
        n.values.front() += added_after_unit(text, end, words);
    }
}

std::string unit_at(std::string_view text, std::size_t at, const UnitLexicon& lexicon, std::size_t& end) {
    if (auto [id, after] = symbol_at(text, at, lexicon); !id.empty()) {
        end = after;
        return id;
    }
    return words_at(text, at, lexicon, end);
}

std::optional<double> converted(double value, const NumberToken& a, const NumberToken& b, const UnitLexicon& lexicon) {
    const UnitInfo* ua = lexicon.find(a.unit);
    const UnitInfo* ub = lexicon.find(b.unit);
    if (!ua || !ub || ua->dimension != ub->dimension) return std::nullopt;
    double fa = ua->factor, fb = ub->factor;
    // Hundredths (factor 0.01) are of whichever currency (factor 0) the other amount is in: 15 cents = $0.15.
    // Two currencies convert at no fixed rate.
    if ((fa == 0) != (fb == 0) && ua->dimension == "currency") (fa == 0 ? fa : fb) = 1;
    if (fa == 0 || fb == 0) return std::nullopt;
    return (value * fa + ua->offset - ub->offset) / fb;
}

bool within_rounding(double exact, const NumberToken& b, bool converted) {
    for (double t : b.values) {
        // A converted number after "about" or "some" may be rounded a whole step ("some 15 miles" for 25 km).
        double half = written_step(b, t) / (b.approximate && converted ? 1 : 2);
        if (half > 1) half = std::min(half, 0.05 * std::fabs(exact));
        if (std::fabs(t - exact) <= std::max(half, 0.03 * std::fabs(exact)) + 1e-9) return true;
    }
    return false;
}

}  // namespace verity::rules
