#include "rules/engine/rule.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

#include "xliff/text/glob.hpp"

namespace verity::rules {

std::string RuleOptions::get(const RuleInfo& info, std::string_view name) const {
    if (auto it = values_.find(name); it != values_.end()) return it->second;
    for (const auto& opt : info.options)
        if (opt.name == name) return opt.default_value;
    throw std::logic_error("rule " + info.id + " reads undeclared option " + std::string(name));
}

double RuleOptions::get_number(const RuleInfo& info, std::string_view name) const {
    const std::string value = get(info, name);
    double out = 0;
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (ec != std::errc() || ptr != value.data() + value.size() || !std::isfinite(out))
        throw std::invalid_argument("option " + info.id + "." + std::string(name) + " must be a number, got '" +
                                    value + "'");
    // Every numeric option is a count, a share or a number of standard deviations: none is below zero.
    if (out < 0)
        throw std::invalid_argument("option " + info.id + "." + std::string(name) + " must be zero or more, got '" +
                                    value + "'");
    return out;
}

void Registry::add(RuleInfo info, RuleFactory make) {
    if (find(info.id)) throw std::logic_error("duplicate rule id: " + info.id);
    entries_.push_back({std::move(info), make});
}

const RuleEntry* Registry::find(std::string_view id) const {
    for (const auto& e : entries_)
        if (e.info.id == id) return &e;
    return nullptr;
}

std::vector<std::string_view> split_rule_globs(std::string_view globs) {
    std::vector<std::string_view> items;
    while (!globs.empty()) {
        const auto comma = globs.find(',');
        std::string_view item = globs.substr(0, comma);
        globs = comma == std::string_view::npos ? std::string_view{} : globs.substr(comma + 1);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (!item.empty()) items.push_back(item);
    }
    return items;
}

std::vector<const RuleEntry*> select_rules(const Registry& registry, std::string_view globs) {
    std::vector<std::string_view> include, exclude;
    for (const std::string_view item : split_rule_globs(globs)) {
        if (item.front() == '-') exclude.push_back(item.substr(1));
        else include.push_back(item);
    }
    std::vector<const RuleEntry*> out;
    for (const auto& e : registry.entries()) {
        const auto matches = [&](std::string_view glob) { return text::glob_match(glob, e.info.id); };
        const bool in = include.empty() || std::any_of(include.begin(), include.end(), matches);
        const bool out_ = std::any_of(exclude.begin(), exclude.end(), matches);
        if (in && !out_) out.push_back(&e);
    }
    return out;
}

NeighbourSegments neighbour_segments(const SegmentView& v, bool (*keep)(const xliff::Unit&), std::size_t max_units) {
    NeighbourSegments n;
    const auto& segs = v.unit.segments;
    const std::size_t si = v.segment_index;
    if (si > 0 && si - 1 < segs.size()) n.before = &segs[si - 1];
    if (si + 1 < segs.size()) n.after = &segs[si + 1];
    const auto& units = v.file.units;
    if (units.empty() || &v.unit < units.data() || &v.unit >= units.data() + units.size()) return n;
    const std::size_t ui = static_cast<std::size_t>(&v.unit - units.data());
    if (si == 0)
        for (std::size_t i = ui, steps = 0; i > 0 && steps < max_units; --i, ++steps)
            if (!units[i - 1].segments.empty() && keep(units[i - 1])) {
                n.before = &units[i - 1].segments.back();
                break;
            }
    if (si + 1 >= segs.size())
        for (std::size_t i = ui + 1, steps = 0; i < units.size() && steps < max_units; ++i, ++steps)
            if (!units[i].segments.empty() && keep(units[i])) {
                n.after = &units[i].segments.front();
                break;
            }
    return n;
}

}  // namespace verity::rules
