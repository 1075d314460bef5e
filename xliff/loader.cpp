#include "xliff/loader.hpp"

#include <algorithm>

#include "xliff/text/language_tag.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::xliff::detail {
namespace {

constexpr std::string_view kXliffNamespace = "urn:oasis:names:tc:xliff:document:";

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

}  // namespace

std::string join_path(const std::string& parent, std::string_view id) {
    if (id.empty()) return parent;
    if (parent.empty()) return std::string(id);
    std::string out;
    out.reserve(parent.size() + 1 + id.size());
    out.append(parent).append(1, '/').append(id);
    return out;
}

LoadResult Loader::run() {
    LoadResult result;
    try {
        result.document = load();
    } catch (const Failure& f) {
        result.error = f.error;
    }
    return result;
}

Document Loader::load() {
    // Parsed in place: the text is not needed afterwards (positions come from the source's
    // index), and a copy of a large file costs as much as parsing it. The terminating zero is
    // what pugixml's own copy would end with, so offsets and error messages stay the same.
    std::string& text = source_.buffer();
    find_escapes(text);
    text.push_back('\0');
    // ws_pcdata keeps whitespace-only text between inline codes; the rest decodes CDATA,
    // entities and line ends as XML requires.
    const pugi::xml_parse_result parsed = xml_.load_buffer_inplace(
        text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    if (!parsed) {
        const auto offset = parsed.offset < 0 ? std::size_t{0} : static_cast<std::size_t>(parsed.offset);
        throw Failure{{std::string("XML is not well-formed: ") + parsed.description(), source_.position(offset)}};
    }
    const pugi::xml_node root = xml_.document_element();
    if (!root) throw Failure{{"XML document has no root element", {1, 1}}};
    const std::string_view root_name = root.name();
    if (local_part(root_name) != "xliff")
        fail(root, "not an XLIFF document: root element is <" + std::string(root_name) + ">");
    collect_prefixes(root);

    Document doc;
    doc.path = path_;
    const std::string_view version = attr(root, "version");
    if (!has_attr(root, "version")) fail(root, "xliff element has no version attribute");
    if (version == "1.2" || version == "1.1" || version == "1.0") {
        // 1.0 and 1.1 share 1.2's file/body/trans-unit structure; read them the same way.
        doc.format = DocumentFormat::Xliff12;
        v2_ = false;
        read_document_12(root, doc);
    } else if (version == "2.0" || version == "2.1" || version == "2.2") {
        doc.format = version == "2.0" ? DocumentFormat::Xliff20
                     : version == "2.1" ? DocumentFormat::Xliff21
                                        : DocumentFormat::Xliff22;
        v2_ = true;
        read_document_2x(root, doc);
    } else {
        fail(root, "unknown XLIFF version \"" + std::string(version) + "\" (expected 1.2, 2.0, 2.1 or 2.2)");
    }
    if (!doc.files.empty()) {
        doc.source_lang = doc.files.front().source_lang;
        doc.target_lang = doc.files.front().target_lang;
    }
    return doc;
}

// XLIFF elements are those whose prefix is bound to the XLIFF namespace on the root (or the
// root's own prefix); unprefixed names count when no other default namespace is declared.
void Loader::collect_prefixes(pugi::xml_node root) {
    const std::string_view name = root.name();
    const std::size_t colon = name.find(':');
    prefixes_.push_back(colon == std::string_view::npos ? std::string_view{} : name.substr(0, colon));
    bool default_declared = false;
    for (const pugi::xml_attribute a : root.attributes()) {
        const std::string_view an = a.name();
        const bool is_xliff = std::string_view(a.value()).starts_with(kXliffNamespace);
        if (an == "xmlns") {
            default_declared = true;
            if (is_xliff) prefixes_.push_back({});
        } else if (an.starts_with("xmlns:") && is_xliff) {
            prefixes_.push_back(an.substr(6));
        }
    }
    if (!default_declared) prefixes_.push_back({});
}

pugi::xml_node Loader::child(pugi::xml_node parent, std::string_view local) const {
    for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling())
        if (xliff_name(c) == local) return c;
    return {};
}

Position Loader::position_of(pugi::xml_node node) {
    const std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return {};
    // offset_debug points at an element's name; report the '<' before it.
    const std::size_t at = static_cast<std::size_t>(offset);
    return source_.position(node.type() == pugi::node_element && at > 0 ? at - 1 : at);
}

void Loader::fail(pugi::xml_node node, std::string message) {
    throw Failure{{std::move(message), position_of(node)}};
}

void Loader::defect(pugi::xml_node node, std::string message) {
    if (current_unit_) current_unit_->defects.push_back({std::move(message), position_of(node)});
}

void Loader::require_attr(pugi::xml_node node, const char* name) {
    if (!has_attr(node, name))
        fail(node, std::string(local_part(node.name())) + " has no " + name + " attribute");
}

void Loader::check_depth(pugi::xml_node node, int depth) {
    if (depth > kMaxDepth) fail(node, "elements are nested too deeply (more than 512 levels)");
}

// Units of a container and its groups, so that the file's units are allocated once.
std::size_t Loader::count_units(pugi::xml_node parent, std::string_view unit_name, int depth) const {
    if (depth > kMaxDepth) return 0;
    std::size_t n = 0;
    for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
        const std::string_view name = xliff_name(c);
        if (name == unit_name) ++n;
        else if (name == "group") n += count_units(c, unit_name, depth + 1);
    }
    return n;
}

void Loader::require_id(pugi::xml_node n) {
    require_attr(n, "id");
    check_id(n, "id");
}

// 2.x ids are NMTOKENs: ASCII letters, digits and . - _ : (any non-ASCII is let through).
// Checked on segments, data and inline codes, which tools generate; file, group and unit
// ids often carry names from the source (with spaces) and are only required to exist.
void Loader::check_id(pugi::xml_node n, const char* attribute) {
    const std::string_view id = attr(n, attribute);
    const bool ok = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || is_ascii_alnum(c) || c == '.' || c == '-' || c == '_' || c == ':';
    });
    if (!ok)
        fail(n, std::string(local_part(n.name())) + " " + attribute + " \"" + std::string(id) +
                    "\" is not a valid XML name token");
}

// BCP 47 shape only: a 2-8 letter primary subtag (or x/i), then 1-8 letter/digit subtags.
// An empty value passes: it says "unknown", which the caller can live with.
void Loader::check_language(pugi::xml_node n, const char* attribute) {
    const std::string_view tag = attr(n, attribute);
    if (!tag.empty() && !text::is_well_formed_language_tag(tag))
        fail(n, std::string(attribute) + " \"" + std::string(tag) + "\" is not a well-formed language tag");
}

Unit& Loader::add_unit(pugi::xml_node node, File& file, const std::string& path) {
    const std::string_view id = attr(node, "id");
    const bool duplicate = !unit_ids_.insert(id);
    Unit& unit = file.units.emplace_back();
    current_unit_ = &unit;
    // Checked all the same: a tool that repeats an id loses track of one of the units, Verity need not.
    if (duplicate) defect(node, "duplicate unit id \"" + std::string(id) + "\" in file \"" + file.id + "\"");
    unit.id = id;
    unit.group_path = path;
    unit.position = position_of(node);
    return unit;
}

Content Loader::read_content(pugi::xml_node element) {
    Content content;
    content.position = position_of(element);
    append_content(element, content, 0);
    return content;
}

void Loader::add_code(Content& content, CodeKind kind, std::string_view element, std::string_view id,
                      std::string data) {
    InlineCode& code = content.codes.emplace_back();
    code.kind = kind;
    code.element = element;
    code.id = id;
    code.data = std::move(data);
    code.offset = content.text.size();
}

// First non-empty of the candidates: native code beats equivalent text beats display text.
std::string Loader::first_of(std::initializer_list<std::string_view> candidates) {
    for (const std::string_view c : candidates)
        if (!c.empty()) return std::string(c);
    return {};
}

void Loader::append_content(pugi::xml_node parent, Content& content, int depth) {
    check_depth(parent, depth);
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
        const pugi::xml_node_type type = n.type();
        if (type == pugi::node_pcdata || type == pugi::node_cdata) {
            const std::size_t begin = content.text.size();
            content.text.append(n.value());
            anchor_run(n, content, begin);
        } else if (type == pugi::node_element) {
            if (v2_)
                append_element_2x(n, content, depth);
            else
                append_element_12(n, content, depth);
        }
    }
}

// What pugixml decodes (parse_escapes, parse_eol): the five predefined entities and decimal or hex
// character references, each ended by ';' (anything else stays as written), and CR LF.
void Loader::find_escapes(std::string_view text) {
    escapes_.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            escapes_.push_back({i, 2, 1, false});
            continue;
        }
        if (c != '&') continue;
        const std::size_t semi = text.find(';', i + 1);
        if (semi == std::string_view::npos || semi - i > 12) continue;
        const std::string_view body = text.substr(i + 1, semi - i - 1);
        std::uint8_t parsed = 0;
        if (body == "amp" || body == "lt" || body == "gt" || body == "apos" || body == "quot") {
            parsed = 1;
        } else if (body.size() > 1 && body[0] == '#') {
            const bool hex = body[1] == 'x';
            const std::string_view digits = body.substr(hex ? 2 : 1);
            std::uint32_t cp = 0;
            bool ok = !digits.empty();
            for (const char d : digits) {
                const int v = d >= '0' && d <= '9'                ? d - '0'
                              : hex && d >= 'a' && d <= 'f'       ? d - 'a' + 10
                              : hex && d >= 'A' && d <= 'F'       ? d - 'A' + 10
                                                                  : -1;
                ok = ok && v >= 0;
                if (ok) cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
            }
            if (!ok) continue;
            parsed = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        } else {
            continue;
        }
        escapes_.push_back({i, static_cast<std::uint8_t>(semi - i + 1), parsed, true});
        i = semi;
    }
}

void Loader::anchor_run(pugi::xml_node n, Content& content, std::size_t begin) {
    const std::ptrdiff_t start = n.offset_debug();
    if (start < 0) return;
    const bool cdata = n.type() == pugi::node_cdata;
    std::size_t raw = static_cast<std::size_t>(start);
    std::size_t parsed = begin;
    const std::size_t end = content.text.size();
    content.anchors.push_back({parsed, source_.position(raw)});
    auto e = std::lower_bound(escapes_.begin(), escapes_.end(), raw,
                              [](const Escape& x, std::size_t o) { return x.offset < o; });
    for (; e != escapes_.end(); ++e) {
        if (e->offset - raw >= end - parsed) break;  // the run ends before it
        if (cdata && e->reference) continue;
        parsed += e->offset - raw + e->parsed;
        raw = e->offset + e->raw;
        if (e->reference) content.anchors.push_back({parsed, source_.position(raw)});
    }
}

// 2.x <cp hex="..."/> stands for a character XML cannot carry.
void Loader::append_code_point(pugi::xml_node n, std::string& out) {
    const std::string_view hex = attr(n, "hex");
    char32_t cp = 0;
    bool valid = !hex.empty() && hex.size() <= 6;
    for (const char c : hex) {
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                 : -1;
        if (digit < 0) valid = false;
        if (valid) cp = cp * 16 + static_cast<char32_t>(digit);
    }
    if (!valid || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        fail(n, "cp has an invalid hex value \"" + std::string(hex) + "\"");
    text::utf8::append(out, cp);
}

// Native code text: all descendant text (1.2 sub included, 2.x cp decoded).
void Loader::append_data_text(pugi::xml_node parent, std::string& out, int depth) {
    check_depth(parent, depth);
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
        const pugi::xml_node_type type = n.type();
        if (type == pugi::node_pcdata || type == pugi::node_cdata)
            out.append(n.value());
        else if (type == pugi::node_element && v2_ && xliff_name(n) == "cp")
            append_code_point(n, out);
        else if (type == pugi::node_element)
            append_data_text(n, out, depth + 1);
    }
}

}  // namespace verity::xliff::detail
