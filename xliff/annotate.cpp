#include "xliff/annotate.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string_view>

#include <pugixml.hpp>

#include "xliff/source_text.hpp"

namespace verity::xliff {
namespace {

constexpr const char* kItsNamespace = "http://www.w3.org/2005/11/its";

std::string_view local_name(std::string_view name) {
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// "xlf:" for an element named "xlf:unit", "" for "unit": new XLIFF elements take their neighbours' prefix.
std::string prefix_of(std::string_view name) {
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? std::string() : std::string(name.substr(0, colon + 1));
}

void find_units(pugi::xml_node node, std::string_view unit_name, std::vector<pugi::xml_node>& out) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        if (local_name(child.name()) == unit_name) out.push_back(child);
        else find_units(child, unit_name, out);
    }
}

pugi::xml_node child_named(pugi::xml_node node, std::string_view name) {
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element && local_name(child.name()) == name) return child;
    return {};
}

// The ITS prefix the root binds, else a new binding ("its", or "its1"… when "its" means something else).
std::string its_prefix(pugi::xml_node root) {
    for (pugi::xml_attribute a : root.attributes()) {
        const std::string_view name = a.name();
        if (name.substr(0, 6) == "xmlns:" && std::string_view(a.value()) == kItsNamespace) return std::string(name.substr(6));
    }
    std::string prefix = "its";
    for (int n = 1; root.attribute(("xmlns:" + prefix).c_str()); ++n) prefix = "its" + std::to_string(n);
    root.append_attribute(("xmlns:" + prefix).c_str()) = kItsNamespace;
    return prefix;
}

class Annotator {
public:
    Annotator(pugi::xml_node root, bool v2) : root_(root), v2_(v2) {
        collect_ids(root);
        its_ = its_prefix(root);
        if (!root.attribute((its_ + ":version").c_str())) root.append_attribute((its_ + ":version").c_str()) = "2.0";
    }

    // Writes the issues of one segment; false when its segment is not there.
    bool annotate(pugi::xml_node unit, std::size_t segment_index, const std::vector<const QualityIssue*>& issues) {
        pugi::xml_node host = v2_ ? host_2x(unit, segment_index) : host_12(unit, segment_index, issues.front()->segment_id);
        if (!host) return false;
        const std::string id = next_id();
        const std::string standoff_name = its_ + ":locQualityIssues";
        pugi::xml_node& last = last_standoff_[unit.internal_object()];
        pugi::xml_node standoff = last          ? unit.insert_child_after(standoff_name.c_str(), last)
                                  : v2_         ? unit.insert_child_before(standoff_name.c_str(), first_element(unit))
                                                : insert_after_content_12(unit, standoff_name.c_str());
        last = standoff;
        standoff.append_attribute("xml:id") = id.c_str();
        for (const QualityIssue* issue : issues) {
            pugi::xml_node node = standoff.append_child((its_ + ":locQualityIssue").c_str());
            node.append_attribute("locQualityIssueType") = issue->type.c_str();
            node.append_attribute("locQualityIssueComment") = issue->comment.c_str();
            node.append_attribute("locQualityIssueSeverity") = std::clamp(issue->severity, 0, 100);
        }
        const std::string ref = "#" + id;
        if (!v2_) {
            host.append_attribute((its_ + ":locQualityIssuesRef").c_str()) = ref.c_str();
            return true;
        }
        // 2.x: the segment takes no attributes; an <mrk> around the content carries the reference.
        pugi::xml_node mark = host.prepend_child((prefix_of(host.name()) + "mrk").c_str());
        mark.append_attribute("id") = next_id().c_str();
        mark.append_attribute("type") = "its:generic";
        mark.append_attribute((its_ + ":locQualityIssuesRef").c_str()) = ref.c_str();
        while (mark.next_sibling()) mark.append_move(mark.next_sibling());
        return true;
    }

private:
    void collect_ids(pugi::xml_node node) {
        for (pugi::xml_attribute a : node.attributes())
            if (std::string_view(a.name()) == "xml:id" || std::string_view(a.name()) == "id") ids_.insert(a.value());
        for (pugi::xml_node child : node.children())
            if (child.type() == pugi::node_element) collect_ids(child);
    }

    std::string next_id() {
        std::string id;
        do id = std::string(kQualityIssueIdPrefix) + std::to_string(++counter_);
        while (ids_.count(id));
        ids_.insert(id);
        return id;
    }

    static pugi::xml_node first_element(pugi::xml_node node) {
        for (pugi::xml_node child : node.children())
            if (child.type() == pugi::node_element) return child;
        return {};
    }

    // The element of a 2.x segment that carries the mark: its target, else its source.
    static pugi::xml_node host_2x(pugi::xml_node unit, std::size_t segment_index) {
        std::size_t n = 0;
        for (pugi::xml_node child : unit.children()) {
            if (child.type() != pugi::node_element) continue;
            const std::string_view name = local_name(child.name());
            if (name != "segment" && name != "ignorable") continue;
            if (n++ != segment_index) continue;
            const pugi::xml_node target = child_named(child, "target");
            return target ? target : child_named(child, "source");
        }
        return {};
    }

    // 1.2: the target's segment mark when the unit is segmented, else the target, else the source.
    // 1.2, read as the reader reads it: a unit whose seg-source has segment marks (and whose target, if
    // any, has them too) is segmented by mid; any other is one segment.
    static pugi::xml_node host_12(pugi::xml_node unit, std::size_t segment_index, const std::string& segment_id) {
        const pugi::xml_node source = child_named(unit, "source");
        const pugi::xml_node target = child_named(unit, "target");
        const pugi::xml_node seg_source = child_named(unit, "seg-source");
        std::vector<pugi::xml_node> source_marks, target_marks;
        if (seg_source) collect_segment_marks(seg_source, source_marks);
        if (target && !source_marks.empty()) collect_segment_marks(target, target_marks);
        if (source_marks.empty() || (target && target_marks.empty()))
            return segment_index == 0 ? (target ? target : source) : pugi::xml_node{};
        // The target's mark of the segment's mid carries the reference, else (no target) the source's.
        const auto has_mid = [&](pugi::xml_node m) { return segment_id == m.attribute("mid").value(); };
        if (const auto t = std::find_if(target_marks.begin(), target_marks.end(), has_mid); t != target_marks.end()) return *t;
        const auto s = std::find_if(source_marks.begin(), source_marks.end(), has_mid);
        return s != source_marks.end() ? *s : pugi::xml_node{};
    }

    static void collect_segment_marks(pugi::xml_node node, std::vector<pugi::xml_node>& out) {
        for (pugi::xml_node child : node.children()) {
            if (child.type() != pugi::node_element) continue;
            if (local_name(child.name()) == "mrk" && std::string_view(child.attribute("mtype").value()) == "seg")
                out.push_back(child);
            else collect_segment_marks(child, out);
        }
    }

    // 1.2 keeps extension elements after the unit's own content; after the last target/seg-source/source.
    static pugi::xml_node insert_after_content_12(pugi::xml_node unit, const char* name) {
        pugi::xml_node after;
        for (pugi::xml_node child : unit.children()) {
            if (child.type() != pugi::node_element) continue;
            const std::string_view n = local_name(child.name());
            if (n == "source" || n == "seg-source" || n == "target") after = child;
        }
        return after ? unit.insert_child_after(name, after) : unit.append_child(name);
    }

    pugi::xml_node root_;
    bool v2_;
    std::string its_;
    std::set<std::string> ids_;
    std::size_t counter_ = 0;
    std::map<const void*, pugi::xml_node> last_standoff_;  // per unit: the standoff written last
};

// Writes pugixml's output into a string.
struct StringWriter : pugi::xml_writer {
    std::string out;
    void write(const void* data, std::size_t size) override { out.append(static_cast<const char*>(data), size); }
};

// The parser reads line ends as XML does (CR LF as LF), so a CR left in the text came from a character
// reference and is written as one again; a file written with CR LF gets its line ends back.
std::string line_ends_as_written(const std::string& text, bool crlf) {
    std::string out;
    out.reserve(text.size() + text.size() / 32);
    for (const char c : text) {
        if (c == '\r') {
            out += "&#13;";
            continue;
        }
        if (c == '\n' && crlf) out.push_back('\r');
        out.push_back(c);
    }
    return out;
}

// The prolog with its XML declaration naming UTF-8, the encoding the copy is written in.
std::string utf8_declaration(std::string prolog) {
    const std::size_t start = prolog.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;  // after a byte order mark
    if (prolog.compare(start, 6, "<?xml ") != 0) return prolog;
    const std::size_t end = prolog.find("?>", start);
    const std::size_t key = prolog.find("encoding", start);
    if (end == std::string::npos || key == std::string::npos || key > end) return prolog;
    const std::size_t open = prolog.find_first_of("\"'", key);
    const std::size_t close = open == std::string::npos ? open : prolog.find(prolog[open], open + 1);
    if (close == std::string::npos || close > end) return prolog;
    return prolog.replace(open + 1, close - open - 1, "UTF-8");
}

}  // namespace

AnnotateResult annotate_quality_issues(const std::string& path, const std::vector<QualityIssue>& issues) {
    AnnotateResult result;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.error = LoadError{"cannot read the file", {}};
        return result;
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LoadError error;
    std::optional<SourceText> source = SourceText::decode(std::move(bytes), error);
    if (!source) {
        result.error = error;
        return result;
    }
    // Everything kept: whitespace-only text, comments, processing instructions, the declaration and
    // doctype. Line ends and attribute whitespace are read as any XML parser reads them, so the copy
    // says the same to every reader.
    pugi::xml_document xml;
    const unsigned options = pugi::parse_full | pugi::parse_ws_pcdata;
    const pugi::xml_parse_result parsed = xml.load_buffer(source->utf8().data(), source->utf8().size(), options,
                                                          pugi::encoding_utf8);
    if (!parsed) {
        const auto offset = parsed.offset < 0 ? std::size_t{0} : static_cast<std::size_t>(parsed.offset);
        result.error = LoadError{std::string("XML is not well-formed: ") + parsed.description(), source->position(offset)};
        return result;
    }
    pugi::xml_node root = xml.document_element();
    const std::string_view version = root.attribute("version").value();
    const bool v2 = !version.empty() && version[0] == '2';
    std::vector<pugi::xml_node> units;
    find_units(root, v2 ? "unit" : "trans-unit", units);

    // Issues by unit and segment, in the order given.
    std::map<std::pair<std::size_t, std::size_t>, std::vector<const QualityIssue*>> by_segment;
    for (const auto& issue : issues) by_segment[{issue.unit_index, issue.segment_index}].push_back(&issue);
    if (!by_segment.empty()) {
        Annotator annotator(root, v2);
        for (const auto& [where, list] : by_segment) {
            const auto [unit_index, segment_index] = where;
            const bool found = unit_index < units.size() &&
                               list.front()->unit_id == units[unit_index].attribute("id").value() &&
                               annotator.annotate(units[unit_index], segment_index, list);
            (found ? result.placed : result.unplaced) += list.size();
        }
    }
    // The root element is written anew; what lies around it (declaration, comments, the line breaks
    // between them, which the DOM does not keep) is copied from the input.
    const std::string& original = source->utf8();
    const std::ptrdiff_t name_at = root.offset_debug();
    const std::string end_tag = "</" + std::string(root.name());
    const std::size_t end_at = original.rfind(end_tag);
    const std::size_t close_at = end_at == std::string::npos ? end_at : original.find('>', end_at);
    StringWriter writer;
    if (name_at < 1 || close_at == std::string::npos) {
        xml.save(writer, "", pugi::format_raw, pugi::encoding_utf8);
    } else {
        StringWriter element;
        root.print(element, "", pugi::format_raw, pugi::encoding_utf8);
        writer.out = utf8_declaration(original.substr(0, static_cast<std::size_t>(name_at - 1)));
        writer.out += line_ends_as_written(element.out, original.find("\r\n") != std::string::npos);
        writer.out.append(original, close_at + 1);
    }
    result.text = std::move(writer.out);
    return result;
}

}  // namespace verity::xliff
