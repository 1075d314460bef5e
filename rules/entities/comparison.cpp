#include "rules/entities/comparison.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_set>
#include <utility>

#include "rules/entities/acronyms.hpp"
#include "rules/entities/counterpart.hpp"
#include "rules/entities/find_entities.hpp"
#include "rules/entities/phrase.hpp"
#include "rules/entities/spelling.hpp"
#include "rules/entities/translatable.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules::entities {
namespace {

// Same-language pairs: a replaced word that is only weakly a name ("Murray lost" -> "Hamáček lost")
// counts when the words around it are unchanged.
bool anchored(const Entity& s, const Entity& t, const std::vector<Word>& sw, const std::vector<Word>& tw) {
    auto key = [](const std::vector<Word>& w, std::ptrdiff_t i) -> const std::string* {
        return i >= 0 && static_cast<std::size_t>(i) < w.size() ? &w[static_cast<std::size_t>(i)].key : nullptr;
    };
    auto same = [&](std::ptrdiff_t a, std::ptrdiff_t b, bool need) {
        const std::string *x = key(sw, a), *y = key(tw, b);
        if (!x || !y) return !need && !x && !y;
        return *x == *y;
    };
    const auto sl = static_cast<std::ptrdiff_t>(s.last), tl = static_cast<std::ptrdiff_t>(t.last);
    const auto sf = static_cast<std::ptrdiff_t>(s.first), tf = static_cast<std::ptrdiff_t>(t.first);
    return (same(sl + 1, tl + 1, true) && same(sl + 2, tl + 2, false)) ||
           (same(sf - 1, tf - 1, true) && same(sf - 2, tf - 2, false));
}

}  // namespace

EntityComparison compare(const std::vector<Word>& sw, const std::vector<Word>& tw, const Knowledge& k, Translations& tr,
                         bool cross, std::string_view st, std::string_view tt) {
    EntityComparison r;
    r.source = find_entities(sw, k.source, k);
    r.target = find_entities(tw, k.target, k);
    std::unordered_set<std::string> s_translated, t_translated;
    if (cross) {
        auto fill = [&tr](const std::vector<Word>& words, std::string_view text, const std::string& from,
                       const std::string& to, std::unordered_set<std::string>& out) {
            for (const auto& w : words)
                if (w.has_letter && w.key.size() >= 3 && w.end <= text.size())
                    for (auto& t : tr.of(text.substr(w.begin, w.end - w.begin), from, to)) out.insert(std::move(t));
        };
        fill(sw, st, k.source_lang, k.target_lang, s_translated);
        fill(tw, tt, k.target_lang, k.source_lang, t_translated);
    }
    const Side src{sw, r.source, st, cross ? &s_translated : nullptr}, tgt{tw, r.target, tt, cross ? &t_translated : nullptr};
    std::vector<std::size_t> s_strong, s_weak, t_strong, t_weak;
    const bool s_english = cross && primary_language(k.source_lang) == "en";
    const bool t_english = cross && primary_language(k.target_lang) == "en";
    // A source name made of common English words may be translated, so its absence is no evidence of a loss;
    // a name of that kind in the target without a counterpart still is.
    std::vector<char> s_found(r.source.size()), t_found(r.target.size());
    for (std::size_t i = 0; i < r.source.size(); ++i) s_found[i] = has_counterpart(r.source[i], src, tgt, true, k, tr, cross, s_english);
    for (std::size_t i = 0; i < r.target.size(); ++i) t_found[i] = has_counterpart(r.target[i], tgt, src, false, k, tr, cross, t_english);
    // An acronym the text defines ("Datenschutz-Grundverordnung (DSGVO)", "Consejo Superior de
    // Investigaciones Científicas (CSIC)") is another name of its expansion there: an expansion with a
    // counterpart gives its acronym one. The acronym's counterpart vouches for the expansion when it
    // spells it, or spells the expansion it defines on the other side ("Spanish National Research Council
    // (CSIC)" for the above); a name with a party after it ("Markus Söder (CSU)") is no definition.
    struct Definition {
        std::size_t name, acronym;
        bool spelled;
    };
    auto definitions = [](const std::vector<Entity>& es, std::string_view text) {
        std::vector<Definition> out;
        for (std::size_t b = 0; b < es.size(); ++b) {
            if (!es[b].acronym || es[b].core.empty() || es[b].end >= text.size() || text[es[b].end] != ')') continue;
            for (std::size_t a = 0; a < es.size(); ++a) {
                if (es[a].acronym || es[a].core.empty() || es[a].end > es[b].begin) continue;
                std::string_view gap = text.substr(es[a].end, es[b].begin - es[a].end);
                while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
                if (gap != "(") continue;
                const std::string& letters = es[b].core[0];
                out.push_back({a, b, es[a].core.size() >= 2 && (initials(es[a].core) == letters ||
                                                                initials(split_phrase(es[a].phrase)) == letters)});
            }
        }
        return out;
    };
    // Across languages only: within one the expansion itself is there to compare, and a definition kept
    // beside a replaced name ("World Bank (FAO)") must not vouch for it.
    if (cross) {
        const auto s_defs = definitions(r.source, st), t_defs = definitions(r.target, tt);
        auto link = [](const std::vector<Definition>& defs, const std::vector<Definition>& other_defs,
                       const std::vector<Entity>& es, const std::vector<Entity>& other_es, std::vector<char>& found) {
            for (const auto& d : defs) {
                if (found[d.name]) found[d.acronym] = 1;
                const bool spelled = d.spelled || std::any_of(other_defs.begin(), other_defs.end(), [&](const Definition& o) {
                    return o.spelled && other_es[o.acronym].core[0] == es[d.acronym].core[0];
                });
                if (found[d.acronym] && spelled) found[d.name] = 1;
            }
        };
        link(s_defs, t_defs, r.source, r.target, s_found);
        link(t_defs, s_defs, r.target, r.source, t_found);
    }
    for (std::size_t i = 0; i < r.source.size(); ++i)
        if (!s_found[i] && !translatable(r.source[i], s_english, k)) (r.source[i].weak ? s_weak : s_strong).push_back(i);
    for (std::size_t i = 0; i < r.target.size(); ++i)
        if (!t_found[i]) (r.target[i].weak ? t_weak : t_strong).push_back(i);
    // A region after its city ("Dallas, TX") is a qualifier a translation may spell out or leave out.
    std::erase_if(s_strong, [&](std::size_t i) { return r.source[i].qualifier; });
    std::erase_if(t_strong, [&](std::size_t i) { return r.target[i].qualifier; });
    // Across languages a name right after markup ("open the <i>Login Items</i>") names an interface
    // element by its label, which a translation renders in its own words.
    if (cross) {
        auto quoted = [](const Entity& e, std::string_view text) {
            std::size_t b = e.begin;
            while (b > 0 && text[b - 1] == ' ') --b;
            if (b == 0) return false;
            // Quotes also set off titles of works and names replaced in earnest: markup only.
            return text[b - 1] == '>';
        };
        std::erase_if(s_strong, [&](std::size_t i) { return !r.source[i].known && !r.source[i].acronym && quoted(r.source[i], st); });
        std::erase_if(t_strong, [&](std::size_t i) { return !r.target[i].known && !r.target[i].acronym && quoted(r.target[i], tt); });
    }
    // Across languages a source segment that is one name of several words and nothing else is a title or
    // an interface label ("Open Login Items", "App Background Activity"), translated as a phrase.
    // So is one made of such names and symbols alone ("Open Login Items & Extensions").
    if (cross && !r.source.empty() && !sw.empty()) {
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
            s_strong.clear();
            // Its translation, a label of its own, is no added name.
            std::erase_if(t_strong, [&](std::size_t i) { return !r.target[i].known && !r.target[i].acronym; });
        }
    }
    if (cross) {
        // Across languages a lone capitalised word is too often a common noun or a sentence's first word.
        // So is a single capitalised word, which may be a translated label ("Click Save" / "cliquez sur
        // Enregistrer"): alone it counts only as an acronym or a name the packs know. A run of German nouns
        // without a sign of a name ("Heiligen Krieg") is no more reliable.
        auto set_aside = [](std::vector<std::size_t>& strong, std::vector<std::size_t>& weak,
                            const std::vector<Entity>& es) {
            std::vector<std::size_t> singles = std::exchange(weak, {});
            std::erase_if(strong, [&](std::size_t i) {
                const bool single = (es[i].core.size() == 1 && !es[i].acronym && !es[i].known) || es[i].noun_run;
                if (single) singles.push_back(i);
                return single;
            });
            std::sort(singles.begin(), singles.end());
            return singles;
        };
        // Acronyms are localised ("GDP" / "BIP", "NGO" / "NRO") and expansions translated into ordinary
        // words, which nothing here can verify: an unmatched source acronym is no evidence of a loss, and an
        // unmatched target acronym is a localisation when the source has an unmatched acronym or longer
        // name of its own.
        // A source acronym counts only where the target has an unmatched name in its place that is no
        // localisation of it: a name that is not itself an acronym ("HCR" -> "European Commission"), or an
        // acronym without a letter in common ("RND" -> "ČSSD", never "GDP" -> "BIP" or "NGO" -> "NRO").
        const bool source_unmatched = std::any_of(s_strong.begin(), s_strong.end(), [&](std::size_t i) {
            return r.source[i].acronym || r.source[i].core.size() >= 2;
        });
        auto foreign = [](const std::string& a, const std::string& b) {
            return std::none_of(a.begin(), a.end(), [&](char c) { return b.find(c) != std::string::npos; });
        };
        std::vector<std::size_t> t_names;  // unmatched target names that may stand in a source acronym's place
        for (std::size_t i : t_strong)
            if (!r.target[i].noun_run && (!r.target[i].acronym || !source_unmatched)) t_names.push_back(i);
        const std::vector<std::size_t> s_unmatched = s_strong;
        std::erase_if(s_strong, [&](std::size_t i) {
            if (!r.source[i].acronym) return false;
            return std::none_of(t_names.begin(), t_names.end(), [&](std::size_t t) {
                return !r.target[t].acronym || foreign(r.source[i].core[0], r.target[t].core[0]);
            });
        });
        // An unmatched target acronym is a localisation when the source has an unmatched acronym sharing a
        // letter with it, or a longer name (its expansion, translated).
        std::erase_if(t_strong, [&](std::size_t t) {
            if (!r.target[t].acronym) return false;
            return std::any_of(s_unmatched.begin(), s_unmatched.end(), [&](std::size_t i) {
                return r.source[i].core.size() >= 2 ||
                       (r.source[i].acronym && !foreign(r.source[i].core[0], r.target[t].core[0]));
            });
        });
        const auto s_single = set_aside(s_strong, s_weak, r.source), t_single = set_aside(t_strong, t_weak, r.target);
        // Except a single word inside a sentence of a language that writes nouns in lower case, which no
        // dictionary knows as a word: a proper name ("filia Neckermann", "que Palestina pretende"). Asks the
        // FreeDict dictionary of the language into English (without one, nothing is known).
        if (!k.source.capitalised_nouns) {
            const std::string& sl = k.source_lang;
            const bool english_source = primary_language(sl) == "en";
            for (std::size_t i : s_single) {
                const Entity& a = r.source[i];
                if (a.weak || a.acronym || a.noun_run || a.core.size() != 1 || a.core[0].size() < 4 || a.core_words.empty())
                    continue;
                const Word& w = sw[a.core_words[0]];
                if (w.sentence_start || w.end > st.size() || !w.capitalised) continue;
                // Not from English: its place names are exonyms a translation replaces ("Bavaria" / "Bayern").
                if (english_source) continue;
                const auto& dict = tr.dictionary(sl, "en");
                if (dict.empty()) continue;
                // Or that is an English word as well, a cognate common noun ("Union" of "l'Union européenne").
                const bool word = !tr.of(st.substr(w.begin, w.end - w.begin), sl, "en").empty() ||
                                  (k.english_words.loaded && k.english_words.common(a.core[0]));
                // Nor when a word of the target spells it another way ("Losanna" / "Lausanne", "Česku" / "Czech").
                const bool alike = std::any_of(tw.begin(), tw.end(), [&](const Word& t) {
                    return t.has_letter && t.key.size() >= 4 && loosely_alike(t.key, a.core[0]);
                });
                if (!word && !alike && !k.display_names().set_of.count(a.core[0]))
                    s_strong.insert(std::upper_bound(s_strong.begin(), s_strong.end(), i), i);
            }
        }
        // Unless it is a country or language name standing where the other side has an unmatched name:
        // "Croatia" -> "Serbien" is a substitution, not a loss. Only as many as pair up, so this never
        // adds a finding, it only names the replacement.
        auto rescue = [&](const std::vector<std::size_t>& singles, const std::vector<Entity>& es,
                          std::vector<std::size_t>& strong, std::size_t want) {
            for (std::size_t i : singles) {
                if (strong.size() >= want) break;
                if (es[i].core.size() == 1 && k.display_names().set_of.count(es[i].core[0]))
                    strong.insert(std::upper_bound(strong.begin(), strong.end(), i), i);
            }
        };
        rescue(t_single, r.target, t_strong, s_strong.size());
        rescue(s_single, r.source, s_strong, t_strong.size());
        // A run of nouns in a language that capitalises them is a name when the other language, which
        // writes nouns in lower case, has an unmatched name in its place: "Peter Frampton" -> "Macura",
        // while "Heiligen Krieg" -> "holy war" has none. Again only as many as pair up.
        // Only a run in the source: in a target that capitalises nouns, a source name without a match is far
        // more often rendered in the translator's own form ("Brünn", "Ghaddafis", "Schulden-Harmagedon")
        // next to ordinary nouns than replaced by another name.
        if (k.source.capitalised_nouns && !k.target.capitalised_nouns) {
            const bool src_nouns = k.source.capitalised_nouns;
            const auto& runs_single = src_nouns ? s_single : t_single;
            const auto& names_single = src_nouns ? t_single : s_single;
            const auto& run_es = src_nouns ? r.source : r.target;
            const auto& name_es = src_nouns ? r.target : r.source;
            auto& run_strong = src_nouns ? s_strong : t_strong;
            auto& name_strong = src_nouns ? t_strong : s_strong;
            std::vector<std::size_t> runs, names;
            for (std::size_t i : runs_single)
                if (run_es[i].noun_run && run_es[i].core.size() >= 2) runs.push_back(i);
            for (std::size_t i : names_single)
                if (!name_es[i].weak && !name_es[i].noun_run) names.push_back(i);
            // "In its place": a run and a name pair only at about the same place in their sentences.
            const auto& run_words = src_nouns ? sw : tw;
            const auto& name_words = src_nouns ? tw : sw;
            auto place = [](const Entity& e, const std::vector<Word>& w) {
                return w.empty() ? 0.0 : (e.begin + e.end) / 2.0 / static_cast<double>(w.back().end);
            };
            auto near_any = [&](const Entity& e, const std::vector<Word>& ew, const std::vector<std::size_t>& others,
                                const std::vector<Entity>& oes, const std::vector<Word>& ow) {
                return std::any_of(others.begin(), others.end(),
                                   [&](std::size_t o) { return std::fabs(place(e, ew) - place(oes[o], ow)) <= 0.2; });
            };
            const auto runs0 = runs;
            std::erase_if(runs, [&](std::size_t i) { return !near_any(run_es[i], run_words, names, name_es, name_words); });
            std::erase_if(names, [&](std::size_t i) { return !near_any(name_es[i], name_words, runs0, run_es, run_words); });
            auto promote = [](std::vector<std::size_t>& strong, const std::vector<std::size_t>& from, std::size_t n) {
                for (std::size_t j = 0; j < from.size() && j < n; ++j)
                    strong.insert(std::upper_bound(strong.begin(), strong.end(), from[j]), from[j]);
            };
            const std::size_t r0 = run_strong.size(), n0 = name_strong.size();
            const std::size_t pairs = std::min(r0 + runs.size(), n0 + names.size());
            if (pairs > std::max(r0, n0)) {
                promote(run_strong, runs, pairs > r0 ? pairs - r0 : 0);
                promote(name_strong, names, pairs > n0 ? pairs - n0 : 0);
            }
        }
        // In an English target, a lone word that WordNet knows only as a name ("Hamáček", "Shenyang") is a
        // name for sure; standing where the source has an unmatched capitalised word of its own, with no
        // resemblance between the two (not "Mailand" / "Milan"), it replaced that word.
        if (t_english && k.english_words.loaded) {
            auto place = [](const Entity& e, const std::vector<Word>& w) {
                return w.empty() ? 0.0 : (e.begin + e.end) / 2.0 / static_cast<double>(w.back().end);
            };
            std::vector<std::size_t> s_free, lone_names;
            for (std::size_t i : s_single)
                if (std::find(s_strong.begin(), s_strong.end(), i) == s_strong.end()) s_free.push_back(i);
            for (std::size_t t : t_single) {
                if (std::find(t_strong.begin(), t_strong.end(), t) != t_strong.end()) continue;
                const Entity& b = r.target[t];
                if (b.core.size() != 1 || b.acronym || b.noun_run || translatable_word(b.core[0], k)) continue;
                if (k.display_names().set_of.count(b.core[0])) continue;  // countries pair above, as rescued
                std::size_t best = s_free.size();
                double best_gap = 0.25;
                for (std::size_t j = 0; j < s_free.size(); ++j) {
                    const Entity& a = r.source[s_free[j]];
                    const double gap = std::fabs(place(a, sw) - place(b, tw));
                    const std::string& x = a.core.back();
                    const std::string& y = b.core[0];
                    if (gap < best_gap && edit_distance(x, y, std::max(x.size(), y.size()) / 2) > std::max(x.size(), y.size()) / 2) {
                        best = j;
                        best_gap = gap;
                    }
                }
                if (best == s_free.size()) {
                    // Inside a sentence, with nothing in its place and nothing like it in the source (an
                    // exonym, an adjective in lower case: "Losanna", "blanenských"), a name the source lacks.
                    if (!b.weak && std::none_of(sw.begin(), sw.end(), [&](const Word& w) {
                            return w.has_letter && w.key.size() >= 4 && loosely_alike(w.key, b.core[0]);
                        }))
                        lone_names.push_back(t);
                    continue;
                }
                r.substitutions.emplace_back(s_free[best], t);
                s_free.erase(s_free.begin() + static_cast<std::ptrdiff_t>(best));
            }
            for (std::size_t t : lone_names) t_strong.insert(std::upper_bound(t_strong.begin(), t_strong.end(), t), t);
        }
    }
    const std::size_t paired = std::min(s_strong.size(), t_strong.size());
    for (std::size_t i = 0; i < paired; ++i) r.substitutions.emplace_back(s_strong[i], t_strong[i]);
    std::vector<std::size_t> s_left(s_strong.begin() + static_cast<std::ptrdiff_t>(paired), s_strong.end());
    std::vector<std::size_t> t_left(t_strong.begin() + static_cast<std::ptrdiff_t>(paired), t_strong.end());
    // Weak candidates take part only in a substitution anchored by unchanged neighbours.
    auto pair_anchored = [&](std::vector<std::size_t>& ss, std::vector<std::size_t>& ts) {
        for (auto si = ss.begin(); si != ss.end();) {
            auto ti = std::find_if(ts.begin(), ts.end(),
                                   [&](std::size_t t) { return anchored(r.source[*si], r.target[t], sw, tw); });
            if (ti == ts.end()) {
                ++si;
                continue;
            }
            r.substitutions.emplace_back(*si, *ti);
            ts.erase(ti);
            si = ss.erase(si);
        }
    };
    // In English, a capitalised word that WordNet knows in lower case, alone at a sentence's start, is no
    // name when the word in its place is one too: "Nearly" / "Almost", "Wolf children" / "Feral children".
    const bool english = !cross && primary_language(k.source_lang) == "en" && k.english_words.loaded;
    auto plain_word = [&](const Entity& e) {
        return english && e.core.size() == 1 && !e.acronym && !e.known && k.english_words.common(e.core[0]) &&
               !k.set_of.count(e.core[0]);
    };
    if (english) {
        auto drop_plain = [&](std::vector<std::size_t>& weak, const std::vector<Entity>& es) {
            std::erase_if(weak, [&](std::size_t i) { return plain_word(es[i]); });
        };
        auto any_plain = [&](const std::vector<std::size_t>& weak, const std::vector<Entity>& es) {
            return std::any_of(weak.begin(), weak.end(), [&](std::size_t i) { return plain_word(es[i]); });
        };
        // (WordNet is asked about the target's words only when the source has such a word.)
        if (any_plain(s_weak, r.source) && any_plain(t_weak, r.target)) {
            drop_plain(s_weak, r.source);
            drop_plain(t_weak, r.target);
        }
    }
    pair_anchored(s_left, t_weak);
    pair_anchored(s_weak, t_left);
    pair_anchored(s_weak, t_weak);
    std::sort(r.substitutions.begin(), r.substitutions.end());
    // Unpaired, such a word is as often a common noun given a capital ("the Board", "the Navy", "Earth")
    // as a name: reported only in a substitution.
    std::erase_if(s_left, [&](std::size_t i) { return plain_word(r.source[i]); });
    std::erase_if(t_left, [&](std::size_t i) { return plain_word(r.target[i]); });
    // An acronym the target adds alone abbreviates as often something the source says in words ("COVID" for
    // "the new coronavirus", "KO" for "knockout") as it adds a name; in a substitution it still counts.
    if (!cross) std::erase_if(t_left, [&](std::size_t i) { return r.target[i].acronym; });
    r.missing = std::move(s_left);
    r.added = std::move(t_left);
    return r;
}

}  // namespace verity::rules::entities
