// A rewrite in the same language that splits and explains throughout (a plain-language version): how to
// tell it, and how to tell its explanations from additions. Shared by addition.sentence and addition.phrase.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "rules/engine/rule.hpp"

namespace verity::rules {

// Sentence-final punctuation followed by a space: a cheap upper bound on sentence breaks.
std::size_t likely_breaks(std::string_view text);

// The words of a sentence that may show what it is about: four letters or more, no stop word of its pack,
// folded, cut to their first five letters.
std::vector<std::string> telling_words(std::string_view text, const LanguagePack* pack);

// Whether the view's file is a same-language rewrite that splits and explains throughout. Once per document.
bool splitting_rewrite(const SegmentView& v);

// The whole source document, case-folded, made once per document.
const std::string& folded_source(const SegmentView& v);

// Each telling word of `sentence` is in the source document: the source's content said again.
bool restates_the_source(const SegmentView& v, std::string_view sentence);

// The words of a text, case-folded (apostrophes and hyphens separate).
std::vector<std::string> folded_words(std::string_view text);

// `sentence` defines a term that the source or the target sentence before it (`previous`) names, with a
// defining phrase of the pack's rewrite.definitions ("Widerspruch heißt: …", "Le RIB, c'est …").
bool defines_a_named_term(const SegmentView& v, std::string_view sentence, std::string_view previous);

// `sentence` holds one of the pack's rewrite.additives ("auch", "aussi", "also"): a further fact.
bool says_in_addition(const SegmentView& v, std::string_view sentence);

// Telling words of `sentence` that the whole source document never uses.
std::size_t fresh_words(const SegmentView& v, std::string_view sentence);

}  // namespace verity::rules
