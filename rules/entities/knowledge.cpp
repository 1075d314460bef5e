#include "rules/entities/knowledge.hpp"

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>

#include "rules/engine/glossary.hpp"
#include "rules/engine/packs.hpp"
#include "rules/entities/fold.hpp"
#include "rules/entities/phrase.hpp"
#include "rules/entities/words.hpp"
#include "xliff/text/case_folding.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules::entities {
namespace {

void fill_lexicon(Lexicon& lex, const LanguagePack* pack, const LanguagePack* mul, std::string_view language) {
    lex.english = text::primary_language(language) == "en";
    // Abbreviations every language writes alike ("OK", "ID"): no names anywhere.
    if (mul)
        for (const auto& w : mul->list("entities.stop")) {
            const std::string key = join(split_phrase(w));
            lex.stop.insert(key);
            lex.entity_stop.insert(key);
        }
    // The units' symbols in capitals, which could pass for names ("GB", "MW", "kWh"): ASCII ones only, as
    // folding "μg" would build ICU's Greek transliterator for nothing.
    auto add_symbols = [&](const LanguagePack* p) {
        if (!p) return;
        for (const auto& g : p->group_list("units.symbols"))
            for (std::size_t i = 1; i < g.size(); ++i)
                if (std::all_of(g[i].begin(), g[i].end(), [](char c) { return c >= 'A' && c <= 'z' && std::isalpha(static_cast<unsigned char>(c)); }) &&
                    std::any_of(g[i].begin(), g[i].end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
                    lex.unit_symbols.insert(text::fold_case(g[i]));
    };
    add_symbols(mul);
    add_symbols(pack);
    // Codes written before an amount ("CZK 34,125", "EUR 5"): the currency, which number.mismatch compares.
    if (mul)
        for (const auto& g : mul->group_list("units.prefixes"))
            for (std::size_t i = 1; i < g.size(); ++i)
                if (g[i].size() == 3 && std::all_of(g[i].begin(), g[i].end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
                    lex.currency_codes.insert(text::fold_case(g[i]));
    if (mul)
        for (const auto& l : mul->list("entities.capitalised_nouns"))
            lex.capitalised_nouns = lex.capitalised_nouns || text::primary_language(l) == text::primary_language(language);
    if (!pack) return;
    lex.has_pack = true;
    auto add = [](std::unordered_set<std::string>& set, const std::vector<std::string>& words) {
        for (const auto& w : words) set.insert(join(split_phrase(w)));
    };
    add(lex.stop, pack->list("stopwords.words"));
    add(lex.stop, pack->list("entities.stop"));
    add(lex.entity_stop, pack->list("entities.stop"));
    for (const char* key : {"dates.months", "dates.weekdays"})
        for (const auto& g : pack->group_list(key)) add(lex.stop, g);
    // A weekday in the plural is no name either ("on Sundays", "les dimanches", "los domingos").
    for (const auto& g : pack->group_list("dates.weekdays"))
        if (!g.empty()) lex.stop.insert(join(split_phrase(g.front() + "s")));
    add(lex.connectors, pack->list("entities.connectors"));
    add(lex.anaphora, pack->list("entities.anaphora"));
    add(lex.joiners, pack->list("entities.joiners"));
    add(lex.institution_heads, pack->list("entities.institution_heads"));
    add(lex.titles, pack->list("entities.titles"));
    add(lex.determiners, pack->list("stopwords.determiners"));
    add(lex.honorifics, pack->list("entities.honorifics"));
    add(lex.titles, pack->list("entities.honorifics"));  // an honorific belongs to the span, not to the name
    for (const auto& e : pack->list("entities.name_endings")) lex.name_endings.push_back(fold_key(e));
}

void add_demonym_forms(Knowledge& k, const std::vector<std::vector<std::string>>& groups) {
    for (const auto& g : groups)
        for (std::size_t i = 1; i < g.size(); ++i) {
            const auto words = split_words(g[i]);
            if (words.size() == 1 && !words[0].acronym && words[0].has_letter) k.demonym_forms.insert(words[0].key);
        }
}

void add_sets(Knowledge& k, const std::vector<std::vector<std::string>>& groups) {
    for (const auto& g : groups) {
        std::vector<std::vector<std::string>> set;
        for (const auto& phrase : g) {
            const auto ws = split_words(split_term(phrase).second);
            std::vector<std::string> words;
            for (const auto& w : ws) words.push_back(w.key);
            // "OTAN", "USA": written in capitals, they stand for the name only in capitals ("Όταν" and
            // "Usa" are words).
            if (ws.size() == 1 && ws[0].acronym) k.acronym_forms.insert(ws[0].key);
            else if (ws.size() == 1) k.word_forms.insert(ws[0].key);
            if (!words.empty()) set.push_back(std::move(words));
        }
        if (set.size() < 2) continue;
        const std::size_t id = k.sets.size();
        for (const auto& p : set) k.set_of[join(p)].push_back(id);
        k.sets.push_back(std::move(set));
    }
}

}  // namespace

bool EnglishLexicon::common(const std::string& key) const {
    if (words_.contains(key)) return true;
    // "Wi-Fi" as "wifi", "E-Mail" as "email".
    if (key.find('-') != std::string::npos) {
        std::string joined;
        for (char c : key)
            if (c != '-') joined += c;
        if (!joined.empty() && joined != key && common(joined)) return true;
    }
    // An irregular plural ("theses", "children").
    if (const std::string one = words_.singular(key); !one.empty() && one != key && words_.contains(one)) return true;
    const std::size_t n = key.size();
    if (n > 4 && key.compare(n - 3, 3, "ies") == 0 && words_.contains(key.substr(0, n - 3) + "y")) return true;
    if (n > 3 && key.compare(n - 2, 2, "es") == 0 && words_.contains(key.substr(0, n - 2))) return true;
    return n > 4 && key[n - 1] == 's' && words_.contains(key.substr(0, n - 1));
}

const DisplayNames& Knowledge::display_names() const {
    // Fetched on first use, which is the first unmatched name of a cross-language pair (a few milliseconds).
    std::call_once(names_once_, [this] { names_ = build_display_names(source_lang, target_lang); });
    return *names_;
}

Knowledge::Knowledge(const PackSet& packs, std::string_view source_language, std::string_view target_language,
                     const wordnet::CommonWords& english_common_words)
    : source_lang(source_language), target_lang(target_language), english_words(english_common_words) {
    const LanguagePack* sp = packs.find(source_lang);
    const LanguagePack* tp = packs.find(target_lang);
    const LanguagePack* mul = packs.multilingual();
    fill_lexicon(source, sp, mul, source_lang);
    if (source_lang == target_lang) target = source;  // one language: the same words on both sides
    else fill_lexicon(target, tp, mul, target_lang);
    for (const LanguagePack* p : {sp, tp, mul}) {
        if (!p || (p == tp && tp == sp)) continue;
        add_sets(*this, p->group_list("entities.aliases"));
        add_sets(*this, p->group_list("entities.demonyms"));
        add_sets(*this, p->group_list("terminology.terms"));
        add_demonym_forms(*this, p->group_list("entities.demonyms"));
        add_demonym_forms(*this, p->group_list("entities.aliases"));
    }
    for (const LanguagePack* p : {sp, tp, mul})
        if (p)
            for (const auto& n : p->list("entities.given_names")) given_names.insert(join(split_phrase(n)));
    if (sp && sp == tp) {
        add_demonym_forms(*this, sp->group_list("entities.demonyms"));
        add_demonym_forms(*this, sp->group_list("entities.aliases"));
        add_sets(*this, sp->group_list("entities.aliases"));
        add_sets(*this, sp->group_list("entities.demonyms"));
        add_sets(*this, sp->group_list("terminology.terms"));
    }
}

const Knowledge& knowledge(const RunContext& run, std::string_view source_lang, std::string_view target_lang) {
    std::string key(source_lang);
    key.append(1, '\n').append(target_lang);
    return run.store().get<Knowledge>(
        key, [&] {
            return std::make_unique<Knowledge>(run.packs(), source_lang, target_lang,
                                               wordnet::english_common_words(run));
        });
}

}  // namespace verity::rules::entities
