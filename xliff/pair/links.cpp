#include "xliff/pair/links.hpp"

#include <optional>

namespace verity::xliff {
namespace {

void append_side(std::string& out, const std::vector<std::size_t>& side) {
    out += '[';
    for (std::size_t i = 0; i < side.size(); ++i) {
        if (i) out += ", ";
        out += std::to_string(side[i]);
    }
    out += ']';
}

// Parses "[1, 2]" at `pos`, advancing past it.
std::optional<std::vector<std::size_t>> read_side(std::string_view s, std::size_t& pos) {
    auto skip = [&] {
        while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
    };
    skip();
    if (pos >= s.size() || s[pos] != '[') return std::nullopt;
    ++pos;
    std::vector<std::size_t> side;
    for (;;) {
        skip();
        if (pos < s.size() && s[pos] == ']') break;
        if (pos >= s.size() || s[pos] < '0' || s[pos] > '9') return std::nullopt;
        std::size_t value = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') value = value * 10 + static_cast<std::size_t>(s[pos++] - '0');
        side.push_back(value);
        skip();
        if (pos < s.size() && s[pos] == ',') ++pos;
        else if (pos >= s.size() || s[pos] != ']') return std::nullopt;
    }
    ++pos;
    skip();
    return side;
}

}  // namespace

std::string format_links(const std::vector<Link>& links) {
    std::string out;
    for (const auto& link : links) {
        append_side(out, link.source);
        out += ':';
        append_side(out, link.target);
        out += '\n';
    }
    return out;
}

std::vector<Link> parse_links(std::string_view text) {
    std::vector<Link> links;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        std::size_t pos = 0;
        auto source = read_side(line, pos);
        if (!source || pos >= line.size() || line[pos] != ':') continue;
        ++pos;
        auto target = read_side(line, pos);
        if (!target || (pos < line.size() && line[pos] != '\r')) continue;
        links.push_back({std::move(*source), std::move(*target)});
    }
    return links;
}

}  // namespace verity::xliff
