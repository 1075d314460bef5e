// entity.added: a name in the target that the source does not mention.
#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

#include <fmt/format.h>

#include "rules/entities/register.hpp"
#include "rules/entities/certainty.hpp"
#include "rules/entities/entities.hpp"
#include "rules/entities/knowledge.hpp"
#include "rules/entities/translations.hpp"
#include "rules/entities/spelling.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules {
namespace {

// A name the neighbouring source sentence (the segment before or after, or the nearest unit on each side
// that has a source) names: moved across a sentence boundary by a reworded version, not added.
bool named_in_neighbouring_source(const SegmentView& v, const Entity& e) {
    auto check = [&](const xliff::Segment* seg) {
        return seg && seg != &v.segment && mentioned_in_source(e, v, seg->source.text);
    };
    const auto n = neighbour_segments(v, [](const xliff::Unit& u) {
        return std::any_of(u.segments.begin(), u.segments.end(), [](const xliff::Segment& g) { return !text::is_blank(g.source.text); });
    });
    return check(n.before) || check(n.after);
}

// An acronym the file's source uses in other units ("VPN" of "Mozilla VPN"): a term of the document that a
// translation may add where the source leaves it implied, not a name new to the reader.
bool acronym_of_document(const SegmentView& v, std::string_view acronym) {
    if (acronym.size() < 2) return false;
    std::size_t units = 0;
    for (const auto& u : v.file.units) {
        if (&u == &v.unit) continue;
        for (const auto& seg : u.segments) {
            const std::string& t = seg.source.text;
            for (std::size_t p = t.find(acronym); p != std::string::npos; p = t.find(acronym, p + 1)) {
                const bool left = p == 0 || !std::isalnum(static_cast<unsigned char>(t[p - 1]));
                const std::size_t e = p + acronym.size();
                const bool right = e >= t.size() || !std::isalnum(static_cast<unsigned char>(t[e]));
                if (left && right) {
                    if (++units >= 3) return true;
                    goto next_unit;
                }
            }
        }
    next_unit:;
    }
    return false;
}

// Across languages, a designation the target words in ordinary words of its language, capitalised as a title,
// each of which renders a word of the source by the dictionary ("Environmental Office" for "Umweltamt",
// "Municipal Police" for "Straż Miejska"), or a people's word ("German", "Italian"): the source's office or
// language translated, in words the name comparison cannot pair. A name new to the reader has a word that only
// names; a designation replaced has a word the source does not say ("Nomination Committee" for
// "Prüfungsausschuss").
bool translated_designation(const SegmentView& v, const Entity& b) {
    if (b.acronym || b.core.empty() || b.core.size() != b.core_words.size()) return false;
    const entities::Knowledge& k = entities::knowledge(v.run, v.source_lang, v.target_lang);
    if (b.core.size() == 1 ? !k.demonym_forms.count(b.core[0]) : b.known) return false;
    // What the source's words translate to, compounds split ("Umweltamt": "environment", "office").
    entities::Translations& tr = entities::document_translations(v.document_context, v.run);
    std::unordered_set<std::string> renderings;
    // A compound's longest known last part may be of three letters ("Amt").
    constexpr std::size_t kShortestCompound = 7, kShortestTail = 3;
    for (const Word& w : segment_words(v).source)
        if (w.has_letter && w.key.size() >= 3)
            for (const auto& part : tr.parts(w.key, v.source_lang, v.target_lang, kShortestCompound, kShortestTail))
                renderings.insert(part.begin(), part.end());
    auto rendered = [&](const std::string& key) {
        return std::any_of(renderings.begin(), renderings.end(), [&](const std::string& t) {
            // The word or a derivation of it: "environment" / "environmental".
            return entities::inflected_form(t, key) || (t.size() >= 5 && key.size() >= 5 && t.compare(0, 5, key, 0, 5) == 0);
        });
    };
    // A people's word that translates one of the source ("deutscher" / "German"), or any without a dictionary
    // to tell; one the source says otherwise ("pakistanaise" / "Chinese") is a substitution.
    if (b.core.size() == 1) return tr.dictionary(v.source_lang, v.target_lang).empty() || rendered(b.core[0]);
    const bool english = text::primary_language(v.target_lang) == "en";
    if (english && !k.english_words.loaded) return false;
    const auto& words = segment_words(v).target;
    const std::string_view tgt = v.segment.target->text;
    for (std::size_t i = 0; i < b.core.size(); ++i) {
        const std::string& key = b.core[i];
        if (k.given_names.count(key) || k.set_of.count(key) || !rendered(key)) return false;
        if (english) {
            if (!k.english_words.common(key)) return false;
            continue;
        }
        if (b.core_words[i] >= words.size() || words[b.core_words[i]].end > tgt.size()) return false;
        const Word& w = words[b.core_words[i]];
        if (!tr.ordinary(tgt.substr(w.begin, w.end - w.begin), v.target_lang)) return false;
    }
    return true;
}

// An English target headline in title case (entities::title_cased_headline) whose name `b` is made of words
// WordNet knows in lower case, none a given name or a name the packs know.
bool title_case_words(const SegmentView& v, const Entity& b) {
    if (b.acronym || b.core.empty() || b.known || text::primary_language(v.target_lang) != "en") return false;
    const entities::Knowledge& k = entities::knowledge(v.run, v.source_lang, v.target_lang);
    if (!k.english_words.loaded || !entities::title_cased_headline(v.segment.target->text, segment_words(v).target))
        return false;
    return std::all_of(b.core.begin(), b.core.end(), [&](const std::string& key) {
        return k.english_words.common(key) && !k.given_names.count(key) && !k.set_of.count(key) &&
               !k.demonym_forms.count(key);
    });
}

class EntityAdded final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"entity.added", "addition", Severity::Info,
                                   "A name in the target has no counterpart in the source.", {}};
        return info;
    }
    explicit EntityAdded(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!v.segment.target || text::is_blank(v.segment.target->text) || v.is_alignment_gap()) return;
        const auto& c = compare_entities(v);
        const std::string_view tgt = v.segment.target->text;
        const bool same_language = text::primary_language(v.source_lang) == text::primary_language(v.target_lang);
        for (std::size_t t : c.added) {
            const Entity& b = c.target[t];
            if (named_in_neighbouring_source(v, b)) continue;
            if (b.acronym && acronym_of_document(v, tgt.substr(b.begin, b.end - b.begin))) continue;
            // The source's name spelled for the target's language ("Nowym Jorku" for "New York").
            if (!same_language && entities::transliterated_in(b, v.segment.source.text)) continue;
            // A name opening a sentence, in a target whose source is written in another script: its first
            // word may be no name, and what stands for it in the source is out of sight ("South Africa").
            if (b.first_uncertain && b.core.size() == 1 && !same_language && entities::mostly_other_script(v.segment.source.text)) continue;
            if (!same_language && translated_designation(v, b)) continue;
            // In an English headline set in title case, words of the language with capitals are its heading's
            // words ("Returns and Complaints Policy"), not a name the source lacks.
            if (!same_language && title_case_words(v, b)) continue;
            sink.report(v, info(), info().severity,
                        {fmt::format("\"{}\" in the target has no counterpart in the source",
                                     tgt.substr(b.begin, b.end - b.begin)),
                         true, true, {}, {{b.begin, b.end}}});
        }
    }
};

}  // namespace

void register_entity_added(Registry& r) { add_rule<EntityAdded>(r); }

}  // namespace verity::rules
