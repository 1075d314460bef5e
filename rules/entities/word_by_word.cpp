#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "rules/entities/aliases.hpp"
#include "rules/entities/copied_names.hpp"
#include "rules/entities/counterpart.hpp"
#include "rules/entities/spelling.hpp"
#include "rules/entities/translatable.hpp"
#include "xliff/text/stemmer.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/case_folding.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules::entities {

namespace {

// Whether `t`, a translated word, is written as the other side's word `o`: itself, inflected, or as the
// beginning or end of a compound or of a part of a hyphenated one ("Daten" of "Datenschutz-Grundverordnung").
bool renders(const std::string& t, const Word& o) {
    if (!o.has_letter) return false;
    if (inflected_form(t, o.key)) return true;
    if (t.size() < 4) return false;
    const std::string_view key = o.key;
    for (std::size_t b = 0; b < key.size();) {
        std::size_t end = key.find('-', b);
        if (end == std::string_view::npos) end = key.size();
        const std::string_view part = key.substr(b, end - b);
        if (part.size() >= t.size() + 3 && (part.starts_with(t) || part.ends_with(t))) return true;
        b = end + 1;
    }
    return false;
}

// Rendered inside a longer name of the other side, which brings words of its own (two or more that are
// not among the `used` words rendering `e`), it is part of another name: "Europäischer Gerichtshof" is not
// the "European Court of Human Rights".
bool inside_longer_name(const Entity& e, const Side& own, const Side& other, const std::vector<char>& used,
                        const Knowledge& k) {
    for (const auto& o : other.entities) {
        if (std::none_of(o.core_words.begin(), o.core_words.end(), [&](std::size_t w) { return w < used.size() && used[w]; }))
            continue;
        std::size_t own_words = 0;
        for (std::size_t j = 0; j < o.core.size() && j < o.core_words.size(); ++j) {
            if (o.core_words[j] < used.size() && used[o.core_words[j]]) continue;
            const std::string& x = o.core[j];
            if (std::any_of(e.core.begin(), e.core.end(), [&](const std::string& c) { return word_match(c, x, true); }) ||
                word_named_otherwise(x, own.words, k))
                continue;
            ++own_words;
        }
        if (own_words >= 2) return true;
    }
    return false;
}

}  // namespace

// Across languages, a name translated word by word: an institution's name rendered in the other
// language ("Landgericht Köln" / "Regional Court of Cologne", "Ministerio para la Transición Ecológica"
// / "Ministry for the Ecological Transition"). Each word of the name counts when the other side has it
// as itself, a cognate, a name the packs or ICU give for it, or a dictionary translation of it or of
// its parts, also as a part of a compound ("court" in "Landgericht"). A name of two words needs both, a
// longer one most of them; so a shared generic word never makes two institutions one ("Banque des
// Territoires" / "European Investment Bank"), nor a city the same court another ("Landgericht Köln" /
// "Regional Court of Bonn").
bool rendered_word_by_word(const Entity& e, const Side& own, const Side& other, bool e_in_source, const Knowledge& k,
                           Translations& tr) {
    if (e.acronym || e.core.empty() || e.core.size() != e.core_words.size()) return false;
    const std::string& from = e_in_source ? k.source_lang : k.target_lang;
    const std::string& to = e_in_source ? k.target_lang : k.source_lang;
    const Lexicon& other_lex = e_in_source ? k.target : k.source;
    const bool english = text::primary_language(from) == "en";
    // The words of the other side that render one of the name's (for the test at the end).
    std::vector<char> used(other.words.size(), 0);
    auto mark = [&](const Word& o) {
        used[static_cast<std::size_t>(&o - other.words.data())] = 1;
        return true;
    };
    // A translated word written in the other side, but not a function word of a translation ("the" of "the
    // court").
    auto written = [&](const std::string& t) {
        return !other_lex.stop.count(t) && std::any_of(other.words.begin(), other.words.end(),
                                                       [&](const Word& o) { return renders(t, o) && mark(o); });
    };
    // The other way round: a word of the name among what a capitalised word of the other side translates
    // as, phrases and compounds included ("regional" of "Landgericht" = "regional court").
    auto translated_from = [&](const std::string& c) {
        return std::any_of(other.words.begin(), other.words.end(), [&](const Word& o) {
            if (!o.capitalised || o.acronym || o.key.size() < 4 || o.end > other.text.size()) return false;
            for (const auto& p : tr.parts(text::fold_case(other.text.substr(o.begin, o.end - o.begin)), to, from))
                if (std::any_of(p.begin(), p.end(), [&](const std::string& t) { return inflected_form(t, c); })) return mark(o);
            return false;
        });
    };
    // A word that only names is copied: a capitalised cognate's looser likeness does not render it
    // ("Whitmore" is no "Whitcombe"), a transcription, an inflection or a derived word does.
    auto only_naming = [&](std::size_t ci) {
        const std::string& c = e.core[ci];
        if (english) return k.english_words.loaded && !translatable_word(c, k);
        const Word& w = own.words[e.core_words[ci]];
        return w.end <= own.text.size() && !w.sentence_start &&
               only_names(tr, own.text.substr(w.begin, w.end - w.begin), c, from);
    };
    std::size_t hits = 0, multipart = 0;
    for (std::size_t ci = 0; ci < e.core.size(); ++ci) {
        const std::string& c = e.core[ci];
        // (A word in lower case is a derivation, no copy: "illhaeusischen" renders "Illhaeusern".)
        // A name of no wide fame only as written (copied_exactly): "Halworth" renders no "Hallworth".
        auto copied_only = [&] {
            if (!names_keep_letters(k) || e.core_words[ci] >= own.words.size()) return false;
            const Word& w = own.words[e.core_words[ci]];
            return w.end <= own.text.size() && obscure_name(c, own.text.substr(w.begin, w.end - w.begin), from, k, tr);
        };
        auto like = [&](const Word& o) {
            if (!word_match(c, o.key, true)) return false;
            if (o.key == c || !o.capitalised || e.core_words[ci] >= own.words.size() || !only_naming(ci)) return true;
            return respelt_letters(c, o.key) == 0 && (!copied_only() || !copy_differs(c, o.key, to, k, tr));
        };
        bool hit = std::any_of(other.words.begin(), other.words.end(),
                               [&](const Word& o) { return o.has_letter && like(o) && mark(o); }) ||
                   (other.translated && other.translated->count(c)) || word_named_otherwise(c, other.words, k) ||
                   translated_from(c);
        if (!hit && c.size() >= 3 && e.core_words[ci] < own.words.size()) {
            const Word& w = own.words[e.core_words[ci]];
            if (w.end > own.text.size()) return false;
            const auto& parts = tr.parts(text::fold_case(own.text.substr(w.begin, w.end - w.begin)), from, to);
            std::size_t rendered = 0;
            for (const auto& p : parts) rendered += std::any_of(p.begin(), p.end(), written);
            // Every part, or all but the first of three or more ("Ober-landes-gericht").
            hit = !parts.empty() && !parts.back().empty() &&
                  (rendered == parts.size() || (parts.size() >= 3 && rendered + 1 == parts.size()));
            multipart += parts.size() >= 2;
        }
        // A word that only names (a city, a country, a word WordNet writes only capitalised, a name of no
        // wide fame) must be there: "Regional Court of Bonn" is no "Landgericht Köln", whatever the generic
        // words say, nor "Valsorrano Civil Protection" "Protezione Civile Valserrano".
        if (!hit && (k.display_names().set_of.count(c) || k.set_of.count(c) ||
                     (english && k.english_words.loaded && !translatable_word(c, k)) || (only_naming(ci) && copied_only())))
            return false;
        hits += hit;
    }
    if (e.core.size() == 1 ? hits != 1 || multipart != 1 : e.core.size() == 2 ? hits != 2 : 3 * hits < 2 * e.core.size())
        return false;
    return !inside_longer_name(e, own, other, used, k);
}

}  // namespace verity::rules::entities
