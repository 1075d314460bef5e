// Names in running text without a statistical model: capitalised spans joined by connectors, acronyms,
// titles, and the packs' stop lists and alias sets; and whether a name of one side has a counterpart
// in the other (same words, an alias, an acronym of its expansion, a spelling variant, a cognate).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "rules/engine/rule.hpp"
#include "rules/entities/fold.hpp"
#include "rules/entities/words.hpp"

namespace verity::rules {

struct Entity {
    std::size_t begin = 0, end = 0;   // bytes: the span as written, titles included
    std::size_t first = 0, last = 0;  // word indices, inclusive
    std::vector<std::string> core;    // folded words that carry the name: no titles, no connectors
    std::vector<std::size_t> core_words;  // their word indices
    std::string phrase;               // every folded word of the span, space-separated
    bool acronym = false;
    // Capitals of a mixed-case acronym ("AfDB"), one flag per letter of core[0]; empty otherwise.
    std::vector<bool> capitals;
    bool known = false;  // listed in an alias set of the packs
    bool first_uncertain = false;  // the span's first word only starts a sentence; not part of `core`
    bool weak = false;  // one capitalised word where capitals do not mark names (sentence start, German nouns)
    // Capitalised words in a language that capitalises every noun, with no title, connector or acronym to
    // show a name: "Heiligen Krieg", "Zugbegleiter Lesegeräte". Across languages it counts only when a
    // word of it recurs on the other side.
    bool noun_run = false;
    // A short acronym after a name and a comma, as a region after its city ("Austin, TX"): spelled out,
    // translated or left out by a translation as it likes.
    bool qualifier = false;
};

// What the comparison of one segment pair found. Indices refer to `source` and `target`.
struct EntityComparison {
    std::vector<Entity> source, target;
    std::vector<std::pair<std::size_t, std::size_t>> substitutions;  // (source, target)
    std::vector<std::size_t> missing;                                 // source entities with nothing in their place
    std::vector<std::size_t> added;                                   // target entities without a source counterpart
    // Substitutions of acronyms the document defines: the target's spells neither its own expansion nor
    // the source's ("Verkehrsverbund Weserbergland-Süd (VWS)" / "… transport association (VBS)").
    std::vector<std::pair<std::size_t, std::size_t>> altered_acronyms;
    // Substitutions of a lone name no resource knows by another such name in its place ("Branwick" /
    // "Holtby"), between languages that copy names as written.
    std::vector<std::pair<std::size_t, std::size_t>> obscure_names;
    // Substitutions of a lone name by another in its place that shares too few letters with it to be its
    // exonym, which no dictionary gives for it ("Neuss" / "Krefeld").
    std::vector<std::pair<std::size_t, std::size_t>> unlike_names;
    // Substitutions of a longer name by an acronym that begins none of its words or their translations
    // ("Johns-Hopkins-Universität" / "OVM"): no localisation of it.
    std::vector<std::pair<std::size_t, std::size_t>> unspelt_acronyms;
    // Substitutions of a name copied word for word but one (see copied_name_changed): "Belton Park" for
    // "Beacon Park".
    std::vector<std::pair<std::size_t, std::size_t>> changed_copies;
};

// Compares the names of a segment pair. The result is kept in the segment's context, so the three
// entity rules share one analysis.
const EntityComparison& compare_entities(const SegmentView& view);

// The same comparison on bare texts, for tests and tools: in `run` (its packs, tables and dictionaries),
// as a document of its own.
EntityComparison compare_entity_texts(std::string_view source, std::string_view target, const RunContext& run,
                                      std::string_view source_lang, std::string_view target_lang);
// The same in a run of its own over `packs`, with the default settings (its dictionaries are loaded
// again on each call: a caller comparing many texts passes its run).
EntityComparison compare_entity_texts(std::string_view source, std::string_view target, const PackSet& packs,
                                      std::string_view source_lang, std::string_view target_lang);

// Whether the source name `e` of a comparison has a counterpart in another target text (a neighbouring
// segment): a sentence that says "their partnership" where its neighbour names the partners.
bool mentioned_in(const Entity& e, const SegmentView& view, std::string_view other_target);
// The same for a target name and another source text.
bool mentioned_in_source(const Entity& e, const SegmentView& view, std::string_view other_source);

// Whether the target of a segment has more words that refer back to a name ("their", "it"; the packs'
// entities.anaphora) than its source.
bool target_refers_back(const SegmentView& view);

// Whether the target of a segment brings a name of its own: within one language a capitalised word
// inside a sentence that the source lacks, across languages a target name without a counterpart.
bool target_brings_name(const SegmentView& view);

// The words of a segment's source and target, kept in the segment's context (rules that look at words
// share one tokenisation).
struct SegmentWords {
    std::vector<Word> source, target;
};
const SegmentWords& segment_words(const SegmentView& view);

}  // namespace verity::rules
