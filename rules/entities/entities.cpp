// The entry points of the name comparison: the words and the comparison of a segment pair, memoised.
#include "rules/entities/entities.hpp"

#include <memory>
#include <string>

#include "rules/entities/comparison.hpp"
#include "rules/entities/knowledge.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules {

using entities::compare;
using entities::Knowledge;
using entities::knowledge;

const SegmentWords& segment_words(const SegmentView& view) {
    struct Memo {
        std::string source, target;
        SegmentWords words;
    };
    thread_local Memo memo;
    const std::string& s = view.segment.source.text;
    static const std::string none;
    const std::string& t = view.segment.target ? view.segment.target->text : none;
    if (memo.source != s || memo.target != t || (memo.words.source.empty() && memo.words.target.empty())) {
        memo.source = s;
        memo.target = t;
        memo.words.source = split_words(s);
        memo.words.target = split_words(t);
    }
    return memo.words;
}

EntityComparison compare_entity_texts(std::string_view source, std::string_view target, const PackSet& packs,
                                      std::string_view source_lang, std::string_view target_lang) {
    const auto k = knowledge(packs, source_lang, target_lang);
    const bool cross = primary_language(source_lang) != primary_language(target_lang);
    return compare(split_words(source), split_words(target), *k, cross, source, target);
}

const EntityComparison& compare_entities(const SegmentView& view) {
    struct Memo {
        std::shared_ptr<const Knowledge> knowledge;
        std::string source, target;
        EntityComparison result;
    };
    thread_local Memo memo;
    const auto k = knowledge(view.packs, view.source_lang, view.target_lang);
    const std::string& s = view.segment.source.text;
    static const std::string none;
    const std::string& t = view.segment.target ? view.segment.target->text : none;
    if (memo.knowledge != k || memo.source != s || memo.target != t) {
        const auto& words = segment_words(view);
        const bool cross = primary_language(view.source_lang) != primary_language(view.target_lang);
        memo.result = compare(words.source, words.target, *k, cross, s, t);
        memo.knowledge = k;
        memo.source = s;
        memo.target = t;
    }
    return memo.result;
}

}  // namespace verity::rules
