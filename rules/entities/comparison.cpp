#include "rules/entities/comparison.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>
#include <utility>

#include "rules/entities/acronyms.hpp"
#include "rules/entities/counterpart.hpp"
#include "rules/entities/cross_language.hpp"
#include "rules/entities/find_entities.hpp"
#include "rules/entities/phrase.hpp"
#include "rules/entities/translatable.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules::entities {
namespace {

// Whether each name of the source and of the target has a counterpart on the other side.
struct Found {
    std::vector<char> source, target;
};

Found find_counterparts(EntityComparison& r, const Pair& p) {
    const Knowledge& k = p.k;
    std::unordered_set<std::string> s_translated, t_translated;
    if (p.cross) {
        auto fill = [&p](const std::vector<Word>& words, std::string_view text, const std::string& from,
                         const std::string& to, std::unordered_set<std::string>& out) {
            for (const auto& w : words)
                if (w.has_letter && w.key.size() >= 3 && w.end <= text.size())
                    for (auto& t : p.tr.of(text.substr(w.begin, w.end - w.begin), from, to)) out.insert(std::move(t));
        };
        fill(p.sw, p.st, k.source_lang, k.target_lang, s_translated);
        fill(p.tw, p.tt, k.target_lang, k.source_lang, t_translated);
    }
    const Side src{p.sw, r.source, p.st, p.cross ? &s_translated : nullptr};
    const Side tgt{p.tw, r.target, p.tt, p.cross ? &t_translated : nullptr};
    Found found{std::vector<char>(r.source.size()), std::vector<char>(r.target.size())};
    for (std::size_t i = 0; i < r.source.size(); ++i)
        found.source[i] = has_counterpart(r.source[i], src, tgt, true, k, p.tr, p.cross, p.s_english);
    for (std::size_t i = 0; i < r.target.size(); ++i)
        found.target[i] = has_counterpart(r.target[i], tgt, src, false, k, p.tr, p.cross, p.t_english);
    // A name copied word for word but one, which the other side replaced: a substitution, whatever the
    // looser evidence above found.
    if (p.cross)
        for (std::size_t i = 0; i < r.source.size(); ++i)
            if (const auto j = copied_name_changed(r.source[i], src, tgt, true, k, p.tr);
                j && std::find(r.changed_copies.begin(), r.changed_copies.end(), std::pair{i, *j}) == r.changed_copies.end()) {
                found.source[i] = found.target[*j] = 1;
                r.changed_copies.emplace_back(i, *j);
            }
    return found;
}

// An acronym a text defines: the name before it and the acronym in brackets; `spelled` when the acronym
// spells the name.
struct Definition {
    std::size_t name, acronym;
    bool spelled;
};

std::vector<Definition> definitions(const std::vector<Entity>& es, std::string_view text) {
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
}

// A term both sides define by an acronym of their own words, in the same place ("Business Identifier Code
// (BIC)" / "Besigheids Identifikasie Kode (BIK)"): the same term localised, when the two acronyms are as
// long and begin alike. Pairs the definitions in order and marks both names and acronyms found.
void link_localised_definitions(const EntityComparison& r, const std::vector<Definition>& s_defs,
                                const std::vector<Definition>& t_defs, Found& found) {
    for (std::size_t i = 0; i < s_defs.size() && i < t_defs.size(); ++i) {
        const Definition& s = s_defs[i];
        const Definition& t = t_defs[i];
        const std::string& a = r.source[s.acronym].core[0];
        const std::string& b = r.target[t.acronym].core[0];
        if (!s.spelled || !t.spelled || a.size() != b.size() || a[0] != b[0]) continue;
        found.source[s.name] = found.source[s.acronym] = 1;
        found.target[t.name] = found.target[t.acronym] = 1;
    }
}

// An acronym the text defines ("Datenschutz-Grundverordnung (DSGVO)", "Consejo Superior de
// Investigaciones Científicas (CSIC)") is another name of its expansion there: an expansion with a
// counterpart gives its acronym one. The acronym's counterpart vouches for the expansion when it
// spells it, or spells the expansion it defines on the other side ("Spanish National Research Council
// (CSIC)" for the above); a name with a party after it ("Markus Söder (CSU)") is no definition.
void link_definitions(const EntityComparison& r, const Pair& p, Found& found) {
    const auto s_defs = definitions(r.source, p.st), t_defs = definitions(r.target, p.tt);
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
    link(s_defs, t_defs, r.source, r.target, found.source);
    link(t_defs, s_defs, r.target, r.source, found.target);
    link_localised_definitions(r, s_defs, t_defs, found);
}

// An acronym a text defines in place by the words before its bracket, whatever their capitals: their
// initials spell it, short function words aside ("Piano nazionale di ripresa e resilienza (PNRR)",
// "Organisation mondiale de la santé (OMS)"). The first byte of those words, or npos.
std::size_t spelled_before(const Entity& acronym, const std::vector<Word>& words, std::string_view text) {
    constexpr std::size_t none = std::string_view::npos;
    if (!acronym.acronym || acronym.core.empty() || acronym.begin == 0 || acronym.end >= text.size() ||
        text[acronym.begin - 1] != '(' || text[acronym.end] != ')' || acronym.first == 0)
        return none;
    const std::string& letters = acronym.core[0];
    if (letters.size() < 2) return none;
    std::size_t left = letters.size(), start = none, spelled = 0;
    for (std::size_t w = acronym.first; w-- > 0 && left > 0;) {
        const std::string& key = words[w].key;
        if (key.empty() || !words[w].has_letter) return none;
        if (key[0] == letters[left - 1]) {
            --left;
            ++spelled;
            start = words[w].begin;
        } else if (key.size() > 3) {
            return none;
        }
    }
    return left == 0 && spelled >= 2 ? start : none;
}

// Whether `word` stands in `text` as a word of its own, not in brackets.
bool bare_in(std::string_view word, std::string_view text) {
    auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); };
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        const std::size_t e = at + word.size();
        if ((at > 0 && (letter(text[at - 1]) || text[at - 1] == '(')) || (e < text.size() && letter(text[e]))) continue;
        return true;
    }
    return false;
}

// Names and acronyms a text defines in place: the names inside the spelled words share the acronym's
// counterpart ("l'Organisation mondiale de la santé (OMS)" / "l'OMS"), and the acronym, which only repeats
// the words before it, is no loss where the other side writes no acronym in brackets of its own (a
// translation rendering the expansion may leave it out). Within one language and across.
void link_spelled_definitions(const std::vector<Entity>& es, const std::vector<Word>& words, std::string_view text,
                              std::string_view other_text, std::vector<char>& found) {
    const bool other_defines = other_text.find('(') != std::string_view::npos;
    for (std::size_t b = 0; b < es.size(); ++b) {
        const std::size_t start = spelled_before(es[b], words, text);
        if (start == std::string_view::npos) continue;
        // Only an acronym the other side writes bare renders the words: one in brackets there may stand
        // beside another name ("ABC TV (SWAPO)"), which it must not vouch for.
        if (found[b] && bare_in(text.substr(es[b].begin, es[b].end - es[b].begin), other_text))
            for (std::size_t a = 0; a < es.size(); ++a)
                if (a != b && es[a].begin >= start && es[a].end < es[b].begin) found[a] = 1;
        if (!other_defines) found[b] = 1;
    }
}

// The names without a counterpart, strong or weak. A source name made of common English words may be
// translated, so its absence is no evidence of a loss; a name of that kind in the target without a
// counterpart still is.
Unmatched unmatched(const EntityComparison& r, const Pair& p, const Found& found) {
    Unmatched u;
    for (std::size_t i = 0; i < r.source.size(); ++i)
        if (!found.source[i] && !translatable(r.source[i], p.s_english, p.k))
            (r.source[i].weak ? u.s_weak : u.s_strong).push_back(i);
    for (std::size_t i = 0; i < r.target.size(); ++i)
        if (!found.target[i]) (r.target[i].weak ? u.t_weak : u.t_strong).push_back(i);
    // A region after its city ("Dallas, TX") is a qualifier a translation may spell out or leave out.
    std::erase_if(u.s_strong, [&](std::size_t i) { return r.source[i].qualifier; });
    std::erase_if(u.t_strong, [&](std::size_t i) { return r.target[i].qualifier; });
    return u;
}

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

// Pairs the unmatched names as substitutions, in order, and leaves the rest missing and added.
void pair_up(EntityComparison& r, const Pair& p, Unmatched& u) {
    const Knowledge& k = p.k;
    // In one language that capitalises its nouns (German), a lone word the dictionary into English renders
    // with a common word, or a compound whose last part it does, is a noun as well ("Überschwemmung" /
    // "Hochwasser", "Versicherungsfall" / "Schadenfall"), unless the compound ends in one of the pack's
    // institution heads ("Schlichtungsstelle", "Verbraucherzentrale"). So is a run of such words
    // ("Müll-Abfuhr", "Einfacher Sprache", "Litern Restabfall"), which a rewrite words anew.
    const bool nouns = !p.cross && k.source.capitalised_nouns;
    auto institution = [&](const std::string& key) {
        return std::any_of(k.source.institution_heads.begin(), k.source.institution_heads.end(),
                           [&](const std::string& h) { return key.size() > h.size() + 2 && key.ends_with(h); });
    };
    auto common_word = [&](const std::string& key) {
        if (institution(key)) return false;
        if (p.tr.ordinary(key, k.source_lang)) return true;
        // The longest known last part of a compound, of four letters or more.
        for (std::size_t i = 3; i + 4 <= key.size(); ++i)
            if ((static_cast<unsigned char>(key[i]) & 0xC0) != 0x80 && p.tr.ordinary(key.substr(i), k.source_lang))
                return true;
        return false;
    };
    auto common_noun = [&](const Entity& e) {
        if (!nouns || e.acronym || e.known || (e.core.size() != 1 && !e.noun_run)) return false;
        return std::all_of(e.core.begin(), e.core.end(), common_word);
    };
    if (nouns) {
        auto drop = [&](std::vector<std::size_t>& list, const std::vector<Entity>& es) {
            std::erase_if(list, [&](std::size_t i) { return common_noun(es[i]); });
        };
        drop(u.s_weak, r.source);
        drop(u.t_weak, r.target);
        drop(u.s_strong, r.source);
        drop(u.t_strong, r.target);
    }
    const std::size_t paired = std::min(u.s_strong.size(), u.t_strong.size());
    for (std::size_t i = 0; i < paired; ++i) r.substitutions.emplace_back(u.s_strong[i], u.t_strong[i]);
    std::vector<std::size_t> s_left(u.s_strong.begin() + static_cast<std::ptrdiff_t>(paired), u.s_strong.end());
    std::vector<std::size_t> t_left(u.t_strong.begin() + static_cast<std::ptrdiff_t>(paired), u.t_strong.end());
    // Weak candidates take part only in a substitution anchored by unchanged neighbours.
    auto pair_anchored = [&](std::vector<std::size_t>& ss, std::vector<std::size_t>& ts) {
        for (auto si = ss.begin(); si != ss.end();) {
            auto ti = std::find_if(ts.begin(), ts.end(),
                                   [&](std::size_t t) { return anchored(r.source[*si], r.target[t], p.sw, p.tw); });
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
    const bool english = !p.cross && text::primary_language(k.source_lang) == "en" && k.english_words.loaded;
    auto plain_word = [&](const Entity& e) {
        return english && e.core.size() == 1 && !e.acronym && !e.known && k.english_words.common(e.core[0]) &&
               !k.set_of.count(e.core[0]);
    };
    auto any_plain = [&](const std::vector<std::size_t>& weak, const std::vector<Entity>& es) {
        return std::any_of(weak.begin(), weak.end(), [&](std::size_t i) { return plain_word(es[i]); });
    };
    // (WordNet is asked about the target's words only when the source has such a word.)
    if (english && any_plain(u.s_weak, r.source) && any_plain(u.t_weak, r.target)) {
        std::erase_if(u.s_weak, [&](std::size_t i) { return plain_word(r.source[i]); });
        std::erase_if(u.t_weak, [&](std::size_t i) { return plain_word(r.target[i]); });
    }
    pair_anchored(s_left, u.t_weak);
    pair_anchored(u.s_weak, t_left);
    pair_anchored(u.s_weak, u.t_weak);
    std::sort(r.substitutions.begin(), r.substitutions.end());
    // Unpaired, such a word is as often a common noun given a capital ("the Board", "the Navy", "Earth")
    // as a name: reported only in a substitution.
    std::erase_if(s_left, [&](std::size_t i) { return plain_word(r.source[i]); });
    std::erase_if(t_left, [&](std::size_t i) { return plain_word(r.target[i]); });
    // An acronym the target adds alone abbreviates as often something the source says in words ("COVID" for
    // "the new coronavirus", "KO" for "knockout") as it adds a name; in a substitution it still counts.
    if (!p.cross) std::erase_if(t_left, [&](std::size_t i) { return r.target[i].acronym; });
    r.missing = std::move(s_left);
    r.added = std::move(t_left);
}

}  // namespace

EntityComparison compare(const std::vector<Word>& sw, const std::vector<Word>& tw, const Knowledge& k, Translations& tr,
                         bool cross, std::string_view st, std::string_view tt,
                         const std::unordered_set<std::string>* kept) {
    EntityComparison r;
    r.source = find_entities(sw, k.source, k);
    r.target = find_entities(tw, k.target, k);
    const Pair p{sw, tw, st, tt, k, tr, cross, cross && text::primary_language(k.source_lang) == "en",
                 cross && text::primary_language(k.target_lang) == "en", kept};
    Found found = find_counterparts(r, p);
    // Across languages only: within one the expansion itself is there to compare, and a definition kept
    // beside a replaced name ("World Bank (FAO)") must not vouch for it.
    if (cross) link_definitions(r, p, found);
    link_spelled_definitions(r.source, sw, st, tt, found.source);
    link_spelled_definitions(r.target, tw, tt, st, found.target);
    Unmatched u = unmatched(r, p, found);
    if (cross) sift_across_languages(r, p, u);
    pair_up(r, p, u);
    r.substitutions.insert(r.substitutions.end(), r.changed_copies.begin(), r.changed_copies.end());
    std::sort(r.substitutions.begin(), r.substitutions.end());
    return r;
}

}  // namespace verity::rules::entities
