// Two versions of one text in, one aligned document out: each side is segmented into sentences
// (plain text) or read from XLIFF, the sentences are aligned, and every alignment link becomes a
// unit whose segment pairs the linked sentences. Dropped and added sentences become units of their
// own (UnitOrigin::Dropped / Added) so the rules and a re-check of the written XLIFF see them.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "xliff/pair/aligner.hpp"
#include "xliff/text/segmenter.hpp"
#include "xliff/model.hpp"

namespace verity::xliff {

struct PairOptions {
    std::string source_lang;  // empty: taken from XLIFF, or guessed from the text with the packs
    std::string target_lang;
    bool lines = false;       // each non-empty line is one sentence (pre-segmented corpora)
    std::uint64_t max_bytes = UINT64_MAX;  // a larger file is not read: an error
};

// What reading two texts needs to know about languages; the checker fills it from the rule packs.
struct PairLanguages {
    // (language code, stop words) pairs for guessing the language of a text.
    std::vector<std::pair<std::string, std::vector<std::string>>> stopword_profiles;
    // A word list of a language ("abbreviations.words", "stopwords.words"); empty when there is none.
    std::function<const std::vector<std::string>&(const std::string& language, std::string_view list)> list;
    // Word translations for aligning two languages; null: none.
    const text::Dictionaries* dictionaries = nullptr;
};

struct PairSide {
    std::string path;
    std::string language;
    std::vector<text::Sentence> sentences;
    // Per sentence, where its text stands in the file (offsets into the sentence's text).
    std::vector<std::vector<TextAnchor>> anchors;
};

struct PairResult {
    std::optional<Document> document;
    std::string error_path;  // which input the error is about
    std::optional<LoadError> error;
    PairSide source, target;
    std::vector<Link> links;
};

// The sentences a segment of an aligned pair links, 1-based, as its id names them: "s3_4-t2" is source
// sentences 3 and 4 with target sentence 2; "s7-t" a dropped source sentence, "s-t5" an added one.
struct SentenceNumbers {
    std::vector<std::size_t> source, target;
};
// The id of a segment linking these sentences (0-based indices).
std::string segment_id_of(const std::vector<std::size_t>& source, const std::vector<std::size_t>& target);
// Nothing when the id is not one align_pair gave.
std::optional<SentenceNumbers> sentence_numbers(std::string_view segment_id);

PairResult align_pair(const std::string& source_path, const std::string& target_path, const PairOptions& options,
                      const PairLanguages& languages);

}  // namespace verity::xliff
