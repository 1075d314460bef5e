#include "rules/lexicon/wordnet.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "rules/engine/context.hpp"
#include "rules/lexicon/tokens.hpp"

namespace verity::rules::wordnet {
namespace {

// A read-only mapping of a whole file; empty when the file is absent or empty.
class Mapped {
public:
    Mapped() = default;
    void open(const std::string& path) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return;
        struct stat st {};
        if (::fstat(fd, &st) == 0 && st.st_size > 0) {
            void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
            if (p != MAP_FAILED) {
                data_ = p;
                size_ = static_cast<std::size_t>(st.st_size);
            }
        }
        ::close(fd);  // the mapping outlives the descriptor
    }
    ~Mapped() {
        if (data_) ::munmap(data_, size_);
    }
    Mapped(const Mapped&) = delete;
    Mapped& operator=(const Mapped&) = delete;
    std::string_view text() const { return {static_cast<const char*>(data_), size_}; }

private:
    void* data_ = nullptr;
    std::size_t size_ = 0;
};

std::string_view field(std::string_view line, std::size_t& pos) {
    while (pos < line.size() && line[pos] == ' ') ++pos;
    const std::size_t start = pos;
    while (pos < line.size() && line[pos] != ' ') ++pos;
    return line.substr(start, pos - start);
}

unsigned long number(std::string_view s, int base) {
    unsigned long v = 0;
    for (char c : s) {
        const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0 || d >= base) return v;
        v = v * static_cast<unsigned long>(base) + static_cast<unsigned long>(d);
    }
    return v;
}

std::string_view line_at(std::string_view body, std::size_t at) {
    const std::size_t end = body.find('\n', at);
    return body.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
}

std::size_t next_line(std::string_view body, std::size_t at) {
    const std::size_t end = body.find('\n', at);
    return end == std::string_view::npos ? body.size() : end + 1;
}

std::string_view first_field(std::string_view body, std::size_t at) {
    std::size_t pos = 0;
    return field(line_at(body, at), pos);
}

// Start of the first line of a sorted file (index.<pos>, *.exc) whose first field is not less
// than `key`, by bisection over bytes. The licence lines, indented, sort first and are skipped.
std::size_t lower_bound(std::string_view body, std::string_view key) {
    std::size_t lo = 0, hi = body.size();
    while (lo < hi && body[lo] == ' ') lo = next_line(body, lo);
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        const std::size_t nl = body.rfind('\n', mid == 0 ? 0 : mid - 1);
        const std::size_t at = nl == std::string_view::npos || nl < lo ? lo : nl + 1;
        if (first_field(body, at) < key) lo = next_line(body, at);
        else hi = at;
    }
    return lo;
}

struct Synset {
    std::vector<unsigned long> antonyms, satellites;
};

// The pointers of the synset whose line starts at byte `offset` (WordNet's synset offsets are
// byte offsets into data.<pos>); false when no synset starts there.
bool read_synset(std::string_view body, unsigned long offset, Synset& s) {
    if (offset >= body.size()) return false;
    std::string_view line = line_at(body, offset);
    if (auto gloss = line.find(" | "); gloss != std::string_view::npos) line = line.substr(0, gloss);
    std::size_t pos = 0;
    if (number(field(line, pos), 10) != offset) return false;
    field(line, pos);  // lexicographer file
    field(line, pos);  // synset type
    const unsigned long w_cnt = number(field(line, pos), 16);
    for (unsigned long w = 0; w < 2 * w_cnt; ++w) field(line, pos);  // word, lex_id
    const unsigned long p_cnt = number(field(line, pos), 10);
    for (unsigned long p = 0; p < p_cnt; ++p) {
        const std::string_view symbol = field(line, pos);
        const unsigned long target = number(field(line, pos), 10);
        field(line, pos);  // part of speech
        field(line, pos);  // source/target word numbers
        if (symbol == "!") s.antonyms.push_back(target);
        else if (symbol == "&") s.satellites.push_back(target);
    }
    return true;
}

bool contains(const std::vector<unsigned long>& v, unsigned long x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// One side of an antonym pair: the pair (its file and the two synset offsets, lower first), and
// 0 for the lower synset's side, 1 for the higher's, plus 2 for a satellite of that synset.
struct Pole {
    std::uint64_t pair;
    unsigned char side;
    bool operator==(const Pole&) const = default;
};

void add(std::vector<Pole>& out, Pole p) {
    if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
}

// The pairs of the synset `x` at `offset`, as `side_bias` + its side. A pair is the lower synset's
// "!" pointer to the higher (each is listed from both ends; the lower one's is the one that counts).
void pairs_of(std::string_view data, unsigned file, unsigned long offset, const Synset& x, unsigned char side_bias,
              std::vector<Pole>& out) {
    auto key = [&](unsigned long lo, unsigned long hi) {
        return (std::uint64_t{file} << 62) | (std::uint64_t{lo} << 31) | std::uint64_t{hi};
    };
    for (unsigned long target : x.antonyms) {
        Synset t;
        if (!read_synset(data, target, t)) continue;
        if (target >= offset) {
            add(out, {key(offset, target), side_bias});
            if (target == offset) add(out, {key(offset, target), static_cast<unsigned char>(side_bias + 1)});
        } else if (contains(t.antonyms, offset)) {
            add(out, {key(target, offset), static_cast<unsigned char>(side_bias + 1)});
        }
    }
}

// Snowball's English stem of a word is a prefix of the word but for a rewritten tail of at most two
// letters: y -> i ("dry" / "dri"), an added or swapped e ("hoping" / "hope", "fluency" / "fluence"),
// "ility" -> "le" or "l" ("nobility" / "nobl"), "dying" / "die". Lemmas with the stem start with this,
// or with an apostrophe and this ("'hood"), which Snowball drops.
std::string_view lemma_prefix(std::string_view stem) {
    std::size_t k = 0;
    if (stem.ends_with("ble") || stem.ends_with("ie")) k = 2;
    else if (stem.ends_with('e') || stem.ends_with('i') || stem.ends_with('y') || stem.ends_with("bl")) k = 1;
    return stem.substr(0, stem.size() - std::min(k, stem.size()));
}

}  // namespace

// index.<pos> and data.<pos> of the four parts of speech, mapped.
struct PosFiles {
    // data.noun comes last: its antonyms ("victory" / "defeat") are rare in statements next to those
    // of adjectives and verbs, so only loose questions use them.
    static constexpr std::array<const char*, 4> kPos{"adj", "adv", "verb", "noun"};
    static constexpr unsigned kNoun = 3;
    static constexpr unsigned kVerb = 2;
    std::array<Mapped, 4> index, data;

    explicit PosFiles(const std::string& dir) {
        for (std::size_t p = 0; p < kPos.size(); ++p) {
            index[p].open(dir + "/index." + kPos[p]);
            data[p].open(dir + "/data." + kPos[p]);
        }
    }
};

struct Antonyms::Files : PosFiles {
    std::array<Mapped, 4> exceptions;  // adj, adv, verb, noun: the first listing of a form wins
    // A text asks about the same words again and again: the poles of each stem, kept (bounded) for
    // the run; guarded, as the run's threads share one instance.
    mutable std::mutex memo_mutex;
    mutable std::unordered_map<std::string, std::vector<Pole>> memo;

    std::vector<Pole> memoised_poles(const std::string& stem) const {
        {
            std::lock_guard lock(memo_mutex);
            if (auto it = memo.find(stem); it != memo.end()) return it->second;
        }
        std::vector<Pole> found = poles(stem);
        std::lock_guard lock(memo_mutex);
        if (memo.size() > 100000) memo.clear();
        memo.emplace(stem, found);
        return found;
    }

    explicit Files(const std::string& dir) : PosFiles(dir) {
        const std::array<const char*, 4> exc{"adj", "adv", "verb", "noun"};
        for (std::size_t p = 0; p < exc.size(); ++p) exceptions[p].open(dir + "/" + exc[p] + ".exc");
    }

    // Every pole of the words whose stem is `stem`: the index gives their synsets, the synsets'
    // pointers give the pairs, directly or through the head a satellite hangs from.
    std::vector<Pole> poles(const std::string& stem) const {
        std::vector<Pole> out;
        const std::string prefix(lemma_prefix(stem));
        for (unsigned p = 0; p < kPos.size(); ++p) {
            if (data[p].text().empty()) continue;
            scan(p, prefix, stem, out);
            scan(p, "'" + prefix, stem, out);
        }
        return out;
    }

    void scan(unsigned p, std::string_view prefix, const std::string& stem, std::vector<Pole>& out) const {
        const std::string_view idx = index[p].text(), dat = data[p].text();
        for (std::size_t at = lower_bound(idx, prefix); at < idx.size(); at = next_line(idx, at)) {
            const std::string_view line = line_at(idx, at);
            std::size_t pos = 0;
            const std::string_view lemma = field(line, pos);
            if (!lemma.starts_with(prefix)) break;
            // Phrases ("look_up") never match one token.
            if (lemma.find('_') != std::string_view::npos || wording::stem_of(lemma, "en") != stem) continue;
            field(line, pos);  // part of speech
            const unsigned long synsets = number(field(line, pos), 10);
            const unsigned long pointers = number(field(line, pos), 10);
            for (unsigned long k = 0; k < pointers + 2; ++k) field(line, pos);  // symbols, sense counts
            for (unsigned long k = 0; k < synsets; ++k) {
                const unsigned long offset = number(field(line, pos), 10);
                Synset s;
                if (!read_synset(dat, offset, s)) continue;
                pairs_of(dat, p, offset, s, 0, out);
                // A satellite takes its head's pairs; the head's "&" pointer is what makes it one.
                for (unsigned long head : s.satellites) {
                    Synset h;
                    if (read_synset(dat, head, h) && contains(h.satellites, offset)) pairs_of(dat, p, head, h, 2, out);
                }
            }
        }
    }

    // The stemmed base of an irregular form ("began" -> stem of "begin"), or empty.
    std::string irregular(std::string_view form) const {
        if (form.empty() || form.find('_') != std::string_view::npos) return {};
        for (const Mapped& m : exceptions) {
            const std::string_view body = m.text();
            for (std::size_t at = lower_bound(body, form); at < body.size(); at = next_line(body, at)) {
                const std::string_view line = line_at(body, at);
                std::size_t pos = 0;
                if (field(line, pos) != form) break;
                if (const std::string_view base = field(line, pos); !base.empty()) return wording::stem_of(base, "en");
            }
        }
        return {};
    }
};

Antonyms::Antonyms(std::string dir) : directory(std::move(dir)), files_(std::make_unique<const Files>(directory)) {
    for (std::size_t p = 0; p < Files::kNoun; ++p)
        loaded = loaded || (!files_->data[p].text().empty() && !files_->index[p].text().empty());
}

Antonyms::~Antonyms() = default;

bool Antonyms::are_antonyms(std::string_view a, std::string_view b, bool loose, bool verbs) const {
    // Stems of the word as written, of its irregular base, and without a comparative ending.
    auto stems = [&](std::string_view w) {
        std::vector<std::string> out{wording::stem_of(w, "en")};
        if (std::string base = files_->irregular(w); !base.empty()) out.push_back(std::move(base));
        for (std::string_view suffix : {"est", "er"})
            if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) {
                std::string base(w.substr(0, w.size() - suffix.size()));
                out.push_back(wording::stem_of(base, "en"));
                if (base.back() == 'i') out.push_back(wording::stem_of(base.substr(0, base.size() - 1) + "y", "en"));
            }
        return out;
    };
    if (!loaded) return false;
    const auto sa = stems(a), sb = stems(b);
    for (const auto& x : sa) {
        const std::vector<Pole> pa = files_->memoised_poles(x);
        if (pa.empty()) continue;
        for (const auto& y : sb) {
            if (x == y) return false;  // one word's forms, not two words
            const std::vector<Pole> pb = files_->memoised_poles(y);
            for (const auto& [id, side] : pa)
                for (const auto& [id2, side2] : pb)
                    // Opposite sides, and not two satellites: "huge" / "small" but not "huge" / "tiny",
                    // whose link through two heads is too loose but for a loose question, which also
                    // takes the nouns' pairs.
                    if (id == id2 && side % 2 != side2 % 2 && (verbs || (id >> 62) != Files::kVerb) &&
                        (loose || ((side < 2 || side2 < 2) && (id >> 62) != Files::kNoun)))
                        return true;
        }
    }
    return false;
}

namespace {
// WordNet's directory for a run: its settings', else Debian's.
std::string wordnet_directory(const RunContext& run) {
    const auto& dir = run.settings().wordnet_dir;
    return dir.empty() ? std::string(kDefaultDirectory) : dir.string();
}
}  // namespace

const Antonyms& english_antonyms(const RunContext& run) {
    return run.store().get<Antonyms>([&] { return std::make_unique<Antonyms>(wordnet_directory(run)); });
}

struct CommonWords::Files : PosFiles {
    Mapped noun_exceptions;  // noun.exc: irregular plurals and their singulars ("theses thesis")
    explicit Files(const std::string& dir) : PosFiles(dir) { noun_exceptions.open(dir + "/noun.exc"); }

    // The singular of an irregular plural WordNet lists ("children" -> "child"), or empty.
    std::string_view singular(std::string_view form) const {
        const std::string_view body = noun_exceptions.text();
        if (body.empty()) return {};
        const std::size_t at = lower_bound(body, form);
        if (at >= body.size()) return {};
        const std::string_view line = line_at(body, at);
        std::size_t pos = 0;
        if (field(line, pos) != form) return {};
        return field(line, pos);
    }
    // The same words are asked about again and again (every name of every pair): answers kept
    // (bounded) for the run, guarded, as the run's threads share one instance.
    mutable std::mutex memo_mutex;
    mutable std::unordered_map<std::string, bool> memo;

    // Whether the synset at `offset` of `body` lists `word` exactly (WordNet keeps the case of
    // names and marks adjective positions as "word(a)").
    static bool lists(std::string_view body, unsigned long offset, std::string_view word) {
        if (offset >= body.size()) return false;
        const std::string_view line = line_at(body, offset);
        std::size_t pos = 0;
        if (number(field(line, pos), 10) != offset) return false;
        field(line, pos);  // lexicographer file
        field(line, pos);  // synset type
        const unsigned long w_cnt = number(field(line, pos), 16);
        for (unsigned long w = 0; w < w_cnt; ++w) {
            std::string_view lemma = field(line, pos);
            field(line, pos);  // lex_id
            if (auto paren = lemma.find('('); paren != std::string_view::npos) lemma = lemma.substr(0, paren);
            if (lemma == word) return true;
        }
        return false;
    }

    // The line of index.<pos> `p` for `word`, with `pos` after its lemma; empty when it has none.
    std::string_view index_line(std::size_t p, std::string_view word, std::size_t& pos) const {
        const std::string_view body = index[p].text();
        if (body.empty()) return {};
        const std::size_t at = lower_bound(body, word);
        if (at >= body.size()) return {};
        const std::string_view line = line_at(body, at);
        pos = 0;
        return field(line, pos) == word ? line : std::string_view();
    }

    bool indexed(std::string_view word) const {
        std::size_t pos = 0;
        for (std::size_t p = 0; p < kPos.size(); ++p)
            if (!index_line(p, word, pos).empty()) return true;
        return false;
    }

    bool contains(std::string_view word) const {
        for (std::size_t p = 0; p < kPos.size(); ++p) {
            std::size_t pos = 0;
            const std::string_view line = index_line(p, word, pos);
            if (line.empty()) continue;
            // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
            field(line, pos);
            const unsigned long synsets = number(field(line, pos), 10);
            const unsigned long pointers = number(field(line, pos), 10);
            for (unsigned long k = 0; k < pointers; ++k) field(line, pos);
            field(line, pos);
            field(line, pos);
            for (unsigned long k = 0; k < synsets; ++k)
                if (lists(data[p].text(), number(field(line, pos), 10), word)) return true;
        }
        return false;
    }
};

CommonWords::CommonWords(const std::string& directory) : files_(std::make_unique<const Files>(directory)) {
    loaded = std::any_of(files_->index.begin(), files_->index.end(), [](const Mapped& m) { return !m.text().empty(); });
}

CommonWords::~CommonWords() = default;

bool CommonWords::contains(std::string_view folded) const {
    if (!loaded || folded.empty() || folded.find_first_of(" _") != std::string_view::npos) return false;
    std::string key(folded);
    {
        std::lock_guard lock(files_->memo_mutex);
        if (auto it = files_->memo.find(key); it != files_->memo.end()) return it->second;
    }
    const bool found = files_->contains(folded);
    std::lock_guard lock(files_->memo_mutex);
    if (files_->memo.size() > 200000) files_->memo.clear();
    files_->memo.emplace(std::move(key), found);
    return found;
}

bool CommonWords::known(std::string_view folded) const {
    if (!loaded || folded.empty() || folded.find_first_of(" _") != std::string_view::npos) return false;
    return files_->indexed(folded);
}

std::string CommonWords::singular(std::string_view folded) const {
    if (!loaded || folded.empty()) return {};
    return std::string(files_->singular(folded));
}

const CommonWords& english_common_words(const RunContext& run) {
    return run.store().get<CommonWords>([&] { return std::make_unique<CommonWords>(wordnet_directory(run)); });
}

}  // namespace verity::rules::wordnet
