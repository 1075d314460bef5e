// XLIFF 1.2 (and 1.0, 1.1, and Trados .sdlxliff): file > body > group* > trans-unit, segmented by
// seg-source marks when a tool has segmented the unit.
#include "xliff/loader.hpp"

#include <unordered_map>

namespace verity::xliff::detail {

void Loader::read_document_12(pugi::xml_node root, Document& doc) {
    for (pugi::xml_node f = root.first_child(); f; f = f.next_sibling()) {
        if (xliff_name(f) != "file") continue;
        // Real CAT-tool files often omit original/datatype, so only the source language is required.
        require_attr(f, "source-language");
        File& file = doc.files.emplace_back();
        file.id = attr(f, "original");
        file.source_lang = attr(f, "source-language");
        file.target_lang = attr(f, "target-language");
        unit_ids_.clear();
        if (const pugi::xml_node body = child(f, "body")) {
            file.units.reserve(count_units(body, "trans-unit", 0));
            unit_ids_.reserve(file.units.capacity());
            read_container_12(body, file, std::string(), translate_flag(f, true), 0);
        }
    }
    if (doc.files.empty()) fail(root, "xliff has no <file> element");
}

void Loader::read_container_12(pugi::xml_node parent, File& file, const std::string& path, bool translate, int depth) {
    check_depth(parent, depth);
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
        const std::string_view name = xliff_name(n);
        if (name == "group") {
            // 1.2 groups need no id; fall back to resname so the path still says something.
            std::string_view id = attr(n, "id");
            if (id.empty()) id = attr(n, "resname");
            read_container_12(n, file, join_path(path, id), translate_flag(n, translate), depth + 1);
        } else if (name == "trans-unit") {
            read_unit_12(n, file, path, translate);
        }
    }
}

void Loader::read_unit_12(pugi::xml_node node, File& file, const std::string& path, bool translate) {
    require_attr(node, "id");
    Unit& unit = add_unit(node, file, path);
    unit.translate = translate_flag(node, translate);
    const std::string_view restype = attr(node, "restype");
    unit.type = restype.starts_with("x-verity-") ? "verity:" + std::string(restype.substr(9)) : std::string(restype);
    unit.origin = unit_origin_of(unit.type);
    for (pugi::xml_node n = node; n && unit.datatype.empty(); n = n.parent()) unit.datatype = attr(n, "datatype");
    const bool approved = attr(node, "approved") == "yes";

    // The first of each, in one pass over the children.
    pugi::xml_node source, target, seg_source;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        const std::string_view name = xliff_name(c);
        pugi::xml_node* slot = name == "source" ? &source : name == "target" ? &target
                                                           : name == "seg-source" ? &seg_source : nullptr;
        if (slot && !*slot) *slot = c;
        if (name == "note") unit.notes.emplace_back(c.text().get());
    }
    if (!source) fail(node, "trans-unit has no <source> element");
    const std::string_view state = target ? attr(target, "state") : std::string_view{};

    std::vector<pugi::xml_node> source_marks;
    std::vector<pugi::xml_node> target_marks;
    if (seg_source) collect_segment_marks(seg_source, source_marks, 0);
    if (target && !source_marks.empty()) collect_segment_marks(target, target_marks, 0);

    // An unsegmented target next to a segmented source cannot be split: read the unit whole.
    if (source_marks.empty() || (target && target_marks.empty())) {
        Segment& seg = unit.segments.emplace_back();
        seg.translate = unit.translate;
        seg.approved = approved;
        seg.state = state;
        seg.source = read_content(source);
        if (target) seg.target = read_content(target);
        return;
    }

    read_marked_segments_12(node, unit, source_marks, target_marks, approved, state);
}

// One segment per source mark, with the target mark of the same mid.
void Loader::read_marked_segments_12(pugi::xml_node node, Unit& unit, const std::vector<pugi::xml_node>& source_marks,
                                     const std::vector<pugi::xml_node>& target_marks, bool approved,
                                     std::string_view state) {
    // Trados keeps per-segment status in sdl:seg-defs/sdl:seg@conf.
    std::unordered_map<std::string_view, std::string_view> sdl_conf;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element || local_part(c.name()) != "seg-defs" || !xliff_name(c).empty()) continue;
        for (pugi::xml_node s = c.first_child(); s; s = s.next_sibling())
            if (s.type() == pugi::node_element && local_part(s.name()) == "seg")
                sdl_conf.emplace(attr(s, "id"), attr(s, "conf"));
    }

    unit.segments.reserve(source_marks.size());
    std::unordered_map<std::string_view, pugi::xml_node> target_by_mid;
    for (const pugi::xml_node t : target_marks) target_by_mid.emplace(attr(t, "mid"), t);

    for (const pugi::xml_node mark : source_marks) {
        Segment& seg = unit.segments.emplace_back();
        seg.id = attr(mark, "mid");
        seg.translate = unit.translate;
        seg.approved = approved;
        seg.state = state;
        if (const auto it = sdl_conf.find(seg.id); it != sdl_conf.end() && !it->second.empty()) {
            if (seg.state.empty()) seg.state = it->second;
            if (it->second == "ApprovedTranslation" || it->second == "ApprovedSignOff") seg.approved = true;
        }
        seg.source = read_content(mark);
        if (const auto t = target_by_mid.find(seg.id); t != target_by_mid.end()) seg.target = read_content(t->second);
    }
}

// mrk mtype="seg" elements in document order, also when wrapped in g or foreign elements.
void Loader::collect_segment_marks(pugi::xml_node parent, std::vector<pugi::xml_node>& out, int depth) {
    check_depth(parent, depth);
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
        if (n.type() != pugi::node_element) continue;
        if (xliff_name(n) == "mrk" && attr(n, "mtype") == "seg")
            out.push_back(n);
        else
            collect_segment_marks(n, out, depth + 1);
    }
}

void Loader::append_element_12(pugi::xml_node n, Content& content, int depth) {
    const std::string_view name = xliff_name(n);
    // bx/ex, bpt/ept and it pair up through rid when it is given.
    const std::string_view pair_id = has_attr(n, "rid") ? attr(n, "rid") : attr(n, "id");
    if (name == "g") {
        add_code(content, CodeKind::Open, name, attr(n, "id"), first_of({attr(n, "equiv-text")}));
        append_content(n, content, depth + 1);
        add_code(content, CodeKind::Close, name, attr(n, "id"), {});
    } else if (name == "x") {
        add_code(content, CodeKind::Standalone, name, attr(n, "id"), first_of({attr(n, "equiv-text")}));
    } else if (name == "bx") {
        add_code(content, CodeKind::Open, name, pair_id, first_of({attr(n, "equiv-text")}));
    } else if (name == "ex") {
        add_code(content, CodeKind::Close, name, pair_id, first_of({attr(n, "equiv-text")}));
    } else if (name == "ph" || name == "bpt" || name == "ept" || name == "it") {
        std::string data;
        append_data_text(n, data, depth + 1);
        if (data.empty()) data = attr(n, "equiv-text");
        CodeKind kind = name == "ph" ? CodeKind::Standalone : name == "bpt" ? CodeKind::Open : CodeKind::Close;
        if (name == "it") {
            const std::string_view pos = attr(n, "pos");
            kind = pos == "open" ? CodeKind::Open : pos == "close" ? CodeKind::Close : CodeKind::Standalone;
        }
        add_code(content, kind, name, name == "ph" ? attr(n, "id") : pair_id, std::move(data));
    } else if (name == "mrk" && attr(n, "mtype") != "seg") {
        add_code(content, CodeKind::MarkerOpen, name, attr(n, "mid"), first_of({attr(n, "mtype")}));
        const bool protects = attr(n, "mtype") == "protected";
        content.codes.back().protects = protects;
        append_content(n, content, depth + 1);
        add_code(content, CodeKind::MarkerClose, name, attr(n, "mid"), {});
        content.codes.back().protects = protects;
    } else {
        // Segment marks, stray sub, and foreign wrappers (sdl:, mq:, ...): keep their text.
        append_content(n, content, depth + 1);
    }
}

}  // namespace verity::xliff::detail
