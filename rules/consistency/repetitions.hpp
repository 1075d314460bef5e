// The repetitions of a document: which segments share a source text, and which share a target text,
// compared as a reader compares them (case, spacing and closing punctuation aside).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "rules/engine/rule.hpp"

namespace verity::rules::consistency {

// A text's comparison key, hashed (64 bits: among a document's texts a collision is far less likely than
// any other error). 0 stands for "takes no part".
using Key = std::uint64_t;

// One segment of the document.
struct Place {
    const xliff::Unit* unit = nullptr;
    const xliff::Segment* segment = nullptr;
};

// The renderings of one repeated text: each distinct other side with the places that use it, in document
// order of first use.
struct Variants {
    std::vector<std::pair<Key, std::vector<Place>>> by_key;
    // The variant most places use; on a tie, the one used first.
    const std::pair<Key, std::vector<Place>>& usual() const;
};

// The keys of a segment's source and target; 0 when the segment takes no part (no target, not to
// translate, a gettext plural form other than the first, an alignment gap, a text pair).
struct SegmentKeys {
    Key source = 0, target = 0;
};

struct Repetitions {
    // Only texts said more than once, with more than one rendering, are kept.
    std::unordered_map<Key, Variants> targets_of_source;  // source key -> its translations
    std::unordered_map<Key, Variants> sources_of_target;  // target key -> the sources it translates
    std::unordered_map<const xliff::Segment*, SegmentKeys> keys;
};

// How two texts are compared: folded (NFKC, case, spacing), closing punctuation and spaces dropped.
std::string comparison_key(std::string_view text);

// The document's repetitions, made once per document.
const Repetitions& repetitions(const SegmentView& v);

// The keys of the segment in view (zero when it takes no part).
SegmentKeys keys_of(const SegmentView& v);

// Words of a text (spaces separate them in its comparison key).
std::size_t words_of(std::string_view text);

}  // namespace verity::rules::consistency
