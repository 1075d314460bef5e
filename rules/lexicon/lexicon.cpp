#include "rules/lexicon/lexicon.hpp"

#include <memory>
#include <tuple>

#include "rules/engine/packs.hpp"
#include "xliff/text/stemmer.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/case_folding.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules::wording {
namespace {

// The keys of a pack's [opposites], each two groups of words: one concept's two poles (Lexicon::Poles).
constexpr const char* kOppositeConcepts[] = {"direction", "inclusion", "opening", "permission"};
// Concepts of two states only, where a negation turns a mention to the other pole ("not allowed" is prohibited).
constexpr const char* kTwoStateConcepts[] = {"permission"};
// Words between a negation opening a clause and a mention of a concept of two states that it governs.
constexpr std::size_t kTwoStateNegationReach = 5;


// Scales: the first entry names the scale (shared across languages), then steps strongest first;
// a step lists its synonyms separated by "|".
void add_scales(PhraseSet& set, std::vector<std::string>& names, const std::vector<std::vector<std::string>>& groups,
                std::string_view language, bool by_stem) {
    for (const auto& g : groups) {
        if (g.size() < 2) continue;
        const int scale = static_cast<int>(names.size());
        names.push_back(g.front());
        for (std::size_t step = 1; step < g.size(); ++step) {
            std::string_view rest = g[step];
            while (!rest.empty()) {
                std::size_t bar = rest.find('|');
                std::string_view alt = rest.substr(0, bar);
                while (!alt.empty() && alt.front() == ' ') alt.remove_prefix(1);
                while (!alt.empty() && alt.back() == ' ') alt.remove_suffix(1);
                if (!alt.empty()) set.add(alt, language, by_stem, scale, static_cast<int>(step - 1));
                rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
            }
        }
    }
}

std::unique_ptr<Lexicon> compile(const LanguagePack* pack, const std::string& language) {
    auto lex = std::make_unique<Lexicon>();
    lex->language = language;
    add_scales(lex->modals, lex->modal_scale_names, groups_of(pack, "modals.scales"), language, false);
    add_scales(lex->verbs, lex->verb_scale_names, groups_of(pack, "verbs.scales"), language, true);
    for (const auto& w : list_of(pack, "modals.conditional")) lex->conditional_modals.insert(text::fold_case(w));
    for (const auto& w : list_of(pack, "modals.subordinators")) lex->subordinators.insert(text::fold_case(w));
    for (const auto& w : list_of(pack, "modals.requirement_markers")) lex->requirement_markers.add(w, language, false, 0, 0);
    for (const auto& w : list_of(pack, "modals.requirement_bounds")) lex->requirement_bounds.add(w, language, false, 0, 0);
    // "~word": only a rendering of another language's condition word ("obwohl" for "even if"), never one that
    // went missing.
    for (const auto& w : list_of(pack, "conditions.words")) {
        if (!w.starts_with('~')) lex->conditions.add(w, language, false, 0, 0);
        lex->condition_renderings.add(w.starts_with('~') ? std::string_view(w).substr(1) : std::string_view(w), language,
                                      false, 0, 0);
    }
    for (const auto& w : list_of(pack, "modals.prohibitions")) lex->prohibitions.add(w, language, false, 0, 0);
    for (const auto& w : list_of(pack, "modals.advice_openers")) lex->advice_openers.add(w, language, false, 0, 0);
    for (const auto& w : list_of(pack, "modals.doubting")) lex->doubting_modals.add(w, language, false, 0, 0);
    for (const auto& w : list_of(pack, "modals.conditional_mood")) lex->conditional_mood.add(w, language, false, 0, 0);
    for (const auto& w : list_of(pack, "modals.passive_auxiliaries")) lex->passive_auxiliaries.insert(text::fold_case(w));
    for (const auto& w : list_of(pack, "modals.participles")) lex->participles.push_back(text::fold_case(w));
    for (const auto& w : list_of(pack, "hedges.reported")) lex->reported_moods.add(w, language, false, 0, 0);
    for (const auto& w : list_of(pack, "hedges.reported_unless")) lex->reported_unless.add(w, language, false, 0, 0);
    for (const auto& w : list_of(pack, "stopwords.determiners")) lex->determiners.insert(text::fold_case(w));
    // "~word": only a counterpart across languages (see Lexicon::loose_intensifiers).
    for (const auto& [key, strict, loose] :
         {std::tuple{"intensifiers.words", &lex->intensifiers, &lex->loose_intensifiers},
          std::tuple{"hedges.words", &lex->hedges, &lex->loose_hedges}})
        for (const auto& w : list_of(pack, key)) {
            const bool only_loose = w.starts_with('~');
            std::string_view word = only_loose ? std::string_view(w).substr(1) : std::string_view(w);
            // "~word +": a counterpart only before a content word (Lexicon::loose_before_content).
            if (only_loose && word.ends_with(" +")) {
                word.remove_suffix(2);
                lex->loose_before_content.insert(text::fold_case(word));
            }
            if (!only_loose) strict->add(word, language, false, 0, 0);
            loose->add(word, language, true, 0, 0);
        }
    for (const auto& w : list_of(pack, "negation.words")) {
        // "^word": a negator of a phrase rather than of the clause ("without"), matched with level 1;
        // "?word": a word that may carry a negation (Lexicon::lexical_negatives).
        if (w.starts_with('~')) {
            lex->implicit_negators.add(std::string_view(w).substr(1), language, false, 0, 0);
            if (w.starts_with("~*")) lex->privative_compounds.add(std::string_view(w).substr(1), language, false, 0, 0);
        }
        else if (w.starts_with('^')) lex->negators.add(std::string_view(w).substr(1), language, false, 0, 1);
        else if (w.starts_with('?')) lex->lexical_negatives.add(std::string_view(w).substr(1), language, false, 0, 0);
        else lex->negators.add(w, language, false, 0, 0);
    }
    // "=phrase": an idiom within one language only; across languages its negation is usually kept
    // ("not only" = "nicht nur"), so it counts on both sides there. "!phrase": an idiom across languages
    // only: a bound said with a negation ("no more than 8" = "höchstens 8" = "8 como máximo"), which in
    // one language the words of the other side still meet ("no more than 8" / "more than 8" is a flip).
    // Across languages its particle is not counted, but it balances a negation of the other side.
    for (const auto& w : list_of(pack, "negation.idioms")) {
        if (w.starts_with('=')) lex->same_language_negation_idioms.add(std::string_view(w).substr(1), language, false, 0, 0);
        else if (w.starts_with('!')) {
            // Its particle still balances a negation of the other side ("nicht mehr als" / "not more than"):
            // an implicit negation, never a missing one.
            lex->cross_language_negation_idioms.add(std::string_view(w).substr(1), language, false, 0, 0);
            lex->implicit_negators.add(std::string_view(w).substr(1), language, false, 0, 0);
        }
        else lex->negation_idioms.add(w, language, false, 0, 0);
    }
    for (const auto& w : list_of(pack, "negation.prefixes")) {
        if (w.starts_with('-')) {
            lex->negation_suffixes.push_back(text::fold_case(w.substr(1)));
            continue;
        }
        const bool open = w.starts_with('+');
        std::string prefix = text::fold_case(open ? std::string_view(w).substr(1) : std::string_view(w));
        if (open) lex->open_negation_prefixes.push_back(prefix);
        lex->negation_prefixes.push_back(std::move(prefix));
    }
    {
        Lexicon::Poles cost;
        cost.concept_name = "cost";
        cost.negation_turns = true;
        for (const auto& w : list_of(pack, "cost.free")) cost.first.add(w, language, false, 0, 0);
        for (const auto& w : list_of(pack, "cost.charged")) cost.second.add(w, language, false, 0, 0);
        const int cost_index = static_cast<int>(lex->poles.size());
        if (!cost.first.empty() && !cost.second.empty()) {
            for (const auto& w : list_of(pack, "cost.free")) lex->any_pole.add(w, language, false, cost_index, 0);
            for (const auto& w : list_of(pack, "cost.charged")) lex->any_pole.add(w, language, false, cost_index, 1);
        }
        for (const auto& w : list_of(pack, "cost.free_not_before")) cost.first_not_before.insert(text::fold_case(w));
        if (!cost.first.empty() && !cost.second.empty()) lex->poles.push_back(std::move(cost));
        for (const char* name : kOppositeConcepts) {
            const auto& groups = groups_of(pack, std::string("opposites.") + name);
            if (groups.size() != 2) continue;
            Lexicon::Poles p;
            p.concept_name = name;
            p.negation_turns = std::find_if(std::begin(kTwoStateConcepts), std::end(kTwoStateConcepts),
                                            [&](const char* c) { return std::string_view(c) == name; }) != std::end(kTwoStateConcepts);
            if (p.negation_turns) p.negation_reach = kTwoStateNegationReach;
            const int index = static_cast<int>(lex->poles.size());
            for (const auto& w : groups[0]) p.first.add(w, language, false, 0, 0), lex->any_pole.add(w, language, false, index, 0);
            for (const auto& w : groups[1]) p.second.add(w, language, false, 0, 0), lex->any_pole.add(w, language, false, index, 1);
            lex->poles.push_back(std::move(p));
        }
    }
    for (const auto& w : list_of(pack, "negation.restrictives")) lex->restrictives.add(w, language, false, 0, 0);
    for (const auto& w : list_of(pack, "negation.until")) lex->until.add(w, language, false, 0, 0);
    for (const auto& w : list_of(pack, "negation.kept")) lex->kept.add(w, language, false, 0, 0);
    for (const auto& w : list_of(pack, "negation.exceptions")) {
        if (w.ends_with('*')) lex->negation_exception_prefixes.push_back(text::fold_case(w.substr(0, w.size() - 1)));
        else lex->negation_exceptions.insert(text::fold_case(w));
    }
    for (const auto& w : list_of(pack, "stopwords.words")) lex->stopwords.insert(text::fold_case(w));
    for (const auto& g : groups_of(pack, "synonyms.groups")) {
        if (g.empty()) continue;
        // Single words only: the alignment compares word by word.
        const std::string head = stem_of(text::fold_case(g.front()), language);
        for (const auto& w : g)
            if (w.find(' ') == std::string::npos) lex->synonym_of[stem_of(text::fold_case(w), language)] = head;
    }
    for (const auto& g : groups_of(pack, "antonyms.pairs"))
        for (std::size_t a = 0; a < g.size(); ++a)
            for (std::size_t b = 0; b < g.size(); ++b)
                if (a != b)
                    lex->antonyms[stem_of(text::fold_case(g[a]), language)].push_back(
                        stem_of(text::fold_case(g[b]), language));
    return lex;
}

}  // namespace

const Lexicon& lexicon_of(const RunContext& run, const LanguagePack* pack, std::string_view language) {
    const std::string lang = pack ? pack->language : text::primary_language(language);
    // One pack per language in a run; a language without one gets the empty lexicon.
    return run.store().get<Lexicon>((pack ? "pack:" : "none:") + lang, [&] {
        auto lex = compile(pack, lang);
        for (const auto& l : list_of(run.packs().multilingual(), "entities.capitalised_nouns"))
            lex->capitalises_nouns = lex->capitalises_nouns || text::primary_language(l) == lang;
        return lex;
    });
}

bool is_stopword(const Lexicon& lexicon, const Token& token) {
    return lexicon.stopwords.count(token.folded) > 0 || (token.folded.size() <= 3 && token.folded.find('\'') != std::string::npos);
}

}  // namespace verity::rules::wording
