#include "rules/wordnet.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "rules/text/stemmer.hpp"
#include "rules/wording.hpp"

namespace verity::rules::wordnet {
namespace {

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

struct Synset {
    std::vector<std::string> words;  // single-word lemmas; phrases never match one token
    std::vector<unsigned long> antonyms, satellites;
};

// The synset whose line starts at byte `offset` (WordNet's synset offsets are byte offsets).
bool read_synset(std::string_view body, unsigned long offset, Synset& s) {
    if (offset >= body.size()) return false;
    std::size_t end = body.find('\n', offset);
    std::string_view line = body.substr(offset, end == std::string_view::npos ? std::string_view::npos : end - offset);
    if (auto gloss = line.find(" | "); gloss != std::string_view::npos) line = line.substr(0, gloss);
    std::size_t pos = 0;
    if (number(field(line, pos), 10) != offset) return false;
    field(line, pos);  // lexicographer file
    field(line, pos);  // synset type
    const unsigned long w_cnt = number(field(line, pos), 16);
    for (unsigned long w = 0; w < w_cnt; ++w) {
        std::string_view word = field(line, pos);
        if (auto paren = word.find('('); paren != std::string_view::npos) word = word.substr(0, paren);  // "(a)"
        if (word.find('_') == std::string_view::npos && !word.empty()) s.words.push_back(text::fold_case(word));
        field(line, pos);  // lex_id
    }
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

// A head synset's words and those of its satellites (an adjective cluster).
// A head synset's words (false) and those of its satellites (true): an adjective cluster.
std::vector<std::pair<std::string, bool>> cluster(std::string_view body, const Synset& head) {
    std::vector<std::pair<std::string, bool>> out;
    for (const auto& w : head.words) out.emplace_back(w, false);
    for (unsigned long sat : head.satellites) {
        Synset s;
        if (read_synset(body, sat, s))
            for (const auto& w : s.words) out.emplace_back(w, true);
    }
    return out;
}

}  // namespace

void parse_data_file(std::string_view body, Antonyms& out) {
    // Search for the rare '!' rather than " ! ": memchr on a rare byte is what keeps loading fast.
    for (std::size_t hit = body.find('!'); hit != std::string_view::npos; hit = body.find('!', hit + 1)) {
        if (hit == 0 || body[hit - 1] != ' ' || hit + 1 >= body.size() || body[hit + 1] != ' ') continue;
        const std::size_t nl = body.rfind('\n', hit);
        const std::size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
        Synset s;
        if (body[begin] == ' ' || !read_synset(body, begin, s)) continue;  // licence header, gloss text
        // Each pointer is listed from both ends; keep the one from the lower offset.
        for (unsigned long target : s.antonyms) {
            if (target < begin) continue;
            Synset t;
            if (!read_synset(body, target, t)) continue;
            const unsigned id = out.pairs++;
            for (int side = 0; side < 2; ++side)
                for (const auto& [w, satellite] : cluster(body, side == 0 ? s : t)) {
                    auto& poles = out.poles[wording::stem_of(w, "en")];
                    const std::pair<unsigned, unsigned char> pole{id, static_cast<unsigned char>(side + (satellite ? 2 : 0))};
                    if (std::find(poles.begin(), poles.end(), pole) == poles.end()) poles.push_back(pole);
                }
        }
        hit = body.find('\n', hit);
        if (hit == std::string_view::npos) break;
    }
}

void parse_exceptions(std::string_view body, Antonyms& out) {
    for (std::size_t pos = 0; pos < body.size();) {
        std::size_t end = body.find('\n', pos);
        if (end == std::string_view::npos) end = body.size();
        std::string_view line = body.substr(pos, end - pos);
        pos = end + 1;
        std::size_t p = 0;
        const std::string_view form = field(line, p);
        const std::string_view base = field(line, p);
        if (!form.empty() && !base.empty() && form.find('_') == std::string_view::npos)
            out.irregular.emplace(std::string(form), wording::stem_of(base, "en"));
    }
}

bool Antonyms::are_antonyms(std::string_view a, std::string_view b) const {
    // Stems of the word as written, of its irregular base, and without a comparative ending.
    auto stems = [&](std::string_view w) {
        std::vector<std::string> out{wording::stem_of(w, "en")};
        if (auto it = irregular.find(std::string(w)); it != irregular.end()) out.push_back(it->second);
        for (std::string_view suffix : {"est", "er"})
            if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) {
                std::string base(w.substr(0, w.size() - suffix.size()));
                out.push_back(wording::stem_of(base, "en"));
                if (base.back() == 'i') out.push_back(wording::stem_of(base.substr(0, base.size() - 1) + "y", "en"));
            }
        return out;
    };
    const auto sa = stems(a), sb = stems(b);
    for (const auto& x : sa) {
        auto ia = poles.find(x);
        if (ia == poles.end()) continue;
        for (const auto& y : sb) {
            if (x == y) return false;  // one word's forms, not two words
            auto ib = poles.find(y);
            if (ib == poles.end()) continue;
            for (const auto& [id, side] : ia->second)
                for (const auto& [id2, side2] : ib->second)
                    // Opposite sides, and not two satellites: "huge" / "small" but not "huge" / "tiny",
                    // whose link through two heads is too loose.
                    if (id == id2 && side % 2 != side2 % 2 && (side < 2 || side2 < 2)) return true;
        }
    }
    return false;
}

const Antonyms& english_antonyms() {
    static const Antonyms antonyms = [] {
        Antonyms a;
        const char* env = std::getenv("VERITY_WORDNET_DIR");
        a.directory = env && *env ? env : "/usr/share/wordnet";
        auto read = [&](const char* name) {
            std::ifstream in(a.directory + "/" + name, std::ios::binary | std::ios::ate);
            std::string body;
            if (!in) return body;
            body.resize(static_cast<std::size_t>(in.tellg()));
            in.seekg(0);
            in.read(body.data(), static_cast<std::streamsize>(body.size()));
            return body;
        };
        // data.noun (15 MB, two thirds of the load time) is left out: its antonyms ("victory" / "defeat") are rare in
        // statements next to those of adjectives and verbs, and the packs can add them.
        for (const char* name : {"data.adj", "data.adv", "data.verb"}) {
            const std::string body = read(name);
            if (body.empty()) continue;
            parse_data_file(body, a);
            a.loaded = true;
        }
        for (const char* name : {"adj.exc", "adv.exc", "verb.exc", "noun.exc"}) parse_exceptions(read(name), a);
        return a;
    }();
    return antonyms;
}

}  // namespace verity::rules::wordnet
