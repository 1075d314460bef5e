#include "rules/entities/copied_names.hpp"

#include <algorithm>
#include <cctype>

#include "rules/entities/spelling.hpp"
#include "xliff/text/edit_distance.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules::entities {
namespace {

// "ae", "oe", "ue" as the umlauts they write out (folding already made "ü" a "u").
std::string umlauts_folded(const std::string& w) {
    std::string out;
    for (std::size_t i = 0; i < w.size(); ++i) {
        out += w[i];
        if ((w[i] == 'a' || w[i] == 'o' || w[i] == 'u') && i + 1 < w.size() && w[i + 1] == 'e') ++i;
    }
    return out;
}

// The consonants of a folded word as transcriptions leave them: letters that spellings swap made one
// (k/c, z/s, w/v, y/j/i, sh/sch/ch/sz/zh/kh), h dropped, doubled letters single, vowels left out.
// "Sychev" and "Sychew", "Morsi" and "Mursi", "Massoud" and "Masud" give one; "Corvane" and "Corvale" do
// not. Names that come from another script are transcribed in many ways; their consonants hold.
std::string consonants(const std::string& w) {
    std::string out;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const std::string_view rest = std::string_view(w).substr(i);
        char c = w[i];
        if (rest.starts_with("sch")) c = 'x', i += 2;
        else if (rest.starts_with("sh") || rest.starts_with("ch") || rest.starts_with("sz") || rest.starts_with("zh") ||
                 rest.starts_with("kh"))
            c = 'x', ++i;
        switch (c) {
            case 'k': c = 'c'; break;
            case 'z': c = 's'; break;
            case 'w': c = 'v'; break;
            case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': case 'j': case 'h': continue;
            default: break;
        }
        if (out.empty() || out.back() != c) out += c;
    }
    return out;
}

// The letters beyond ASCII that `lang` writes in its own words; a name with others comes from another
// language ("Špindlerův" in English or German), which a translation may give in its own form ("Spindelmühle").
bool own_letters(std::string_view raw, std::string_view lang) {
    static constexpr std::pair<std::string_view, std::string_view> kLetters[] = {
        {"de", "äöüßÄÖÜ"}, {"fr", "éèêëàâîïôûùüçœÉÈÊÀÂÎÔÛÇŒ"}, {"es", "áéíóúñüÁÉÍÓÚÑÜ"}, {"it", "àèéìíòóùÀÈÉÌÒÙ"}};
    std::string_view own;
    for (const auto& [l, letters] : kLetters)
        if (l == lang) own = letters;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(raw[i]);
        if (c < 0x80) continue;
        std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (own.find(raw.substr(i, n)) == std::string_view::npos) return false;
        i += n - 1;
    }
    return true;
}

// Whether WordNet knows the English word in another spelling: a consonant doubled or made single
// ("councilor" / "councillor", "traveled"), or the British and American endings ("color" / "colour",
// "organize" / "organise", "center" / "centre"). Such a word is an ordinary word, not a name.
bool known_spelling_variant(const std::string& key, const Knowledge& k) {
    auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
    for (std::size_t i = 1; i < key.size(); ++i) {
        if (!std::isalpha(static_cast<unsigned char>(key[i])) || vowel(key[i])) continue;
        std::string v = key;
        if (key[i] == key[i - 1]) v.erase(i, 1);
        else v.insert(i, 1, key[i]);
        if (k.english_words.known(v)) return true;
    }
    const std::pair<std::string_view, std::string_view> endings[] = {
        {"or", "our"}, {"our", "or"}, {"ize", "ise"}, {"ise", "ize"}, {"er", "re"}, {"re", "er"}};
    for (const auto& [from, to] : endings)
        if (key.size() > from.size() + 2 && key.ends_with(from) &&
            k.english_words.known(key.substr(0, key.size() - from.size()) + std::string(to)))
            return true;
    return false;
}

}  // namespace

bool transcribed_alike(const std::string& a, const std::string& b) {
    const std::string x = consonants(a), y = consonants(b);
    return text::edit_distance(x, y, 1) <= 1;
}

bool names_keep_letters(const Knowledge& k) {
    return k.source.has_pack && k.target.has_pack && k.source.name_endings.size() <= 1 && k.target.name_endings.size() <= 1;
}

bool obscure_name(const std::string& key, std::string_view raw, const std::string& lang, const Knowledge& k,
                  Translations& tr) {
    // (WordNet's words as written, or an ordinary word's plural: "Mirrors".)
    if (key.size() < 4 || !k.english_words.loaded || k.english_words.known(key) || k.english_words.common(key))
        return false;
    if (!own_letters(raw, text::primary_language(lang))) return false;
    if (k.given_names.count(key) || k.set_of.count(key) || k.demonym_forms.count(key) ||
        k.display_names().set_of.count(key))
        return false;
    if (text::primary_language(lang) == "en") {
        if (known_spelling_variant(key, k)) return false;
        // A word the dictionary from English into the pair's other language translates ("Children", a
        // plural WordNet lists under "child") is an ordinary word.
        const std::string& other = text::primary_language(k.source_lang) == "en" ? k.target_lang : k.source_lang;
        return text::primary_language(other) == "en" || tr.dictionary("en", other).empty() || tr.of(raw, "en", other).empty();
    }
    return !tr.dictionary(lang, "en").empty() && tr.of(raw, lang, "en").empty();
}

bool noun_compound(const std::string& key, const std::string& lang, const Lexicon& lex, Translations& tr) {
    if (!lex.capitalised_nouns) return false;
    for (std::size_t i = 3; i + 3 <= key.size(); ++i) {
        if ((static_cast<unsigned char>(key[i]) & 0xC0) == 0x80) continue;
        if (tr.ordinary(key.substr(i), lang) || (i >= 4 && tr.ordinary(key.substr(0, i), lang))) return true;
    }
    return false;
}

bool obscure_name_word(const std::string& key, std::string_view raw, const std::string& lang, const Lexicon& lex,
                       const Knowledge& k, Translations& tr) {
    return !noun_compound(key, lang, lex, tr) && obscure_name(key, raw, lang, k, tr);
}

bool names_take_s(std::string_view language) {
    const auto l = text::primary_language(language);
    return l == "de" || l == "nl" || l == "sv" || l == "da" || l == "nb" || l == "nn" || l == "no" || l == "is";
}

bool copied_exactly(const std::string& a, const std::string& b, bool s_ending) {
    if (a == b) return true;
    const std::string x = umlauts_folded(a), y = umlauts_folded(b);
    if (x == y) return true;
    if (s_ending && ((x.size() + 1 == y.size() && y.back() == 's' && y.compare(0, x.size(), x) == 0) ||
                     (y.size() + 1 == x.size() && x.back() == 's' && x.compare(0, y.size(), y) == 0)))
        return true;
    std::size_t p = 0;
    while (p < x.size() && p < y.size() && x[p] == y[p]) ++p;
    auto vowels = [](std::string_view tail) {
        return !tail.empty() && tail.size() <= 2 && tail.find_first_not_of("aeiouy") == std::string_view::npos;
    };
    if (p >= 4 && vowels(std::string_view(x).substr(p)) && vowels(std::string_view(y).substr(p))) return true;
    // One the other with the ending of a people's word or a genitive ("Rica" / "Rican", "Hamburg" /
    // "Hamburger"); a vowel dropped is no such ending ("Modolo" / "Modol").
    if (p < 4 || (p != x.size() && p != y.size())) return false;
    const std::string_view tail = std::string_view(x.size() > y.size() ? x : y).substr(p);
    return tail == "n" || tail == "an" || tail == "ian" || tail == "er" || tail == "es";
}

bool known_name(const std::string& key, const Knowledge& k) {
    return k.given_names.count(key) || k.set_of.count(key) || k.demonym_forms.count(key) ||
           k.display_names().set_of.count(key) ||
           (k.english_words.loaded && k.english_words.known(key) && !k.english_words.common(key));
}

bool copy_differs(const std::string& name, const std::string& other, const std::string& other_lang, const Knowledge& k,
                  Translations& tr) {
    // Two neighbouring letters swapped are a slip of the keyboard in either text.
    if (copied_exactly(name, other) || letters_swapped(name, other)) return false;
    // The same consonants with a vowel, a doubled letter or an h changed: a transcription's swaps
    // ("Poliakov" / "Poljakow"), or a name that a resource knows in the other spelling, which the other
    // text corrects or misspells ("Dortmend" / "Dortmund", "Robrt" / "Robert"). Otherwise a name no
    // resource knows, copied with a vowel changed, is another name ("Brendel" / "Brandel").
    if (consonants(name) == consonants(other) && respelt_letters(name, other) == 0 &&
        ((transcribed_same(name, other) && !vowel_y_respelt(name, other)) || known_name(other, k)))
        return false;
    if (text::primary_language(other_lang) == "en") return !(k.english_words.loaded && k.english_words.common(other));
    return !tr.ordinary(other, other_lang);
}

std::optional<std::pair<std::string, std::string>> respelt_copy(const Entity& e, const std::vector<Word>& own_words,
                                                                std::string_view own_text, const std::string& own_lang,
                                                                const std::vector<Word>& other_words,
                                                                std::string_view other_text, const std::string& other_lang,
                                                                const Knowledge& k, Translations& tr) {
    if (e.acronym || !names_keep_letters(k)) return std::nullopt;
    for (std::size_t ci = 0; ci < e.core.size() && ci < e.core_words.size(); ++ci) {
        const std::string& c = e.core[ci];
        if (c.size() < 4 || e.core_words[ci] >= own_words.size()) continue;
        const Word& w = own_words[e.core_words[ci]];
        if (w.end > own_text.size() || w.hyphenated ||
            !obscure_name(c, own_text.substr(w.begin, w.end - w.begin), own_lang, k, tr))
            continue;
        if (std::any_of(other_words.begin(), other_words.end(), [&](const Word& o) { return copied_exactly(c, o.key); }))
            continue;
        for (const Word& o : other_words) {
            if (!o.has_letter || !o.capitalised || o.key.size() < 4 || o.key[0] != c[0] || o.end > other_text.size()) continue;
            // Like it by a third of its letters at most: "Ricardo" respells no "Rican".
            const std::size_t third = std::max(c.size(), o.key.size()) / 3;
            if (text::edit_distance(c, o.key, third) > third || !copy_differs(c, o.key, other_lang, k, tr)) continue;
            return std::pair{std::string(own_text.substr(w.begin, w.end - w.begin)),
                             std::string(other_text.substr(o.begin, o.end - o.begin))};
        }
    }
    return std::nullopt;
}

}  // namespace verity::rules::entities
