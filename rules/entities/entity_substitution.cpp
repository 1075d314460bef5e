// entity.substitution: a name of the source has no counterpart in the target, and the target has an
// unmatched name in its place ("European Commission" -> "UNHCR").
#include <algorithm>
#include <optional>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "rules/entities/register.hpp"
#include "rules/entities/acronyms.hpp"
#include "rules/entities/certainty.hpp"
#include "rules/entities/copied_names.hpp"
#include "rules/entities/entities.hpp"
#include "rules/entities/find_entities.hpp"
#include "rules/entities/knowledge.hpp"
#include "rules/entities/spelling.hpp"
#include "xliff/text/edit_distance.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules {
namespace {

// How much a name spelt like the other lowers the confidence.
constexpr double kRespelled = 0.5;
// The most a respelt name (see respelt_letters) is sure of: below a warning.
constexpr double kRespelling = 0.5;
// The most a family name respelt across languages by a third of its letters or fewer is sure of: a warning.
constexpr double kFamilyRespelt = 0.75;
// ...or respelt only as a transcription spells it ("Dalrymple" / "Dalrimple"), a variant a name from another
// script may have: info.
constexpr double kTranscribedFamily = 0.5;
// The most an acronym the document defines otherwise in the target is sure of: a warning.
constexpr double kAlteredAcronym = 0.75;
// The most an acronym replaced by an unlike one across languages (entities::unlike_acronyms) that shares a letter
// with it is sure of, when the packs know neither: a localisation no pack lists looks the same ("TEFAP" / "SNAP" is a substitution, "OPC" / "ÚOHS" a localisation
// back to the original's language): a warning.
constexpr double kUnlikeAcronyms = 0.75;
// The most a lone name of no wide fame replaced by another in its place is sure of: a warning.
constexpr double kObscureNames = 0.75;
// ...and two titles' names (see below).
constexpr double kHeadlines = 0.75;

// The letters and digits of a text, folded: "Mac OS X" -> "macosx".
std::string compact(std::string_view text) {
    std::string out;
    for (const Word& w : split_words(text))
        for (char c : w.key)
            if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) out += c;
    return out;
}

// One name the other respelt or shortened, as a vendor renames a product ("Mac OS X" -> "macOS") or a
// translation drops a generic last word: the letters of one, four at least, begin the letters of the other.
bool respelled(std::string_view a, std::string_view b) {
    const std::string x = compact(a), y = compact(b);
    const std::string& shorter = x.size() < y.size() ? x : y;
    const std::string& longer = x.size() < y.size() ? y : x;
    return shorter.size() >= 4 && longer.compare(0, shorter.size(), shorter) == 0;
}

// Two spellings of one length that differ in one letter, not the first: "Sychev" / "Sychew". A transcription from another script changes a first sound's letters ("Khamenei"
// / "Chamenei"), a cluster or a digraph ("Lukashenko" / "Lukaschenko", "Lukachenko"), or doubles a letter
// ("Mohammed" / "Mohamed").
bool one_letter_swapped(std::string_view x, std::string_view y) {
    if (x.size() != y.size() || x.empty() || x[0] != y[0]) return false;
    std::size_t differ = 0;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i] != y[i]) {
            // The first letter of a digraph ("sh" / "ch": "Lukashenko" / "Lukachenko") spells one sound.
            if (i + 1 < x.size() && x[i + 1] == 'h') return false;
            ++differ;
        }
    return differ == 1;
}

// Whether a word is written in ASCII letters only (no umlaut or accent to fold).
bool plain_letters(std::string_view w) {
    return std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// The one word two names differ in: the words of one-word names, or the only word at which two names of as
// many words differ ("Borgo Vallina" / "Borgo Vallata"). Null when there is none such.
std::optional<std::pair<std::string, std::string>> differing_word(const Entity& a, const Entity& b) {
    if (a.acronym || b.acronym || a.core.empty() || a.core.size() != b.core.size()) return std::nullopt;
    std::optional<std::pair<std::string, std::string>> out;
    for (std::size_t i = 0; i < a.core.size(); ++i) {
        if (a.core[i] == b.core[i]) continue;
        if (out) return std::nullopt;
        out.emplace(a.core[i], b.core[i]);
    }
    return out;
}

// How many letters a name respells in another beyond transcription and inflection, in the one word they
// differ in (0: none, or no such word, or another name altogether). The comparison pairs such names only
// when no dictionary knows an exonym for the source's.
std::size_t respelt_letters(const Entity& a, const Entity& b) {
    const auto d = differing_word(a, b);
    if (!d) return 0;
    const auto& [x, y] = *d;
    // Another name altogether ("Roma" -> "Paris") is no respelling: half the letters or more differ.
    const std::size_t half = std::max(x.size(), y.size()) / 2;
    if (text::edit_distance(x, y, half) > half) return 0;
    return entities::respelt_letters(x, y);
}

// The family names of two persons' names with one given name ("Helen Bradshaw" / "Helen Bradshow"), when
// the target's is no copy of the source's (entities::same_family_name): the two words, else null. With
// `copied`, between languages that keep a name's letters, also a family name with one letter swapped as a
// transcription would swap it ("Sychev" / "Sychew", see one_letter_swapped); `transcribed` then says so.
std::pair<const std::string*, const std::string*> family_names_differ(const Entity& a, const Entity& b,
                                                                    const entities::Knowledge& k,
                                                                    const SegmentWords& words, bool copied,
                                                                    bool& transcribed) {
    transcribed = false;
    if (a.core.size() < 2 || b.core.size() < 2 || a.acronym || b.acronym) return {};
    // The given name may be inflected on either side (Adam / Adamem) as the family name may.
    if (!entities::same_family_name(a.core[0], b.core[0], k.source.name_endings, k.target.name_endings)) return {};
    if (!entities::person_name(a, words.source, k.source, k) && !entities::person_name(b, words.target, k.target, k))
        return {};
    // The family names stand in the same slot: the last word of the shorter name ("Imogen Dalrymple of the
    // University of Leeds" / "Imogen Dalrimple").
    const std::size_t slot = std::min(a.core.size(), b.core.size()) - 1;
    const std::string &x = a.core[slot], &y = b.core[slot];
    if (entities::same_family_name(x, y, k.source.name_endings, k.target.name_endings)) {
        if (!copied || entities::copied_exactly(x, y) || !plain_letters(x) || !plain_letters(y) || !one_letter_swapped(x, y))
            return {};
        // A vowel "y" made an "i" is no transcription's swap but a respelling (entities::vowel_y_respelt).
        transcribed = !entities::vowel_y_respelt(x, y);
    }
    return {&x, &y};
}

// The source's name and the target's are descriptions of two words or more, the target's each an ordinary word of its language
// (WordNet's common words in English, else words the dictionary into English translates), and no person's
// name: "Great Hall" for "Aula Magna", "Academic Office" for "Segreteria didattica", "Railwaymen's Bridge"
// for "Most Kolejarzy"; and every word of the source's name that the dictionary translates has a
// translation among them ("Museum of Fine Arts" renders no "Storia Naturale", "North Sea" no "Bałtyckiego"). A descriptive name is as
// often translated as replaced.
bool described_in_words(const Entity& a, std::string_view src, const std::vector<Word>& src_words,
                        const std::string& src_lang, const Entity& b, std::string_view tgt,
                        const std::vector<Word>& words, const std::string& lang, const entities::Knowledge& k,
                        entities::Translations& tr) {
    if (b.acronym || b.core.size() < 2 || b.core.size() != b.core_words.size() || k.given_names.count(b.core.front()))
        return false;
    // The source's name is a description too: two words or more, none a given name or a name the packs or ICU
    // list ("Jürgen Mistol", "IRNA", "Africa" are names, not descriptions).
    if (a.acronym || a.core.size() < 2 || a.core.size() != a.core_words.size()) return false;
    for (const std::string& w : a.core)
        if (k.given_names.count(w) || k.set_of.count(w) || k.display_names().set_of.count(w)) return false;
    const bool english = text::primary_language(lang) == "en";
    if (english && !k.english_words.loaded) return false;
    for (std::size_t i = 0; i < b.core.size(); ++i) {
        std::string key = b.core[i];
        if (key.ends_with("'s")) key.resize(key.size() - 2);
        if (english) {
            if (!k.english_words.common(key)) return false;
            continue;
        }
        if (b.core_words[i] >= words.size() || words[b.core_words[i]].end > tgt.size()) return false;
        const Word& w = words[b.core_words[i]];
        if (!tr.ordinary(tgt.substr(w.begin, w.end - w.begin), lang)) return false;
    }
    for (std::size_t i = 0; i < a.core_words.size(); ++i) {
        if (a.core_words[i] >= src_words.size() || src_words[a.core_words[i]].end > src.size()) return false;
        const Word& w = src_words[a.core_words[i]];
        const auto ts = tr.of(src.substr(w.begin, w.end - w.begin), src_lang, lang, true);
        if (ts.empty()) continue;  // a word the dictionary does not know ("Magna")
        const bool there = std::any_of(ts.begin(), ts.end(), [&](const std::string& t) {
            return std::any_of(b.core.begin(), b.core.end(),
                               [&](const std::string& c) { return entities::inflected_form(t, c); });
        });
        if (!there) return false;
    }
    return true;
}

class EntitySubstitution final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"entity.substitution", "inconsistent-entities", Severity::Error,
                                   "A name of the source (person, organisation, place, acronym) was replaced by "
                                   "another name in the target.",
                                   {}};
        return info;
    }
    explicit EntitySubstitution(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!v.segment.target || text::is_blank(v.segment.target->text) || v.is_alignment_gap()) return;
        const auto& c = compare_entities(v);
        const std::string_view src = v.segment.source.text, tgt = v.segment.target->text;
        const bool same_language = text::primary_language(v.source_lang) == text::primary_language(v.target_lang);
        const entities::Knowledge& k = entities::knowledge(v.run, v.source_lang, v.target_lang);
        for (const auto& [s, t] : c.substitutions) {
            const Entity& a = c.source[s];
            const Entity& b = c.target[t];
            bool transcribed = false;
            const auto [family, family_then] = family_names_differ(
                a, b, k, segment_words(v), !same_language && entities::names_keep_letters(k), transcribed);
            // (A person's family name is judged below as such.)
            std::size_t letters = family ? 0 : respelt_letters(a, b);
            // A name of no wide fame between languages that keep names' letters is copied exactly: a letter
            // doubled, dropped or changed is a respelling, not a transcription ("Hallworth" / "Halworth").
            std::optional<std::pair<std::string, std::string>> respelt;
            if (!same_language && !family && entities::names_keep_letters(k)) {
                const SegmentWords& words = segment_words(v);
                if (b.first <= b.last && b.last < words.target.size()) {
                    const std::vector<Word> b_words(words.target.begin() + static_cast<std::ptrdiff_t>(b.first),
                                                    words.target.begin() + static_cast<std::ptrdiff_t>(b.last) + 1);
                    respelt = entities::respelt_copy(a, words.source, src, v.source_lang, b_words, tgt, v.target_lang, k,
                                                     entities::document_translations(v.document_context, v.run));
                }
            }
            const bool copied_only = respelt.has_value();
            if (const auto d = differing_word(a, b); copied_only && letters == 0 && d)
                letters = std::max<std::size_t>(1, text::edit_distance(d->first, d->second, d->first.size()));
            const bool changed_copy =
                std::find(c.changed_copies.begin(), c.changed_copies.end(), std::pair{s, t}) != c.changed_copies.end();
            if (!same_language && letters == 0 && !family && !copied_only && !changed_copy &&
                entities::transliterated_in(a, tgt.substr(b.begin, b.end - b.begin)))
                continue;  // spelled for the target's language or script
            // As sure as the source name is missing: a name in another script or a translated term may be the
            // same one under its local name.
            const std::string_view a_text = src.substr(a.begin, a.end - a.begin), b_text = tgt.substr(b.begin, b.end - b.begin);
            double confidence = entities::missing_name_confidence(v, a, true, default_confidence(info().severity));
            if (respelled(a_text, b_text) && !family) confidence = std::max(confidence - kRespelled, 0.05);
            // Exonyms the packs and dictionaries do not list look the same ("Losanna" / "Lausanne"): a
            // respelling is a question for the reviewer, not a certainty.
            // Within one language a letter or two respelt is no exonym ("Napoli" / "Naples" is), and no
            // transcription changes a first letter beyond the usual swaps ("Pellingham" / "Bellingham"): a warning.
            if (letters > 0)
                // A word respelt beside words copied as written ("Borgo Vallina" / "Borgo Vallata") is no exonym
                // either: a warning.
                confidence = std::min(confidence, (same_language && letters <= 2) || a.core.size() > 1 ||
                                                          !entities::same_initial_sound(differing_word(a, b)->first,
                                                                                        differing_word(a, b)->second)
                                                      ? kFamilyRespelt
                                                      : kRespelling);
            if (copied_only) confidence = std::min(std::max(confidence, kFamilyRespelt), kFamilyRespelt);
            if (!same_language && a.acronym && b.acronym && !a.known && !b.known && !a.core.empty() && !b.core.empty() &&
                entities::unlike_acronyms(a.core[0], b.core[0]) && entities::share_a_letter(a.core[0], b.core[0]))
                confidence = std::min(confidence, kUnlikeAcronyms);
            std::string message = fmt::format("\"{}\" in the source became \"{}\" in the target", a_text, b_text);
            if (family) {
                // A family name copied with a letter or two changed may be a transcription no pack lists
                // across languages: a question for the reviewer there; within one language a misspelt name.
                const std::size_t hi = std::max(family->size(), family_then->size());
                const std::size_t changed = text::edit_distance(*family, *family_then, hi);
                if (!same_language && 3 * changed <= hi) confidence = std::min(confidence, kFamilyRespelt);
                if (transcribed) {
                    // Spelt as a transcription from another script would spell it: a question for the reviewer.
                    confidence = std::min(confidence, kTranscribedFamily);
                    message += fmt::format(": the given name is the same, the family name differs as a transcription "
                                           "would spell it ({} of {} letters), though these languages copy a name's "
                                           "letters as written",
                                           changed, hi);
                } else {
                    message += fmt::format(": the given name is the same, the family name is not a copy ({} of {} "
                                           "letters differ; a family name is copied as written or inflected, not respelt)",
                                           changed, hi);
                }
            } else if (letters > 0)
                message += fmt::format(": no known exonym or transliteration; {} of {} letters differ{}", letters,
                                       std::max(differing_word(a, b)->first.size(), differing_word(a, b)->second.size()),
                                       copied_only ? " (a name no dictionary knows is copied as written)" : "");
            else if (copied_only)
                message += fmt::format(": \"{}\" is there as \"{}\" (a name no dictionary knows is copied as written)",
                                       respelt->first, respelt->second);
            if (std::find(c.altered_acronyms.begin(), c.altered_acronyms.end(), std::pair{s, t}) != c.altered_acronyms.end()) {
                // A localised acronym spells its expansion; a translator may still coin one: a warning.
                message += ": the document defines both, and the target's acronym spells neither its own expansion "
                           "nor the source's";
                confidence = std::min(confidence, kAlteredAcronym);
            }
            if (changed_copy && !family) {
                // A name copied word for word but one: where that word is spelt alike, another name as
                // likely as a respelling the packs do not list: a warning.
                message += ": the target copies the name's other words as written";
                const auto d = differing_word(a, b);
                if (!d || 2 * text::edit_distance(d->first, d->second, d->first.size()) <=
                              std::max(d->first.size(), d->second.size()))
                    confidence = std::min(confidence, kFamilyRespelt);
            }
            if (std::find(c.obscure_names.begin(), c.obscure_names.end(), std::pair{s, t}) != c.obscure_names.end()) {
                // Two names in one place, neither known to a dictionary: a name copied as written elsewhere may
                // still be localised on purpose (a product or character renamed for a market): a warning.
                message += ": no dictionary or list knows either name, and a name of no wide fame is copied as written";
                confidence = std::min(confidence, kObscureNames);
            }
            if (std::find(c.unlike_names.begin(), c.unlike_names.end(), std::pair{s, t}) != c.unlike_names.end()) {
                // An exonym may share no letters with the name ("Aachen" / "Aix-la-Chapelle"): a warning.
                message += ": the names share too few letters for an exonym or a transcription, and no dictionary "
                           "gives the one for the other";
                confidence = std::min(confidence, kObscureNames);
            }
            if (std::find(c.unspelt_acronyms.begin(), c.unspelt_acronyms.end(), std::pair{s, t}) !=
                c.unspelt_acronyms.end()) {
                // A localised acronym no dictionary explains may still be one: a warning.
                message += ": the acronym begins no word of the name, nor of its words' translations";
                confidence = std::min(confidence, kAlteredAcronym);
            }
            if (!same_language && !family &&
                described_in_words(a, src, segment_words(v).source, v.source_lang, b, tgt, segment_words(v).target,
                                   v.target_lang, k, entities::document_translations(v.document_context, v.run))) {
                message += ": the target names it in ordinary words of its language, as a translated description does";
                confidence = std::min(confidence, kObscureNames);
            }
            // Two titles: a heading is reworded freely and set in capitals ("Condizioni di iscrizione" /
            // "Enrolment Terms"), where capitals say little about names: a question for the reviewer.
            // Unless a person's name changed, which a title copies as a sentence does.
            if (entities::is_headline(src) && entities::is_headline(tgt) && !family)
                confidence = std::min(confidence, kHeadlines);
            FindingSink::Report report{std::move(message),
                                       true, true, {{a.begin, a.end}}, {{b.begin, b.end}}};
            report.confidence = confidence;
            sink.report(v, info(), severity_for(confidence, info().severity), std::move(report));
        }
    }
};

}  // namespace

void register_entity_substitution(Registry& r) { add_rule<EntitySubstitution>(r); }

}  // namespace verity::rules
