// The entry points of the name comparison: the words and the comparison of a segment pair, kept in the
// segment's context for the rules that ask after the first.
#include "rules/entities/entities.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "rules/entities/comparison.hpp"
#include "rules/entities/document_acronyms.hpp"
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

const EntityComparison& compare_entities(const SegmentView& view) {
    // The words first: made in the same store, they are no part of the comparison's making.
    const SegmentWords& words = segment_words(view);
    return view.segment_context.store().get<EntityComparison>([&] {
        const bool cross = text::primary_language(view.source_lang) != text::primary_language(view.target_lang);
        const std::string_view target = view.segment.target ? std::string_view(view.segment.target->text) : "";
        const entities::Knowledge& k = entities::knowledge(view.run, view.source_lang, view.target_lang);
        entities::Translations& tr = entities::document_translations(view.document_context, view.run);
        const entities::DocumentAcronyms& acronyms = entities::document_acronyms(view);
        EntityComparison c = entities::compare(words.source, words.target, k, tr, cross, view.segment.source.text, target,
                                               &acronyms.kept);
        entities::apply_document_acronyms(view, c, cross);
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
