#include "rules/entities/knowledge.hpp"

#include <map>
#include <utility>

#include "rules/engine/glossary.hpp"
#include "rules/engine/packs.hpp"
#include "rules/entities/phrase.hpp"
#include "rules/entities/words.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules::entities {
namespace {

void fill_lexicon(Lexicon& lex, const LanguagePack* pack, const LanguagePack* mul, std::string_view language) {
    lex.english = primary_language(language) == "en";
    // Abbreviations every language writes alike ("OK", "ID"): no names anywhere.
    if (mul)
        for (const auto& w : mul->list("entities.stop")) {
            const std::string key = join(split_phrase(w));
            lex.stop.insert(key);
            lex.entity_stop.insert(key);
        }
    if (mul)
        for (const auto& l : mul->list("entities.capitalised_nouns"))
            lex.capitalised_nouns = lex.capitalised_nouns || primary_language(l) == primary_language(language);
    if (!pack) return;
    auto add = [](std::unordered_set<std::string>& set, const std::vector<std::string>& words) {
        for (const auto& w : words) set.insert(join(split_phrase(w)));
    };
    add(lex.stop, pack->list("stopwords.words"));
    add(lex.stop, pack->list("entities.stop"));
    add(lex.entity_stop, pack->list("entities.stop"));
    for (const char* key : {"dates.months", "dates.weekdays"})
        for (const auto& g : pack->group_list(key)) add(lex.stop, g);
    add(lex.connectors, pack->list("entities.connectors"));
    add(lex.anaphora, pack->list("entities.anaphora"));
    add(lex.joiners, pack->list("entities.joiners"));
    add(lex.titles, pack->list("entities.titles"));
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

std::size_t signature(const LanguagePack* p) {
    if (!p) return 0;
    std::size_t s = 1;
    for (const auto& [k, v] : p->lists) s = s * 31 + v.size() + k.size();
    for (const auto& [k, v] : p->groups) s = s * 37 + v.size() + k.size();
    return s;
}

}  // namespace

const EnglishLexicon& english_lexicon() {
    static const EnglishLexicon lexicon;
    return lexicon;
}

const DisplayNames& Knowledge::display_names() const {
    std::call_once(names_once, [this] {
        // Shared by all threads and pack sets: built once per language pair (a few milliseconds).
        static std::mutex mutex;
        static std::map<std::pair<std::string, std::string>, std::shared_ptr<const DisplayNames>> built;
        const std::lock_guard lock(mutex);
        auto& n = built[{source_lang, target_lang}];
        if (!n) n = build_display_names(source_lang, target_lang);
        names = n;
    });
    return *names;
}
std::shared_ptr<const Knowledge> knowledge(const PackSet& packs, std::string_view source_lang,
                                           std::string_view target_lang) {
    const LanguagePack* sp = packs.find(source_lang);
    const LanguagePack* tp = packs.find(target_lang);
    const LanguagePack* mul = packs.multilingual();
    // Packs are immutable while rules run, but tests build many pack sets at recycled addresses:
    // the key includes a signature of the contents.
    const std::size_t sig = signature(sp) ^ (signature(tp) << 1) ^ (signature(mul) << 2);
    struct Entry {
        const LanguagePack *sp, *tp, *mul;
        std::size_t sig;
        std::string sl, tl;
        std::shared_ptr<const Knowledge> k;
    };
    thread_local std::vector<Entry> cache;
    for (const auto& e : cache)
        if (e.sp == sp && e.tp == tp && e.mul == mul && e.sig == sig && e.sl == source_lang && e.tl == target_lang)
            return e.k;
    auto k = std::make_shared<Knowledge>();
    k->source_lang = source_lang;
    k->target_lang = target_lang;
    fill_lexicon(k->source, sp, mul, source_lang);
    if (source_lang == target_lang) k->target = k->source;  // one language: the same words on both sides
    else fill_lexicon(k->target, tp, mul, target_lang);
    for (const LanguagePack* p : {sp, tp, mul}) {
        if (!p || (p == tp && tp == sp)) continue;
        add_sets(*k, p->group_list("entities.aliases"));
        add_sets(*k, p->group_list("entities.demonyms"));
        add_sets(*k, p->group_list("terminology.terms"));
        add_demonym_forms(*k, p->group_list("entities.demonyms"));
        add_demonym_forms(*k, p->group_list("entities.aliases"));
    }
    if (sp && sp == tp) {
        add_demonym_forms(*k, sp->group_list("entities.demonyms"));
        add_demonym_forms(*k, sp->group_list("entities.aliases"));
        add_sets(*k, sp->group_list("entities.aliases"));
        add_sets(*k, sp->group_list("entities.demonyms"));
        add_sets(*k, sp->group_list("terminology.terms"));
    }
    if (cache.size() >= 16) cache.erase(cache.begin());
    cache.push_back({sp, tp, mul, sig, std::string(source_lang), std::string(target_lang), k});
    return k;
}

}  // namespace verity::rules::entities
