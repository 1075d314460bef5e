// XLIFF 2.0, 2.1 and 2.2. 2.x files come from tools that follow the spec closely, so constraints whose
// violation leaves the content ambiguous are errors (ids, states, code pairing, references). Slips that
// real files show and that do not change the meaning are tolerated: missing group ids, empty files,
// empty language attributes, odd translate values.
#include "xliff/loader.hpp"

#include <algorithm>
#include <unordered_set>

namespace verity::xliff::detail {

void Loader::read_document_2x(pugi::xml_node root, Document& doc) {
    require_attr(root, "srcLang");
    check_language(root, "srcLang");
    check_language(root, "trgLang");
    std::unordered_set<std::string_view> file_ids;
    for (pugi::xml_node f = root.first_child(); f; f = f.next_sibling()) {
        if (xliff_name(f) != "file") continue;
        require_attr(f, "id");
        if (!file_ids.insert(attr(f, "id")).second)
            fail(f, "duplicate file id \"" + std::string(attr(f, "id")) + "\"");
        File& file = doc.files.emplace_back();
        file.id = attr(f, "id");
        file.source_lang = attr(root, "srcLang");
        file.target_lang = attr(root, "trgLang");
        unit_ids_.clear();
        group_ids_.clear();
        file.units.reserve(count_units(f, "unit", 0));
        unit_ids_.reserve(file.units.capacity());
        read_container_2x(f, file, std::string(), translate_flag(f, true), 0);
    }
    if (doc.files.empty()) fail(root, "xliff has no <file> element");
}

void Loader::read_container_2x(pugi::xml_node parent, File& file, const std::string& path, bool translate, int depth) {
    check_depth(parent, depth);
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
        const std::string_view name = xliff_name(n);
        if (name == "group") {
            const std::string_view id = attr(n, "id");
            if (!id.empty() && !group_ids_.insert(id))
                fail(n, "duplicate group id \"" + std::string(id) + "\"");
            read_container_2x(n, file, join_path(path, id), translate_flag(n, translate), depth + 1);
        } else if (name == "unit") {
            read_unit_2x(n, file, path, translate);
        } else if (name == "notes" && !child(n, "note")) {
            fail(n, "notes has no <note> element");
        }
    }
}

void Loader::read_unit_2x(pugi::xml_node node, File& file, const std::string& path, bool translate) {
    require_attr(node, "id");
    Unit& unit = add_unit(node, file, path);
    unit.translate = translate_flag(node, translate);
    unit.type = attr(node, "type");
    unit.origin = unit_origin_of(unit.type);

    read_original_data(node);

    Pairing source_pairs, target_pairs;
    segment_ids_.clear();
    for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling()) {
        const std::string_view name = xliff_name(n);
        if (name == "notes") {
            if (!child(n, "note")) fail(n, "notes has no <note> element");
            for (pugi::xml_node note = n.first_child(); note; note = note.next_sibling())
                if (xliff_name(note) == "note") unit.notes.emplace_back(note.text().get());
        }
        if (name != "segment" && name != "ignorable") continue;
        read_segment_2x(n, name, unit, source_pairs, target_pairs);
    }
    pairing_ = nullptr;
    if (std::none_of(unit.segments.begin(), unit.segments.end(), [](const Segment& s) { return !s.ignorable; }))
        fail(node, "unit has no <segment> element");
    check_closed(source_pairs);
    check_closed(target_pairs);
}

// <originalData>: the unit's native codes by id, for dataRef and its kin.
void Loader::read_original_data(pugi::xml_node unit) {
    original_data_.clear();
    if (const pugi::xml_node od = child(unit, "originalData")) {
        for (pugi::xml_node d = od.first_child(); d; d = d.next_sibling()) {
            if (xliff_name(d) != "data") continue;
            require_id(d);
            if (find_data(attr(d, "id")) != nullptr)
                fail(d, "data id \"" + std::string(attr(d, "id")) + "\" is not unique in its unit");
            std::string data;
            append_data_text(d, data, 0);
            original_data_.emplace_back(attr(d, "id"), std::move(data));
        }
        if (original_data_.empty()) fail(od, "originalData has no <data> element");
    }
}

// A <segment> or <ignorable> of a unit: checked, and its source and target read.
void Loader::read_segment_2x(pugi::xml_node n, std::string_view name, Unit& unit, Pairing& source_pairs,
                             Pairing& target_pairs) {
    pugi::xml_node source, target;
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
        const std::string_view part = xliff_name(c);
        pugi::xml_node& slot = part == "source" ? source : target;
        if (part != "source" && part != "target") continue;
        if (slot) fail(c, std::string(name) + " has more than one <" + std::string(part) + "> element");
        slot = c;
    }
    if (!source) fail(n, std::string(name) + " has no <source> element");
    const std::string_view id = attr(n, "id");
    if (has_attr(n, "id")) check_id(n, "id");
    if (!id.empty() && !segment_ids_.insert(id))
        fail(n, std::string(name) + " id \"" + std::string(id) + "\" is not unique in its unit");
    const std::string_view state = attr(n, "state");
    if (has_attr(n, "state") && state != "initial" && state != "translated" && state != "reviewed" && state != "final")
        fail(n, "segment state \"" + std::string(state) + "\" is not initial, translated, reviewed or final");
    if (has_attr(n, "subState") && !has_attr(n, "state")) fail(n, "segment has a subState but no state");
    if (has_attr(n, "translate")) fail(n, std::string(name) + " cannot have a translate attribute");

    Segment& seg = unit.segments.emplace_back();
    seg.id = id;
    seg.ignorable = name == "ignorable";
    seg.translate = unit.translate;
    seg.state = state;
    pairing_ = &source_pairs;
    seg.source = read_content(source);
    if (target) {
        target_pairs.partial = true;
        pairing_ = &target_pairs;
        seg.target = read_content(target);
    } else if (!seg.ignorable) {
        target_pairs.partial = true;
    }
}

void Loader::open_pair(OpenCodes& open, pugi::xml_node n) {
    open.emplace_back(attr(n, "id"), n);
}

void Loader::close_pair(OpenCodes& open, pugi::xml_node n, const char* opener) {
    const std::string_view ref = attr(n, "startRef");
    for (auto it = open.begin(); it != open.end(); ++it)
        if (it->first == ref) {
            open.erase(it);
            return;
        }
    if (pairing_->partial) return;
    fail(n, std::string(local_part(n.name())) + " startRef \"" + std::string(ref) + "\" matches no earlier <" +
                opener + "> in its unit");
}

void Loader::check_closed(const Pairing& p) {
    if (p.partial) return;
    if (!p.codes.empty())
        fail(p.codes.front().second, "sc id \"" + std::string(p.codes.front().first) +
                                         "\" has no matching <ec> in its unit and is not isolated");
    if (!p.markers.empty())
        fail(p.markers.front().second,
             "sm id \"" + std::string(p.markers.front().first) + "\" has no matching <em> in its unit");
}

// sc/ec/sm/em constraints: an ec either closes an earlier sc (startRef) or is isolated with an id.
void Loader::check_pairing_2x(pugi::xml_node n, std::string_view name) {
    if (pairing_ == nullptr) return;
    const bool isolated = attr(n, "isolated") == "yes";
    if (name == "sc") {
        require_id(n);
        if (!isolated) open_pair(pairing_->codes, n);
    } else if (name == "ec") {
        if (has_attr(n, "startRef")) {
            if (isolated || has_attr(n, "id")) fail(n, "ec with a startRef cannot have an id or be isolated");
            close_pair(pairing_->codes, n, "sc");
        } else {
            if (!isolated) fail(n, "ec has no startRef and is not isolated");
            require_id(n);
        }
    } else if (name == "sm") {
        require_id(n);
        open_pair(pairing_->markers, n);
    } else if (name == "em") {
        close_pair(pairing_->markers, n, "sm");
    }
}

const std::string* Loader::find_data(std::string_view id) const {
    for (const auto& [data_id, data] : original_data_)
        if (data_id == id) return &data;
    return nullptr;
}

// The native code a dataRef-like attribute points to; a dangling reference is a defect of the unit.
std::string_view Loader::resolve_data(pugi::xml_node n, const char* attribute) {
    if (!has_attr(n, attribute)) return {};
    const std::string_view ref = attr(n, attribute);
    const std::string* data = find_data(ref);
    if (data == nullptr) {
        // The native code is lost, the text is not: the code reads as its equiv or disp text.
        defect(n, std::string(local_part(n.name())) + " " + attribute + " \"" + std::string(ref) + "\" matches no <data> in " +
                      (original_data_.empty() ? "the unit, which has no <originalData>" : "the unit's <originalData>"));
        return {};
    }
    return *data;
}

void Loader::append_element_2x(pugi::xml_node n, Content& content, int depth) {
    const std::string_view name = xliff_name(n);
    if (name == "ph" || name == "pc" || name == "mrk") require_id(n);
    if (name == "ph") {
        add_code(content, CodeKind::Standalone, name, attr(n, "id"),
                 first_of({resolve_data(n, "dataRef"), attr(n, "equiv"), attr(n, "disp")}));
    } else if (name == "pc") {
        add_code(content, CodeKind::Open, name, attr(n, "id"),
                 first_of({resolve_data(n, "dataRefStart"), attr(n, "equivStart"), attr(n, "dispStart")}));
        append_content(n, content, depth + 1);
        add_code(content, CodeKind::Close, name, attr(n, "id"),
                 first_of({resolve_data(n, "dataRefEnd"), attr(n, "equivEnd"), attr(n, "dispEnd")}));
    } else if (name == "sc" || name == "ec") {
        check_pairing_2x(n, name);
        // An isolated ec has an id of its own; a paired one points at its sc through startRef.
        const std::string_view id = has_attr(n, "startRef") ? attr(n, "startRef") : attr(n, "id");
        add_code(content, name == "sc" ? CodeKind::Open : CodeKind::Close, name, id,
                 first_of({resolve_data(n, "dataRef"), attr(n, "equiv"), attr(n, "disp")}));
    } else if (name == "mrk") {
        add_code(content, CodeKind::MarkerOpen, name, attr(n, "id"), first_of({attr(n, "type")}));
        const bool protects = attr(n, "translate") == "no";
        content.codes.back().protects = protects;
        append_content(n, content, depth + 1);
        add_code(content, CodeKind::MarkerClose, name, attr(n, "id"), {});
        content.codes.back().protects = protects;
    } else if (name == "sm") {
        check_pairing_2x(n, name);
        add_code(content, CodeKind::MarkerOpen, name, attr(n, "id"), first_of({attr(n, "type")}));
        content.codes.back().protects = attr(n, "translate") == "no";
    } else if (name == "em") {
        check_pairing_2x(n, name);
        add_code(content, CodeKind::MarkerClose, name, attr(n, "startRef"), {});
    } else if (name == "cp") {
        content.anchors.push_back({content.text.size(), position_of(n)});
        append_code_point(n, content.text);
    } else {
        append_content(n, content, depth + 1);
    }
}

}  // namespace verity::xliff::detail
