#include "rules/omission/acronyms.hpp"

#include <cctype>
#include <string>
#include <vector>

#include "rules/omission/length_model.hpp"

namespace verity::rules {
namespace {

// An acronym: two to six ASCII capitals or digits, at least two of them capitals.
constexpr std::size_t kMinAcronym = 2, kMaxAcronym = 6;
// An expansion in another language cannot be matched by initials: the words before "(ACR)" count as
// one when there are at most this many more of them than the acronym has letters.
constexpr std::size_t kForeignSlack = 1;

bool is_acronym(std::string_view w) {
    if (w.size() < kMinAcronym || w.size() > kMaxAcronym) return false;
    std::size_t capitals = 0;
    for (const char c : w) {
        if (c >= 'A' && c <= 'Z') ++capitals;
        else if (c < '0' || c > '9') return false;
    }
    return capitals >= kMinAcronym;
}

bool is_word_byte(unsigned char c) { return c >= 0x80 || std::isalnum(c) || c == '\'' || c == '-'; }

// Whether `acronym` stands in `text` as a word of its own or the head of a compound ("BIC-kod").
bool has_word(std::string_view text, std::string_view acronym) {
    for (std::size_t at = text.find(acronym); at != std::string_view::npos; at = text.find(acronym, at + 1)) {
        const bool open = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
        const std::size_t e = at + acronym.size();
        const bool closed = e == text.size() || !std::isalnum(static_cast<unsigned char>(text[e]));
        if (open && closed) return true;
    }
    return false;
}

struct Expansion {
    std::string acronym;
    std::size_t begin = 0, end = 0;  // bytes of the expansion with its parentheses (and the acronym)
    std::size_t words_begin = 0, words_end = 0;  // bytes of the expansion's words alone
};

// The words before byte `end` of `text`, back to punctuation: their starts, nearest first.
std::vector<std::size_t> words_before(std::string_view text, std::size_t end) {
    std::vector<std::size_t> starts;
    std::size_t i = end;
    while (i > 0) {
        while (i > 0 && text[i - 1] == ' ') --i;
        if (i == 0 || !is_word_byte(static_cast<unsigned char>(text[i - 1]))) break;
        while (i > 0 && is_word_byte(static_cast<unsigned char>(text[i - 1]))) --i;
        starts.push_back(i);
    }
    return starts;
}

// "Words (ACR)": the words whose initials spell the acronym (small function words may sit between
// them), or, in another language, as many words as it has letters (one more at most).
std::size_t expansion_start(std::string_view text, std::size_t paren, std::string_view acronym) {
    const auto starts = words_before(text, paren);
    std::size_t letter = acronym.size();
    for (std::size_t k = 0; k < starts.size() && letter > 0; ++k) {
        // The word's first letter, past an elided article ("l'Organisation", "dell'Unione"), in capitals:
        // a language that capitalises only a name's first word spells the acronym all the same
        // ("Organisation mondiale de la santé (OMS)").
        std::size_t at = starts[k];
        const std::size_t quote = text.find('\'', at);
        if (quote != std::string_view::npos && quote - at <= 4 && quote + 1 < paren) at = quote + 1;
        const char raw = text[at];
        const char c = raw >= 'a' && raw <= 'z' ? static_cast<char>(raw - 'a' + 'A') : raw;
        if (c == acronym[letter - 1]) {
            if (--letter == 0) return starts[k];
        } else if (!(raw >= 'a' && raw <= 'z')) {
            break;
        }
    }
    if (starts.empty() || starts.size() > acronym.size() + kForeignSlack) return std::string_view::npos;
    return starts.back();
}

std::vector<Expansion> expansions(std::string_view text) {
    std::vector<Expansion> out;
    for (std::size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
        const std::size_t close = text.find(')', open);
        if (close == std::string_view::npos) break;
        const std::string_view inside = text.substr(open + 1, close - open - 1);
        if (is_acronym(inside)) {
            // "Words (ACR)"
            const std::size_t b = expansion_start(text, open, inside);
            if (b != std::string_view::npos) out.push_back({std::string(inside), b, close + 1, b, open});
            continue;
        }
        // "ACR (Words)": a parenthesis of words only, right after an acronym.
        std::size_t a = open;
        while (a > 0 && text[a - 1] == ' ') --a;
        std::size_t s = a;
        while (s > 0 && std::isalnum(static_cast<unsigned char>(text[s - 1]))) --s;
        const std::string_view before = text.substr(s, a - s);
        if (!is_acronym(before) || inside.find_first_of("0123456789{}%$<>") != std::string_view::npos) continue;
        if (inside.find(' ') == std::string_view::npos) continue;
        out.push_back({std::string(before), s, close + 1, open + 1, close});
    }
    return out;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

// The characters of `side`'s expansions whose acronym `other` holds bare.
double credited(std::string_view side, std::string_view other) {
    const auto others = expansions(other);
    double n = 0;
    for (const Expansion& e : expansions(side)) {
        // An acronym in parentheses is spelt out there, whether or not its words can be told.
        // So is one whose expansion the other side holds word for word ("ISIN-koodi (International ...)").
        const std::string_view words = side.substr(e.words_begin, e.words_end - e.words_begin);
        bool expanded_there = other.find("(" + e.acronym + ")") != std::string_view::npos ||
                              other.find("\uFF08" + e.acronym + "\uFF09") != std::string_view::npos ||
                              other.find(trimmed(words)) != std::string_view::npos;
        for (const Expansion& o : others) expanded_there = expanded_there || o.acronym == e.acronym;
        if (expanded_there || !has_word(other, e.acronym)) continue;
        // The acronym itself stays: it is what the other side kept.
        n += content_length(side.substr(e.begin, e.end - e.begin)) - content_length(e.acronym);
    }
    return n;
}

}  // namespace

std::pair<double, double> acronym_expansion_lengths(std::string_view source, std::string_view target) {
    if (source.find('(') == std::string_view::npos && target.find('(') == std::string_view::npos) return {0, 0};
    return {credited(source, target), credited(target, source)};
}

// Whether `text` spells `acronym` out itself: then it is no bare stand-in for the expansion.
bool defines(std::string_view text, std::string_view acronym) {
    if (text.find('(') == std::string_view::npos) return false;
    for (const Expansion& e : expansions(text))
        if (e.acronym == acronym) return true;
    return false;
}

bool inside_expansion_held(std::string_view side, std::string_view other, std::size_t begin, std::size_t end) {
    if (side.find('(') == std::string_view::npos) return false;
    for (const Expansion& e : expansions(side))
        if (e.words_begin <= begin && end <= e.words_end && has_word(other, e.acronym) && !defines(other, e.acronym))
            return true;
    return false;
}

}  // namespace verity::rules
