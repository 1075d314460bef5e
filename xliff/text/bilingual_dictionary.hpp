// Bilingual word lists from FreeDict dictionaries in dictd format (Debian's dict-freedict-xxx-yyy
// packages), used as optional lexical evidence when aligning translations.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace verity::text {

// One string of a dictionary: `length` bytes from `offset` in its pool of characters.
struct StringRef {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
};

// Strings of a dictionary's pool, read as std::string_view: a view, valid as long as its dictionary.
class StringList {
public:
    class iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = std::string_view;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = std::string_view;
        iterator() = default;
        iterator(const char* pool, const StringRef* at) : pool_(pool), at_(at) {}
        std::string_view operator*() const { return {pool_ + at_->offset, at_->length}; }
        std::string_view operator[](difference_type n) const { return *(*this + n); }
        iterator& operator++() { return ++at_, *this; }
        iterator operator++(int) { auto old = *this; ++at_; return old; }
        iterator& operator--() { return --at_, *this; }
        iterator operator--(int) { auto old = *this; --at_; return old; }
        iterator& operator+=(difference_type n) { return at_ += n, *this; }
        iterator& operator-=(difference_type n) { return at_ -= n, *this; }
        friend iterator operator+(iterator i, difference_type n) { return i += n; }
        friend iterator operator+(difference_type n, iterator i) { return i += n; }
        friend iterator operator-(iterator i, difference_type n) { return i -= n; }
        friend difference_type operator-(iterator a, iterator b) { return a.at_ - b.at_; }
        friend bool operator==(iterator a, iterator b) { return a.at_ == b.at_; }
        friend auto operator<=>(iterator a, iterator b) { return a.at_ <=> b.at_; }

    private:
        const char* pool_ = nullptr;
        const StringRef* at_ = nullptr;
    };

    StringList() = default;
    StringList(const char* pool, std::span<const StringRef> refs) : pool_(pool), refs_(refs) {}
    std::size_t size() const { return refs_.size(); }
    bool empty() const { return refs_.empty(); }
    std::string_view operator[](std::size_t i) const { return {pool_ + refs_[i].offset, refs_[i].length}; }
    std::string_view front() const { return (*this)[0]; }
    iterator begin() const { return {pool_, refs_.data()}; }
    iterator end() const { return {pool_, refs_.data() + refs_.size()}; }

private:
    const char* pool_ = nullptr;
    std::span<const StringRef> refs_;
};

// Headword → translations, both case-folded, for one direction (source language → target
// language). Entries of up to three words are kept; the aligner uses single words. The tables are
// compact (every string in one pool) and either built in memory or mapped from a cache file
// (`save`, `map`), so a process that finds the cache reads nothing it does not look up.
class BilingualDictionary {
public:
    BilingualDictionary();

    // Uncached load from a directory of dictd files (freedict-xxx-yyy.index and .dict.dz).
    static BilingualDictionary load(const std::filesystem::path& directory, std::string_view source_bcp47,
                                    std::string_view target_bcp47);

    // Adds one dictd dictionary given by its two files; `invert` swaps headwords and translations.
    // Returns false (and adds nothing) when a file is missing or unreadable.
    bool add_dictd(const std::filesystem::path& index, const std::filesystem::path& dict, bool invert);
    // Adds one pair (case-folded here). Rebuilds the whole table: meant for short hand-made lists.
    void add(std::string_view headword, std::string_view translation);

    // The tables as one file (written whole to `path`; false when it cannot be), and a dictionary mapped
    // from such a file: nothing when the file is missing, of another format version, or damaged in any
    // way a check of its sizes and offsets finds.
    bool save(const std::filesystem::path& path) const;
    static std::optional<BilingualDictionary> map(const std::filesystem::path& path);

    // Translations of a case-folded word (empty when unknown), unique, in dictionary order.
    StringList find(std::string_view folded) const;
    // Headwords are numbered 0..size()-1 in byte order; [first, last) of those starting with `prefix`.
    std::pair<std::size_t, std::size_t> prefix_range(std::string_view prefix) const;
    std::string_view headword(std::size_t i) const { return {pool_ + headwords_[i].offset, headwords_[i].length}; }
    StringList translations(std::size_t i) const {
        return {pool_, translations_.subspan(first_[i], first_[i + 1] - first_[i])};
    }
    // Per translation of headword i, whether the dictionary wrote it with a capital ("Warsaw", not
    // "court"): a name rather than an ordinary word. Pairs added by `add` have none.
    std::span<const char> capitals(std::size_t i) const {
        return capitals_.subspan(first_[i], first_[i + 1] - first_[i]);
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
    struct Storage;
    void build(std::vector<Pair> pairs);  // merges pairs into the table
    void attach(std::shared_ptr<const Storage> storage);
    std::size_t lower_bound(std::string_view folded) const;

    // The tables live in `storage_` (shared by copies); the views below point into it.
    std::shared_ptr<const Storage> storage_;
    const char* pool_ = nullptr;
    std::span<const StringRef> headwords_;  // sorted, unique
    std::span<const std::uint32_t> first_;  // translations of headword i: [first_[i], first_[i + 1])
    std::span<const StringRef> translations_;
    std::span<const char> capitals_;  // parallel to translations_
};

// The dictionaries of one run, from one directory: each language pair is loaded on first use and kept.
// Thread-safe. The checker makes one and hands it to the aligner and to the rules (RunSettings), so a
// pair is loaded once per process whoever asks first. With a `cache` directory, a pair built from the
// dictd files is saved there as a compact file (named after the pair and the size and time of every
// dictd file it may read, so an updated package makes a new one) and mapped by the next process.
class Dictionaries {
public:
    // `enabled` false: every pair is empty (for measuring what the dictionaries add). `cache` empty: none.
    explicit Dictionaries(std::filesystem::path directory = "/usr/share/dictd", bool enabled = true,
                          std::filesystem::path cache = {});
    ~Dictionaries();
    Dictionaries(const Dictionaries&) = delete;
    Dictionaries& operator=(const Dictionaries&) = delete;
    // The source → target dictionary (or the inverted target → source one), empty when none is installed.
    const BilingualDictionary& get(std::string_view source_bcp47, std::string_view target_bcp47) const;
    const std::filesystem::path& directory() const { return directory_; }
    // The cache file a pair is kept in (whether or not it exists yet); empty without a cache directory or
    // when no dictd file of the pair is installed.
    std::filesystem::path cache_file(std::string_view source_bcp47, std::string_view target_bcp47) const;

private:
    std::filesystem::path directory_;
    bool enabled_;
    std::filesystem::path cache_dir_;
    struct Cache;
    std::unique_ptr<Cache> cache_;
};

// The cache directory of a run made without dictionaries of its own (rules::RunContext's fallback):
// none unless a program sets one before its first run. The test programs point it into the build tree,
// so the installed dictionaries are built once for the whole suite, not once per test process.
void set_default_dictionary_cache(std::filesystem::path directory);
std::filesystem::path default_dictionary_cache();

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
