#include "rules/wordnet.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

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

// A lemma as the text shows it: "take_off" -> "take off", adjective markers "(a)" dropped.
std::string lemma(std::string_view w) {
    if (auto paren = w.find('('); paren != std::string_view::npos) w = w.substr(0, paren);
    std::string out(w);
    std::replace(out.begin(), out.end(), '_', ' ');
    return out;
}

struct Synset {
    std::vector<std::string> words;
    // (source word number or 0 for all, target synset offset, target word number or 0)
    std::vector<std::tuple<unsigned, unsigned long, unsigned>> antonyms;
};

}  // namespace

bool Antonyms::are_antonyms(std::string_view a, std::string_view b) const {
    auto it = by_stem.find(std::string(a));
    if (it == by_stem.end()) return false;
    return std::find(it->second.begin(), it->second.end(), b) != it->second.end();
}

void parse_data_file(std::string_view body, Antonyms& out) {
    // Only synsets with an antonym pointer matter; the pointer is symmetric, so the synsets it
    // points to have one too and are collected by the same scan.
    std::unordered_map<unsigned long, Synset> synsets;
    for (std::size_t hit = body.find(" ! "); hit != std::string_view::npos; hit = body.find(" ! ", hit + 3)) {
        const std::size_t begin = body.rfind('\n', hit) == std::string_view::npos ? 0 : body.rfind('\n', hit) + 1;
        std::size_t end = body.find('\n', hit);
        if (end == std::string_view::npos) end = body.size();
        std::string_view line = body.substr(begin, end - begin);
        if (line.empty() || line.front() == ' ') continue;  // licence header
        if (auto gloss = line.find(" | "); gloss != std::string_view::npos) line = line.substr(0, gloss);
        if (hit >= begin + line.size()) {
            hit = end;
            continue;
        }
        std::size_t pos = 0;
        const unsigned long offset = number(field(line, pos), 10);
        field(line, pos);  // lexicographer file
        field(line, pos);  // synset type
        const unsigned long w_cnt = number(field(line, pos), 16);
        Synset s;
        for (unsigned long w = 0; w < w_cnt; ++w) {
            s.words.push_back(lemma(field(line, pos)));
            field(line, pos);  // lex_id
        }
        const unsigned long p_cnt = number(field(line, pos), 10);
        for (unsigned long p = 0; p < p_cnt; ++p) {
            const std::string_view symbol = field(line, pos);
            const unsigned long target = number(field(line, pos), 10);
            field(line, pos);  // part of speech
            const std::string_view st = field(line, pos);
            if (symbol == "!" && st.size() == 4)
                s.antonyms.emplace_back(static_cast<unsigned>(number(st.substr(0, 2), 16)), target,
                                        static_cast<unsigned>(number(st.substr(2, 2), 16)));
        }
        synsets.emplace(offset, std::move(s));
        hit = end;
    }
    for (const auto& [offset, s] : synsets)
        for (const auto& [from, target, to] : s.antonyms) {
            auto t = synsets.find(target);
            if (t == synsets.end()) continue;
            for (std::size_t a = 0; a < s.words.size(); ++a) {
                if (from != 0 && a + 1 != from) continue;
                for (std::size_t b = 0; b < t->second.words.size(); ++b) {
                    if (to != 0 && b + 1 != to) continue;
                    const std::string& wa = s.words[a];
                    const std::string& wb = t->second.words[b];
                    if (wa.find(' ') != std::string::npos || wb.find(' ') != std::string::npos) continue;
                    const std::string sa = wording::stem_of(wa, "en");
                    const std::string sb = wording::stem_of(wb, "en");
                    if (sa == sb) continue;
                    auto& list = out.by_stem[sa];
                    if (std::find(list.begin(), list.end(), sb) == list.end()) list.push_back(sb);
                }
            }
        }
}

const Antonyms& english_antonyms() {
    static const Antonyms antonyms = [] {
        Antonyms a;
        const char* env = std::getenv("VERITY_WORDNET_DIR");
        a.directory = env && *env ? env : "/usr/share/wordnet";
        for (const char* name : {"data.adj", "data.adv", "data.verb", "data.noun"}) {
            std::ifstream in(a.directory + "/" + name, std::ios::binary);
            if (!in) continue;
            std::ostringstream body;
            body << in.rdbuf();
            parse_data_file(body.str(), a);
            a.loaded = true;
        }
        return a;
    }();
    return antonyms;
}

}  // namespace verity::rules::wordnet
