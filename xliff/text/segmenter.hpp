// Plain text → paragraphs → sentences, keeping where each sentence sits in the original file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace verity::text {

struct Sentence {
    std::string text;            // the sentence with any line breaks inside turned into spaces
    std::size_t begin = 0, end = 0;  // byte offsets in the decoded UTF-8
    std::uint32_t line = 0, column = 0;  // 1-based, column in code points
    std::size_t paragraph = 0;   // 0-based; links across a paragraph change are less likely
};

struct SegmenterOptions {
    std::string language;                    // BCP 47; picks ICU's rules and ordinal handling
    std::vector<std::string> abbreviations;  // "Dr.", "e.g.", "z. B.": never end a sentence
    bool lines = false;                      // each non-empty line is one sentence
};

// Every line ends a sentence (plain-text statements put one paragraph on a line; headings have
// no final stop). Exception: a line that does not end in punctuation and is followed by one
// starting in lower case is taken as hard-wrapped and joined. In `lines` mode paragraphs are the
// blocks between blank lines; otherwise each (joined) line is a paragraph.
std::vector<Sentence> segment_text(std::string_view utf8, const SegmenterOptions& options);

// Sentence boundaries inside short texts (XLIFF segments) of one language. Made once for a language
// and its abbreviations (building the abbreviation table costs more than a split) and used for
// many texts; split() may be called from several threads at once.
class SentenceSplitter {
public:
    SentenceSplitter(const std::string& language, const std::vector<std::string>& abbreviations);
    ~SentenceSplitter();
    SentenceSplitter(SentenceSplitter&&) noexcept;
    SentenceSplitter& operator=(SentenceSplitter&&) noexcept;

    // Byte ranges [begin,end) of the sentences of `utf8`, trimmed of outer whitespace.
    std::vector<std::pair<std::size_t, std::size_t>> split(std::string_view utf8) const;

private:
    struct Impl;
    std::unique_ptr<const Impl> impl_;
};

}  // namespace verity::text
