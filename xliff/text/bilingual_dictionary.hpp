// Bilingual word lists from FreeDict dictionaries in dictd format (Debian's dict-freedict-xxx-yyy
// packages), used as optional lexical evidence when aligning translations.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace verity::text {

// Headword → translations, both case-folded, for one direction (source language → target
// language). Entries of up to three words are kept; the aligner uses single words.
class BilingualDictionary {
public:
    // Uncached load from a directory of dictd files (freedict-xxx-yyy.index and .dict.dz).
    static BilingualDictionary load(const std::filesystem::path& directory, std::string_view source_bcp47,
                                    std::string_view target_bcp47);

    // Adds one dictd dictionary given by its two files; `invert` swaps headwords and translations.
    // Returns false (and adds nothing) when a file is missing or unreadable.
    bool add_dictd(const std::filesystem::path& index, const std::filesystem::path& dict, bool invert);
    // Adds one pair (case-folded here). Rebuilds the whole table: meant for short hand-made lists.
    void add(std::string_view headword, std::string_view translation);

    // Translations of a case-folded word (empty when unknown), unique, in dictionary order.
    std::span<const std::string> find(std::string_view folded) const;
    // Headwords are numbered 0..size()-1 in byte order; [first, last) of those starting with `prefix`.
    std::pair<std::size_t, std::size_t> prefix_range(std::string_view prefix) const;
    const std::string& headword(std::size_t i) const { return headwords_[i]; }
    std::span<const std::string> translations(std::size_t i) const {
        return {translations_.data() + first_[i], translations_.data() + first_[i + 1]};
    }
    // Per translation of headword i, whether the dictionary wrote it with a capital ("Warsaw", not
    // "court"): a name rather than an ordinary word. Pairs added by `add` have none.
    std::span<const char> capitals(std::size_t i) const {
        return {capitals_.data() + first_[i], capitals_.data() + first_[i + 1]};
    }
    // The headwords of an inflected word's family, for a language without a stemmer: those that share all
    // of it but its last one, two or three letters (the fewest that find any; five letters stay), at most
    // two letters longer than it ("organizacji" -> "organizacja", "wirusami" -> "wirus").
    std::vector<std::size_t> family(std::string_view folded) const;
    // The number of a headword (case-folded), if the dictionary has it.
    std::optional<std::size_t> index_of(std::string_view folded) const;

    bool empty() const { return headwords_.empty(); }
    std::size_t size() const { return headwords_.size(); }

private:
    struct Pair {
        std::string headword, translation;
        std::uint32_t order;  // keeps the dictionary's order of translations through sorting
        bool capital = false;  // the translation was written with a capital
    };
    void build(std::vector<Pair> pairs);  // merges pairs into the table

    std::vector<std::string> headwords_;  // sorted, unique
    std::vector<std::uint32_t> first_{0};  // translations of headword i: [first_[i], first_[i + 1])
    std::vector<std::string> translations_;
    std::vector<char> capitals_;  // parallel to translations_
};

// The dictionaries of one run, from one directory: each language pair is loaded on first use and kept.
// Thread-safe. The checker makes one and hands it to the aligner and to the rules (RunSettings), so a
// pair is loaded once per process whoever asks first.
class Dictionaries {
public:
    // `enabled` false: every pair is empty (for measuring what the dictionaries add).
    explicit Dictionaries(std::filesystem::path directory = "/usr/share/dictd", bool enabled = true);
    ~Dictionaries();
    Dictionaries(const Dictionaries&) = delete;
    Dictionaries& operator=(const Dictionaries&) = delete;
    // The source → target dictionary (or the inverted target → source one), empty when none is installed.
    const BilingualDictionary& get(std::string_view source_bcp47, std::string_view target_bcp47) const;
    const std::filesystem::path& directory() const { return directory_; }

private:
    std::filesystem::path directory_;
    bool enabled_;
    struct Cache;
    std::unique_ptr<Cache> cache_;
};

// ISO 639-3 code FreeDict uses for a BCP 47 language tag ("de-CH" → "deu"), or empty.
std::string freedict_language(std::string_view bcp47);

// Offsets and lengths in dictd indexes: base64 digits (A-Z a-z 0-9 + /), most significant first.
std::optional<std::uint64_t> decode_dictd_number(std::string_view digits);

// Translations on the lines of one dictd entry body (headword line first), case-folded: the
// line right after the headword and numbered sense lines ("2. sommet, comble"), without
// grammar labels (<n, masc>, [mus.], (Französisch)), pronunciations, examples and glosses.
// `capitalised`, if given, gets per translation whether it was written with a capital.
std::vector<std::string> parse_dictd_translations(std::string_view body, std::vector<char>* capitalised = nullptr);
// The headword of an entry body: its first line without pronunciation and labels, case-folded;
// `capitalised`, if given, says whether it was written with a capital.
std::string parse_dictd_headword(std::string_view body, bool* capitalised = nullptr);

}  // namespace verity::text
