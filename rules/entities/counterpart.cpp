#include "rules/entities/counterpart.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "rules/entities/acronyms.hpp"
#include "rules/entities/aliases.hpp"
#include "rules/entities/copied_names.hpp"
#include "rules/entities/find_entities.hpp"
#include "rules/entities/phrase.hpp"
#include "rules/entities/spelling.hpp"
#include "rules/entities/translatable.hpp"
#include "xliff/text/edit_distance.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules::entities {

namespace {

// One search: whether `e`, a name of `own`, has a counterpart in `other` (see has_counterpart).
struct Search {
    const Entity& e;
    const Side& own;
    const Side& other;
    bool e_in_source;
    const Knowledge& k;
    Translations& tr;
    bool cross;
    bool english;
};

// Word `ci` of the name is one of no wide fame (obscure_name), between languages that keep a name's
// letters (names_keep_letters): the other side copies it exactly or not at all.
bool copied_only(const Search& s, std::size_t ci) {
    if (!s.cross || !names_keep_letters(s.k) || ci >= s.e.core_words.size() || s.e.core_words[ci] >= s.own.words.size())
        return false;
    const Word& w = s.own.words[s.e.core_words[ci]];
    if (w.end > s.own.text.size() || w.hyphenated) return false;
    const std::string& lang = s.e_in_source ? s.k.source_lang : s.k.target_lang;
    return obscure_name(s.e.core[ci], s.own.text.substr(w.begin, w.end - w.begin), lang, s.k, s.tr);
}

// The other side holds, in a name that shares a word with this one ("Hotel Stadtpark" for "Hotel
// Lindenhof"), a word of no wide fame of its own that this side lacks: capitalised, no acronym, known to
// no resource of its language, copied from no word here and unlike `c`, the word of this name not found
// there (a respelling is respelt_there's to judge). The word of no wide fame missing from the name then has
// its replacement in sight; without one, a dictionary that lacks an ordinary word ("Pallavolo", "Equipo")
// is the likelier cause.
bool replacement_there(const Search& s, const std::string& c) {
    const std::string& other_lang = s.e_in_source ? s.k.target_lang : s.k.source_lang;
    const Lexicon& other_lex = s.e_in_source ? s.k.target : s.k.source;
    // A word of the other side like it, by its first five letters or half its letters, is a cognate or a
    // respelling: no sign of another name.
    const std::string_view head = std::string_view(c).substr(0, 5);
    if (std::any_of(s.other.words.begin(), s.other.words.end(), [&](const Word& o) {
            const std::size_t half = std::max(c.size(), o.key.size()) / 2;
            return o.has_letter && ((head.size() == 5 && o.key.starts_with(head)) || loosely_alike(c, o.key) ||
                                    text::edit_distance(c, o.key, half) <= half);
        }))
        return false;
    auto new_word = [&](const Word& o) {
        if (!o.has_letter || !o.capitalised || o.acronym || o.mixed_acronym || o.sentence_start || o.hyphenated ||
            o.key.size() < 4 || o.end > s.other.text.size())
            return false;
        if (std::any_of(s.own.words.begin(), s.own.words.end(), [&](const Word& w) { return copied_exactly(w.key, o.key); }))
            return false;
        return obscure_name_word(o.key, s.other.text.substr(o.begin, o.end - o.begin), other_lang, other_lex, s.k, s.tr);
    };
    for (const Entity& o : s.other.entities) {
        if (o.acronym) continue;
        const bool shares = std::any_of(o.core.begin(), o.core.end(), [&](const std::string& g) {
            return std::any_of(s.e.core.begin(), s.e.core.end(), [&](const std::string& x) { return word_match(x, g, true); });
        });
        if (!shares) continue;
        for (std::size_t w : o.core_words)
            if (w < s.other.words.size() && new_word(s.other.words[w])) return true;
    }
    return false;
}

bool as_itself(const std::string& c, const Side& other) {
    return std::any_of(other.words.begin(), other.words.end(), [&](const Word& w) { return w.key == c; });
}

// The words of the name that the other side writes as a currency symbol or, as part of a known name inside
// a longer one, under another name of it.
std::vector<bool> named_by_parts(const Search& s) {
    const Entity& e = s.e;
    const Knowledge& k = s.k;
    std::vector<bool> by_symbol(e.core.size(), false);
    // Also within one language: "EUR 12 million" reworded as "€12 million".
    if (!s.other.text.empty()) currency_by_symbol(e, s.other.text, k, by_symbol);
    // Words of a known name inside a longer one: "Estados Unidos" of "Estados Unidos de América" as "US".
    if (e.core.size() >= 3)
        for (std::size_t from = 0; from + 1 < e.core.size(); ++from)
            for (std::size_t to = from + 2; to <= e.core.size() && to <= from + 4; ++to) {
                auto it = k.set_of.find(join(e.core, from, to));
                if (it == k.set_of.end()) continue;
                bool present = false;
                for (std::size_t id : it->second)
                    for (const auto& m : k.sets[id]) present = present || occurs(m, s.other.words);
                if (present)
                    for (std::size_t w = from; w < to; ++w) by_symbol[w] = true;
            }
    return by_symbol;
}

// Across languages, word `ci` of the name translated as the dictionary says: "Salud" as "Health", "Guerra"
// as "War". Either way: "Jan Paweł" gives "John Paul", and "John Paul" is what "Jan Paweł" gives. `as_written`:
// the other side's word is the translation itself or it with an ending ("Internacional"), not a shorter
// word the translation starts with ("public" is no rendering of "Kröger" = "publican").
bool translated(const Search& s, std::size_t ci, bool as_written = false) {
    const Entity& e = s.e;
    const Side& own = s.own;
    const Side& other = s.other;
    const std::string& own_lang = s.e_in_source ? s.k.source_lang : s.k.target_lang;
    const std::string& other_lang = s.e_in_source ? s.k.target_lang : s.k.source_lang;
    if (ci < e.core_words.size() && e.core_words[ci] < own.words.size()) {
        const Word& w = own.words[e.core_words[ci]];
        if (w.end <= own.text.size())
            for (const auto& t : s.tr.of(own.text.substr(w.begin, w.end - w.begin), own_lang, other_lang))
                if (std::any_of(other.words.begin(), other.words.end(), [&](const Word& o) {
                        return o.has_letter && inflected_form(t, o.key) && (!as_written || o.key.starts_with(t));
                    }))
                    return true;
    }
    return !as_written && other.translated && other.translated->count(e.core[ci]) > 0;
}

// Word `ci` of the name only names: WordNet knows it only as a name (English), or the FreeDict dictionary
// into English gives no other word for it (see only_names). Such a word is copied or spelt for the other language, never
// translated, so a cognate's looser likeness does not vouch for it ("Kessler" is not "Kastler").
bool pure_name(const Search& s, std::size_t ci) {
    const Entity& e = s.e;
    if (e.acronym || ci >= e.core_words.size() || e.core_words[ci] >= s.own.words.size()) return false;
    const std::string& own_lang = s.e_in_source ? s.k.source_lang : s.k.target_lang;
    if (text::primary_language(own_lang) == "en")
        return s.k.english_words.loaded && !translatable_word(e.core[ci], s.k);
    const Word& w = s.own.words[e.core_words[ci]];
    // A sentence's first word is as often an ordinary word in a form the dictionary misses.
    return !w.sentence_start && w.end <= s.own.text.size() &&
           only_names(s.tr, s.own.text.substr(w.begin, w.end - w.begin), e.core[ci], own_lang);
}

// Whether the raw word lies in Latin script (or is ASCII): UTF-8 lead bytes up to U+027F.
bool latin_word(std::string_view text, const Word& w) {
    if (w.end > text.size()) return false;
    for (std::size_t i = w.begin; i < w.end; ++i)
        if (static_cast<unsigned char>(text[i]) >= 0xCA && static_cast<unsigned char>(text[i]) < 0xF8 &&
            (static_cast<unsigned char>(text[i]) & 0xC0) == 0xC0)
            return false;
    return true;
}

// An English word WordNet lacks that is made of words it has: a newer compound or derivative ("realtime",
// "subtype", "sanitizer"), no name.
bool made_of_words(const std::string& w, const Knowledge& k) {
    for (std::size_t i = 3; i + 3 <= w.size(); ++i)
        if (k.english_words.common(w.substr(0, i)) && k.english_words.common(w.substr(i))) return true;
    for (std::string_view suffix : {"r", "er", "ing", "ed", "ly", "s"})
        if (w.size() > suffix.size() + 3 && w.ends_with(suffix) &&
            k.english_words.common(w.substr(0, w.size() - suffix.size())))
            return true;
    return false;
}

// Word `ci` of the name only names, and more surely than pure_name says: in English WordNet knows it only as a
// name or not at all, and it is no compound of words it knows; in another language the dictionary knows it,
// as a name only (a word it does not know may be an ordinary word it lacks: "Melograno"). Only in a name
// without an acronym ("ARS Occitanie" may drop its region), against a text in Latin script.
bool names_for_sure(const Search& s, std::size_t ci) {
    const Entity& e = s.e;
    // (Four letters at least: "App" of "iOS App Store" is a word WordNet is too old to know.)
    if (e.core[ci].size() < 4 || !pure_name(s, ci)) return false;
    for (std::size_t w : e.core_words)
        if (w < s.own.words.size() && (s.own.words[w].acronym || s.own.words[w].mixed_acronym)) return false;
    const Word& w = s.own.words[e.core_words[ci]];
    if (w.hyphenated) return false;  // the end of a compound: "Neo-Renaissance"
    // A name is copied only into a text of the same script; in another it is transliterated.
    std::size_t letters = 0, latin = 0;
    for (const Word& o : s.other.words)
        if (o.has_letter) ++letters, latin += latin_word(s.other.text, o);
    if (2 * latin < letters) return false;
    const std::string& own_lang = s.e_in_source ? s.k.source_lang : s.k.target_lang;
    if (text::primary_language(own_lang) == "en") return !made_of_words(e.core[ci], s.k);
    return !s.tr.of(s.own.text.substr(w.begin, w.end - w.begin), own_lang, "en").empty();
}

// Word `ci` of the name only names (names_for_sure) and so does the word before it: a family name after a
// given name ("Harriet Okonedo"), not the head of a description ("French Riviera", "Grand Prix").
// One the other side spells alike ("Sharipov" / "Schwaripow") is transcribed, not replaced.
bool name_after_name(const Search& s, std::size_t ci) {
    if (ci == 0 || !names_for_sure(s, ci) || !pure_name(s, ci - 1)) return false;
    return std::none_of(s.other.words.begin(), s.other.words.end(), [&](const Word& w) {
        return w.has_letter && w.key.size() >= 4 && resemble(w.key, s.e.core[ci], s.k, true);
    });
}

// Within one language: a word of a name that only names (pure_name; in English no compound of words WordNet
// knows) is gone from a name of the other side that keeps the rest, and a word the source lacks stands in
// its place: "Hagedorn Umweltdienste GmbH" for "Hagemann Umweltdienste GmbH", "Michigan Gov. Zeman
// Whitmer" for "… Gretchen Whitmer". A name is copied, so a like beginning does not vouch for the new
// word; a respelling by a letter or two ("Čunk" / "Čunek") is the spelling rules' to judge, and an alias,
// a people's adjective ("Finland" / "Finnish") or a word inside the lost one ("Meteorological" of
// "Hydrometeorological") names the same.
bool name_word_replaced(const Search& s) {
    const Entity& e = s.e;
    if (s.cross || e.acronym) return false;
    const std::vector<Word>& source_words = s.e_in_source ? s.own.words : s.other.words;
    const std::string& lang = s.k.source_lang;
    const bool english = text::primary_language(lang) == "en";
    for (const Entity& o : s.other.entities) {
        if (o.core.empty() || o.acronym) continue;
        std::vector<bool> e_shared(e.core.size(), false), o_shared(o.core.size(), false);
        bool any = false;
        for (std::size_t i = 0; i < e.core.size(); ++i)
            for (std::size_t j = 0; j < o.core.size(); ++j)
                if (word_match(e.core[i], o.core[j], false)) any = e_shared[i] = o_shared[j] = true;
        if (!any) continue;
        // The source's name and the target's, each searched from its own side.
        const Search src = s.e_in_source ? s : Search{o, s.other, s.own, true, s.k, s.tr, false, s.english};
        const Entity& tgt = s.e_in_source ? o : e;
        const std::vector<bool>& src_shared = s.e_in_source ? e_shared : o_shared;
        const std::vector<bool>& tgt_shared = s.e_in_source ? o_shared : e_shared;
        auto stands_for = [&](const std::string& x, const std::string& g) {
            const bool inside = std::min(x.size(), g.size()) >= 5 &&
                                (x.size() < g.size() ? g.find(x) : x.find(g)) != std::string::npos;
            return word_match(x, g, false) || respelt_letters(x, g) <= 2 || aliases(x, g, s.k) || inside;
        };
        std::vector<std::size_t> lost;
        for (std::size_t i = 0; i < src.e.core.size(); ++i)
            if (!src_shared[i] && src.e.core[i].size() >= 3 && pure_name(src, i) &&
                !(english && made_of_words(src.e.core[i], s.k)))
                lost.push_back(i);
        // A word of the other name that stands for a lost one accounts for it, and is no new word.
        std::vector<bool> accounts(tgt.core.size(), false);
        std::erase_if(lost, [&](std::size_t i) {
            bool kept = false;
            for (std::size_t j = 0; j < tgt.core.size(); ++j)
                if (!tgt_shared[j] && stands_for(src.e.core[i], tgt.core[j])) kept = accounts[j] = true;
            return kept;
        });
        if (lost.empty()) continue;
        for (std::size_t j = 0; j < tgt.core.size(); ++j) {
            const std::string& g = tgt.core[j];
            if (tgt_shared[j] || accounts[j] || g.size() < 3 || s.k.demonym_forms.count(g)) continue;
            if (std::none_of(source_words.begin(), source_words.end(),
                             [&](const Word& w) { return w.has_letter && word_match(w.key, g, false); }))
                return true;
        }
    }
    return false;
}

// Across languages that keep a name's letters: a name of the other side copies some of this name's words as
// they are written ("Park", "Stahlbau", "Quay") and holds, in place of the one word of this name it lacks,
// one word of its own; both only name (no ordinary word of their language, no translation of each other,
// nowhere on the other side), and the two are no copy of each other: "Belton Park" for "Beacon Park",
// "Krüger Stahlbau" for "Kröger Stahlbau", "Harwood Quay" for "Harland Quay". A name copied word by word
// is copied whole; its changed word names another place or firm.
std::optional<std::size_t> copied_name_changed(const Search& s) {
    const bool s_ending = names_take_s(s.k.source_lang) || names_take_s(s.k.target_lang);
    const Entity& e = s.e;
    if (!s.cross || e.acronym || e.known || e.core.size() < 2 || !names_keep_letters(s.k)) return std::nullopt;
    const std::string& own_lang = s.e_in_source ? s.k.source_lang : s.k.target_lang;
    const std::string& other_lang = s.e_in_source ? s.k.target_lang : s.k.source_lang;
    // An ordinary word of its language: WordNet's in English, the dictionary's otherwise.
    auto ordinary = [&](const Side& side, const std::vector<std::size_t>& core_words, std::size_t i,
                        const std::string& key, const std::string& lang) {
        if (i >= core_words.size() || core_words[i] >= side.words.size()) return true;
        const Word& w = side.words[core_words[i]];
        // (A part of a hyphenated compound is compared as the compound is: "Auto-Traducción".)
        if (w.acronym || w.mixed_acronym || w.hyphenated || w.end > side.text.size() || key.size() < 4) return true;
        if (text::primary_language(lang) == "en") return !s.k.english_words.loaded || s.k.english_words.common(key);
        return s.tr.ordinary(side.text.substr(w.begin, w.end - w.begin), lang);
    };
    for (const Entity& o : s.other.entities) {
        if (o.acronym || o.core.size() < 2) continue;
        std::vector<bool> e_shared(e.core.size(), false), o_shared(o.core.size(), false);
        for (std::size_t i = 0; i < e.core.size(); ++i)
            for (std::size_t j = 0; j < o.core.size(); ++j)
                if (copied_exactly(e.core[i], o.core[j], s_ending)) e_shared[i] = o_shared[j] = true;
        if (std::none_of(e_shared.begin(), e_shared.end(), [](bool b) { return b; })) continue;
        // A word of this language copied into the other, which would have translated it ("Park" in a
        // Spanish text): the name is copied whole, ordinary words and all.
        bool copied_whole = false;
        for (std::size_t i = 0; i < e.core.size(); ++i)
            copied_whole = copied_whole || (e_shared[i] && i < e.core_words.size() && e.core_words[i] < s.own.words.size() &&
                                            s.own.words[e.core_words[i]].end <= s.own.text.size() &&
                                            !s.own.words[e.core_words[i]].acronym && e.core[i].size() >= 4 &&
                                            ordinary(s.own, e.core_words, i, e.core[i], own_lang) &&
                                            !s.tr.ordinary(e.core[i], other_lang));
        // The two names side by side, aligned on their first shared word: only words in the same slots
        // compare ("Firma" of "Firma Kröger Stahlbau" has none in "Krüger Stahlbau").
        std::ptrdiff_t offset = 0;
        for (std::size_t i = 0; i < e.core.size(); ++i)
            if (e_shared[i]) {
                for (std::size_t j = 0; j < o.core.size(); ++j)
                    if (copied_exactly(e.core[i], o.core[j], s_ending)) {
                        offset = static_cast<std::ptrdiff_t>(i) - static_cast<std::ptrdiff_t>(j);
                        break;
                    }
                break;
            }
        std::vector<std::size_t> lost, brought;
        for (std::size_t i = 0; i < e.core.size(); ++i) {
            const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) - offset;
            if (j < 0 || j >= static_cast<std::ptrdiff_t>(o.core.size())) continue;
            const auto ju = static_cast<std::size_t>(j);
            if (e_shared[i] || o_shared[ju]) continue;
            if (translated(s, i) || (!copied_whole && ordinary(s.own, e.core_words, i, e.core[i], own_lang))) continue;
            if (ordinary(s.other, o.core_words, ju, o.core[ju], other_lang)) continue;
            lost.push_back(i);
            brought.push_back(ju);
        }
        if (lost.size() != 1 || brought.size() != 1) continue;
        const std::string& x = e.core[lost[0]];
        const std::string& g = o.core[brought[0]];
        if (x.size() < 4 || g.size() < 4 || as_itself(x, s.other) || as_itself(g, s.own) || aliases(x, g, s.k) ||
            s.k.demonym_forms.count(x) || s.k.demonym_forms.count(g) || o.known)
            continue;
        // A person's family name of no wide fame beside a given name copied as written is copied as written
        // too: a vowel changed or a letter doubled or dropped names another person ("Gareth Pryce" / "Gareth
        // Price", "Imogen Dalrymple" / "Imogen Dalrimple"); only a transcription's swaps of consonants, as
        // copy_differs allows them, are the same name ("Anna Poliakova" / "Anna Poljakowa").
        const Lexicon& own_lex = s.e_in_source ? s.k.source : s.k.target;
        if (lost[0] > 0 && e_shared[0] && copied_only(s, lost[0]) && person_name(e, s.own.words, own_lex, s.k)) {
            if (!copy_differs(x, g, other_lang, s.k, s.tr)) continue;
            return static_cast<std::size_t>(&o - s.other.entities.data());
        }
        // Written for the other language (umlauts, a transcription) is no change. A name written in plain
        // letters may come from another script, transcribed in many ways ("Sharipov" / "Schwaripow"); one
        // with letters of its own language is copied ("Kröger" / "Krüger" is another firm).
        if (same_family_name(x, g, {}, {})) continue;
        // One inside the other is a compound or a derived form ("General" / "Generalinspektor").
        if (x.find(g) != std::string::npos || g.find(x) != std::string::npos) continue;
        if (noun_compound(g, other_lang, s.e_in_source ? s.k.target : s.k.source, s.tr)) continue;
        const std::size_t xi = lost[0];
        if (xi < e.core_words.size() && e.core_words[xi] < s.own.words.size()) {
            const Word& w = s.own.words[e.core_words[xi]];
            if (w.hyphenated || w.end > s.own.text.size()) continue;
            const auto ts = s.tr.of(s.own.text.substr(w.begin, w.end - w.begin), own_lang, other_lang);
            if (std::any_of(ts.begin(), ts.end(), [&](const std::string& t) { return inflected_form(t, g); })) continue;
        }
        const bool plain_letters = xi < e.core_words.size() && e.core_words[xi] < s.own.words.size() &&
                                   s.own.words[e.core_words[xi]].end <= s.own.text.size() && [&] {
                                       const Word& w = s.own.words[e.core_words[xi]];
                                       for (std::size_t b = w.begin; b < w.end; ++b)
                                           if (static_cast<unsigned char>(s.own.text[b]) >= 0x80) return false;
                                       return true;
                                   }();
        if (plain_letters && (respelt_letters(x, g) == 0 || transcribed_alike(x, g))) continue;
        // A word of its own language in the name's slot is a translation the dictionary missed
        // ("Manager" / "Salvate"), unless the two are spelt alike, the lost word only names, or the word in its
        // place is another word of the name's language, which no translation writes ("Pecan Creek Park" /
        // "parque Pecan Grove").
        const bool alike = 2 * text::edit_distance(x, g, std::max(x.size(), g.size())) <= std::max(x.size(), g.size());
        auto word_of = [&](const std::string& key, const std::string& lang) {
            return text::primary_language(lang) == "en" ? s.k.english_words.loaded && s.k.english_words.common(key)
                                                        : s.tr.ordinary(key, lang);
        };
        const bool own_word_instead = copied_whole && word_of(g, own_lang) && !word_of(g, other_lang);
        if (!alike && !own_word_instead && ordinary(s.own, e.core_words, xi, x, own_lang)) continue;
        return static_cast<std::size_t>(&o - s.other.entities.data());
    }
    return std::nullopt;
}

// Word `ci` of the name and a word of the other side are the same word (see word_match), unless across
// languages the name's word only names and the other respells it beyond transcription and inflection.
bool same_word(const Search& s, std::size_t ci, const std::string& other) {
    const std::string& c = s.e.core[ci];
    if (c == other) return true;
    if (!word_match(c, other, s.cross)) return false;
    // (An English word in its place is a translation of a word the dictionary missed: "Transporting".)
    const std::string& other_lang = s.e_in_source ? s.k.target_lang : s.k.source_lang;
    // (A name of no wide fame is copied as written.)
    if (s.cross && pure_name(s, ci) && copied_only(s, ci))
        return !copy_differs(c, other, s.e_in_source ? s.k.target_lang : s.k.source_lang, s.k, s.tr);
    if (!s.cross || respelt_letters(c, other) == 0 || !pure_name(s, ci)) return true;
    return text::primary_language(other_lang) == "en" && s.k.english_words.loaded && s.k.english_words.common(other);
}

// A person's name whose given name the other side writes as itself, in Latin letters on both sides, but
// whose family name it does not copy (see same_family_name): "Helen Bradshaw" and "Helen Bradshow", "Jens
// Albrecht" and "Jens Keller" name two people. A translation never translates a family name while it keeps
// the given name, so the looser evidence below (cognates, half the words) is no counterpart. Any later word
// of the name copied is enough, as capitals may join a noun to the name ("Kevin Trapps Pfosten") or a
// connector a description ("Filip Dewinter of Belgian"); a second given name counts only as the last word.
bool family_name_changed(const Search& s) {
    // A family name with an "s" added is the same one only in a language that adds it to names (a genitive).
    const bool s_ending = names_take_s(s.k.source_lang) || names_take_s(s.k.target_lang);
    const Lexicon& own = s.e_in_source ? s.k.source : s.k.target;
    const Lexicon& other = s.e_in_source ? s.k.target : s.k.source;
    // A name that runs on through a connector into a firm or a place ("Katharina Wendel of Fischer Roth
    // Partner") is a person's up to the connector, when two words or more stand before it: the firm's words
    // copied say nothing of the family name.
    std::optional<Entity> head;
    for (std::size_t i = 2; i < s.e.core.size() && i < s.e.core_words.size(); ++i)
        if (s.e.core_words[i] != s.e.core_words[i - 1] + 1) {
            head = s.e;
            head->core.resize(i);
            head->core_words.resize(i);
            break;
        }
    const Entity& e = head ? *head : s.e;
    if (!person_name(e, s.own.words, own, s.k)) return false;
    const std::size_t last = e.core_words.back();
    if (last >= s.own.words.size() || !latin_word(s.own.text, s.own.words[last])) return false;
    bool given = false;
    std::vector<const std::string*> family;
    std::vector<bool> copied;  // a family name of no wide fame: copied exactly or not at all
    for (std::size_t i = 1; i < e.core.size(); ++i)
        if (i + 1 == e.core.size() || !s.k.given_names.count(e.core[i])) {
            // A word the other side translates as the dictionary says is no family name: the name is a
            // firm's or a fund's ("Elliot International" / "Elliot Internacional").
            if (s.cross && translated(s, i, true)) return false;
            family.push_back(&e.core[i]);
            // Within one language a family name is written as it is: no transcription to allow for.
            copied.push_back(!s.cross || copied_only(s, i));
        }
    const auto& ow = s.other.words;
    // ...or written as two here: "Mc Fadden" / "McFadden".
    const std::string split_here = e.core.size() >= 3 ? e.core[e.core.size() - 2] + e.core.back() : std::string();
    for (std::size_t i = 0; i < ow.size(); ++i) {
        const Word& w = ow[i];
        if (!w.has_letter || !latin_word(s.other.text, w)) continue;
        // A family name written as two words there is the same one ("McFadden" / "Mc Fadden").
        const std::string joined = i + 1 < ow.size() && ow[i + 1].has_letter && ow[i + 1].capitalised ? w.key + ow[i + 1].key
                                                                                                    : std::string();
        if (!split_here.empty() && copied_exactly(split_here, w.key)) return false;
        for (std::size_t f = 0; f < family.size(); ++f)
            if (copied[f] ? copied_exactly(*family[f], w.key, s_ending) || (!joined.empty() && copied_exactly(*family[f], joined, s_ending))
                          : same_family_name(*family[f], w.key, own.name_endings, other.name_endings))
                return false;
        given = given || same_family_name(e.core[0], w.key, own.name_endings, other.name_endings);
    }
    return given;
}

// Across languages, word `ci` of the name only names (pure_name) and the other side holds a word like it,
// cognate by its beginning, that is not it nor a transcription of it: the name was respelt there
// ("Anjali Whitmore" for "Anjali Whitcombe", "Borgo Vallata" for "Borgo Vallina"), so the name's found
// first word does not vouch for it.
bool respelt_there(const Search& s, std::size_t ci) {
    const std::string& c = s.e.core[ci];
    if (c.size() < 5 || !pure_name(s, ci)) return false;
    // (A name of no wide fame is copied exactly: "Priya Halworth" for "Priya Hallworth".)
    const bool copied = copied_only(s, ci);
    return std::any_of(s.other.words.begin(), s.other.words.end(), [&](const Word& w) {
        return w.has_letter && w.key.size() >= 5 && w.key != c && w.key[0] == c[0] && word_match(c, w.key, true) &&
               (copied ? copy_differs(c, w.key, s.e_in_source ? s.k.target_lang : s.k.source_lang, s.k, s.tr)
                       : respelt_letters(c, w.key) > 0);
    });
}

// How many words of the name the other side has, and how.
struct WordsFound {
    std::size_t found = 0;
    std::size_t by_dictionary = 0;  // found only as a translation
    bool first_found = false;
    bool proper_unfound = false;  // an English word of the name not found that WordNet knows only as a name
    bool proper_found = false;    // one found
    bool person_unfound = false;      // no word of a person's name after other words of the name
    bool obscure_unfound = false;  // a word of no wide fame (copied_only) not found: the name is not there
    bool last_names_unfound = false;  // the last word, a name after a name (name_after_name) or respelt
                                      // (respelt_there), not found
};

WordsFound find_words(const Search& s) {
    const Entity& e = s.e;
    const Side& other = s.other;
    const bool cross = s.cross;
    const std::vector<bool> by_symbol = named_by_parts(s);
    WordsFound f;
    // A person's name after other words ("US-Präsident Donald Trump", "Prezydent USA Donald Trump"): from
    // its given name on, the words are the person's, which the first word does not vouch for.
    std::size_t person = e.core.size();
    for (std::size_t ci = 1; ci + 1 < e.core.size() && cross; ++ci)
        if (s.k.given_names.count(e.core[ci])) {
            person = ci;
            break;
        }
    bool person_found = false;
    for (const auto& c : e.core) {
        const std::size_t ci = static_cast<std::size_t>(&c - e.core.data());
        // Exact first: the common case, and far cheaper than the fuzzy comparisons.
        bool hit = by_symbol[ci] || as_itself(c, other);
        // The first word vouches for a partly translated name only when found as itself or under a known
        // name, not as a mere cognate ("Ministerprasident" ~ "Minister").
        if (ci == 0 && cross) f.first_found = hit || word_named_otherwise(c, other.words, s.k);
        for (std::size_t i = 0; !hit && i < other.words.size(); ++i)
            hit = other.words[i].has_letter && same_word(s, ci, other.words[i].key);
        // German capitals join nouns into one span: "zu Hause Tschechisch" still names the language. A name
        // after a name (name_after_name) is no such noun: the first word found does not vouch for it
        // ("Harriet Okonedo" is not "Harriet Okafor").
        // Nor does it for a word of no wide fame, which is copied as written or not at all ("Hotel Stadtpark"
        // is not "Hotel Lindenhof").
        bool obscure = false;
        if (!hit && cross) {
            obscure = copied_only(s, ci) &&
                      !noun_compound(c, s.e_in_source ? s.k.source_lang : s.k.target_lang,
                                     s.e_in_source ? s.k.source : s.k.target, s.tr) &&
                      replacement_there(s, c);
            hit = (f.first_found && ci < person && !obscure && !name_after_name(s, ci) && !respelt_there(s, ci)) ||
                  word_named_otherwise(c, other.words, s.k);
        }
        if (!hit && cross && c.size() >= 3) {
            hit = translated(s, ci);
            if (hit && ci == 0) f.first_found = true;
            f.by_dictionary += hit;
        }
        f.found += hit;
        f.obscure_unfound = f.obscure_unfound || (!hit && obscure);
        if (ci >= person) person_found = person_found || hit;
        const bool proper = s.english && s.k.english_words.loaded && !translatable_word(c, s.k);
        if (!hit && proper && in_compound(c, other.words)) hit = true, ++f.found;
        if (!hit && proper) f.proper_unfound = true;
        if (!hit && cross && ci + 1 == e.core.size()) f.last_names_unfound = name_after_name(s, ci) || respelt_there(s, ci);
        f.proper_found = f.proper_found || (hit && proper);
    }
    f.person_unfound = person < e.core.size() && !person_found;
    return f;
}

// A short form of a long one-word name, capitalised: "Rz" for "Rzeczpospolita", in either direction.
bool short_form(const Search& s) {
    const std::string& c = s.e.core[0];
    const Lexicon& other_lex = s.e_in_source ? s.k.target : s.k.source;
    for (const auto& w : s.other.words) {
        // Not a function word that starts a sentence: "In" is no short form of "Indonesian".
        if (!w.capitalised || w.acronym || !w.has_letter || other_lex.stop.count(w.key)) continue;
        const std::string& shorter = c.size() < w.key.size() ? c : w.key;
        const std::string& longer = c.size() < w.key.size() ? w.key : c;
        if (shorter.size() >= 2 && shorter.size() <= 4 && longer.size() >= shorter.size() + 4 &&
            longer.compare(0, shorter.size(), shorter) == 0)
            return true;
    }
    return false;
}

// Enough of the name's words are there for it to be the same name, partly translated or reworded.
bool enough_words(const Search& s, const WordsFound& f) {
    const Entity& e = s.e;
    const bool cross = s.cross;
    // Across languages the words that only name ("Lisbon" of "Treaty of Lisbon", "Tyrol" of "South Tyrol")
    // are all there, the others being words a translator translates.
    if (cross && f.proper_found && !f.proper_unfound) return true;
    // Within one language, a name partly restated ("Buffalo-Pittsburgh Highway" for "… Freeway", "China
    // Railway" for "China National Railway Group") is reworded, not replaced, unless a word that only names
    // was replaced in it (name_word_replaced).
    if (!cross && f.found > 0) {
        if (name_word_replaced(s)) return false;
        if (!another_name(e, s.own, s.other, s.e_in_source, s.k, s.tr, false)) return true;
    }
    // Most of a longer name, with its last word (usually the family name or the head noun): "US President
    // Trump" for "US President Donald Trump", "EU Foreign Affairs Council" for "European Union Foreign
    // Affairs Council"; never "North Africa" for "South Africa".
    auto last_found = [&] {
        for (const auto& w : s.other.words)
            if (w.has_letter && word_match(e.core.back(), w.key, cross)) return true;
        return false;
    };
    // Across languages the other words of a name may be translated: "Prague Transport Company" is "Prager
    // Verkehrsbetriebe"; half the words, or a third with the first, is enough.
    // In English the words left over must be ones a translator translates: "US President Erwin Huber" is
    // not "US-Präsident Donald Trump".
    // Words found only as translations show the description, not the name: some other must be there.
    // Nor is a name whose last word only names and is not there ("Harriet Okafor" for "Harriet Okonedo"), nor
    // one whose person is not there ("US President Erwin Huber" for "US-Präsident Donald Trump").
    return cross ? f.found > f.by_dictionary && !f.proper_unfound && !f.last_names_unfound && !f.person_unfound &&
                       !f.obscure_unfound &&
                       (2 * f.found >= e.core.size() || (f.first_found && 3 * f.found >= e.core.size())) &&
                       !another_name(e, s.own, s.other, s.e_in_source, s.k, s.tr, true)
                 : e.core.size() >= 3 && 2 * f.found > e.core.size() && last_found();
}

// An alias: EU = European Union = UE; Morocco = Kingdom of Morocco; Spanish = Spain. Under the whole span,
// or under its core words when they differ ("President Macron", "Macron").
bool under_alias(const Search& s) {
    const Entity& e = s.e;
    const Knowledge& k = s.k;
    const std::vector<Word>& other_words = s.other.words;
    auto alias_present = [&](const std::string& phrase) {
        auto it = k.set_of.find(phrase);
        if (it == k.set_of.end() || (!e.acronym && k.acronym_only(phrase))) return false;
        for (std::size_t id : it->second)
            for (const auto& member : k.sets[id])
                if (occurs(member, other_words) &&
                    !(member.size() == 1 && k.acronym_only(member[0]) &&
                      std::none_of(other_words.begin(), other_words.end(),
                                   [&](const Word& w) { return w.acronym && w.key == member[0]; })))
                    return true;
        return false;
    };
    const std::string core_phrase = join(e.core);
    if (alias_present(e.phrase) || (core_phrase != e.phrase && alias_present(core_phrase))) return true;
    if (!s.cross) return false;
    // Also through the packs' aliases: to ICU, "Czech Republic" is "Czechia" (= Tschechien).
    std::vector<std::string> names{e.phrase};
    if (core_phrase != e.phrase) names.push_back(core_phrase);
    for (std::size_t i = 0, n = names.size(); i < n; ++i)
        if (auto it = k.set_of.find(names[i]); it != k.set_of.end())
            for (std::size_t id : it->second)
                for (const auto& member : k.sets[id]) names.push_back(join(member));
    return std::any_of(names.begin(), names.end(), [&](const std::string& name) {
        return named_otherwise(name, other_words, k) || localised_otherwise(name, other_words, k);
    });
}

// An acronym equals the initials of its expansion, with or without the connectors, also written in lower
// case ("VIN" for "vehicle identification number"); in either direction.
bool acronym_of_other(const Search& s) {
    const Entity& e = s.e;
    if (e.acronym && e.core[0].size() >= 2 && spelled_out(e.core[0], s.other.words)) return true;
    if (e.acronym && !e.capitals.empty() && mixed_spelled_out(e.core[0], e.capitals, s.other.words)) return true;
    for (const auto& o : s.other.entities) {
        if (!e.acronym && o.acronym && !o.capitals.empty() && e.core.size() >= 2 &&
            mixed_spells(o.core[0], o.capitals, split_phrase(e.phrase)))
            return true;
        if (e.acronym && !o.acronym && o.core.size() >= 2 &&
            (initials(o.core) == e.core[0] || initials(split_phrase(o.phrase)) == e.core[0]))
            return true;
        if (!e.acronym && o.acronym && e.core.size() >= 2 &&
            (initials(e.core) == o.core[0] || initials(split_phrase(e.phrase)) == o.core[0]))
            return true;
        // The initials with one more letter for a word left out on one side: "EPL" for "Premier League".
        auto within = [](const std::string& inner, const std::string& outer) {
            return inner.size() >= 2 && outer.size() == inner.size() + 1 && outer.find(inner) != std::string::npos;
        };
        if (e.acronym && !o.acronym && o.core.size() >= 2 && within(initials(o.core), e.core[0])) return true;
        if (!e.acronym && o.acronym && e.core.size() >= 2 && within(initials(e.core), o.core[0])) return true;
    }
    return false;
}

// A shorter form of the same name: "Morocco" in "Kingdom of Morocco", "Marlasca" for the full name. Its
// last word must be the name's last word, so "European" never stands for "European Commission".
bool shorter_form(const Search& s) {
    const Entity& e = s.e;
    for (const auto& o : s.other.entities) {
        if (o.core.size() > e.core.size() || o.core.empty()) continue;
        for (std::size_t i = 0; i + o.core.size() <= e.core.size(); ++i) {
            std::size_t m = 0;
            while (m < o.core.size() && same_word(s, i + m, o.core[m])) ++m;
            if (m == o.core.size() && (i + m == e.core.size() || m >= 2)) return true;
        }
    }
    return false;
}

// Across languages, one word of the other side whose dictionary translation is a phrase the name holds
// word for word, in order: "Hauptversammlung" gives "general meeting", and "Annual General Meeting" is its
// rendering, a common noun written as a title. At most one word of the name is left over (a modifier
// rendered freely: "ordentliche" as "Annual"), and it is an ordinary word, never one that only names;
// in English it stands before the phrase, as modifiers do.
bool rendered_as_phrase(const Search& s) {
    if (!s.cross || s.other.text.empty() || s.e.last >= s.own.words.size()) return false;
    // Every word of the span, titles included ("General" is a rank elsewhere), function words left out.
    const Lexicon& own_lex = s.e_in_source ? s.k.source : s.k.target;
    std::vector<std::string> span;
    for (std::size_t i = s.e.first; i <= s.e.last; ++i)
        if (s.own.words[i].has_letter && !own_lex.stop.count(s.own.words[i].key)) span.push_back(s.own.words[i].key);
    if (span.size() < 2) return false;
    const std::string& own_lang = s.e_in_source ? s.k.source_lang : s.k.target_lang;
    const std::string& other_lang = s.e_in_source ? s.k.target_lang : s.k.source_lang;
    const bool english = text::primary_language(own_lang) == "en";
    for (const Word& o : s.other.words) {
        if (!o.has_letter || o.end > s.other.text.size() || o.key.size() < 4) continue;
        for (const auto& phrase : s.tr.phrases(s.other.text.substr(o.begin, o.end - o.begin), other_lang, own_lang)) {
            if (phrase.size() > span.size() || phrase.size() + 1 < span.size()) continue;
            for (std::size_t start = 0; start + phrase.size() <= span.size(); ++start) {
                bool held = true;
                for (std::size_t j = 0; held && j < phrase.size(); ++j) held = inflected_form(span[start + j], phrase[j]);
                if (!held) continue;
                if (phrase.size() == span.size()) return true;
                // The word left over: before or after the phrase. In English a modifier stands before its
                // noun; a word after it is a name ("Prime Minister Falklands" is no "Ministerpräsident").
                const std::string& left = span[start == 0 ? span.size() - 1 : 0];
                if (english ? start == 1 && translatable_word(left, s.k) : s.tr.ordinary(left, own_lang)) return true;
            }
        }
    }
    return false;
}

}  // namespace

// The name's words written as one word by the other side, inflected or not: "Bio-Abfall" for
// "Bioabfalls", "Rest-Müll-Tonne" for "Restmülltonne", "Data Center" for "Datacenter".
bool written_closed(const Search& s) {
    const Entity& e = s.e;
    if (e.core.size() < 2 || e.acronym) return false;
    std::string joined;
    for (const auto& c : e.core) joined += c;
    return std::any_of(s.other.words.begin(), s.other.words.end(), [&](const Word& w) {
        return w.key.size() >= joined.size() && w.key.size() <= joined.size() + 2 && w.key.starts_with(joined);
    });
}

bool has_counterpart(const Entity& e, const Side& own, const Side& other, bool e_in_source, const Knowledge& k,
                     Translations& tr, bool cross, bool english) {
    // Its words are there, in any case and order: a lower-cased or reworded target still names it.
    // Each as itself is the common case, settled before any of the looser evidence below is gathered.
    if (std::all_of(e.core.begin(), e.core.end(), [&](const std::string& c) { return as_itself(c, other); }))
        return true;
    const Search s{e, own, other, e_in_source, k, tr, cross, english};
    if (family_name_changed(s)) return false;
    const WordsFound f = find_words(s);
    if (f.found == e.core.size()) return true;
    if (e.core.size() == 1 && !e.acronym && short_form(s)) return true;
    if (enough_words(s, f) || under_alias(s) || acronym_of_other(s) || shorter_form(s) || rendered_as_phrase(s) ||
        written_closed(s))
        return true;
    // Last, as the dearest: translated word by word.
    return cross && !other.text.empty() && rendered_word_by_word(e, own, other, e_in_source, k, tr);
}

std::optional<std::size_t> copied_name_changed(const Entity& e, const Side& own, const Side& other, bool e_in_source,
                                               const Knowledge& k, Translations& tr) {
    return copied_name_changed(Search{e, own, other, e_in_source, k, tr, true, false});
}

}  // namespace verity::rules::entities
