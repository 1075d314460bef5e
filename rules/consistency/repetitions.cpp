#include "rules/consistency/repetitions.hpp"

#include <algorithm>
#include <functional>
#include <string_view>
#include <tuple>

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

Key hashed(std::string_view key) {
    const Key h = std::hash<std::string_view>{}(key);
    return h == 0 ? 1 : h;
}

struct Entry {
    Place place;
    SegmentKeys keys;
};

// The variants of each key of `one_side` said more than once with more than one key on the other side.
std::unordered_map<Key, Variants> variants(const std::vector<Entry>& entries, Key SegmentKeys::*one_side,
                                           Key SegmentKeys::*other_side) {
    std::unordered_map<Key, std::size_t> count;
    for (const auto& e : entries) ++count[e.keys.*one_side];
    std::unordered_map<Key, Variants> out;
    for (const auto& e : entries) {
        if (count[e.keys.*one_side] < 2) continue;
        auto& by_key = out[e.keys.*one_side].by_key;
        const Key other = e.keys.*other_side;
        auto it = std::find_if(by_key.begin(), by_key.end(), [&](const auto& v) { return v.first == other; });
        if (it == by_key.end()) it = by_key.insert(by_key.end(), {other, {}});
        it->second.push_back(e.place);
    }
    std::erase_if(out, [](const auto& kv) { return kv.second.by_key.size() < 2; });
    return out;
}

}  // namespace

const std::pair<Key, std::vector<Place>>* Variants::usual(Key copy) const {
    const std::pair<Key, std::vector<Place>>* best = nullptr;
    for (const auto& v : by_key)
        if (v.first != copy && (!best || v.second.size() > best->second.size())) best = &v;
    return best;
}

std::string comparison_key(std::string_view text) {
    std::string key = text::fold_for_comparison(text);
    // Closing punctuation and spaces: "Enregistrer" and "Enregistrer." say the same.
    while (!key.empty() && std::string_view(" .!?:;,…").find(key.back()) != std::string_view::npos) key.pop_back();
    while (key.size() >= 3 && key.ends_with("\xE2\x80\xA6")) key.resize(key.size() - 3);  // …
    return key;
}

SegmentKeys own_keys(const SegmentView& v) {
    if (v.document.format == xliff::DocumentFormat::TextPair || !takes_part(v.unit, v.segment)) return {};
    const std::string source = comparison_key(v.segment.source.text);
    const std::string target = comparison_key(v.segment.target->text);
    if (source.empty() || target.empty()) return {};
    return {hashed(source), hashed(target)};
}

void RunRepetitions::add(const xliff::Document& document, std::size_t ordinal) {
    if (document.format == xliff::DocumentFormat::TextPair) return;
    struct Seen {
        std::string lang;
        SegmentKeys keys;
        std::size_t unit_index;
        const xliff::Unit* unit;
        const xliff::Segment* segment;
    };
    std::vector<Seen> seen;  // keyed outside the lock: folding is the costly part
    std::size_t unit_index = 0;
    for (const auto& file : document.files) {
        std::string lang = text::fold_for_comparison(file.target_lang);
        for (const auto& unit : file.units) {
            for (const auto& seg : unit.segments) {
                if (!takes_part(unit, seg)) continue;
                const std::string source = comparison_key(seg.source.text);
                const std::string target = comparison_key(seg.target->text);
                if (!source.empty() && !target.empty())
                    seen.push_back({lang, {hashed(source), hashed(target)}, unit_index, &unit, &seg});
            }
            ++unit_index;
        }
    }
    const std::lock_guard lock(mutex_);
    paths_.insert(document.path);
    for (const auto& s : seen) {
        auto& variants = by_lang_[s.lang][s.keys.source];
        auto it = std::find_if(variants.begin(), variants.end(), [&](const auto& v) { return v.first == s.keys.target; });
        if (it == variants.end()) it = variants.insert(variants.end(), {s.keys.target, {}});
        Variant& v = it->second;
        ++v.count;
        v.copy = s.keys.source == s.keys.target;
        if (std::pair(ordinal, s.unit_index) < std::pair(v.ordinal, v.unit_index)) {
            v.ordinal = ordinal;
            v.unit_index = s.unit_index;
            v.path = document.path;
            v.unit_id = s.unit->id;
            v.text = s.segment->target->text;
        }
    }
}

const RunRepetitions::Variant* RunRepetitions::departure(const std::string& lang, Key source, Key target) const {
    if (source == 0) return nullptr;
    const auto by_source = by_lang_.find(lang);
    if (by_source == by_lang_.end()) return nullptr;
    const auto it = by_source->second.find(source);
    if (it == by_source->second.end() || it->second.size() < 2) return nullptr;
    const Variant* best = nullptr;
    Key best_key = 0;
    // As Variants::usual: never a copy; most places; on a tie the first in run order.
    const auto rank = [](const Variant& v) {
        return std::tuple(v.count, std::numeric_limits<std::size_t>::max() - v.ordinal,
                          std::numeric_limits<std::size_t>::max() - v.unit_index);
    };
    for (const auto& [key, v] : it->second)
        if (!v.copy && (!best || rank(v) > rank(*best))) {
            best = &v;
            best_key = key;
        }
    return best == nullptr || best_key == target ? nullptr : best;
}

const Repetitions& repetitions(const SegmentView& v) {
    return v.document_context.store().get<Repetitions>("consistency", [&] {
        std::vector<Entry> entries;
        for (const auto& file : v.document.files)
            for (const auto& unit : file.units)
                for (const auto& seg : unit.segments) {
                    if (!takes_part(unit, seg)) continue;
                    const std::string source = comparison_key(seg.source.text);
                    const std::string target = comparison_key(seg.target->text);
                    if (source.empty() || target.empty()) continue;
                    entries.push_back({{&unit, &seg}, {hashed(source), hashed(target)}});
                }
        Repetitions r;
        r.targets_of_source = variants(entries, &SegmentKeys::source, &SegmentKeys::target);
        r.sources_of_target = variants(entries, &SegmentKeys::target, &SegmentKeys::source);
        for (const auto& e : entries)
            if (r.targets_of_source.count(e.keys.source) || r.sources_of_target.count(e.keys.target))
                r.keys.emplace(e.place.segment, e.keys);
        return r;
    });
}

SegmentKeys keys_of(const SegmentView& v) {
    if (v.document.format == xliff::DocumentFormat::TextPair || v.is_alignment_gap()) return {};
    const auto& keys = repetitions(v).keys;
    const auto it = keys.find(&v.segment);
    return it == keys.end() ? SegmentKeys{} : it->second;
}

std::size_t words_of(std::string_view text) {
    std::size_t n = 0;
    bool in_word = false;
    for (char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        n += !space && !in_word;
        in_word = !space;
    }
    return n;
}

}  // namespace verity::rules::consistency
