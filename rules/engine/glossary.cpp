#include "rules/engine/glossary.hpp"

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "xliff/text/unicode.hpp"

namespace verity::rules {
namespace {

bool looks_like_language(std::string_view s) {
    const auto dash = s.find_first_of("-_");
    const std::string_view primary = s.substr(0, dash);
    if (primary.size() < 2 || primary.size() > 3) return false;
    for (char c : primary)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    return true;
}

std::string trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return std::string(s);
}

// XML character references and the five predefined entities; other markup inside a term is dropped.
std::string xml_text(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '<') {
            const auto close = s.find('>', i);
            if (close == std::string_view::npos) break;
            i = close;
            continue;
        }
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const auto semi = s.find(';', i);
        if (semi == std::string_view::npos) {
            out += s[i];
            continue;
        }
        const std::string_view ref = s.substr(i + 1, semi - i - 1);
        if (ref == "amp") out += '&';
        else if (ref == "lt") out += '<';
        else if (ref == "gt") out += '>';
        else if (ref == "quot") out += '"';
        else if (ref == "apos") out += '\'';
        else if (!ref.empty() && ref[0] == '#') {
            const bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
            const unsigned long cp = std::strtoul(std::string(ref.substr(hex ? 2 : 1)).c_str(), nullptr, hex ? 16 : 10);
            char32_t c = static_cast<char32_t>(cp);
            if (c < 0x80) out += static_cast<char>(c);
            else if (c < 0x800) out += {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
            else if (c < 0x10000)
                out += {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                        static_cast<char>(0x80 | (c & 0x3F))};
            else
                out += {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
                        static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
        } else {
            out.append(s.substr(i, semi - i + 1));
        }
        i = semi;
    }
    return trim(out);
}

// The value of attribute `name` in an opening tag.
std::string attribute(std::string_view tag, std::string_view name) {
    for (std::size_t at = tag.find(name); at != std::string_view::npos; at = tag.find(name, at + 1)) {
        if (at > 0 && tag[at - 1] != ' ' && tag[at - 1] != '\t' && tag[at - 1] != '\n') continue;
        std::size_t i = at + name.size();
        while (i < tag.size() && tag[i] == ' ') ++i;
        if (i >= tag.size() || tag[i] != '=') continue;
        ++i;
        while (i < tag.size() && tag[i] == ' ') ++i;
        if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) continue;
        const auto close = tag.find(tag[i], i + 1);
        if (close == std::string_view::npos) return {};
        return std::string(tag.substr(i + 1, close - i - 1));
    }
    return {};
}

std::size_t line_of(std::string_view body, std::size_t offset) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset && i < body.size(); ++i) line += body[i] == '\n';
    return line;
}

std::string toml_string(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) {
            out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
            continue;
        }
        out += c;
    }
    return out + "\"";
}

}  // namespace

std::optional<Glossary> parse_glossary_csv(std::string_view body, std::string_view name, std::string& error) {
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    // The separator is whichever of , ; tab the first line has.
    const std::string_view first_line = body.substr(0, body.find('\n'));
    char sep = ',';
    if (first_line.find('\t') != std::string_view::npos) sep = '\t';
    else if (first_line.find(';') != std::string_view::npos && first_line.find(',') == std::string_view::npos) sep = ';';

    std::vector<std::vector<std::string>> rows;
    std::vector<std::size_t> row_lines;
    std::vector<std::string> row(1);
    bool quoted = false;
    std::size_t line = 1, row_line = 1;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (quoted) {
            if (c == '"' && i + 1 < body.size() && body[i + 1] == '"') row.back() += '"', ++i;
            else if (c == '"') quoted = false;
            else row.back() += c, line += c == '\n';
            continue;
        }
        if (c == '"' && trim(row.back()).empty()) quoted = true, row.back().clear();
        else if (c == sep) row.emplace_back();
        else if (c == '\n') {
            rows.push_back(std::move(row));
            row_lines.push_back(row_line);
            row.assign(1, "");
            row_line = ++line;
        } else row.back() += c;
    }
    if (quoted) {
        error = fmt::format("{}:{}: a quoted field is not closed", name, row_line);
        return std::nullopt;
    }
    rows.push_back(std::move(row));
    row_lines.push_back(row_line);

    Glossary g;
    std::string lang[2];
    bool header_seen = false;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        auto& cells = rows[r];
        if (cells.size() == 1 && trim(cells[0]).empty()) continue;  // blank line
        if (cells.size() < 2) {
            error = fmt::format("{}:{}: expected two columns (source term, target term)", name, row_lines[r]);
            return std::nullopt;
        }
        const std::string a = trim(cells[0]), b = trim(cells[1]);
        if (!header_seen && looks_like_language(a) && looks_like_language(b)) {
            lang[0] = primary_language(a);
            lang[1] = primary_language(b);
            header_seen = true;
            continue;
        }
        header_seen = true;
        if (a.empty() || b.empty()) continue;
        g.entries.push_back({{{lang[0], a}, {lang[1], b}}});
    }
    return g;
}

std::optional<Glossary> parse_glossary_tbx(std::string_view body, std::string_view name, std::string& error) {
    Glossary g;
    if (body.find("<tbx") == std::string_view::npos && body.find("<martif") == std::string_view::npos) {
        error = fmt::format("{}:1: not a TBX file (no <tbx> or <martif> root)", name);
        return std::nullopt;
    }
    for (std::size_t at = 0;;) {
        const std::size_t a = body.find("<termEntry", at), b = body.find("<conceptEntry", at);
        const std::size_t start = std::min(a, b);
        if (start == std::string_view::npos) break;
        const std::string_view closing = start == a ? "</termEntry>" : "</conceptEntry>";
        const std::size_t end = body.find(closing, start);
        if (end == std::string_view::npos) {
            error = fmt::format("{}:{}: entry is not closed", name, line_of(body, start));
            return std::nullopt;
        }
        const std::string_view entry = body.substr(start, end - start);
        GlossaryEntry e;
        std::string language;
        for (std::size_t i = 0; i < entry.size();) {
            const std::size_t lt = entry.find('<', i);
            if (lt == std::string_view::npos) break;
            const std::size_t gt = entry.find('>', lt);
            if (gt == std::string_view::npos) break;
            const std::string_view tag = entry.substr(lt, gt - lt + 1);
            if (tag.starts_with("<langSet") || tag.starts_with("<langSec")) {
                language = primary_language(attribute(tag, "xml:lang"));
            } else if (tag.starts_with("<term>") || tag.starts_with("<term ")) {
                const std::size_t close = entry.find("</term>", gt);
                if (close == std::string_view::npos) break;
                const std::string term = xml_text(entry.substr(gt + 1, close - gt - 1));
                if (!term.empty()) e.terms.emplace_back(language, term);
                i = close + 7;
                continue;
            }
            i = gt + 1;
        }
        if (e.terms.size() >= 2) g.entries.push_back(std::move(e));
        at = end + closing.size();
    }
    return g;
}

std::optional<Glossary> load_glossary(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = fmt::format("{}: cannot read the glossary", path);
        return std::nullopt;
    }
    std::ostringstream body;
    body << in.rdbuf();
    std::string lower = path;
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (lower.ends_with(".tbx") || lower.ends_with(".xml")) return parse_glossary_tbx(body.str(), path, error);
    return parse_glossary_csv(body.str(), path, error);
}

std::optional<PackError> add_glossary(PackSet& packs, const Glossary& glossary, std::string_view name) {
    std::string toml = "language = \"mul\"\n\n[terminology]\nterms = [\n";
    for (const auto& e : glossary.entries) {
        toml += "  [";
        for (std::size_t i = 0; i < e.terms.size(); ++i) {
            const auto& [lang, term] = e.terms[i];
            toml += (i ? ", " : "") + toml_string(lang.empty() ? term : lang + ": " + term);
        }
        toml += "],\n";
    }
    toml += "]\n";
    return packs.add(name, toml);
}

std::pair<std::string, std::string> split_term(std::string_view entry) {
    const auto colon = entry.find(':');
    if (colon != std::string_view::npos && colon <= 8 && looks_like_language(entry.substr(0, colon))) {
        std::string_view term = entry.substr(colon + 1);
        while (!term.empty() && term.front() == ' ') term.remove_prefix(1);
        return {primary_language(entry.substr(0, colon)), std::string(term)};
    }
    return {"", std::string(entry)};
}

}  // namespace verity::rules
