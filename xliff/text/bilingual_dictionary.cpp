#include "xliff/text/bilingual_dictionary.hpp"

#include <archive.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <utility>

#include "xliff/text/case_folding.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::text {
namespace {

std::string_view trim(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// ISO 639-3 codes FreeDict has used for one language, newest first ("rom" for Romanian is old).
std::vector<std::string> freedict_codes(std::string_view bcp47) {
    const std::string primary = primary_language(bcp47);
    static const std::map<std::string, std::vector<std::string>, std::less<>> table = {
        {"af", {"afr"}}, {"ar", {"ara"}}, {"bg", {"bul"}}, {"br", {"bre"}}, {"ca", {"cat"}},
        {"cs", {"ces"}}, {"cy", {"cym"}}, {"da", {"dan"}}, {"de", {"deu"}}, {"el", {"ell"}},
        {"en", {"eng"}}, {"eo", {"epo"}}, {"es", {"spa"}}, {"fi", {"fin"}}, {"fr", {"fra"}},
        {"ga", {"gle"}}, {"gd", {"gla"}}, {"hi", {"hin"}}, {"hr", {"hrv"}}, {"hu", {"hun"}},
        {"id", {"ind"}}, {"is", {"isl"}}, {"it", {"ita"}}, {"ja", {"jpn"}}, {"la", {"lat"}},
        {"lt", {"lit"}}, {"mk", {"mkd"}}, {"nb", {"nob", "nor"}}, {"nl", {"nld"}}, {"nn", {"nno"}},
        {"no", {"nor", "nob"}}, {"oc", {"oci"}}, {"pl", {"pol"}}, {"pt", {"por"}},
        {"ro", {"ron", "rom"}}, {"ru", {"rus"}}, {"sk", {"slk"}}, {"sl", {"slv"}}, {"sr", {"srp"}},
        {"sv", {"swe"}}, {"sw", {"swh"}}, {"tr", {"tur"}},
    };
    auto it = table.find(primary);
    if (it != table.end()) return it->second;
    // Already a three-letter code.
    if (primary.size() == 3) return {primary};
    return {};
}

std::string read_file(const std::filesystem::path& path, bool& ok) {
    std::ifstream in(path, std::ios::binary);
    ok = static_cast<bool>(in);
    std::ostringstream out;
    if (ok) out << in.rdbuf();
    return out.str();
}

// A .dict.dz file is dictzip, i.e. gzip with a random-access table in an extra field; reading it
// whole as plain gzip is simpler and, at a few megabytes, fast enough.
bool decompress(const std::filesystem::path& path, std::string& out) {
    std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(), &archive_read_free);
    if (!a) return false;
    archive_read_support_filter_gzip(a.get());
    archive_read_support_filter_none(a.get());
    archive_read_support_format_raw(a.get());
    if (archive_read_open_filename(a.get(), path.c_str(), 1 << 16) != ARCHIVE_OK) return false;
    archive_entry* entry = nullptr;
    if (archive_read_next_header(a.get(), &entry) != ARCHIVE_OK) return false;
    out.clear();
    // gzip ends with the uncompressed size modulo 2^32: reserving it saves regrowing the buffer.
    if (std::ifstream in{path, std::ios::binary}; in.seekg(-4, std::ios::end)) {
        unsigned char size[4] = {};
        if (in.read(reinterpret_cast<char*>(size), 4))
            out.reserve(std::uint32_t{size[0]} | std::uint32_t{size[1]} << 8 | std::uint32_t{size[2]} << 16 |
                        std::uint32_t{size[3]} << 24);
    }
    char buffer[1 << 16];
    for (;;) {
        la_ssize_t n = archive_read_data(a.get(), buffer, sizeof buffer);
        if (n < 0) return false;
        if (n == 0) break;
        out.append(buffer, static_cast<std::size_t>(n));
    }
    return true;
}

// Removes bracketed labels and /pronunciations/, replacing each with a space.
std::string strip_labels(std::string_view s) {
    std::string out;
    char close = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (close) {
            if (c == close) close = 0, out += ' ';
            continue;
        }
        switch (c) {
            case '<': close = '>'; break;
            case '[': close = ']'; break;
            case '(': close = ')'; break;
            case '{': close = '}'; break;
            // (Not the slash between two placeholders: "jdn./etw.")
            case '/':
                if (i > 0 && s[i - 1] == '.') out += c;
                else close = '/';
                break;
            default: out += c;
        }
    }
    return out;
}

// One translation item: spaces collapsed, case folded; empty when it does not look like words
// (leftover markup, numbers, glosses of more than three words).
std::string clean_item(std::string_view item) {
    std::string words;
    int count = 0;
    for (std::size_t i = 0; i < item.size();) {
        while (i < item.size() && (item[i] == ' ' || item[i] == '\t')) ++i;
        std::size_t start = i;
        while (i < item.size() && item[i] != ' ' && item[i] != '\t') ++i;
        if (i == start) break;
        if (!words.empty()) words += ' ';
        words.append(item.substr(start, i - start));
        ++count;
    }
    if (words.empty() || count > 3) return {};
    for (char c : words)
        if (is_digit(c) || c == '#' || c == '/' || c == '"' || c == '=' || c == '.' || c == ':' || c == '?' || c == '!') return {};
    return fold_case(words);
}

// Whether a word of a dictionary entry stands for a verb's object or subject: "sb.", "sth.", "jdm.",
// "etw.", "sich", or two of them joined by a slash ("jdn./etw.").
bool placeholder(std::string_view w) {
    static constexpr std::string_view kWords[] = {"sb.", "sth.", "sb", "sth", "sb's", "sb.'s", "jdm.", "jdn.", "jds.",
                                                  "etw.", "jdm", "jdn", "etw", "sich"};
    for (std::size_t from = 0;;) {
        const std::size_t slash = w.find('/', from);
        const std::string_view part = w.substr(from, slash == std::string_view::npos ? slash : slash - from);
        if (std::find(std::begin(kWords), std::end(kWords), part) == std::end(kWords)) return false;
        if (slash == std::string_view::npos) return true;
        from = slash + 1;
    }
}

// An entry's words without the placeholders of a verb's objects ("recommend sb. to do sth.", "jdm.
// empfehlen"). A headword keeps the words before its first placeholder ("recommend", "look after"), or,
// where placeholders lead, the words that are no placeholder ("jdm. etw. empfehlen" -> "empfehlen"); a
// translation keeps every word that is none.
std::string without_placeholders(std::string_view item, bool headword) {
    std::vector<std::string_view> words;
    for (std::size_t i = 0; i < item.size();) {
        while (i < item.size() && (item[i] == ' ' || item[i] == '\t')) ++i;
        const std::size_t start = i;
        while (i < item.size() && item[i] != ' ' && item[i] != '\t') ++i;
        if (i > start) words.push_back(item.substr(start, i - start));
    }
    if (std::none_of(words.begin(), words.end(), placeholder)) return std::string(item);
    std::string out;
    const bool leading = placeholder(words.front());
    for (std::string_view w : words) {
        if (placeholder(w)) {
            if (headword && !leading) break;
            continue;
        }
        if (!out.empty()) out += ' ';
        out.append(w);
    }
    return out;
}

// Whether an item as the dictionary writes it starts with a capital letter ("Warsaw", not "court").
bool starts_upper(std::string_view item) {
    while (!item.empty() && (item.front() == ' ' || item.front() == '\t')) item.remove_prefix(1);
    std::size_t i = 0;
    return !item.empty() && utf8::is_upper(utf8::next(item, i));
}

}  // namespace

std::string freedict_language(std::string_view bcp47) {
    auto codes = freedict_codes(bcp47);
    return codes.empty() ? std::string() : codes.front();
}

std::optional<std::uint64_t> decode_dictd_number(std::string_view digits) {
    if (digits.empty() || digits.size() > 10) return std::nullopt;
    std::uint64_t value = 0;
    for (char c : digits) {
        int d = c >= 'A' && c <= 'Z' ? c - 'A'
                : c >= 'a' && c <= 'z' ? c - 'a' + 26
                : c >= '0' && c <= '9' ? c - '0' + 52
                : c == '+'             ? 62
                : c == '/'             ? 63
                                       : -1;
        if (d < 0) return std::nullopt;
        value = value << 6 | static_cast<std::uint64_t>(d);
    }
    return value;
}

std::string parse_dictd_headword(std::string_view body, bool* capitalised) {
    std::string_view line = body.substr(0, body.find('\n'));
    // Pronunciations and labels follow the headword after a space: "Gipfel /ˈɡɪp͡fl̩/ <n, masc>".
    for (std::string_view mark : {" /", " <", "\t"}) line = line.substr(0, line.find(mark));
    if (capitalised) *capitalised = starts_upper(line);
    return clean_item(without_placeholders(trim(line), true));
}

std::vector<std::string> parse_dictd_translations(std::string_view body, std::vector<char>* capitalised) {
    std::vector<std::string> out;
    bool first = true;  // the first line after the headword holds the translations of unnumbered entries
    std::size_t pos = body.find('\n');
    while (pos != std::string_view::npos && pos < body.size()) {
        std::size_t end = body.find('\n', pos + 1);
        std::string_view line = trim(body.substr(pos + 1, end == std::string_view::npos ? end : end - pos - 1));
        pos = end;
        if (line.empty()) continue;
        bool was_first = std::exchange(first, false);
        // Numbered senses: "2. sommet, comble"; a bare " 3." introduces a gloss line.
        std::size_t k = 0;
        while (k < line.size() && is_digit(line[k])) ++k;
        if (k > 0 && k < line.size() && line[k] == '.') {
            line = trim(line.substr(k + 1));
        } else if (!was_first || line.front() == '"' || line.starts_with("see:") || line.starts_with("Synonym")) {
            continue;  // glosses, examples, cross-references
        }
        // A trailing sense number belongs to the next (gloss-only) sense: "maison 2.".
        std::size_t dot = line.size();
        if (dot >= 2 && line[dot - 1] == '.') {
            std::size_t d = dot - 1;
            while (d > 0 && is_digit(line[d - 1])) --d;
            if (d < dot - 1 && (d == 0 || line[d - 1] == ' ')) line = trim(line.substr(0, d));
        }
        std::string text = strip_labels(line);
        std::size_t start = 0;
        for (std::size_t i = 0; i <= text.size(); ++i) {
            if (i < text.size() && text[i] != ',' && text[i] != ';') continue;
            const std::string_view raw = std::string_view(text).substr(start, i - start);
            std::string item = clean_item(without_placeholders(raw, false));
            start = i + 1;
            if (!item.empty() && std::find(out.begin(), out.end(), item) == out.end()) {
                out.push_back(std::move(item));
                if (capitalised) capitalised->push_back(starts_upper(raw));
            }
        }
    }
    return out;
}

// The tables of a dictionary: built in memory, or mapped from a cache file.
struct BilingualDictionary::Storage {
    std::vector<char> pool;
    std::vector<StringRef> headwords;
    std::vector<std::uint32_t> first{0};
    std::vector<StringRef> translations;
    std::vector<char> capitals;
    void* mapped = nullptr;  // the cache file's mapping, when the tables are in it
    std::size_t mapped_size = 0;
    const char* map_pool = nullptr;
    std::span<const StringRef> map_headwords, map_translations;
    std::span<const std::uint32_t> map_first;
    std::span<const char> map_capitals;

    Storage() = default;
    Storage(const Storage&) = delete;
    Storage& operator=(const Storage&) = delete;
    ~Storage() {
        if (mapped) munmap(mapped, mapped_size);
    }
};

BilingualDictionary::BilingualDictionary() { attach(std::make_shared<const Storage>()); }

void BilingualDictionary::attach(std::shared_ptr<const Storage> storage) {
    storage_ = std::move(storage);
    const Storage& st = *storage_;
    if (st.mapped) {
        pool_ = st.map_pool;
        headwords_ = st.map_headwords;
        first_ = st.map_first;
        translations_ = st.map_translations;
        capitals_ = st.map_capitals;
        return;
    }
    pool_ = st.pool.data();
    headwords_ = st.headwords;
    first_ = st.first;
    translations_ = st.translations;
    capitals_ = st.capitals;
}

void BilingualDictionary::add(std::string_view headword, std::string_view translation) {
    std::string h = fold_case(trim(headword)), t = fold_case(trim(translation));
    if (h.empty() || t.empty()) return;
    build({{std::move(h), std::move(t), 0, false}});
}

bool BilingualDictionary::add_dictd(const std::filesystem::path& index_path, const std::filesystem::path& dict_path,
                                    bool invert) {
    bool ok = false;
    std::string index = read_file(index_path, ok);
    std::string data;
    if (!ok || !decompress(dict_path, data)) return false;
    // Several index lines (spelling variants) may point at one entry: parse each body once.
    std::vector<std::pair<std::uint64_t, std::uint64_t>> spans;
    for (std::size_t pos = 0; pos < index.size();) {
        std::size_t end = index.find('\n', pos);
        if (end == std::string::npos) end = index.size();
        std::string_view line(index.data() + pos, end - pos);
        pos = end + 1;
        std::size_t t1 = line.find('\t');
        std::size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
        if (t2 == std::string_view::npos) continue;
        if (line.starts_with("00database") || line.starts_with("00-database")) continue;
        auto offset = decode_dictd_number(line.substr(t1 + 1, t2 - t1 - 1));
        auto length = decode_dictd_number(trim(line.substr(t2 + 1)));
        if (!offset || !length || *offset > data.size() || *length > data.size() - *offset) continue;
        spans.emplace_back(*offset, *length);
    }
    std::sort(spans.begin(), spans.end());
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    std::vector<Pair> pairs;
    pairs.reserve(spans.size() * 2);
    for (auto [offset, length] : spans) {
        std::string_view body(data.data() + offset, length);
        bool headword_capital = false;
        std::string headword = parse_dictd_headword(body, &headword_capital);
        if (headword.empty()) continue;
        std::vector<char> capitals;
        auto translations = parse_dictd_translations(body, &capitals);
        for (std::size_t k = 0; k < translations.size(); ++k) {
            if (invert) pairs.push_back({std::move(translations[k]), headword, 0, headword_capital});
            else pairs.push_back({headword, std::move(translations[k]), 0, capitals[k] != 0});
        }
    }
    build(std::move(pairs));
    return true;
}

void BilingualDictionary::build(std::vector<Pair> pairs) {
    // Existing translations keep their place before new ones; new ones keep their input order.
    std::size_t old = pairs.size();
    pairs.reserve(old + translations_.size());
    for (std::size_t i = 0; i < headwords_.size(); ++i)
        for (auto k = first_[i]; k < first_[i + 1]; ++k)
            pairs.push_back({std::string(headword(i)),
                             std::string(pool_ + translations_[k].offset, translations_[k].length), 0,
                             capitals_[k] != 0});
    for (std::size_t k = 0; k < pairs.size(); ++k)
        pairs[k].order = static_cast<std::uint32_t>(k < old ? translations_.size() + k : k - old);
    // Sorting indices: moving the pairs themselves took most of the load time.
    std::vector<std::uint32_t> sorted(pairs.size());
    for (std::size_t k = 0; k < sorted.size(); ++k) sorted[k] = static_cast<std::uint32_t>(k);
    std::sort(sorted.begin(), sorted.end(), [&](std::uint32_t x, std::uint32_t y) {
        int c = pairs[x].headword.compare(pairs[y].headword);
        return c != 0 ? c < 0 : pairs[x].order < pairs[y].order;
    });
    auto st = std::make_shared<Storage>();
    auto intern = [&](const std::string& text) {
        const StringRef ref{static_cast<std::uint32_t>(st->pool.size()), static_cast<std::uint32_t>(text.size())};
        st->pool.insert(st->pool.end(), text.begin(), text.end());
        return ref;
    };
    auto text_of = [&](const StringRef& r) { return std::string_view(st->pool.data() + r.offset, r.length); };
    for (auto k : sorted) {
        auto& p = pairs[k];
        if (st->headwords.empty() || text_of(st->headwords.back()) != p.headword) {
            if (!st->headwords.empty()) st->first.push_back(static_cast<std::uint32_t>(st->translations.size()));
            st->headwords.push_back(intern(p.headword));
        }
        bool seen = false;
        for (auto t = st->first.back(); t < st->translations.size() && !seen; ++t)
            seen = text_of(st->translations[t]) == p.translation;
        if (!seen) {
            st->translations.push_back(intern(p.translation));
            st->capitals.push_back(p.capital);
        }
    }
    if (!st->headwords.empty()) st->first.push_back(static_cast<std::uint32_t>(st->translations.size()));
    attach(std::move(st));
}

std::size_t BilingualDictionary::lower_bound(std::string_view folded) const {
    std::size_t lo = 0, hi = headwords_.size();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (headword(mid) < folded) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

std::optional<std::size_t> BilingualDictionary::index_of(std::string_view folded) const {
    const std::size_t i = lower_bound(folded);
    if (i == headwords_.size() || headword(i) != folded) return std::nullopt;
    return i;
}

std::vector<std::size_t> BilingualDictionary::family(std::string_view folded) const {
    std::vector<std::size_t> out;
    // Letter boundaries from the end: the byte offsets of the last three letters.
    std::vector<std::size_t> cuts;
    for (std::size_t i = folded.size(); i > 0 && cuts.size() < 3;) {
        --i;
        if ((static_cast<unsigned char>(folded[i]) & 0xC0) != 0x80) cuts.push_back(i);
    }
    // A headword from the kept letters ("wirus" of "wirusami") to two letters longer than the word.
    constexpr std::size_t kKeep = 5, kSpan = 2, kLooked = 20;
    for (std::size_t cut : cuts) {
        if (cut < kKeep) break;
        const auto [first, last] = prefix_range(folded.substr(0, cut));
        for (std::size_t i = first; i < last && i < first + kLooked; ++i) {
            const std::size_t n = headwords_[i].length;
            if (n <= folded.size() + kSpan) out.push_back(i);
        }
        if (!out.empty()) break;
    }
    return out;
}

StringList BilingualDictionary::find(std::string_view folded) const {
    const auto i = index_of(folded);
    return i ? translations(*i) : StringList{};
}

std::pair<std::size_t, std::size_t> BilingualDictionary::prefix_range(std::string_view prefix) const {
    const std::size_t lo = lower_bound(prefix);
    std::size_t hi = lo;
    while (hi < headwords_.size() && headword(hi).starts_with(prefix)) ++hi;
    return {lo, hi};
}

namespace {

// The cache file: a header, then the tables as they lie in memory (each at an 8-byte boundary), then the pool.
constexpr char kMagic[8] = {'V', 'R', 'T', 'Y', 'D', 'I', 'C', 'T'};
constexpr std::uint32_t kFormat = 1;
constexpr std::uint32_t kEndian = 0x01020304;

struct FileHeader {
    char magic[8];
    std::uint32_t format;
    std::uint32_t endian;
    std::uint64_t headwords;
    std::uint64_t translations;
    std::uint64_t pool;
};

std::size_t padded(std::size_t n) { return (n + 7) / 8 * 8; }

struct Layout {
    std::size_t headwords, first, translations, capitals, pool, total;
};

Layout layout_of(std::uint64_t headwords, std::uint64_t translations, std::uint64_t pool) {
    Layout l{};
    l.headwords = sizeof(FileHeader);
    l.first = l.headwords + padded(headwords * sizeof(StringRef));
    l.translations = l.first + padded((headwords + 1) * sizeof(std::uint32_t));
    l.capitals = l.translations + padded(translations * sizeof(StringRef));
    l.pool = l.capitals + padded(translations);
    l.total = l.pool + pool;
    return l;
}

}  // namespace

bool BilingualDictionary::save(const std::filesystem::path& path) const {
    std::size_t pool_size = 0;
    for (const auto& r : headwords_) pool_size = std::max<std::size_t>(pool_size, std::size_t{r.offset} + r.length);
    for (const auto& r : translations_) pool_size = std::max<std::size_t>(pool_size, std::size_t{r.offset} + r.length);
    FileHeader h{};
    std::copy(std::begin(kMagic), std::end(kMagic), h.magic);
    h.format = kFormat;
    h.endian = kEndian;
    h.headwords = headwords_.size();
    h.translations = translations_.size();
    h.pool = pool_size;
    const Layout l = layout_of(h.headwords, h.translations, h.pool);
    std::string bytes(l.total, '\0');
    auto put = [&](std::size_t at, const void* data, std::size_t n) {
        if (n) std::memcpy(bytes.data() + at, data, n);
    };
    put(0, &h, sizeof h);
    put(l.headwords, headwords_.data(), headwords_.size_bytes());
    const std::vector<std::uint32_t> first = headwords_.empty() ? std::vector<std::uint32_t>{0}
                                                                : std::vector<std::uint32_t>(first_.begin(), first_.end());
    put(l.first, first.data(), first.size() * sizeof(std::uint32_t));
    put(l.translations, translations_.data(), translations_.size_bytes());
    put(l.capitals, capitals_.data(), capitals_.size());
    put(l.pool, pool_, pool_size);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    return out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) && out.flush();
}

std::optional<BilingualDictionary> BilingualDictionary::map(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    struct stat info {};
    if (::fstat(fd, &info) != 0 || info.st_size < static_cast<off_t>(sizeof(FileHeader))) {
        ::close(fd);
        return std::nullopt;
    }
    const auto size = static_cast<std::size_t>(info.st_size);
    void* base = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (base == MAP_FAILED) return std::nullopt;
    auto st = std::make_shared<Storage>();
    st->mapped = base;
    st->mapped_size = size;
    const char* bytes = static_cast<const char*>(base);
    FileHeader h{};
    std::memcpy(&h, bytes, sizeof h);
    if (!std::equal(std::begin(kMagic), std::end(kMagic), h.magic) || h.format != kFormat || h.endian != kEndian ||
        h.headwords > UINT32_MAX || h.translations > UINT32_MAX || h.pool > UINT32_MAX)
        return std::nullopt;
    const Layout l = layout_of(h.headwords, h.translations, h.pool);
    if (l.total != size) return std::nullopt;
    st->map_pool = bytes + l.pool;
    st->map_headwords = {reinterpret_cast<const StringRef*>(bytes + l.headwords), h.headwords};
    st->map_first = {reinterpret_cast<const std::uint32_t*>(bytes + l.first), h.headwords + 1};
    st->map_translations = {reinterpret_cast<const StringRef*>(bytes + l.translations), h.translations};
    st->map_capitals = {bytes + l.capitals, h.translations};
    // Every offset inside the file: a damaged cache is rebuilt, never read past its end.
    auto inside = [&](const StringRef& r) { return std::uint64_t{r.offset} + r.length <= h.pool; };
    if (!std::all_of(st->map_headwords.begin(), st->map_headwords.end(), inside) ||
        !std::all_of(st->map_translations.begin(), st->map_translations.end(), inside) || st->map_first.front() != 0 ||
        st->map_first.back() != h.translations || !std::is_sorted(st->map_first.begin(), st->map_first.end()))
        return std::nullopt;
    BilingualDictionary d;
    d.attach(std::move(st));
    return d;
}

BilingualDictionary BilingualDictionary::load(const std::filesystem::path& directory, std::string_view source_bcp47,
                                              std::string_view target_bcp47) {
    BilingualDictionary out;
    auto sources = freedict_codes(source_bcp47), targets = freedict_codes(target_bcp47);
    auto try_pair = [&](const std::string& from, const std::string& to, bool invert) {
        auto base = directory / ("freedict-" + from + "-" + to);
        auto index = base;
        index += ".index";
        auto dict = base;
        dict += ".dict.dz";
        if (!std::filesystem::exists(index) || !std::filesystem::exists(dict)) return false;
        return out.add_dictd(index, dict, invert);
    };
    // The dictionary of this direction, or else the inverse one. Not both: merging fra-deu into
    // deu-fra doubled the load time (to 210 ms) and did not help on Text+Berg dev. A direction that
    // is a mere stub beside the inverse one (ces-eng has 494 headwords, eng-ces 150,000) is completed by it.
    constexpr std::size_t kStub = 1000, kRatio = 10;
    for (bool invert : {false, true})
        for (const auto& s : sources)
            for (const auto& t : targets)
                if (s != t && (invert ? try_pair(t, s, true) : try_pair(s, t, false))) {
                    if (invert || out.size() >= kStub) return out;
                    BilingualDictionary inverse;
                    const auto base = directory / ("freedict-" + t + "-" + s);
                    if (inverse.add_dictd(base.string() + ".index", base.string() + ".dict.dz", true) &&
                        inverse.size() >= kRatio * out.size())
                        try_pair(t, s, true);
                    return out;
                }
    return out;
}

struct Dictionaries::Cache {
    std::mutex mutex;
    std::map<std::string, std::unique_ptr<BilingualDictionary>> pairs;
    BilingualDictionary none;
};

Dictionaries::Dictionaries(std::filesystem::path directory, bool enabled, std::filesystem::path cache)
    : directory_(std::move(directory)), enabled_(enabled), cache_dir_(std::move(cache)), cache_(std::make_unique<Cache>()) {}

Dictionaries::~Dictionaries() = default;

namespace {
struct DefaultCache {
    std::mutex mutex;
    std::filesystem::path directory;
};
DefaultCache& default_cache() {
    static DefaultCache cache;
    return cache;
}
}  // namespace

void set_default_dictionary_cache(std::filesystem::path directory) {
    auto& cache = default_cache();
    const std::lock_guard lock(cache.mutex);
    cache.directory = std::move(directory);
}

std::filesystem::path default_dictionary_cache() {
    auto& cache = default_cache();
    const std::lock_guard lock(cache.mutex);
    return cache.directory;
}

std::filesystem::path Dictionaries::cache_file(std::string_view source_bcp47, std::string_view target_bcp47) const {
    if (cache_dir_.empty()) return {};
    // Every dictd file the pair may read, with its size and time: a new package version is a new file.
    std::string key = "verity-dictionary-3";
    for (const auto& s : freedict_codes(source_bcp47))
        for (const auto& t : freedict_codes(target_bcp47))
            for (const auto& name : {s + "-" + t, t + "-" + s})
                for (const char* ext : {".index", ".dict.dz"}) {
                    const auto file = directory_ / ("freedict-" + name + ext);
                    std::error_code ec;
                    const auto size = std::filesystem::file_size(file, ec);
                    if (ec) continue;
                    const auto time = std::filesystem::last_write_time(file, ec).time_since_epoch().count();
                    key += "|" + file.string() + ":" + std::to_string(size) + ":" + std::to_string(time);
                }
    if (key.find('|') == std::string::npos) return {};  // no dictionary to read: nothing worth keeping
    std::uint64_t h = 14695981039346656037ull;
    for (const unsigned char c : key) h = (h ^ c) * 1099511628211ull;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return cache_dir_ / ("dictionary-" + freedict_language(source_bcp47) + "-" + freedict_language(target_bcp47) + "-" +
                         hex + ".bin");
}

const BilingualDictionary& Dictionaries::get(std::string_view source_bcp47, std::string_view target_bcp47) const {
    if (!enabled_) return cache_->none;
    std::string key = freedict_language(source_bcp47) + "-" + freedict_language(target_bcp47);
    // Held while loading: a second thread asking for the same pair waits instead of loading twice.
    std::lock_guard lock(cache_->mutex);
    auto& slot = cache_->pairs[key];
    if (slot) return *slot;
    const auto file = cache_file(source_bcp47, target_bcp47);
    if (!file.empty())
        if (auto mapped = BilingualDictionary::map(file)) {
            slot = std::make_unique<BilingualDictionary>(std::move(*mapped));
            return *slot;
        }
    slot = std::make_unique<BilingualDictionary>(BilingualDictionary::load(directory_, source_bcp47, target_bcp47));
    if (!file.empty()) {
        // Written beside its name and renamed: another process never maps half a file; a cache that cannot
        // be written costs this process nothing but the time it took.
        std::error_code ec;
        std::filesystem::create_directories(cache_dir_, ec);
        const auto temp = file.string() + ".tmp" + std::to_string(::getpid());
        if (slot->save(temp)) std::filesystem::rename(temp, file, ec);
        if (ec || std::filesystem::exists(temp)) std::filesystem::remove(temp, ec);
    }
    return *slot;
}

}  // namespace verity::text
