#include "rules/entities/cross_language.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rules/entities/acronyms.hpp"
#include "rules/entities/certainty.hpp"
#include "rules/entities/copied_names.hpp"
#include "rules/entities/find_entities.hpp"
#include "rules/entities/spelling.hpp"
#include "rules/entities/translatable.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/edit_distance.hpp"

namespace verity::rules::entities {
namespace {

// Where a name stands in its text, from 0 (the start) to 1 (the end of the last word).
double place(const Entity& e, const std::vector<Word>& w) {
    return w.empty() ? 0.0 : (e.begin + e.end) / 2.0 / static_cast<double>(w.back().end);
}

// Inserts `i` into the sorted `strong`.
void promote(std::vector<std::size_t>& strong, std::size_t i) {
    strong.insert(std::upper_bound(strong.begin(), strong.end(), i), i);
}

// A name right after markup ("open the <i>Login Items</i>") names an interface element by its label,
// which a translation renders in its own words.
void drop_markup_labels(const EntityComparison& r, const Pair& p, Unmatched& u) {
    auto quoted = [](const Entity& e, std::string_view text) {
        std::size_t b = e.begin;
        while (b > 0 && text[b - 1] == ' ') --b;
        if (b == 0) return false;
        // Quotes also set off titles of works and names replaced in earnest: markup only.
        return text[b - 1] == '>';
    };
    auto label = [&](const Entity& e, std::string_view text) { return !e.known && !e.acronym && quoted(e, text); };
    std::erase_if(u.s_strong, [&](std::size_t i) { return label(r.source[i], p.st); });
    std::erase_if(u.t_strong, [&](std::size_t i) { return label(r.target[i], p.tt); });
}

// A source segment that is one name of several words and nothing else is a title or an interface label
// ("Open Login Items", "App Background Activity"), translated as a phrase. So is one made of such names
// and symbols alone ("Open Login Items & Extensions"). A person's name in it is no label's words: a
// signature line ("Dana Whitlock, Operations Manager") copies it.
void drop_label_segment(const EntityComparison& r, const Pair& p, Unmatched& u) {
    const std::vector<Word>& sw = p.sw;
    if (r.source.empty() || sw.empty()) return;
    std::vector<bool> inside(sw.size(), false);
    std::size_t words_in_names = 0;
    for (const auto& e : r.source)
        for (std::size_t w = e.first; w <= e.last && w < sw.size(); ++w) inside[w] = true;
    bool label = true;
    for (std::size_t w = 0; w < sw.size(); ++w) {
        if (!sw[w].has_letter) continue;
        if (inside[w]) ++words_in_names;
        else label = false;
    }
    const bool plain = std::none_of(r.source.begin(), r.source.end(), [](const Entity& e) { return e.known || e.acronym; });
    if (label && plain && words_in_names >= 2 &&
        std::any_of(r.source.begin(), r.source.end(), [](const Entity& e) { return e.core.size() >= 2; })) {
        std::erase_if(u.s_strong, [&](std::size_t i) { return !person_name(r.source[i], sw, p.k.source, p.k); });
        // Its translation, a label of its own, is no added name; a person's name there is the signature's, which
        // a respelling (or another person) in the source's place would replace.
        std::erase_if(u.t_strong, [&](std::size_t i) {
            return !r.target[i].known && !r.target[i].acronym && !person_name(r.target[i], p.tw, p.k.target, p.k);
        });
    }
}

// Whether the name stands inside a compound or a quotation: a hyphen or an opening quote right before it, or a
// hyphen right after it ("Multi-hop", "„Wielopunktowe”", "Nicht-US-Anleihen").
bool glued(std::string_view text, const Entity& e) {
    if (e.begin > e.end || e.end > text.size()) return true;
    const std::string_view before = text.substr(0, e.begin);
    if (!before.empty() && (before.back() == '-' || before.back() == '"')) return true;
    for (const std::string_view q : {"„", "“", "«", "‚", "‘", "‹"})
        if (before.ends_with(q)) return true;
    return e.end < text.size() && text[e.end] == '-';
}

// Whether the first letter of the acronym `b` begins a word of the name `a`, of their translations into the
// target's language or of the whole name's ("Europäische Zentralbank" / "ECB": "european"; "Auswärtiges Amt" /
// "FFO": "foreign office"): a localised acronym spells the translated expansion.
bool acronym_begins_a_word(const Entity& b, const Entity& a, const Pair& p) {
    if (b.core.empty() || b.core[0].empty()) return true;
    const char first = b.core[0][0];
    if (static_cast<unsigned char>(first) >= 0x80) return true;  // beyond ASCII: not judged
    auto begins = [&](const std::string& w) { return !w.empty() && w[0] == first; };
    auto translation_begins = [&](std::string_view raw) {
        const auto ts = p.tr.of(raw, p.k.source_lang, p.k.target_lang, true);
        return std::any_of(ts.begin(), ts.end(), begins);
    };
    if (a.end <= p.st.size() && a.begin < a.end && translation_begins(p.st.substr(a.begin, a.end - a.begin))) return true;
    for (std::size_t w = a.first; w <= a.last && w < p.sw.size(); ++w) {
        const Word& word = p.sw[w];
        if (!word.has_letter || word.key.empty()) continue;
        if (begins(word.key) || (word.end <= p.st.size() && translation_begins(p.st.substr(word.begin, word.end - word.begin))))
            return true;
    }
    return false;
}

// Acronyms are localised ("GDP" / "BIP", "NGO" / "NRO") and expansions translated into ordinary words,
// which nothing here can verify: an unmatched source acronym is no evidence of a loss, and an unmatched
// target acronym is a localisation when the source has an unmatched acronym or longer name of its own.
void drop_localised_acronyms(EntityComparison& r, const Pair& p, Unmatched& u) {
    // Except an acronym the document's translation keeps as it is elsewhere: not localised, so one gone
    // from this segment is lost or replaced ("the IOO" / "der Energie-Schlichtungsstelle"), and a target
    // acronym in its place no localisation of it.
    auto kept = [&](const Entity& e) { return e.acronym && p.kept && p.kept->count(e.core[0]) > 0; };
    // Two acronyms are unlike as unlike_acronyms says ("TEFAP" / "SNAP"); the packs know the common
    // localisations that keep few letters ("GDP" / "BIP"). An acronym with letters beyond ASCII is the form of a
    // language that writes them ("ÚOHS" for the Czech competition office the source calls "OPC"), which a
    // translation may restore: never unlike. A two-letter acronym is localised by its letters reversed or changed
    // as often as not ("EU" / "UE"), and stands inside longer references a target may render by an acronym of its
    // own ("Regolamento (UE) 2016/679" / "GDPR"): never unlike either (unlike_acronyms needs three letters).
    // Nor is an acronym in mixed case ("DoB" / "DDN": initials of words a translation translates), a word in
    // capitals that its language knows ("SUM" / "TOTAL", a label), or one its own text spells out beside it
    // ("ROR (rougeole-oreillons-rubéole)" / "MMR (measles, mumps and rubella)"): each side defines its own.
    auto capitals_only = [](std::string_view text, const Entity& e) {
        if (e.end > text.size() || e.begin > e.end) return false;
        const std::string_view raw = text.substr(e.begin, e.end - e.begin);
        return std::all_of(raw.begin(), raw.end(), [](char c) {
            return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '&' || c == '-';
        });
    };
    auto own_acronym = [&](const Entity& e, std::string_view text, const std::vector<Word>& words,
                           const std::string& lang) {
        if (!capitals_only(text, e) || spelled_out(e.core[0], words)) return false;
        const std::string raw(text.substr(e.begin, e.end - e.begin));
        const bool english = text::primary_language(lang) == "en";
        return english ? !(p.k.english_words.loaded && p.k.english_words.common(e.core[0])) : !p.tr.ordinary(raw, lang);
    };
    auto unlike = [&](const Entity& source, const Entity& target) {
        return unlike_acronyms(source.core[0], target.core[0]) && own_acronym(source, p.st, p.sw, p.k.source_lang) &&
               own_acronym(target, p.tt, p.tw, p.k.target_lang);
    };
    // A source acronym counts only where the target has an unmatched name in its place that is no localisation
    // of it: a name that is not itself an acronym ("HCR" -> "European Commission"), or an unlike acronym.
    std::vector<std::size_t> t_names;  // unmatched target names that may stand in a source acronym's place
    for (std::size_t i : u.t_strong)
        if (!r.target[i].noun_run) t_names.push_back(i);
    const std::vector<std::size_t> s_unmatched = u.s_strong;
    std::erase_if(u.s_strong, [&](std::size_t i) {
        if (!r.source[i].acronym || kept(r.source[i])) return false;
        return std::none_of(t_names.begin(), t_names.end(), [&](std::size_t t) {
            return !r.target[t].acronym || unlike(r.source[i], r.target[t]);
        });
    });
    // An unmatched target acronym is a localisation when the source has an unmatched acronym that is not unlike it
    // and shares a letter with it ("US" / "LPG" share none), or a longer name (its expansion, translated) one of
    // whose words, or their translations, the acronym's first letter begins ("Vereinte Nationen" / "UN": "united").
    // A longer name none of whose words it begins ("Johns-Hopkins-Universität" / "OVM", "All Blacks" / "CSU") is
    // another name's acronym in its place: a substitution (unspelt_acronyms).
    std::vector<std::pair<std::size_t, std::size_t>> replaced;
    std::erase_if(u.t_strong, [&](std::size_t t) {
        if (!r.target[t].acronym || kept(r.target[t])) return false;
        std::optional<std::size_t> unspelt;
        const bool localised = std::any_of(s_unmatched.begin(), s_unmatched.end(), [&](std::size_t i) {
            if (kept(r.source[i])) return false;
            if (r.source[i].core.size() >= 2) {
                if (acronym_begins_a_word(r.target[t], r.source[i], p)) return true;
                if (!unspelt && !r.source[i].acronym) unspelt = i;
                return false;
            }
            return r.source[i].acronym && !unlike(r.source[i], r.target[t]) &&
                   share_a_letter(r.source[i].core[0], r.target[t].core[0]);
        });
        // Only an acronym of three capitals A–Z or more, standing apart: one glued to a word by a hyphen
        // ("Nicht-US-Anleihen") or written in another script ("КР" for "QR") is the target's own wording.
        const Entity& b = r.target[t];
        if (localised || !unspelt) return localised;
        if (b.core[0].size() >= 3 && capitals_only(p.tt, b) && !glued(p.tt, b)) replaced.emplace_back(*unspelt, t);
        return true;  // paired below, or the target's own wording
    });
    for (const auto& [i, t] : replaced) {
        if (std::find(u.s_strong.begin(), u.s_strong.end(), i) == u.s_strong.end()) continue;
        std::erase(u.s_strong, i);
        r.substitutions.emplace_back(i, t);
        r.unspelt_acronyms.emplace_back(i, t);
    }
}

// A lone capitalised word is too often a common noun or a sentence's first word. So is a single
// capitalised word, which may be a translated label ("Click Save" / "cliquez sur Enregistrer"): alone it
// counts only as an acronym or a name the packs know. A run of German nouns without a sign of a name
// ("Heiligen Krieg") is no more reliable. Moves them, and the weak names, out of `strong` and `weak`;
// returns them sorted.
// In the source (with `tr`), a run whose every word the dictionary into English knows only as a name, or
// not at all, and which is no compound of a word it knows ("Jesse Lingard", not "Fuchsparkstadion"), is
// no run of nouns: it stays. (In a target that capitalises nouns, a name the source lacks is far more
// often the translator's own compound.)
std::vector<std::size_t> set_aside(std::vector<std::size_t>& strong, std::vector<std::size_t>& weak,
                                   const std::vector<Entity>& es, const std::vector<Word>& words, std::string_view text,
                                   const std::string& language, Translations* tr) {
    auto names_only = [&](const Entity& e) {
        if (!tr || tr->dictionary(language, "en").empty() || e.core_words.size() != e.core.size() || e.core.size() < 2)
            return false;
        for (std::size_t ci = 0; ci < e.core.size(); ++ci) {
            const std::size_t w = e.core_words[ci];
            const std::string& key = e.core[ci];
            if (w >= words.size() || words[w].end > text.size() || words[w].sentence_start || words[w].hyphenated ||
                key.find('-') != std::string::npos ||
                !only_names(*tr, text.substr(words[w].begin, words[w].end - words[w].begin), key, language))
                return false;
            for (std::size_t i = 3; i + 4 <= key.size(); ++i)
                if ((static_cast<unsigned char>(key[i]) & 0xC0) != 0x80 && tr->ordinary(key.substr(i), language)) return false;
        }
        return true;
    };
    std::vector<std::size_t> singles = std::exchange(weak, {});
    std::erase_if(strong, [&](std::size_t i) {
        const bool single = (es[i].core.size() == 1 && !es[i].acronym && !es[i].known) || (es[i].noun_run && !names_only(es[i]));
        if (single) singles.push_back(i);
        return single;
    });
    std::sort(singles.begin(), singles.end());
    return singles;
}

// Except a single word inside a sentence of a language that writes nouns in lower case, which no
// dictionary knows as a word: a proper name ("filia Neckermann", "que Palestina pretende"). Asks the
// FreeDict dictionary of the language into English (without one, nothing is known).
void promote_unknown_words(const EntityComparison& r, const Pair& p, const std::vector<std::size_t>& s_single,
                           Unmatched& u) {
    const Knowledge& k = p.k;
    const std::string& sl = k.source_lang;
    const bool english_source = text::primary_language(sl) == "en";
    for (std::size_t i : s_single) {
        const Entity& a = r.source[i];
        if (a.weak || a.acronym || a.noun_run || a.core.size() != 1 || a.core[0].size() < 4 || a.core_words.empty())
            continue;
        const Word& w = p.sw[a.core_words[0]];
        if (w.sentence_start || w.end > p.st.size() || !w.capitalised) continue;
        // Not from English: its place names are exonyms a translation replaces ("Bavaria" / "Bayern").
        if (english_source) continue;
        const auto& dict = p.tr.dictionary(sl, "en");
        if (dict.empty()) continue;
        // Or that is an English word as well, a cognate common noun ("Union" of "l'Union européenne").
        const bool word = !p.tr.of(p.st.substr(w.begin, w.end - w.begin), sl, "en").empty() ||
                          (k.english_words.loaded && k.english_words.common(a.core[0]));
        // Nor when a word of the target spells it another way ("Losanna" / "Lausanne", "Česku" / "Czech").
        const bool alike = std::any_of(p.tw.begin(), p.tw.end(), [&](const Word& t) {
            return t.has_letter && t.key.size() >= 4 && loosely_alike(t.key, a.core[0]);
        });
        if (!word && !alike && !k.display_names().set_of.count(a.core[0])) promote(u.s_strong, i);
    }
}

// Unless it is a country or language name standing where the other side has an unmatched name:
// "Croatia" -> "Serbien" is a substitution, not a loss. Only as many as pair up (`want`), so this never
// adds a finding, it only names the replacement.
void rescue(const std::vector<std::size_t>& singles, const std::vector<Entity>& es, std::vector<std::size_t>& strong,
            std::size_t want, const Knowledge& k) {
    for (std::size_t i : singles) {
        if (strong.size() >= want) break;
        if (es[i].core.size() == 1 && k.display_names().set_of.count(es[i].core[0])) promote(strong, i);
    }
}

// A country or language name on each side, each without a counterpart ("Bahrain" -> "Antarctica"): each
// waits above for a name on the other side, so a pair of them is rescued together.
void rescue_pairs(const std::vector<std::size_t>& s_single, const std::vector<std::size_t>& t_single,
                  const EntityComparison& r, const Knowledge& k, Unmatched& u) {
    auto named = [&](const std::vector<std::size_t>& singles, const std::vector<Entity>& es,
                     const std::vector<std::size_t>& strong) {
        std::vector<std::size_t> out;
        for (std::size_t i : singles)
            if (es[i].core.size() == 1 && !es[i].weak && k.display_names().set_of.count(es[i].core[0]) &&
                std::find(strong.begin(), strong.end(), i) == strong.end())
                out.push_back(i);
        return out;
    };
    const auto s = named(s_single, r.source, u.s_strong), t = named(t_single, r.target, u.t_strong);
    for (std::size_t j = 0; j < s.size() && j < t.size(); ++j) {
        promote(u.s_strong, s[j]);
        promote(u.t_strong, t[j]);
    }
}

// A run of nouns in a source language that capitalises them is a name when the target language, which
// writes nouns in lower case, has an unmatched name in its place: "Peter Frampton" -> "Macura", while
// "Heiligen Krieg" -> "holy war" has none. Again only as many as pair up.
// Only a run in the source: in a target that capitalises nouns, a source name without a match is far more
// often rendered in the translator's own form ("Brünn", "Ghaddafis", "Schulden-Harmagedon") next to
// ordinary nouns than replaced by another name.
void pair_noun_runs(const EntityComparison& r, const Pair& p, const std::vector<std::size_t>& s_single,
                    const std::vector<std::size_t>& t_single, Unmatched& u) {
    std::vector<std::size_t> runs, names;
    for (std::size_t i : s_single)
        if (r.source[i].noun_run && r.source[i].core.size() >= 2) runs.push_back(i);
    for (std::size_t i : t_single)
        if (!r.target[i].weak && !r.target[i].noun_run) names.push_back(i);
    // "In its place": a run and a name pair only at about the same place in their sentences.
    auto near_any = [&](const Entity& e, const std::vector<Word>& ew, const std::vector<std::size_t>& others,
                        const std::vector<Entity>& oes, const std::vector<Word>& ow) {
        return std::any_of(others.begin(), others.end(),
                           [&](std::size_t o) { return std::fabs(place(e, ew) - place(oes[o], ow)) <= 0.2; });
    };
    const auto runs0 = runs;
    std::erase_if(runs, [&](std::size_t i) { return !near_any(r.source[i], p.sw, names, r.target, p.tw); });
    std::erase_if(names, [&](std::size_t i) { return !near_any(r.target[i], p.tw, runs0, r.source, p.sw); });
    auto promote_first = [](std::vector<std::size_t>& strong, const std::vector<std::size_t>& from, std::size_t n) {
        for (std::size_t j = 0; j < from.size() && j < n; ++j) promote(strong, from[j]);
    };
    const std::size_t r0 = u.s_strong.size(), n0 = u.t_strong.size();
    const std::size_t pairs = std::min(r0 + runs.size(), n0 + names.size());
    if (pairs > std::max(r0, n0)) {
        promote_first(u.s_strong, runs, pairs > r0 ? pairs - r0 : 0);
        promote_first(u.t_strong, names, pairs > n0 ? pairs - n0 : 0);
    }
}

// Two words with no resemblance: half their letters or more differ.
bool unlike(const std::string& x, const std::string& y) {
    const std::size_t half = std::max(x.size(), y.size()) / 2;
    return text::edit_distance(x, y, half) > half;
}

// The source name `a`, one word for which the dictionary of its language gives no exonym (only_names),
// respelt as `y` beyond transcription and inflection: "Kessler" / "Kastler", "Tübingen" / "Tubingham".
bool respelt(const Entity& a, const Pair& p, const std::string& y) {
    if (a.core.size() != 1 || a.core_words.empty() || a.core_words[0] >= p.sw.size()) return false;
    // An English word in its place is a translation ("Transporting"), not a respelt name.
    if (respelt_letters(a.core[0], y) == 0 || translatable_word(y, p.k)) return false;
    const Word& w = p.sw[a.core_words[0]];
    return w.end <= p.st.size() && only_names(p.tr, p.st.substr(w.begin, w.end - w.begin), a.core[0], p.k.source_lang);
}

// In an English target, a lone word that WordNet knows only as a name ("Hamáček", "Shenyang") is a name
// for sure; standing where the source has an unmatched capitalised word of its own, with no resemblance
// between the two (not "Mailand" / "Milan"), it replaced that word.
void pair_lone_english_names(EntityComparison& r, const Pair& p, const std::vector<std::size_t>& s_single,
                             const std::vector<std::size_t>& t_single, Unmatched& u) {
    const Knowledge& k = p.k;
    std::vector<std::size_t> s_free, lone_names;
    // A word the source's dictionary knows as an ordinary word, where capitals do not mark it as a name (a
    // sentence's first word, a German noun after an article), is translated, not replaced: "Dzieci" /
    // "Children", "den 2:0-Endstand" / "Napoli"; "sprach Keller" / "Hamáček" is a name replaced.
    auto ordinary = [&](const Entity& a) {
        if (a.core_words.empty() || a.core_words[0] >= p.sw.size()) return false;
        const Word& w = p.sw[a.core_words[0]];
        return capitals_say_nothing(a, p.sw, k.source) && w.end <= p.st.size() &&
               p.tr.ordinary(p.st.substr(w.begin, w.end - w.begin), k.source_lang);
    };
    for (std::size_t i : s_single)
        if (std::find(u.s_strong.begin(), u.s_strong.end(), i) == u.s_strong.end() && !ordinary(r.source[i]))
            s_free.push_back(i);
    for (std::size_t t : t_single) {
        if (std::find(u.t_strong.begin(), u.t_strong.end(), t) != u.t_strong.end()) continue;
        const Entity& b = r.target[t];
        if (b.core.size() != 1 || b.acronym || b.noun_run || translatable_word(b.core[0], k)) continue;
        // A sentence's first word in a plural of a common word is a word ("Dogs must wear a muzzle").
        if (const std::string& y = b.core[0];
            b.weak && y.size() >= 4 && y.back() == 's' && k.english_words.common(y.substr(0, y.size() - 1)))
            continue;
        if (k.display_names().set_of.count(b.core[0])) continue;  // countries pair above, as rescued
        // A name the source has inflected or transliterated ("Fedu" / "Fed") replaced no other word near it;
        // it may still respell one ("Vantora" / "Ventara").
        const bool in_source = transliterated_in(b, p.st);
        std::size_t best = s_free.size();
        double best_gap = 0.25;
        for (std::size_t j = 0; j < s_free.size(); ++j) {
            const Entity& a = r.source[s_free[j]];
            const double gap = std::fabs(place(a, p.sw) - place(b, p.tw));
            const std::string& x = a.core.back();
            const std::string& y = b.core[0];
            if (gap < best_gap && (unlike(x, y) ? !in_source : respelt(a, p, y))) {
                best = j;
                best_gap = gap;
            }
        }
        if (best == s_free.size()) {
            // Inside a sentence, with nothing in its place and nothing like it in the source (an exonym, an
            // adjective in lower case: "Losanna", "blanenských"), a name the source lacks.
            if (!b.weak && std::none_of(p.sw.begin(), p.sw.end(), [&](const Word& w) {
                    return w.has_letter && w.key.size() >= 4 && loosely_alike(w.key, b.core[0]);
                }))
                lone_names.push_back(t);
            continue;
        }
        r.substitutions.emplace_back(s_free[best], t);
        s_free.erase(s_free.begin() + static_cast<std::ptrdiff_t>(best));
    }
    for (std::size_t t : lone_names) promote(u.t_strong, t);
}

// A lone name whose first letter alone was changed, beyond the swaps of transcription, stands for another
// name in any pair of languages ("Mr Pellingham" / "M. Bellingham", "Kowalski" / "Howalski"): exonyms and
// transcriptions keep the first sound ("Cologne" / "Köln", "Warsaw" / "Varsovie"). Both words ordinary
// words of no dictionary, at about the same place in their sentences.
void pair_first_letter_respellings(EntityComparison& r, const Pair& p, const std::vector<std::size_t>& s_single,
                                   const std::vector<std::size_t>& t_single, Unmatched& u) {
    const Knowledge& k = p.k;
    auto taken_s = [&](std::size_t i) {
        return std::find(u.s_strong.begin(), u.s_strong.end(), i) != u.s_strong.end() ||
               std::any_of(r.substitutions.begin(), r.substitutions.end(), [&](const auto& st) { return st.first == i; });
    };
    auto taken_t = [&](std::size_t i) {
        return std::find(u.t_strong.begin(), u.t_strong.end(), i) != u.t_strong.end() ||
               std::any_of(r.substitutions.begin(), r.substitutions.end(), [&](const auto& st) { return st.second == i; });
    };
    auto lone_name = [&](const Entity& e, const std::vector<Word>& words, std::string_view text, const std::string& lang,
                         bool english) {
        if (e.weak || e.acronym || e.noun_run || e.known || e.core.size() != 1 || e.core[0].size() < 4 ||
            e.core_words.empty() || e.core_words[0] >= words.size() || k.display_names().set_of.count(e.core[0]))
            return false;
        const Word& w = words[e.core_words[0]];
        if (w.end > text.size()) return false;
        return english ? k.english_words.loaded && !translatable_word(e.core[0], k)
                       : !p.tr.ordinary(text.substr(w.begin, w.end - w.begin), lang);
    };
    auto respelt_obscure = [&](const Entity& a, const std::string& x, const std::string& y) {
        if (!names_keep_letters(k) || !copy_differs(x, y, k.target_lang, k, p.tr)) return false;
        const Word& w = p.sw[a.core_words[0]];
        return !w.sentence_start && obscure_name(x, p.st.substr(w.begin, w.end - w.begin), k.source_lang, k, p.tr);
    };
    std::vector<std::size_t> s_free;
    for (std::size_t i : s_single)
        if (!taken_s(i) && lone_name(r.source[i], p.sw, p.st, k.source_lang, p.s_english)) s_free.push_back(i);
    for (std::size_t t : t_single) {
        if (s_free.empty()) return;
        if (taken_t(t) || !lone_name(r.target[t], p.tw, p.tt, k.target_lang, p.t_english)) continue;
        const Entity& b = r.target[t];
        for (auto j = s_free.begin(); j != s_free.end(); ++j) {
            const Entity& a = r.source[*j];
            const std::string &x = a.core[0], &y = b.core[0];
            if (unlike(x, y) || std::fabs(place(a, p.sw) - place(b, p.tw)) >= 0.25) continue;
            // A first sound kept: only a name of no wide fame, which is copied as written ("Valbranca" /
            // "Valbrana", "Lenhaven" / "Lindhaven").
            if ((x[0] == y[0] || same_initial_sound(x, y)) && !respelt_obscure(a, x, y)) continue;
            r.substitutions.emplace_back(*j, t);
            s_free.erase(j);
            break;
        }
    }
}

// Whether name `i` of a side is already strong (it counts alone) or paired in a substitution.
bool paired_or_strong(const EntityComparison& r, const Unmatched& u, std::size_t i, bool source) {
    const auto& strong = source ? u.s_strong : u.t_strong;
    return std::find(strong.begin(), strong.end(), i) != strong.end() ||
           std::any_of(r.substitutions.begin(), r.substitutions.end(),
                       [&](const auto& st) { return (source ? st.first : st.second) == i; });
}

// A word of the other side that copies or transcribes the name `key` ("Lausanne" / "Losanna").
bool echoed(const std::string& key, const std::vector<Word>& other) {
    return std::any_of(other.begin(), other.end(), [&](const Word& o) {
        return o.has_letter && o.key.size() >= 4 && (copied_exactly(key, o.key) || loosely_alike(key, o.key));
    });
}

// A lone name of no wide fame on each side, inside a sentence, at about the same place, neither copied nor
// transcribed on the other side ("un sous-traitant établi à Holtby" for "a subcontractor based in
// Branwick"): no resource knows either word, so neither is a translated word or an exonym, and between
// languages that keep names' letters a name is copied as written. The one replaced the other.
void pair_obscure_lone_names(EntityComparison& r, const Pair& p, const std::vector<std::size_t>& s_single,
                             const std::vector<std::size_t>& t_single, Unmatched& u) {
    const Knowledge& k = p.k;
    if (!names_keep_letters(k)) return;
    auto taken = [&](std::size_t i, bool source) { return paired_or_strong(r, u, i, source); };
    auto lone = [&](const Entity& e, const std::vector<Word>& words, std::string_view text, const std::string& lang,
                    const Lexicon& lk, const std::vector<Word>& other) {
        // (In a language that capitalises nouns every such word is weak: the tests below tell a name.)
        if (((e.weak || e.noun_run) && !lk.capitalised_nouns) || e.acronym || e.known || e.core.size() != 1 ||
            e.core_words.empty() || e.core_words[0] >= words.size() || k.display_names().set_of.count(e.core[0]))
            return false;
        const Word& w = words[e.core_words[0]];
        if (w.sentence_start || w.hyphenated || !w.capitalised || w.end > text.size()) return false;
        // Written as a name: a capital, then lower case ("Holtby"; not an escape's "nWrite", nor "iPhone").
        const std::string_view raw = text.substr(w.begin, w.end - w.begin);
        if (!std::isupper(static_cast<unsigned char>(raw[0])) && static_cast<unsigned char>(raw[0]) < 0x80) return false;
        if (std::any_of(raw.begin() + 1, raw.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
            return false;
        return !echoed(e.core[0], other) && obscure_name_word(e.core[0], raw, lang, lk, k, p.tr);
    };
    std::vector<std::size_t> s_free;
    for (std::size_t i : s_single)
        if (!taken(i, true) && lone(r.source[i], p.sw, p.st, k.source_lang, k.source, p.tw)) s_free.push_back(i);
    if (s_free.empty()) return;
    for (std::size_t t : t_single) {
        if (s_free.empty()) return;
        if (taken(t, false) || !lone(r.target[t], p.tw, p.tt, k.target_lang, k.target, p.sw)) continue;
        auto best = s_free.end();
        double best_gap = 0.25;
        for (auto j = s_free.begin(); j != s_free.end(); ++j) {
            const double gap = std::fabs(place(r.source[*j], p.sw) - place(r.target[t], p.tw));
            if (gap < best_gap) best = j, best_gap = gap;
        }
        if (best == s_free.end()) continue;
        r.substitutions.emplace_back(*best, t);
        r.obscure_names.emplace_back(*best, t);
        s_free.erase(best);
    }
}

// A lone place or person name on each side, inside a sentence, at about the same place, that shares too few
// letters with the other to be its exonym or transcription ("in Neuss" / "in Krefeld", "à Lyon" / "in
// Marseille"), where neither side writes the other's name anywhere and no dictionary gives the one for the
// other: names the resources know (WordNet's cities) as well as ones they do not. Exonyms that share no
// letters exist ("Aachen" / "Aix-la-Chapelle"), so it is a question for the reviewer (unlike_names).
void pair_unlike_lone_names(EntityComparison& r, const Pair& p, const std::vector<std::size_t>& s_single,
                            const std::vector<std::size_t>& t_single, Unmatched& u) {
    const Knowledge& k = p.k;
    auto taken = [&](std::size_t i, bool source) { return paired_or_strong(r, u, i, source); };
    // In a language that capitalises its nouns, a noun: a word it knows with an inflection's ending taken off
    // ("Gewässern", "Anschlägen": "anschlag" as folded), or a compound whose last part it knows after a first
    // part of four letters or more ("Brückenfestverein", "Riesengebirge"). A place name may end in a word after
    // a shorter part ("Krefeld").
    auto capitalised_noun = [&](std::string_view raw, const std::string& key, const std::string& lang, const Lexicon& lk) {
        if (!lk.capitalised_nouns) return false;
        std::vector<std::string> forms{std::string(raw), key};
        for (const std::string_view ending : {"n", "en", "s", "es", "e", "er", "ern", "em"})
            for (const std::string_view w : {raw, std::string_view(key)})
                if (w.size() > ending.size() + 3 && w.ends_with(ending))
                    forms.emplace_back(w.substr(0, w.size() - ending.size()));
        for (const std::string& f : forms) {
            if (p.tr.ordinary(f, lang)) return true;
            for (std::size_t i = 4; i + 3 <= f.size(); ++i)
                if ((static_cast<unsigned char>(f[i]) & 0xC0) != 0x80 && p.tr.ordinary(f.substr(i), lang)) return true;
        }
        return false;
    };
    // A name: capitalised inside a sentence, written as a name, no word the language's dictionary or WordNet
    // knows as an ordinary one, no noun compound, no given name, people's word or country.
    auto lone = [&](const Entity& e, const std::vector<Word>& words, std::string_view text, const std::string& lang,
                    const Lexicon& lk, bool english, const std::vector<Word>& other) {
        if ((e.weak && !lk.capitalised_nouns) || e.acronym || e.core.size() != 1 || e.core[0].size() < 4 ||
            e.core_words.empty() || e.core_words[0] >= words.size())
            return false;
        const std::string& key = e.core[0];
        if (k.display_names().set_of.count(key) || k.given_names.count(key) || k.demonym_forms.count(key)) return false;
        const Word& w = words[e.core_words[0]];
        if (w.sentence_start || w.hyphenated || !w.capitalised || w.end > text.size() || glued(text, e)) return false;
        const std::string_view raw = text.substr(w.begin, w.end - w.begin);
        if (std::any_of(raw.begin() + 1, raw.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
            return false;
        if (echoed(key, other)) return false;
        if (english) return k.english_words.loaded && !k.english_words.common(key);
        return !p.tr.dictionary(lang, "en").empty() && !p.tr.ordinary(raw, lang) && !capitalised_noun(raw, key, lang, lk);
    };
    // The dictionary gives the one for the other ("Mailand" / "Milan", "Ostsee" / "Baltic Sea"), a name like it,
    // or one it begins, as an adjective or inflection does ("Munich" / "München" / "Münchener").
    auto like = [](const std::string& t, const std::string& name) {
        constexpr std::size_t kStem = 5;
        return t == name || loosely_alike(t, name) ||
               (std::min(t.size(), name.size()) >= kStem && (name.starts_with(t) || t.starts_with(name)));
    };
    auto translated = [&](const Entity& a, const Entity& b) {
        const Word& sw = p.sw[a.core_words[0]];
        for (const std::string& t : p.tr.of(p.st.substr(sw.begin, sw.end - sw.begin), k.source_lang, k.target_lang, true))
            if (like(t, b.core[0])) return true;
        const Word& tw = p.tw[b.core_words[0]];
        for (const std::string& t : p.tr.of(p.tt.substr(tw.begin, tw.end - tw.begin), k.target_lang, k.source_lang, true))
            if (like(t, a.core[0])) return true;
        return false;
    };
    std::vector<std::size_t> s_free;
    for (std::size_t i : s_single)
        if (!taken(i, true) && lone(r.source[i], p.sw, p.st, k.source_lang, k.source, p.s_english, p.tw))
            s_free.push_back(i);
    for (std::size_t t : t_single) {
        if (s_free.empty()) return;
        if (taken(t, false) || !lone(r.target[t], p.tw, p.tt, k.target_lang, k.target, p.t_english, p.sw)) continue;
        const Entity& b = r.target[t];
        auto best = s_free.end();
        double best_gap = 0.25;
        for (auto j = s_free.begin(); j != s_free.end(); ++j) {
            const Entity& a = r.source[*j];
            const double gap = std::fabs(place(a, p.sw) - place(b, p.tw));
            if (gap < best_gap && unlike(a.core[0], b.core[0]) && !translated(a, b)) best = j, best_gap = gap;
        }
        if (best == s_free.end()) continue;
        r.substitutions.emplace_back(*best, t);
        r.unlike_names.emplace_back(*best, t);
        s_free.erase(best);
    }
}

}  // namespace

void sift_across_languages(EntityComparison& r, const Pair& p, Unmatched& u) {
    const Knowledge& k = p.k;
    drop_markup_labels(r, p, u);
    drop_label_segment(r, p, u);
    drop_localised_acronyms(r, p, u);
    const auto s_single = set_aside(u.s_strong, u.s_weak, r.source, p.sw, p.st, k.source_lang, &p.tr);
    const auto t_single = set_aside(u.t_strong, u.t_weak, r.target, p.tw, p.tt, k.target_lang, nullptr);
    if (!k.source.capitalised_nouns) promote_unknown_words(r, p, s_single, u);
    rescue(t_single, r.target, u.t_strong, u.s_strong.size(), k);
    rescue(s_single, r.source, u.s_strong, u.t_strong.size(), k);
    rescue_pairs(s_single, t_single, r, k, u);
    if (k.source.capitalised_nouns && !k.target.capitalised_nouns) pair_noun_runs(r, p, s_single, t_single, u);
    if (p.t_english && k.english_words.loaded) pair_lone_english_names(r, p, s_single, t_single, u);
    pair_first_letter_respellings(r, p, s_single, t_single, u);
    pair_obscure_lone_names(r, p, s_single, t_single, u);
    pair_unlike_lone_names(r, p, s_single, t_single, u);
}

}  // namespace verity::rules::entities
