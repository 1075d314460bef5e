// entity.missing: a name of the source has no counterpart in the target and nothing took its place.
#include <algorithm>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "rules/entities/register.hpp"
#include "rules/entities/certainty.hpp"
#include "rules/entities/copied_names.hpp"
#include "rules/entities/entities.hpp"
#include "rules/entities/knowledge.hpp"
#include "rules/entities/translations.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules {
namespace {

bool has_latin_letter(std::string_view text) {
    for (unsigned char c : text)
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
    return false;
}

bool is_acronym(std::string_view name) {
    std::size_t upper = 0;
    for (unsigned char c : name) {
        if (c >= 'A' && c <= 'Z') ++upper;
        else if (!(c >= '0' && c <= '9') && c != '.' && c != '&') return false;
    }
    return upper >= 2;
}

// The target of the segments next to this one: the other segments of its unit and the neighbouring units
// of its file.
// With `every_word`, within one language each word of the name must be there as itself: a neighbour that
// names something like it ("South Carolina" for "North Carolina") does not count.
bool named_nearby(const SegmentView& v, const Entity& e, bool every_word = false) {
    const bool same_language = text::primary_language(v.source_lang) == text::primary_language(v.target_lang);
    auto check = [&](const xliff::Segment* seg) {
        if (!seg || seg == &v.segment || !seg->target) return false;
        // The same source sentence again (a list of variants, a repeated line) says nothing of this one.
        if (every_word && seg->source.text == v.segment.source.text) return false;
        if (!every_word || !same_language) return mentioned_in(e, v, seg->target->text);
        const std::vector<Word> words = split_words(seg->target->text);
        return std::all_of(e.core.begin(), e.core.end(), [&](const std::string& c) {
            return std::any_of(words.begin(), words.end(), [&](const Word& w) { return w.key == c; });
        });
    };
    // The nearest unit on each side that has a target (a dropped sentence in between has none).
    const auto n = neighbour_segments(v, [](const xliff::Unit& u) {
        return std::any_of(u.segments.begin(), u.segments.end(),
                           [](const xliff::Segment& g) { return g.target && !text::is_blank(g.target->text); });
    });
    return check(n.before) || check(n.after);
}

// A news dateline's place: a word in capitals opening the text, followed by a comma ("COLUMBUS, Ohio,
// March 3 –", "NYON, 20 November"). It says where the item was filed, not what happened; rewrites drop it.
bool is_dateline(std::string_view text, const Entity& e) {
    std::size_t start = 0;
    while (start < text.size() && (text[start] == ' ' || text[start] == '\n')) ++start;
    if (e.begin != start || e.end >= text.size() || text[e.end] != ',' || e.end - e.begin < 3) return false;
    std::size_t letters = 0;
    for (std::size_t k = e.begin; k < e.end; ++k) {
        const unsigned char c = static_cast<unsigned char>(text[k]);
        if (c >= 'a' && c <= 'z') return false;
        letters += c >= 'A' && c <= 'Z';
    }
    return letters >= 3;
}

class EntityMissing final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"entity.missing", "omission", Severity::Warning,
                                   "A name of the source has no counterpart in the target.", {}};
        return info;
    }
    explicit EntityMissing(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!v.segment.target || text::is_blank(v.segment.target->text) || v.is_alignment_gap()) return;
        const auto& c = compare_entities(v);
        const std::string_view src = v.segment.source.text;
        // For a language pair without packs on both sides the names of languages, peoples and places
        // are translated in ways nothing here knows ("Czech" → "tjeckiska", "Vietnamese" → "越南文"):
        // only names of several words and acronyms, in a target written in Latin letters, are asserted.
        const bool same_language = text::primary_language(v.source_lang) == text::primary_language(v.target_lang);
        const bool known_pair = (v.source_pack && v.target_pack) || same_language;
        const bool latin_target = has_latin_letter(v.segment.target->text);
        // Only a target that refers back more than its source ("their partnership") and brings no name of
        // its own, which may have taken this one's place.
        const bool nearby = !c.missing.empty() && target_refers_back(v) && !target_brings_name(v);
        const bool headline = !c.missing.empty() && entities::is_headline(src);
        for (std::size_t s : c.missing) {
            const Entity& a = c.source[s];
            const std::string_view name = src.substr(a.begin, a.end - a.begin);
            if (!known_pair && (!latin_target || !(name.find(' ') != std::string_view::npos || is_acronym(name))))
                continue;
            // Named in the neighbouring target sentence, this one refers to it ("their partnership"): a
            // translation may move a name across a sentence boundary or replace it by a pronoun.
            if (nearby && named_nearby(v, a)) continue;
            // A headline condensed by a rewording leaves its details to the next sentence ("... Plant in
            // Lorain County, Ohio" -> "Norvane picks Ohio ..."): a name of several words the neighbouring
            // target sentence names was moved there. In a sentence, a name the neighbours repeat is still
            // lost from it, and a lone word there needs a word referring back to it.
            if (headline && a.core.size() >= 2 && !a.acronym && named_nearby(v, a, true)) continue;
            if (is_dateline(src, a)) continue;
            // Spelled for the target's language or script ("Nowym Jorku" for "New York"): rendered.
            // Unless a name of no wide fame was respelt there ("Corvale Systems Ltd" for "Corvane …").
            const auto respelt =
                same_language ? std::nullopt
                              : entities::respelt_copy(a, segment_words(v).source, src, v.source_lang, segment_words(v).target,
                                                       v.segment.target->text, v.target_lang,
                                                       entities::knowledge(v.run, v.source_lang, v.target_lang),
                                                       entities::document_translations(v.document_context, v.run));
            if (!same_language && !respelt && entities::transliterated_in(a, v.segment.target->text)) continue;
            double confidence = entities::missing_name_confidence(v, a, true, default_confidence(info().severity));
            std::string message = fmt::format("\"{}\" in the source has no counterpart in the target",
                                              src.substr(a.begin, a.end - a.begin));
            if (respelt) {
                message += fmt::format(": \"{}\" is there as \"{}\" (a name no dictionary knows is copied as written)",
                                       respelt->first, respelt->second);
                confidence = std::max(confidence, default_confidence(Severity::Warning));
            }
            FindingSink::Report report{std::move(message), true, true, {{a.begin, a.end}}, {}};
            report.confidence = confidence;
            sink.report(v, info(), severity_for(confidence, info().severity), std::move(report));
        }
    }
};

}  // namespace

void register_entity_missing(Registry& r) { add_rule<EntityMissing>(r); }

}  // namespace verity::rules
