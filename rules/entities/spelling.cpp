#include "rules/entities/spelling.hpp"
#include "xliff/text/edit_distance.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>

namespace verity::rules::entities {

namespace {

// A folded word with the letters that spellings of one language and another swap made one: k/c, z/s, w/v,
// y/j/i; h, often silent, left out.
std::string transcribed(const std::string& x) {
    std::string out;
    for (char c : x) {
        switch (c) {
            case 'k': out += 'c'; break;
            case 'z': out += 's'; break;
            case 'w': out += 'v'; break;
            case 'y': case 'j': out += 'i'; break;
            case 'h': break;
            default: out += c;
        }
    }
    return out;
}

// A folded, transcribed word without doubled letters or (`strip_vowels`) the vowels that end it, which inflection and
// transcription change: "Mohammed" and "Mohamed" give "moamed", "Londýna" and "London" "londin" and "london".
std::string skeleton(const std::string& x, bool strip_vowels) {
    std::string out;
    for (char c : transcribed(x)) {
        if (c == '\'' || c == '-') break;  // a possessive or a compound's next part: "Netanyahu's"
        if (out.empty() || out.back() != c) out += c;
    }
    auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
    while (strip_vowels && out.size() > 3 && vowel(out.back())) out.pop_back();
    return out;
}

// Transcriptions of one sound made one letter: sh, sch, ch, sz, zh, kh ("Lukashenko" / "Lukaschenko" /
// "Lukachenko").
std::string one_sound(std::string_view w) {
    std::string out;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const std::string_view rest = w.substr(i);
        if (rest.starts_with("sch")) {
            out += 'x';
            i += 2;
        } else if (rest.starts_with("sh") || rest.starts_with("ch") || rest.starts_with("sz") || rest.starts_with("zh") ||
                   rest.starts_with("kh")) {
            out += 'x';
            ++i;
        } else {
            out += w[i];
        }
    }
    return out;
}

}  // namespace

bool same_initial_sound(const std::string& a, const std::string& b) {
    // An initial h is often silent ("Hassan" / "Assan"): the letter after it counts.
    const std::string x = transcribed(a.substr(0, 2)), y = transcribed(b.substr(0, 2));
    return !x.empty() && !y.empty() && x[0] == y[0];
}

// Two folded words of names that are the same word.
bool word_match(const std::string& a, const std::string& b, bool cross) {
    if (a == b) return true;
    const std::size_t la = a.size(), lb = b.size();
    // A plural or possessive: "iPods", "MCIs".
    if (std::min(la, lb) >= 3 && (la + 1 == lb ? b.back() == 's' && b.compare(0, la, a) == 0
                                              : lb + 1 == la && a.back() == 's' && a.compare(0, lb, b) == 0))
        return true;
    // Spelling variants: Mohammed / Mohamed, Harbor / Harbour. (One edit leaves the first letters alike or,
    // made at the first letter, the last ones: words that differ at both ends are never one edit apart.)
    // A name whose first letter alone changed is another name ("Pellingham" / "Bellingham", "Kessler" /
    // "Hessler") unless the two letters spell one sound in some language (see same_initial_sound).
    if (std::min(la, lb) >= 5 && (la > lb ? la - lb : lb - la) <= 1 &&
        (a[0] == b[0] || (a.back() == b.back() && (la != lb || same_initial_sound(a, b) ||
                                                    !std::isalpha(static_cast<unsigned char>(a[0]))))) &&
        text::edit_distance(a, b, 1) <= 1)
        return true;
    // Transcriptions of longer names differ more, but keep their ends: Runalls / Runnels, Donetsk / Donezk.
    if (std::min(la, lb) >= 7 && a[0] == b[0] && a.back() == b.back() && text::edit_distance(a, b, 2) <= 2) return true;
    if (std::min(la, lb) >= 10 && a[0] == b[0] && text::edit_distance(a, b, 3) <= 3) return true;
    // A derived name begins with the whole name: Kolín / Kolínsko, Pilsen / Pilsener; not State / Statement.
    if (std::min(la, lb) >= 5 && std::max(la, lb) - std::min(la, lb) <= 3 &&
        (la < lb ? b.compare(0, la, a) : a.compare(0, lb, b)) == 0)
        return true;
    // Inflected forms share a long beginning: Portugal / Portuguese, Economy / Economics.
    if (std::min(la, lb) >= 6 && a.compare(0, 6, b, 0, 6) == 0) return true;
    if (!cross || a[0] != b[0]) return false;
    // Cognates across languages share a beginning: Pacific / Pazifischen, Institute / Instituto.
    const std::size_t p = std::min({la, lb, std::size_t{6}});
    return p >= 4 && text::edit_distance(std::string_view(a).substr(0, p), std::string_view(b).substr(0, p), 1) <= 1;
}

// A phrase of folded words among the words of a text.
bool occurs(const std::vector<std::string>& phrase, const std::vector<Word>& words) {
    if (phrase.empty() || phrase.size() > words.size()) return false;
    // One word may also be a part of a hyphenated compound: "WLAN" in "Gast-WLAN-Portal".
    if (phrase.size() == 1 && phrase[0].size() >= 2 && phrase[0].find('-') == std::string::npos)
        for (const auto& w : words) {
            if (w.key.size() <= phrase[0].size() || w.key.find('-') == std::string::npos) continue;
            for (std::size_t p = w.key.find(phrase[0]); p != std::string::npos; p = w.key.find(phrase[0], p + 1)) {
                const std::size_t e = p + phrase[0].size();
                if ((p == 0 || w.key[p - 1] == '-') && (e == w.key.size() || w.key[e] == '-')) return true;
            }
        }
    for (std::size_t i = 0; i + phrase.size() <= words.size(); ++i) {
        std::size_t k = 0;
        while (k < phrase.size() && words[i + k].key == phrase[k]) ++k;
        if (k == phrase.size()) return true;
    }
    return false;
}

// Across languages a place and its people or adjective share a stem: Kanada / Kanadier, Prag / Prager,
// Mexiko / mexikanische, Agypten / Agypter; not Austria / Australia.
bool stem_match(const std::string& a, const std::string& b) {
    if (word_match(a, b, false)) return true;
    const std::size_t m = std::min(a.size(), b.size());
    std::size_t p = 0;
    while (p < m && a[p] == b[p]) ++p;
    return (p >= 4 && p == m) || (p >= 5 && p + 2 >= m);
}

// As `occurs`, but each word may be inflected or derived: "franzosischen" for "franzosisch", "Prager" for "Prag".
bool occurs_inflected(const std::vector<std::string>& phrase, const std::vector<Word>& words) {
    if (phrase.empty() || phrase.size() > words.size()) return false;
    for (std::size_t i = 0; i + phrase.size() <= words.size(); ++i) {
        std::size_t k = 0;
        while (k < phrase.size() && words[i + k].has_letter && stem_match(phrase[k], words[i + k].key)) ++k;
        if (k == phrase.size()) return true;
    }
    return false;
}

// A word of a name inside a compound of the other side, or as its end with one letter changed: "Hong" and
// "Kong" in "Hongkong", "Tyrol" in "Südtirol", "Kush" in "Hindukusch".
bool in_compound(const std::string& c, const std::vector<Word>& other) {
    if (c.size() < 4) return false;
    for (const auto& w : other) {
        if (!w.has_letter || w.key.size() <= c.size()) continue;
        if (w.key.find(c) != std::string::npos) return true;
        if (c.size() < 5) continue;
        for (std::size_t len = c.size() - 1; len <= c.size() + 1; ++len)
            if (len < w.key.size() && text::edit_distance(std::string_view(w.key).substr(w.key.size() - len), c, 1) <= 1)
                return true;
    }
    return false;
}

// Two words of names that may be one word reworded: inflected or misspelt ("Chamber" / "Chambre",
// "Čunk" / "Čunek"), sharing a beginning ("Election" / "Electoral", "Aerospace" / "Aeronautics"), one
// inside the other ("East" / "Mideast"), or aliases of each other ("US" / "American").
bool resemble(const std::string& a, const std::string& b, const Knowledge& k, bool cross) {
    if (word_match(a, b, cross)) return true;
    const std::size_t la = a.size(), lb = b.size(), lo = std::min(la, lb), hi = std::max(la, lb);
    if (lo >= 4 && a.compare(0, 4, b, 0, 4) == 0) return true;
    if (lo >= 4 && (la < lb ? b.find(a) : a.find(b)) != std::string::npos) return true;
    if (lo >= 3 && text::edit_distance(a, b, hi / 3) <= hi / 3) return true;
    return aliases(a, b, k);
}

bool aliases(const std::string& a, const std::string& b, const Knowledge& k) {
    auto ia = k.set_of.find(a), ib = k.set_of.find(b);
    if (ia == k.set_of.end() || ib == k.set_of.end()) return false;
    return std::any_of(ia->second.begin(), ia->second.end(), [&](std::size_t x) {
        return std::find(ib->second.begin(), ib->second.end(), x) != ib->second.end();
    });
}


// An ending of up to four letters added to the whole of the other: "Krakowie" / "Krakow", "Kolínsko" /
// "Kolín", "Netanjahuovou" / "Netanyahu".
bool ending_added(const std::string& x, const std::string& y) {
    std::size_t p = 0;
    while (p < x.size() && p < y.size() && x[p] == y[p]) ++p;
    return (p == x.size() && y.size() <= p + 4) || (p == y.size() && x.size() <= p + 4);
}

bool vowel_y_respelt(const std::string& a, const std::string& b) {
    auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
    auto vowel_y = [&](const std::string& w) {
        for (std::size_t i = 1; i + 1 < w.size(); ++i)
            if (w[i] == 'y' && std::isalpha(static_cast<unsigned char>(w[i - 1])) && !vowel(w[i - 1]) &&
                std::isalpha(static_cast<unsigned char>(w[i + 1])) && !vowel(w[i + 1]))
                return true;
        return false;
    };
    return vowel_y(a) != vowel_y(b) && (a.find('y') == std::string::npos || b.find('y') == std::string::npos);
}

bool transcribed_same(std::string_view a, std::string_view b) {
    // (A soft sign or a glide is written with i, y, j or not at all: "Sergyey" / "Sergej", "Dmitry" / "Dimitri".)
    auto glides_out = [](std::string w) {
        std::erase_if(w, [](char c) { return c == 'i' || c == 'y' || c == 'j'; });
        return w;
    };
    const std::string x = glides_out(one_sound(a)), y = glides_out(one_sound(b));
    if (x.size() != y.size()) return false;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i] != y[i] && transcribed(std::string(1, x[i])) != transcribed(std::string(1, y[i]))) return false;
    return true;
}

bool letters_swapped(std::string_view x, std::string_view y) {
    if (x.size() != y.size()) return false;
    std::size_t p = 0;
    while (p < x.size() && x[p] == y[p]) ++p;
    return p + 1 < x.size() && x[p] == y[p + 1] && x[p + 1] == y[p] && x.substr(p + 2) == y.substr(p + 2);
}

std::size_t respelt_letters(const std::string& a, const std::string& b) {
    const std::string x = skeleton(a, true), y = skeleton(b, true);
    if (x == y || ending_added(x, y) || ending_added(skeleton(a, false), skeleton(b, false))) return 0;
    if (letters_swapped(x, y)) return 0;
    const std::size_t hi = std::max(x.size(), y.size());
    const std::size_t d = text::edit_distance(x, y, hi);
    // One letter is a transcription or a spelling variant ("Donetsk" / "Donezk", "Runnels" / "Runalls");
    // a long name keeps two ("Konstantynopola" / "Constantinople").
    // Not the first letter, though, beyond the swaps of transcription: "Pellingham" / "Bellingham".
    if (d <= 2 && !same_initial_sound(a, b) && std::isalpha(static_cast<unsigned char>(a[0])) &&
        std::isalpha(static_cast<unsigned char>(b[0])))
        return std::max<std::size_t>(d, 1);
    return d <= (hi >= 10 ? 2u : 1u) ? 0 : d;
}

bool same_family_name(const std::string& a, const std::string& b, const std::vector<std::string>& a_endings,
                      const std::vector<std::string>& b_endings) {
    auto bare = [](const std::string& x) { return std::string_view(x).substr(0, x.find('\'')); };
    const std::string_view x = bare(a), y = bare(b);
    if (x == y) return true;
    // `form` is `stem` with one of `endings`, or both are one stem with an ending each.
    auto inflected = [](std::string_view stem, std::string_view form, const std::vector<std::string>& endings) {
        return form.size() > stem.size() && form.substr(0, stem.size()) == stem &&
               std::find(endings.begin(), endings.end(), form.substr(stem.size())) != endings.end();
    };
    if (inflected(x, y, b_endings) || inflected(y, x, a_endings)) return true;
    for (const std::string& ea : a_endings) {
        if (ea.empty() || x.size() < ea.size() + 3 || x.substr(x.size() - ea.size()) != ea) continue;
        if (inflected(x.substr(0, x.size() - ea.size()), y, b_endings)) return true;
    }
    return skeleton(one_sound(x), false) == skeleton(one_sound(y), false);
}

bool spelled_alike(const std::string& a, const std::string& b) {
    const std::string x = transcribed(a), y = transcribed(b);
    const std::size_t lo = std::min(x.size(), y.size()), hi = std::max(x.size(), y.size());
    if (lo < 5 || hi > lo + 3 || x[0] != y[0]) return false;
    return text::edit_distance(x, y, lo / 4) <= lo / 4;
}

// Without an overlapping name on the other side (the words lower-cased, say) it counts as restated.
// The same word, or an inflection of it: "bank" / "banks", "Kredit" / "Kredite"; not "Kredit" / "Kreditinstitut".
bool inflected_form(const std::string& a, const std::string& b) {
    if (a == b) return true;
    const std::string& shorter = a.size() < b.size() ? a : b;
    const std::string& longer = a.size() < b.size() ? b : a;
    return shorter.size() >= 4 && longer.size() <= shorter.size() + 2 && longer.compare(0, shorter.size(), shorter) == 0;
}

// Two spellings of a name across languages, loosely: after folding letters that transcriptions swap (k/c,
// z/s, w/v, y/j/i), a common beginning of three letters, a common stretch of five, or at most 40% edits:
// "Cornwall" / "Cornovaglia", "Konstantynopola" / "Constantinople", "podkarpackiego" / "Subcarpathian".
bool loosely_alike(const std::string& a, const std::string& b) {
    const std::string x = transcribed(a), y = transcribed(b);
    if (x.size() < 3 || y.size() < 3) return false;
    if (x.compare(0, 3, y, 0, 3) == 0) return true;
    const std::size_t hi = std::max(x.size(), y.size());
    if (text::edit_distance(x, y, hi * 2 / 5) <= hi * 2 / 5) return true;
    if (x.size() >= 5 && y.size() >= 5 && x.size() < 64 && y.size() < 64) {
        std::vector<std::size_t> prev(y.size() + 1, 0), cur(y.size() + 1, 0);
        for (std::size_t i = 1; i <= x.size(); ++i) {
            for (std::size_t j = 1; j <= y.size(); ++j) {
                cur[j] = x[i - 1] == y[j - 1] ? prev[j - 1] + 1 : 0;
                if (cur[j] >= 5) return true;
            }
            std::swap(prev, cur);
        }
    }
    return false;
}

}  // namespace verity::rules::entities
