// The entry points of the name comparison: the words and the comparison of a segment pair, kept in the
// segment's context for the rules that ask after the first.
#include "rules/entities/entities.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "rules/entities/comparison.hpp"
#include "rules/entities/knowledge.hpp"
#include "rules/entities/translations.hpp"
#include "xliff/text/case_folding.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules {

const SegmentWords& segment_words(const SegmentView& view) {
    return view.segment_context.store().get<SegmentWords>([&] {
        SegmentWords words;
        words.source = split_words(view.segment.source.text);
        if (view.segment.target) words.target = split_words(view.segment.target->text);
        return words;
    });
}

namespace {

// Acronyms a text defines in brackets: "(CASIB)", "(JISAC)", two to seven capitals.
std::vector<std::string> defined_acronyms(std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t p = text.find('('); p != std::string_view::npos; p = text.find('(', p + 1)) {
        std::size_t e = p + 1;
        while (e < text.size() && text[e] >= 'A' && text[e] <= 'Z') ++e;
        if (e < text.size() && text[e] == ')' && e - p - 1 >= 2 && e - p - 1 <= 7) out.emplace_back(text.substr(p + 1, e - p - 1));
    }
    return out;
}

// The acronyms the document's target gives for the source's: in a unit where each side defines one acronym
// in brackets and they differ, the target's is the source's in the target's language ("Civil Aviation
// Safety Investigation Board (CASIB)" / "Junta de Investigación de Seguridad de la Aviación Civil
// (JISAC)"), and stands for it wherever the document uses it. Folded, source acronym -> target acronyms.
// Also the words the source defines each of its acronyms by, folded: "communauté", "agglomération",
// "val", "sorlin" for "(CAVS)".
struct LocalisedAcronyms {
    std::unordered_map<std::string, std::unordered_set<std::string>> target_of;
    std::unordered_map<std::string, std::unordered_set<std::string>> expansion_of;
};

const LocalisedAcronyms& localised_acronyms(const SegmentView& view) {
    return view.document_context.store().get<LocalisedAcronyms>([&] {
        LocalisedAcronyms out;
        for (const auto& unit : view.file.units) {
            // Most units define nothing: look for brackets before joining a unit's segments.
            std::vector<std::string> s, t;
            for (const auto& seg : unit.segments) {
                for (auto& a : defined_acronyms(seg.source.text)) s.push_back(std::move(a));
                if (seg.target)
                    for (auto& a : defined_acronyms(seg.target->text)) t.push_back(std::move(a));
            }
            if (s.empty()) continue;
            std::string source;
            for (const auto& seg : unit.segments) source += seg.source.text + ' ';
            if (s.size() == 1 && t.size() == 1 && s[0] != t[0]) out.target_of[text::fold_case(s[0])].insert(text::fold_case(t[0]));
            // The eight words before each "(X)" of the source.
            for (const auto& a : s) {
                const std::size_t at = source.find("(" + a + ")");
                const auto words = split_words(std::string_view(source).substr(0, at));
                auto& expansion = out.expansion_of[text::fold_case(a)];
                for (std::size_t k = words.size() > 8 ? words.size() - 8 : 0; k < words.size(); ++k)
                    if (words[k].has_letter) expansion.insert(words[k].key);
            }
        }
        return out;
    });
}

// Leaves out of `c` the acronyms the document localised (see localised_acronyms): a pair of them is no
// substitution, and one alone is no loss or addition when the other side of the segment holds its
// counterpart.
void drop_localised(const SegmentView& view, EntityComparison& c, bool cross) {
    const auto& acronyms = localised_acronyms(view);
    const auto& map = acronyms.target_of;
    if (map.empty() && acronyms.expansion_of.empty()) return;
    auto key = [](const Entity& e) { return e.acronym && !e.core.empty() ? e.core[0] : std::string(); };
    auto localises = [&](const std::string& s, const std::string& t) {
        auto it = map.find(s);
        return it != map.end() && it->second.count(t);
    };
    // A name made of words of the expansion the source gives an acronym, and that acronym: "Communauté" and
    // "CAVS" where the source defines "Communauté d'agglomération du Val-Sorlin (CAVS)".
    auto expands = [&](const Entity& name, const std::string& acronym) {
        auto it = acronyms.expansion_of.find(acronym);
        return it != acronyms.expansion_of.end() && !name.core.empty() &&
               std::all_of(name.core.begin(), name.core.end(), [&](const std::string& w) { return it->second.count(w) > 0; });
    };
    std::erase_if(c.substitutions, [&](const auto& st) {
        const Entity& a = c.source[st.first];
        const Entity& b = c.target[st.second];
        return (cross && localises(key(a), key(b))) || expands(a, key(b));
    });
    std::erase_if(c.missing, [&](std::size_t i) {
        const std::string s = key(c.source[i]);
        return !s.empty() && std::any_of(c.target.begin(), c.target.end(), [&](const Entity& t) { return localises(s, key(t)); });
    });
    std::erase_if(c.added, [&](std::size_t i) {
        const std::string t = key(c.target[i]);
        return !t.empty() && std::any_of(c.source.begin(), c.source.end(), [&](const Entity& e) {
                   return (cross && localises(key(e), t)) || expands(e, t);
               });
    });
}

}  // namespace

const EntityComparison& compare_entities(const SegmentView& view) {
    // The words first: made in the same store, they are no part of the comparison's making.
    const SegmentWords& words = segment_words(view);
    return view.segment_context.store().get<EntityComparison>([&] {
        const bool cross = text::primary_language(view.source_lang) != text::primary_language(view.target_lang);
        const std::string_view target = view.segment.target ? std::string_view(view.segment.target->text) : "";
        const entities::Knowledge& k = entities::knowledge(view.run, view.source_lang, view.target_lang);
        entities::Translations& tr = entities::document_translations(view.document_context, view.run);
        EntityComparison c = entities::compare(words.source, words.target, k, tr, cross, view.segment.source.text, target);
        drop_localised(view, c, cross);
        return c;
    });
}

EntityComparison compare_entity_texts(std::string_view source, std::string_view target, const RunContext& run,
                                      std::string_view source_lang, std::string_view target_lang) {
    const DocumentContext document;
    const bool cross = text::primary_language(source_lang) != text::primary_language(target_lang);
    const entities::Knowledge& k = entities::knowledge(run, source_lang, target_lang);
    entities::Translations& tr = entities::document_translations(document, run);
    return entities::compare(split_words(source), split_words(target), k, tr, cross, source, target);
}

EntityComparison compare_entity_texts(std::string_view source, std::string_view target, const PackSet& packs,
                                      std::string_view source_lang, std::string_view target_lang) {
    const RunContext run(packs, RunSettings{});
    return compare_entity_texts(source, target, run, source_lang, target_lang);
}

}  // namespace verity::rules
