// Names in neighbouring segments and words referring back to them.
#include <algorithm>
#include <vector>

#include "rules/entities/counterpart.hpp"
#include "rules/entities/entities.hpp"
#include "rules/entities/find_entities.hpp"
#include "rules/entities/knowledge.hpp"
#include "rules/entities/spelling.hpp"
#include "rules/entities/translations.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules {

using entities::document_translations;
using entities::find_entities;
using entities::has_counterpart;
using entities::inflected_form;
using entities::Knowledge;
using entities::knowledge;
using entities::Lexicon;
using entities::Side;
using entities::word_match;

bool mentioned_in(const Entity& e, const SegmentView& view, std::string_view other_target) {
    if (other_target.empty()) return false;
    const Knowledge& k = knowledge(view.run, view.source_lang, view.target_lang);
    const bool cross = text::primary_language(view.source_lang) != text::primary_language(view.target_lang);
    const auto& words = segment_words(view);
    const std::vector<Word> ow = split_words(other_target);
    const std::vector<Entity> oe = find_entities(ow, k.target, k);
    const std::vector<Entity> none;
    const Side own{words.source, none, view.segment.source.text};
    const Side other{ow, oe, other_target};
    return has_counterpart(e, own, other, true, k, document_translations(view.document_context, view.run), cross,
                           cross && text::primary_language(view.source_lang) == "en");
}

bool mentioned_in_source(const Entity& e, const SegmentView& view, std::string_view other_source) {
    if (other_source.empty() || !view.segment.target) return false;
    // Only within one language: across languages the evidence that a neighbour names it is too loose.
    if (text::primary_language(view.source_lang) != text::primary_language(view.target_lang)) return false;
    // Every word of the name, as itself: a neighbour naming something like it is no evidence ("American
    // Dollar" is not "East African").
    const std::vector<Word> ow = split_words(other_source);
    return !e.core.empty() && std::all_of(e.core.begin(), e.core.end(), [&](const std::string& c) {
        return std::any_of(ow.begin(), ow.end(), [&](const Word& w) { return inflected_form(c, w.key); });
    });
}

bool target_refers_back(const SegmentView& view) {
    const Knowledge& k = knowledge(view.run, view.source_lang, view.target_lang);
    if (k.target.anaphora.empty()) return false;
    const auto& words = segment_words(view);
    auto count = [](const std::vector<Word>& ws, const Lexicon& lex) {
        return std::count_if(ws.begin(), ws.end(), [&](const Word& w) { return lex.anaphora.count(w.key) > 0; });
    };
    return count(words.target, k.target) > count(words.source, k.source);
}

bool target_brings_name(const SegmentView& view) {
    const auto& c = compare_entities(view);
    if (!c.added.empty() || !c.substitutions.empty()) return true;
    const bool cross = text::primary_language(view.source_lang) != text::primary_language(view.target_lang);
    const Knowledge& k = knowledge(view.run, view.source_lang, view.target_lang);
    const auto& words = segment_words(view);
    // Across languages: an acronym, or in English a word WordNet knows only capitalised.
    const bool english = cross && text::primary_language(view.target_lang) == "en" && k.english_words.loaded;
    for (const auto& w : words.target) {
        if (!w.has_letter || !(w.capitalised || w.acronym) || (w.sentence_start && !w.acronym) ||
            k.target.stop.count(w.key))
            continue;
        if (cross && !w.acronym && !(english && !k.english_words.common(w.key))) continue;
        if (std::none_of(words.source.begin(), words.source.end(),
                         [&](const Word& s) { return s.has_letter && word_match(s.key, w.key, cross); }))
            return true;
    }
    return false;
}

}  // namespace verity::rules
