// The repetitions of a document: which segments share a source text, and which share a target text,
// compared as a reader compares them (case, spacing and closing punctuation aside).
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
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
    // The variant most places use, on a tie the one used first, among those that are not a copy of the
    // repeated text itself (key `copy`): an untranslated copy is never the usual rendering, whatever its
    // count (target.same-as-source speaks about copies). Null when every variant is a copy.
    const std::pair<Key, std::vector<Place>>* usual(Key copy) const;
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

// The keys of the segment in view computed directly, repeated in its document or not (zero when it takes
// no part).
SegmentKeys own_keys(const SegmentView& v);

// The renderings of each source text across all documents of a run, per target language: what
// consistency.target compares with `scope=run`. Filled by add() from any thread while the runner indexes
// the run; read only after that (the runner's threads have joined), so reading takes no lock.
class RunRepetitions {
public:
    struct Variant {
        std::size_t count = 0;
        bool copy = false;  // the target says what the source says (an untranslated copy)
        // The first place in run order (input order, then unit order): it does not depend on which
        // thread indexed which document first.
        std::size_t ordinal = std::numeric_limits<std::size_t>::max();
        std::size_t unit_index = 0;
        std::string path, unit_id, text;
    };
    void add(const xliff::Document& document, std::size_t ordinal);
    bool knows(const std::string& path) const { return paths_.count(path) > 0; }
    // The usual rendering of the source keyed `source` in `lang` (the one most places use; on a tie the
    // first) when `target` departs from it; null when the source has one rendering in the run.
    const Variant* departure(const std::string& lang, Key source, Key target) const;

private:
    std::mutex mutex_;
    std::unordered_set<std::string> paths_;
    std::unordered_map<std::string, std::unordered_map<Key, std::vector<std::pair<Key, Variant>>>> by_lang_;
};

// Words of a text (spaces separate them in its comparison key).
std::size_t words_of(std::string_view text);

}  // namespace verity::rules::consistency
