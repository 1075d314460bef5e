// Monotonic sentence alignment of two versions of one document (a translation, or a revised
// text in the same language), with real deletions and insertions.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "xliff/text/bilingual_dictionary.hpp"
#include "xliff/text/segmenter.hpp"

namespace verity::xliff {

// 0-based sentence indices, ascending; an empty side means the other side was dropped/added.
struct Link {
    std::vector<std::size_t> source, target;
    bool operator==(const Link&) const = default;
};

struct AlignerOptions {
    std::string source_language, target_language;  // BCP 47; same primary language → word matching
    std::vector<std::string> source_stopwords, target_stopwords;
    // Word translations across languages (FreeDict); null: none, only numbers, names and cognates.
    const text::Dictionaries* dictionaries = nullptr;
};

// Dynamic programming over 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3 and 3-1 links (across languages, and in a
// same-language rewrite with half again as many sentences on one side as on the other, also 2-3, 3-2,
// 1-4 and 4-1, with merges as likely as in a translation), scored on length (Gale–Church), shared words
// (same language) or shared numbers (in digits or spelled as one word: "drei" = "3"), names and cognates
// (across languages), and paragraph boundaries. The search runs in a band around a path through
// confident anchor pairs, so time and memory grow linearly with document length.
// Every sentence appears in exactly one link; links come in document order.
std::vector<Link> align(const std::vector<text::Sentence>& source, const std::vector<text::Sentence>& target,
                        const AlignerOptions& options);

// After the search: a gap (a 1-0 or 0-1 link) next to a 1-1 link whose sentence shares clearly more evidence
// with the gap's sentence than with its own partner is on the wrong side of the pair ("Trainees complete a
// probation period …" linked to an added "Während der Probezeit stellt das Team …" right after its own
// translation, "Anwärter absolvieren zunächst eine einjährige Probezeit, bevor …"). The search divides a pair's
// shared evidence by all the evidence of both sentences, so a long translation rich in words of its own can
// lose to a short neighbour sharing one of them; here the raw evidence decides. `shared(i, j)`: the evidence
// source sentence i and target sentence j share (idf-weighted; one rare word is about 3); `pair_length(i, j)`:
// how far their lengths are from a translation's, in standard deviations.
void shift_misplaced_gaps(std::vector<Link>& links, const std::function<double(std::size_t, std::size_t)>& shared,
                          const std::function<double(std::size_t, std::size_t)>& pair_length);

}  // namespace verity::xliff
