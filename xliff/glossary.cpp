#include "xliff/glossary.hpp"

#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "xliff/source_text.hpp"
#include "xliff/text/case_folding.hpp"
#include "xliff/text/decode.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::xliff {
namespace {

std::string trim(std::string_view s, std::string_view spaces) {
    const std::size_t begin = s.find_first_not_of(spaces);
    if (begin == std::string_view::npos) return {};
    return std::string(s.substr(begin, s.find_last_not_of(spaces) - begin + 1));
}

// CSV cells keep line breaks inside quotes; only blanks and a CR before the line end are trimmed.
std::string trim_cell(std::string_view s) { return trim(s, " \t\r"); }

// ---- CSV ------------------------------------------------------------------------------------

struct CsvRows {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::size_t> lines;  // the line each row starts on
};

// Splits the body into rows of cells: RFC 4180 quotes, `sep` between cells. False, with the line of
// the row, when a quoted field is not closed.
bool split_csv(std::string_view body, char sep, CsvRows& out, std::size_t& bad_line) {
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
        if (c == '"' && trim_cell(row.back()).empty()) quoted = true, row.back().clear();
        else if (c == sep) row.emplace_back();
        else if (c == '\n') {
            out.rows.push_back(std::move(row));
            out.lines.push_back(row_line);
            row.assign(1, "");
            row_line = ++line;
        } else row.back() += c;
    }
    if (quoted) {
        bad_line = row_line;
        return false;
    }
    out.rows.push_back(std::move(row));
    out.lines.push_back(row_line);
    return true;
}

// ---- TBX ------------------------------------------------------------------------------------

std::string_view local_name(const pugi::xml_node node) {
    const std::string_view name = node.name();
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Deep enough for any real termbase; stops hostile nesting from exhausting the stack.
constexpr int kMaxDepth = 512;

// The text under `node`, markup dropped (entities and CDATA decoded by the parser).
void append_text(const pugi::xml_node node, std::string& out, int depth) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling()) {
        if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) out += n.value();
        else if (n.type() == pugi::node_element) append_text(n, out, depth + 1);
    }
}

// The terms under `node`, each with the language of the langSet/langSec that holds it.
void collect_terms(const pugi::xml_node node, const std::string& language, GlossaryEntry& entry, int depth) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling()) {
        if (n.type() != pugi::node_element) continue;
        const std::string_view name = local_name(n);
        if (name == "term") {
            std::string term;
            append_text(n, term, depth + 1);
            term = trim(term, " \t\r\n");
            if (!term.empty()) entry.terms.emplace_back(language, std::move(term));
        } else if (name == "langSet" || name == "langSec") {
            collect_terms(n, text::primary_language(n.attribute("xml:lang").value()), entry, depth + 1);
        } else {
            collect_terms(n, language, entry, depth + 1);
        }
    }
}

void collect_entries(const pugi::xml_node parent, Glossary& glossary, int depth) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
        if (n.type() != pugi::node_element) continue;
        const std::string_view name = local_name(n);
        if (name == "termEntry" || name == "conceptEntry") {
            GlossaryEntry e;
            collect_terms(n, std::string(), e, depth + 1);
            if (e.terms.size() >= 2) glossary.entries.push_back(std::move(e));
        } else {
            collect_entries(n, glossary, depth + 1);
        }
    }
}

}  // namespace

std::optional<Glossary> parse_glossary_csv(std::string_view body, std::string_view name, std::string& error) {
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    if (const std::size_t bad = text::utf8::find_invalid(body); bad != std::string_view::npos) {
        error = fmt::format("{}:{}: invalid UTF-8 byte sequence (save the file as UTF-8)", name,
                            text::line_column(body, bad).line);
        return std::nullopt;
    }
    // The separator is whichever of , ; tab the first line has.
    const std::string_view first_line = body.substr(0, body.find('\n'));
    char sep = ',';
    if (first_line.find('\t') != std::string_view::npos) sep = '\t';
    else if (first_line.find(';') != std::string_view::npos && first_line.find(',') == std::string_view::npos)
        sep = ';';

    CsvRows csv;
    std::size_t bad_line = 0;
    if (!split_csv(body, sep, csv, bad_line)) {
        error = fmt::format("{}:{}: a quoted field is not closed", name, bad_line);
        return std::nullopt;
    }
    Glossary g;
    std::string lang[2];
    bool header_seen = false;
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        const auto& cells = csv.rows[r];
        if (cells.size() == 1 && trim_cell(cells[0]).empty()) continue;  // blank line
        if (cells.size() < 2) {
            error = fmt::format("{}:{}: expected two columns (source term, target term)", name, csv.lines[r]);
            return std::nullopt;
        }
        const std::string a = trim_cell(cells[0]), b = trim_cell(cells[1]);
        if (!header_seen && text::is_language_code(a) && text::is_language_code(b)) {
            lang[0] = text::primary_language(a);
            lang[1] = text::primary_language(b);
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
    LoadError problem;
    std::optional<SourceText> source = SourceText::decode(body, problem);
    if (!source) {
        error = problem.position.line ? fmt::format("{}:{}: {}", name, problem.position.line, problem.message)
                                      : fmt::format("{}: {}", name, problem.message);
        return std::nullopt;
    }
    pugi::xml_document xml;
    const std::string& utf8 = source->utf8();
    const pugi::xml_parse_result parsed =
        xml.load_buffer(utf8.data(), utf8.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
        const auto offset = parsed.offset < 0 ? std::size_t{0} : static_cast<std::size_t>(parsed.offset);
        error = fmt::format("{}:{}: XML is not well-formed: {}", name, source->position(offset).line,
                            parsed.description());
        return std::nullopt;
    }
    const pugi::xml_node root = xml.document_element();
    const std::string_view root_name = local_name(root);
    if (root_name != "tbx" && root_name != "martif") {
        const auto offset = root.offset_debug();
        error = fmt::format("{}:{}: not a TBX file (root element <{}>, expected <tbx> or <martif>)", name,
                            source->position(offset < 0 ? 0 : static_cast<std::size_t>(offset)).line, root.name());
        return std::nullopt;
    }
    Glossary g;
    collect_entries(root, g, 0);
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
    const std::string lower = text::ascii_lower(path);
    if (lower.ends_with(".tbx") || lower.ends_with(".xml")) return parse_glossary_tbx(body.str(), path, error);
    return parse_glossary_csv(body.str(), path, error);
}

}  // namespace verity::xliff
