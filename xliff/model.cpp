#include "xliff/model.hpp"

#include <algorithm>

#include "xliff/text/utf8.hpp"

namespace verity::xliff {

Position position_in_file(const Content& content, std::size_t offset) {
    const auto& anchors = content.anchors;
    if (anchors.empty()) return content.position;
    offset = std::min(offset, content.text.size());
    auto after = std::upper_bound(anchors.begin(), anchors.end(), offset,
                                  [](std::size_t o, const TextAnchor& a) { return o < a.offset; });
    const TextAnchor& from = after == anchors.begin() ? anchors.front() : *std::prev(after);
    Position at = from.position;
    for (std::size_t i = std::min(from.offset, offset); i < offset;) {
        if (text::utf8::next(content.text, i) == '\n') {
            ++at.line;
            at.column = 1;
        } else {
            ++at.column;
        }
    }
    return at;
}

std::string_view unit_type_of(UnitOrigin origin) {
    switch (origin) {
        case UnitOrigin::Input: return {};
        case UnitOrigin::Dropped: return "verity:dropped";
        case UnitOrigin::Added: return "verity:added";
    }
    return {};
}

UnitOrigin unit_origin_of(std::string_view type) {
    if (type == unit_type_of(UnitOrigin::Dropped)) return UnitOrigin::Dropped;
    if (type == unit_type_of(UnitOrigin::Added)) return UnitOrigin::Added;
    return UnitOrigin::Input;
}

std::string_view to_string(DocumentFormat format) {
    switch (format) {
        case DocumentFormat::Xliff12: return "xliff-1.2";
        case DocumentFormat::Xliff20: return "xliff-2.0";
        case DocumentFormat::Xliff21: return "xliff-2.1";
        case DocumentFormat::Xliff22: return "xliff-2.2";
        case DocumentFormat::TextPair: return "text-pair";
    }
    return {};
}


std::optional<std::size_t> gettext_plural_form(const Unit& unit) {
    const std::string& id = unit.id;
    if (id.size() < 4 || id.back() != ']') return std::nullopt;
    const std::size_t open = id.rfind('[');
    if (open == std::string::npos || open == 0 || open + 2 >= id.size()) return std::nullopt;
    std::size_t form = 0;
    for (std::size_t i = open + 1; i + 1 < id.size(); ++i) {
        if (id[i] < '0' || id[i] > '9') return std::nullopt;
        form = form * 10 + static_cast<std::size_t>(id[i] - '0');
    }
    const std::string_view group = unit.group_path;
    const std::string_view base = std::string_view(id).substr(0, open);
    if (group != base && !(group.size() > base.size() && group.ends_with(base) && group[group.size() - base.size() - 1] == '/'))
        return std::nullopt;
    return form;
}

}  // namespace verity::xliff
