// Two versions of one text in, one aligned document out: each side is segmented into sentences
// (plain text) or read from XLIFF, the sentences are aligned, and every alignment link becomes a
// unit whose segment pairs the linked sentences. Dropped and added sentences become units of their
// own (type verity:dropped / verity:added) so the rules and a re-check of the written XLIFF see them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rules/packs.hpp"
#include "rules/text/aligner.hpp"
#include "rules/text/segmenter.hpp"
#include "xliff/model.hpp"

namespace verity::checker {

struct PairOptions {
    std::string source_lang;  // empty: taken from XLIFF, or guessed from the text with the packs
    std::string target_lang;
    bool lines = false;       // each non-empty line is one sentence (pre-segmented corpora)
};

struct PairSide {
    std::string path;
    std::string language;
    std::vector<text::Sentence> sentences;
};

struct PairResult {
    std::optional<xliff::Document> document;
    std::string error_path;  // which input the error is about
    std::optional<xliff::LoadError> error;
    PairSide source, target;
    std::vector<text::Link> links;
};

PairResult align_pair(const std::string& source_path, const std::string& target_path, const PairOptions& options,
                      const rules::PackSet& packs);

}  // namespace verity::checker
