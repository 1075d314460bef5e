#include "rules/consistency/repetitions.hpp"

#include <algorithm>

#include "xliff/text/case_folding.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules::consistency {
namespace {

// A gettext plural form after the first (xliff::gettext_plural_form) repeats msgid_plural with another
// form of the target: no inconsistency.
bool later_plural_form(const xliff::Unit& unit) { return xliff::gettext_plural_form(unit).value_or(0) > 0; }

bool takes_part(const xliff::Unit& unit, const xliff::Segment& seg) {
    return unit.translate && seg.translate && !seg.ignorable && unit.origin == xliff::UnitOrigin::Input &&
           seg.target && !text::is_blank(seg.target->text) && !text::is_blank(seg.source.text) &&
           !later_plural_form(unit);
}

void add(Variants& v, const std::string& key, const Place& place) {
    auto& places = v.places[key];
    if (places.empty()) v.keys.push_back(key);
    places.push_back(place);
}

}  // namespace

const std::string& Variants::usual() const {
    const std::string* best = &keys.front();
    for (const auto& k : keys)
        if (places.at(k).size() > places.at(*best).size()) best = &k;
    return *best;
}

std::string comparison_key(std::string_view text) {
    std::string key = text::fold_for_comparison(text);
    // Closing punctuation and spaces: "Enregistrer" and "Enregistrer." say the same.
    while (!key.empty() && std::string_view(" .!?:;,…").find(key.back()) != std::string_view::npos) key.pop_back();
    while (key.size() >= 3 && key.ends_with("\xE2\x80\xA6")) key.resize(key.size() - 3);  // …
    return key;
}

const Repetitions& repetitions(const SegmentView& v) {
    return v.document_context.store().get<Repetitions>("consistency", [&] {
        Repetitions r;
        std::size_t unit_index = 0;
        for (const auto& file : v.document.files)
            for (const auto& unit : file.units) {
                for (std::size_t s = 0; s < unit.segments.size(); ++s) {
                    const auto& seg = unit.segments[s];
                    if (!takes_part(unit, seg)) continue;
                    const std::string source = comparison_key(seg.source.text);
                    const std::string target = comparison_key(seg.target->text);
                    if (source.empty() || target.empty()) continue;
                    const Place place{unit_index, s, &unit, &seg};
                    add(r.targets_of_source[source], target, place);
                    add(r.sources_of_target[target], source, place);
                }
                ++unit_index;
            }
        return r;
    });
}

SegmentKeys keys_of(const SegmentView& v) {
    if (v.document.format == xliff::DocumentFormat::TextPair || v.is_alignment_gap()) return {};
    if (!takes_part(v.unit, v.segment)) return {};
    return {comparison_key(v.segment.source.text), comparison_key(v.segment.target->text)};
}

}  // namespace verity::rules::consistency
