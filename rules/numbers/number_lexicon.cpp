// The number words of a language: ICU's spell-out rules and the pack's [numbers] words, built once
// per run and language.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include <unicode/locid.h>
#include <unicode/rbnf.h>

#include "rules/engine/context.hpp"
#include "rules/engine/packs.hpp"
#include "rules/entities/entities.hpp"
#include "rules/numbers/digits.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules {
namespace {

// A phrase of number words and its value; `written` is folded into words here.
// The key of a written phrase: its words with letters, folded, joined by spaces.
std::string phrase_key(const std::string& written, std::size_t* count = nullptr, std::string* head = nullptr) {
    std::string joined;
    std::size_t n = 0;
    for (const auto& w : split_words(written)) {
        if (!w.has_letter) continue;
        if (head && n == 0) *head = w.key;
        joined += (joined.empty() ? "" : " ") + w.key;
        ++n;
    }
    if (count) *count = n;
    return joined;
}

void add_phrase(NumberPhrases& table, const std::string& written, double value) {
    std::size_t n = 0;
    std::string head;
    const std::string joined = phrase_key(written, &n, &head);
    if (n == 0) return;
    table.values.emplace(joined, value);
    table.heads.insert(head);
    table.longest = std::max(table.longest, n);
}

// A pack value: "250", "1.5", or a fraction "3/4".
double pack_value(std::string_view written) {
    const std::string s(written);
    if (const auto slash = s.find('/'); slash != std::string::npos) {
        const double denominator = std::strtod(s.c_str() + slash + 1, nullptr);
        return denominator == 0 ? 0 : std::strtod(s.c_str(), nullptr) / denominator;
    }
    return std::strtod(s.c_str(), nullptr);
}

// The ordinals from 2 to 100 as they start a compound: the word, and without a final "e" ("dritte" ->
// "dritt" of "drittgrößte").
template <class Spell>
void add_ordinal_stems(NumberLexicon& lex, const Spell& spell) {
    for (int32_t v = 2; v <= 100; ++v) {
        const auto words = split_words(spell(v));
        if (words.size() != 1 || !words.front().has_letter || words.front().key.size() < 4) continue;
        std::string stem = words.front().key;
        if (stem.ends_with('e')) stem.pop_back();
        lex.ordinal_stems.emplace(stem, v);
    }
}

// ICU's spell-out rules (RBNF) of the language written out: 0-100 (from 2 without `zero`), the hundreds,
// ordinals from 3 and the scale words.
void add_icu_words(NumberLexicon& lex, std::string_view language, bool zero) {
    UErrorCode status = U_ZERO_ERROR;
    const std::string lang = text::primary_language(language);
    icu::RuleBasedNumberFormat rbnf(icu::URBNF_SPELLOUT, icu::Locale(lang.empty() ? "en" : lang.c_str()), status);
    if (U_FAILURE(status)) return;
    for (int32_t i = 0; i < rbnf.getNumberOfRuleSetNames(); ++i) {
        const icu::UnicodeString name = rbnf.getRuleSetName(i);
        std::string n;
        name.toUTF8String(n);
        // Years ("nineteen eighty") and verbose forms read like cardinals already covered.
        if (n.find("year") != std::string::npos || n.find("verbose") != std::string::npos) continue;
        const bool ordinal = n.find("ordinal") != std::string::npos;
        auto spell = [&](int32_t v, bool joined = true) {
            icu::UnicodeString out;
            icu::FieldPosition pos;
            UErrorCode st = U_ZERO_ERROR;
            rbnf.format(v, name, out, pos, st);
            // German spells compounds with soft hyphens ("sieben\u00ADund\u00ADzwanzig"); text writes
            // them as one word ("siebenundzwanzig").
            // Scales are read from the parts: "tausend" of "ein\u00ADtausend".
            if (joined) out.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0xAD)), icu::UnicodeString());
            std::string utf8;
            if (U_SUCCESS(st)) out.toUTF8String(utf8);
            return utf8;
        };
        // "One" is also an article or a pronoun ("un", "ein", "one of them"): it counts only inside a longer
        // number ("twenty-one"). "first" and "second" are ordinary words as often: ranks only after an article
        // (low_ordinals below).
        // Zero in words is as often "no" or "nothing" (Welsh "dim", Dutch "nul"): read only in a language
        // with a pack, whose numbers.ambiguous can take it back.
        for (int32_t v = ordinal ? 3 : zero ? 0 : 2; v <= 100; ++v) {
            if (v == 1) continue;
            const std::string spelled = spell(v);
            add_phrase(lex.phrases, spelled, v);
            if (ordinal)
                if (const auto words = split_words(spelled); words.size() == 1) lex.ordinal_words.insert(words.front().key);
        }
        if (ordinal) {
            add_ordinal_stems(lex, spell);
            for (int32_t v : {1, 2})
                if (const auto words = split_words(spell(v)); words.size() == 1 && words.front().has_letter)
                    lex.low_ordinals.emplace(words.front().key, v);
            continue;
        }
        if (const auto one = split_words(spell(1)); one.size() == 1 && one.front().has_letter)
            lex.one_words.insert(one.front().key);
        for (int32_t v = 200; v <= 900; v += 100) add_phrase(lex.phrases, spell(v), v);
        for (int32_t v : {100, 1000, 1000000, 1000000000}) {
            std::string once;
            for (int32_t times : {1, 2}) {
                if (static_cast<double>(v) * times > 2147483647.0) continue;
                const auto words = split_words(spell(v * times, false));
                if (words.empty() || !words.back().has_letter) continue;
                // Twice the scale in one word of its own is a number, not the scale: "doscientos",
                // "duecento" (but "hundred" of "two hundred", "cents" of "deux cents", "hundert").
                if (times == 2 && words.size() == 1 && words.back().key != once) continue;
                if (times == 1) once = words.back().key;
                lex.scales.emplace(words.back().key, v);
                if (v == 100 && std::find(lex.hundred_words.begin(), lex.hundred_words.end(), words.back().key) ==
                                    lex.hundred_words.end())
                    lex.hundred_words.push_back(words.back().key);
                if (times == 1 && words.size() == 1) lex.whole_scales.insert(words.back().key);
            }
        }
    }
}

// The pack's [numbers] words: "x12" a scale ("two dozen"); "1/4" a fraction of the scale after it;
// "+1/2" added to a number beside a scale ("two and a half million"); "$1000" a scale glued to an amount
// ("$50k"); "=1/10" a fraction whose phrases are also read alone, as a share ("a tenth of"); other values
// are numbers.
// Then its ambiguous words are taken out again, to be read only before a unit (NumberLexicon::ambiguous).
void add_pack_words(NumberLexicon& lex, const LanguagePack& pack) {
    lex.percent = pack.list("numbers.percent");
    for (const auto& w : pack.list("numbers.joiners")) lex.number_joiners.insert(w);
    for (const auto& w : pack.list("numbers.list_words")) lex.list_words.insert(fold_key(w));
    for (const auto& w : pack.list("numbers.articles")) lex.one_words.insert(fold_key(w));
    for (const auto& w : pack.list("numbers.minus")) lex.minus_words.insert(fold_key(w));
    for (const auto& w : pack.list("units.per_words"))
        if (const auto words = split_words(w); words.size() == 1) lex.per_words.insert(words.front().key);
    for (const auto& w : pack.list("numbers.approximate")) {
        const auto words = split_words(w);
        const std::string key = joined_keys(words, 0, words.size());
        if (key.empty()) continue;
        lex.approximate.insert(key);
        lex.longest_approximate = std::max(lex.longest_approximate, words.size());
    }
    for (const auto& g : pack.group_list("numbers.words")) {
        if (g.size() < 2 || g.front().empty()) continue;
        const char kind = g.front().front();
        const bool marked = kind == 'x' || kind == '+' || kind == '$' || kind == '=';
        const double v = pack_value(std::string_view(g.front()).substr(marked ? 1 : 0));
        const bool fraction = (!marked || kind == '=') && g.front().find('/') != std::string::npos;
        for (std::size_t i = 1; i < g.size(); ++i) {
            const auto words = split_words(g[i]);
            if (kind == '=') lex.share_phrases.insert(phrase_key(g[i]));
            // A power of ten from a thousand up is a scale after a number: "5 Mio." = 5 000 000.
            if (kind == '$') {
                if (words.size() == 1) lex.money_scales.emplace(words.front().key, v);
            } else if (kind == 'x' || (v >= 1000 && words.size() == 1 && std::fmod(std::log10(v), 1.0) == 0.0)) {
                if (words.size() == 1) lex.scales.emplace(words.front().key, v);
            } else {
                add_phrase(kind == '+' ? lex.additions : fraction ? lex.fractions : lex.phrases, g[i], v);
            }
        }
    }
    for (const auto& g : pack.group_list("units.words"))
        for (std::size_t i = 1; i < g.size(); ++i)
            if (const auto words = split_words(g[i]); words.size() == 1) lex.unit_words.insert(words.front().key);
    for (const auto& w : pack.list("numbers.ambiguous")) {
        const auto words = split_words(w);
        if (words.size() == 1) {
            if (const auto it = lex.phrases.values.find(words.front().key); it != lex.phrases.values.end())
                lex.ambiguous.emplace(it->first, it->second);
            lex.phrases.values.erase(words.front().key);
            lex.scales.erase(words.front().key);
        }
    }
}

// The pack's own ordinals where ICU spells none (numbers.ordinals: the value, then its words), and the
// declined forms of all one-word ordinals (numbers.ordinal_inflections: a nominative ending, then the
// endings that replace it): Polish "trzeci" gives "trzeciego", "trzeciej", "trzecim"; Czech "čtvrtý" gives
// "čtvrtého", "čtvrtou".
void add_ordinal_inflections(NumberLexicon& lex, const LanguagePack& pack) {
    for (const auto& g : pack.group_list("numbers.ordinals")) {
        if (g.size() < 2) continue;
        const double v = pack_value(g.front());
        for (std::size_t i = 1; i < g.size(); ++i) {
            const auto words = split_words(g[i]);
            if (words.size() != 1) continue;
            add_phrase(lex.phrases, g[i], v);
            lex.ordinal_words.insert(words.front().key);
        }
    }
    const auto groups = pack.group_list("numbers.ordinal_inflections");
    if (groups.empty()) return;
    const std::vector<std::string> ordinals(lex.ordinal_words.begin(), lex.ordinal_words.end());
    for (const std::string& word : ordinals) {
        const auto it = lex.phrases.values.find(word);
        if (it == lex.phrases.values.end()) continue;
        const double value = it->second;
        for (const auto& g : groups) {
            // (Keys are folded: "ý" is "y".)
            const std::string base = g.empty() ? std::string() : fold_key(g.front());
            if (g.size() < 2 || base.empty() || word.size() <= base.size() + 2 || !word.ends_with(base)) continue;
            const std::string stem = word.substr(0, word.size() - base.size());
            for (std::size_t i = 1; i < g.size(); ++i) {
                const std::string form = stem + fold_key(g[i]);
                if (lex.phrases.values.count(form)) continue;
                add_phrase(lex.phrases, form, value);
                lex.ordinal_words.insert(form);
            }
        }
    }
}

NumberLexicon build_number_lexicon(const LanguagePack* pack, const LanguagePack* mul, std::string_view language) {
    NumberLexicon lex;
    lex.digits = locale_convention(language);
    add_icu_words(lex, language, pack != nullptr);
    if (pack) add_pack_words(lex, *pack);
    if (pack) add_ordinal_inflections(lex, *pack);
    lex.ordinal_suffixes = list_of(mul, "numbers.ordinal_suffixes");
    lex.decade_suffixes = list_of(mul, "numbers.decade_suffixes");
    lex.afternoon = list_of(mul, "numbers.afternoon");
    auto add_pieces = [](const std::string& phrase, std::unordered_set<std::string>& pieces) {
        std::size_t b = 0;
        for (std::size_t i = 0; i <= phrase.size(); ++i)
            if (i == phrase.size() || phrase[i] == ' ' || phrase[i] == '/') {
                if (i > b) pieces.insert(phrase.substr(b, i - b));
                b = i + 1;
            }
    };
    for (const auto& group : groups_of(mul, "numbers.acts")) {
        auto& names = lex.acts.emplace_back();
        for (const auto& name : group) add_pieces(names.emplace_back(ascii_lowered(name)), lex.act_pieces);
    }
    for (const auto* p : {pack, mul})
        for (const auto& phrase : list_of(p, "numbers.idioms"))
            if (!phrase.empty()) add_pieces(lex.idioms.emplace_back(ascii_lowered(phrase)), lex.idiom_pieces);
    for (const auto& zone : list_of(mul, "numbers.time_zones")) lex.time_zones.push_back(fold_key(zone));
    lex.roman_suffixes = list_of(pack, "numbers.roman_suffixes");
    for (const auto& ending : list_of(pack, "numbers.ordinal_compound_endings"))
        lex.ordinal_compound_endings.push_back(fold_key(ending));
    for (const auto& ending : list_of(pack, "numbers.multiplier_endings")) lex.multiplier_endings.push_back(fold_key(ending));
    for (const auto& w : list_of(pack, "numbers.ordinal_determiners")) lex.ordinal_determiners.insert(fold_key(w));
    if (!lex.ordinal_determiners.empty())
        for (const auto& w : list_of(pack, "stopwords.words")) lex.stopwords.insert(fold_key(w));
    return lex;
}

}  // namespace

// Spelling out a few hundred numbers takes ICU a few milliseconds: once per run and language. The
// lexicon is not changed after it is built, so the run's threads share it.
const NumberLexicon& number_lexicon(const RunContext& run, std::string_view language) {
    return run.store().get<NumberLexicon>(std::string(language), [&] {
        return build_number_lexicon(run.packs().find(language), run.packs().multilingual(), language);
    });
}

}  // namespace verity::rules
