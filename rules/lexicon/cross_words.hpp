// Evidence across languages that a word is rendered on the other side: its number, a cognate, one
// of its FreeDict translations (also inside a compound) or a word whose back-translation leads to it.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "rules/engine/rule.hpp"
#include "rules/lexicon/lexicon.hpp"
#include "rules/lexicon/tokens.hpp"
#include "xliff/text/bilingual_dictionary.hpp"

namespace verity::rules::wording {

// Evidence across languages for words of a source clause: a word counts as rendered when the target
// holds its number, a cognate, one of its dictionary translations (also inside a compound) or a word
// whose back-translation leads to it. Dictionaries of both directions are used when installed.
class CrossWords {
public:
    // Words of the language `src_lang` looked for among `target` (in `tgt_lang`, with its lexicon),
    // with the run's dictionaries; the document's store keeps the translations looked up.
    CrossWords(const SegmentView& view, const std::vector<Token>& target, const Lexicon& target_lexicon,
               std::string_view src_lang, std::string_view tgt_lang);

    bool rendered(const Token& s) const;

    // Only one-word translations, in either direction, with equal stems: "impossible" / "unmöglich",
    // not "uncertain" / "gewiss" through "nicht gewiss".
    bool rendered_strictly(const Token& s) const;

    // Whether the target holds the number (its digits), also written in other pieces or with the century.
    bool number_rendered(const std::string& digits) const;

private:
    const std::vector<std::string>& forth(const std::string& w) const;
    const std::vector<std::string>& back(const std::string& w) const;

    struct Memo;  // dictionary lookups of the document, per language pair and word
    Memo& memo_;
    StemMemo& stems_;
    const std::vector<Token>& target_;
    std::string_view src_lang_, tgt_lang_;
    // One-word number words of each language ("fifteen" = 15), kept in the run's store.
    const std::unordered_map<std::string, std::string>& src_number_words_;
    const text::BilingualDictionary& forward_;
    const text::BilingualDictionary& backward_;
    std::unordered_set<std::string> target_numbers_, target_stems_, back_stems_;
    // Per run of numbers in a row: their digits run together, and how many numbers it holds.
    std::vector<std::pair<std::string, std::size_t>> target_runs_;
    std::vector<std::string> target_keys_;  // cognate_key of the target's content words
};

}  // namespace verity::rules::wording
