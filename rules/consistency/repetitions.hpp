// The repetitions of a document: which segments share a source text, and which share a target text,
// compared as a reader compares them (case, spacing and closing punctuation aside).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "rules/engine/rule.hpp"

namespace verity::rules::consistency {

// One segment of the document, by unit and segment index.
struct Place {
    std::size_t unit = 0;     // index into the file's units, across files in document order
    std::size_t segment = 0;
    const xliff::Unit* unit_ptr = nullptr;
    const xliff::Segment* segment_ptr = nullptr;
};

// The renderings of one text: each distinct other side (by comparison key) with the places that use it,
// in document order of first use.
struct Variants {
    std::vector<std::string> keys;
    std::map<std::string, std::vector<Place>> places;
    // The variant most places use; on a tie, the one used first.
    const std::string& usual() const;
};

struct Repetitions {
    std::map<std::string, Variants> targets_of_source;  // source key -> its translations
    std::map<std::string, Variants> sources_of_target;  // target key -> the sources it translates
};

// How two texts are compared: folded (NFKC, case, spacing), closing punctuation and spaces dropped.
std::string comparison_key(std::string_view text);

// The document's repetitions, made once per document.
const Repetitions& repetitions(const SegmentView& v);

// The key of the segment's source and target, or empty when the segment takes no part (no target, not
// to translate, a gettext plural form other than the first, an alignment gap, a text pair).
struct SegmentKeys {
    std::string source, target;
};
SegmentKeys keys_of(const SegmentView& v);

}  // namespace verity::rules::consistency
