#include "xliff/reader.hpp"

#include <malloc.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <new>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <pugixml.hpp>

#include "xliff/source_text.hpp"
#include "xliff/text/case_folding.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::xliff {

bool has_xliff_extension(const std::string& path) {
    const std::string ext = text::ascii_lower(std::filesystem::path(path).extension().string());
    return ext == ".xlf" || ext == ".xliff" || ext == ".sdlxliff" || ext == ".mqxliff" || ext == ".txlf";
}
namespace {

constexpr std::string_view kXliffNamespace = "urn:oasis:names:tc:xliff:document:";
// Deep enough for any real file; stops hostile nesting from exhausting the stack.
constexpr int kMaxDepth = 512;

// Thrown inside the loader only, and always caught in Loader::run: the first error ends loading.
struct Failure {
    LoadError error;
};

std::string_view attr(pugi::xml_node node, const char* name) { return node.attribute(name).value(); }

bool has_attr(pugi::xml_node node, const char* name) { return !node.attribute(name).empty(); }

// translate="yes"/"no" overrides the inherited value; anything else keeps it.
bool translate_flag(pugi::xml_node node, bool inherited) {
    const std::string_view v = attr(node, "translate");
    if (v == "no") return false;
    if (v == "yes") return true;
    return inherited;
}

std::string join_path(const std::string& parent, std::string_view id) {
    if (id.empty()) return parent;
    if (parent.empty()) return std::string(id);
    std::string out;
    out.reserve(parent.size() + 1 + id.size());
    out.append(parent).append(1, '/').append(id);
    return out;
}

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || (c >= '0' && c <= '9'); }

// Local name after the first ':' (pugixml is not namespace-aware).
std::string_view local_part(std::string_view name) {
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Ids seen so far in a file or a unit: an open-addressing set of views into the parsed buffer.
// No allocation per id, unlike a node-based set, which cost more than reading the rest of a unit;
// slots keep the hash, so that the ids themselves (cold in the buffer) are read only on a match.
class IdSet {
public:
    // False when `id` was there already.
    bool insert(std::string_view id) {
        if ((ids_.size() + 1) * 2 > slots_.size()) grow();
        const std::uint64_t h = hash(id);
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
            Slot& slot = slots_[i];
            if (slot.index == 0) {
                ids_.push_back(id);
                slot = {static_cast<std::uint32_t>(ids_.size()), tag};
                return true;
            }
            if (slot.tag == tag && ids_[slot.index - 1] == id) return false;
        }
    }
    // Room for `n` ids without rehashing (which would read every id again from the cold buffer).
    void reserve(std::size_t n) {
        ids_.reserve(n);
        while (n * 2 > slots_.size()) grow();
    }
    // Costs what the ids since the last clear() cost, not the table's size: a unit with thousands
    // of segments must not make every later unit's clear() expensive.
    void clear() {
        if (ids_.empty()) return;
        if (ids_.size() * 4 < slots_.size())
            slots_.assign(kMinSlots, Slot{});
        else
            std::fill(slots_.begin(), slots_.end(), Slot{});
        ids_.clear();
    }

private:
    static constexpr std::size_t kMinSlots = 16;

    struct Slot {
        std::uint32_t index = 0;  // 1-based index into ids_, 0 = free
        std::uint32_t tag = 0;    // high half of the hash
    };

    // FNV-1a, then a multiplicative mix so that the low bits used as the slot index depend on all of it.
    static std::uint64_t hash(std::string_view s) {
        std::uint64_t h = 1469598103934665603ULL;
        for (const unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
        h *= 0x9E3779B97F4A7C15ULL;
        return h ^ (h >> 29);
    }
    void grow() {
        std::vector<Slot> slots(std::max(kMinSlots, slots_.size() * 2));
        const std::size_t mask = slots.size() - 1;
        for (const Slot& old : slots_) {
            if (old.index == 0) continue;
            std::size_t i = static_cast<std::size_t>(hash(ids_[old.index - 1])) & mask;
            while (slots[i].index != 0) i = (i + 1) & mask;
            slots[i] = old;
        }
        slots_ = std::move(slots);
    }

    std::vector<std::string_view> ids_;  // in insertion order
    std::vector<Slot> slots_;            // size a power of two, at most half full
};

class Loader {
public:
    Loader(SourceText& source, const std::string& path) : source_(source), path_(path) {}

    LoadResult run() {
        LoadResult result;
        try {
            result.document = load();
        } catch (const Failure& f) {
            result.error = f.error;
        }
        return result;
    }

private:
    Document load() {
        // Parsed in place: the text is not needed afterwards (positions come from the source's
        // index), and a copy of a large file costs as much as parsing it. The terminating zero is
        // what pugixml's own copy would end with, so offsets and error messages stay the same.
        std::string& text = source_.buffer();
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

    // ---- namespaces -------------------------------------------------------------------------

    // XLIFF elements are those whose prefix is bound to the XLIFF namespace on the root (or the
    // root's own prefix); unprefixed names count when no other default namespace is declared.
    void collect_prefixes(pugi::xml_node root) {
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

    // The local name when `node` is an XLIFF element, else empty.
    std::string_view xliff_name(pugi::xml_node node) const {
        if (node.type() != pugi::node_element) return {};
        const std::string_view name = node.name();
        const std::size_t colon = name.find(':');
        const std::string_view prefix = colon == std::string_view::npos ? std::string_view{} : name.substr(0, colon);
        for (const std::string_view p : prefixes_)
            if (p == prefix) return colon == std::string_view::npos ? name : name.substr(colon + 1);
        return {};
    }

    pugi::xml_node child(pugi::xml_node parent, std::string_view local) const {
        for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling())
            if (xliff_name(c) == local) return c;
        return {};
    }

    // ---- positions and errors ---------------------------------------------------------------

    Position position_of(pugi::xml_node node) {
        const std::ptrdiff_t offset = node.offset_debug();
        if (offset < 0) return {};
        // offset_debug points at an element's name; report the '<' before it.
        const std::size_t at = static_cast<std::size_t>(offset);
        return source_.position(node.type() == pugi::node_element && at > 0 ? at - 1 : at);
    }

    [[noreturn]] void fail(pugi::xml_node node, std::string message) {
        throw Failure{{std::move(message), position_of(node)}};
    }

    void require_attr(pugi::xml_node node, const char* name) {
        if (!has_attr(node, name))
            fail(node, std::string(local_part(node.name())) + " has no " + name + " attribute");
    }

    void check_depth(pugi::xml_node node, int depth) {
        if (depth > kMaxDepth) fail(node, "elements are nested too deeply (more than 512 levels)");
    }

    // Units of a container and its groups, so that the file's units are allocated once.
    std::size_t count_units(pugi::xml_node parent, std::string_view unit_name, int depth) const {
        if (depth > kMaxDepth) return 0;
        std::size_t n = 0;
        for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
            const std::string_view name = xliff_name(c);
            if (name == unit_name) ++n;
            else if (name == "group") n += count_units(c, unit_name, depth + 1);
        }
        return n;
    }

    // ---- XLIFF 1.2 --------------------------------------------------------------------------

    void read_document_12(pugi::xml_node root, Document& doc) {
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

    void read_container_12(pugi::xml_node parent, File& file, const std::string& path, bool translate, int depth) {
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

    void read_unit_12(pugi::xml_node node, File& file, const std::string& path, bool translate) {
        require_attr(node, "id");
        Unit& unit = add_unit(node, file, path);
        unit.translate = translate_flag(node, translate);
        const std::string_view restype = attr(node, "restype");
        unit.type = restype.starts_with("x-verity-") ? "verity:" + std::string(restype.substr(9)) : std::string(restype);
        unit.origin = unit_origin_of(unit.type);
        const bool approved = attr(node, "approved") == "yes";

        // The first of each, in one pass over the children.
        pugi::xml_node source, target, seg_source;
        for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
            const std::string_view name = xliff_name(c);
            pugi::xml_node* slot = name == "source" ? &source : name == "target" ? &target
                                                               : name == "seg-source" ? &seg_source : nullptr;
            if (slot && !*slot) *slot = c;
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
    void collect_segment_marks(pugi::xml_node parent, std::vector<pugi::xml_node>& out, int depth) {
        check_depth(parent, depth);
        for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
            if (n.type() != pugi::node_element) continue;
            if (xliff_name(n) == "mrk" && attr(n, "mtype") == "seg")
                out.push_back(n);
            else
                collect_segment_marks(n, out, depth + 1);
        }
    }

    // ---- XLIFF 2.x --------------------------------------------------------------------------
    // 2.x files come from tools that follow the spec closely, so constraints whose violation leaves
    // the content ambiguous are errors (ids, states, code pairing, references). Slips that real
    // files show and that do not change the meaning are tolerated: missing group ids, empty files,
    // empty language attributes, odd translate values.

    void read_document_2x(pugi::xml_node root, Document& doc) {
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

    void read_container_2x(pugi::xml_node parent, File& file, const std::string& path, bool translate, int depth) {
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

    void read_unit_2x(pugi::xml_node node, File& file, const std::string& path, bool translate) {
        require_attr(node, "id");
        Unit& unit = add_unit(node, file, path);
        unit.translate = translate_flag(node, translate);
        unit.type = attr(node, "type");
        unit.origin = unit_origin_of(unit.type);

        original_data_.clear();
        if (const pugi::xml_node od = child(node, "originalData")) {
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

        Pairing source_pairs, target_pairs;
        segment_ids_.clear();
        for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling()) {
            const std::string_view name = xliff_name(n);
            if (name == "notes" && !child(n, "note")) fail(n, "notes has no <note> element");
            if (name != "segment" && name != "ignorable") continue;
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
        pairing_ = nullptr;
        if (std::none_of(unit.segments.begin(), unit.segments.end(), [](const Segment& s) { return !s.ignorable; }))
            fail(node, "unit has no <segment> element");
        check_closed(source_pairs);
        check_closed(target_pairs);
    }

    // Open sc/sm codes of one side (source or target) of a unit, waiting for their ec/em.
    struct Pairing {
        std::vector<std::pair<std::string_view, pugi::xml_node>> codes;
        std::vector<std::pair<std::string_view, pugi::xml_node>> markers;
        // A partly translated unit may hold only one half of a target pair, and a translator may break
        // the pairing: both are findings (markup.mismatch) rather than reasons to refuse the file.
        bool partial = false;
    };

    void open_pair(std::vector<std::pair<std::string_view, pugi::xml_node>>& open, pugi::xml_node n) {
        open.emplace_back(attr(n, "id"), n);
    }

    void close_pair(std::vector<std::pair<std::string_view, pugi::xml_node>>& open, pugi::xml_node n, const char* opener) {
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

    void check_closed(const Pairing& p) {
        if (p.partial) return;
        if (!p.codes.empty())
            fail(p.codes.front().second, "sc id \"" + std::string(p.codes.front().first) +
                                             "\" has no matching <ec> in its unit and is not isolated");
        if (!p.markers.empty())
            fail(p.markers.front().second,
                 "sm id \"" + std::string(p.markers.front().first) + "\" has no matching <em> in its unit");
    }

    // sc/ec/sm/em constraints: an ec either closes an earlier sc (startRef) or is isolated with an id.
    void check_pairing_2x(pugi::xml_node n, std::string_view name) {
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

    const std::string* find_data(std::string_view id) const {
        for (const auto& [data_id, data] : original_data_)
            if (data_id == id) return &data;
        return nullptr;
    }

    // The native code a dataRef-like attribute points to; a dangling reference is an error.
    std::string_view resolve_data(pugi::xml_node n, const char* attribute) {
        if (!has_attr(n, attribute)) return {};
        const std::string_view ref = attr(n, attribute);
        const std::string* data = find_data(ref);
        if (data == nullptr)
            fail(n, std::string(local_part(n.name())) + " " + attribute + " \"" + std::string(ref) +
                        "\" matches no <data> in the unit's <originalData>");
        return *data;
    }

    void require_id(pugi::xml_node n) {
        require_attr(n, "id");
        check_id(n, "id");
    }

    // 2.x ids are NMTOKENs: ASCII letters, digits and . - _ : (any non-ASCII is let through).
    // Checked on segments, data and inline codes, which tools generate; file, group and unit
    // ids often carry names from the source (with spaces) and are only required to exist.
    void check_id(pugi::xml_node n, const char* attribute) {
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
    void check_language(pugi::xml_node n, const char* attribute) {
        const std::string_view tag = attr(n, attribute);
        if (!tag.empty() && !text::is_well_formed_language_tag(tag))
            fail(n, std::string(attribute) + " \"" + std::string(tag) + "\" is not a well-formed language tag");
    }

    // ---- shared -----------------------------------------------------------------------------

    Unit& add_unit(pugi::xml_node node, File& file, const std::string& path) {
        const std::string_view id = attr(node, "id");
        if (!unit_ids_.insert(id))
            fail(node, "duplicate unit id \"" + std::string(id) + "\" in file \"" + file.id + "\"");
        Unit& unit = file.units.emplace_back();
        unit.id = id;
        unit.group_path = path;
        unit.position = position_of(node);
        return unit;
    }

    Content read_content(pugi::xml_node element) {
        Content content;
        content.position = position_of(element);
        append_content(element, content, 0);
        return content;
    }

    void add_code(Content& content, CodeKind kind, std::string_view element, std::string_view id, std::string data) {
        InlineCode& code = content.codes.emplace_back();
        code.kind = kind;
        code.element = element;
        code.id = id;
        code.data = std::move(data);
        code.offset = content.text.size();
    }

    // First non-empty of the candidates: native code beats equivalent text beats display text.
    static std::string first_of(std::initializer_list<std::string_view> candidates) {
        for (const std::string_view c : candidates)
            if (!c.empty()) return std::string(c);
        return {};
    }


    void append_content(pugi::xml_node parent, Content& content, int depth) {
        check_depth(parent, depth);
        for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
            const pugi::xml_node_type type = n.type();
            if (type == pugi::node_pcdata || type == pugi::node_cdata) {
                content.text.append(n.value());
            } else if (type == pugi::node_element) {
                if (v2_)
                    append_element_2x(n, content, depth);
                else
                    append_element_12(n, content, depth);
            }
        }
    }

    void append_element_12(pugi::xml_node n, Content& content, int depth) {
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
            append_content(n, content, depth + 1);
            add_code(content, CodeKind::MarkerClose, name, attr(n, "mid"), {});
        } else {
            // Segment marks, stray sub, and foreign wrappers (sdl:, mq:, ...): keep their text.
            append_content(n, content, depth + 1);
        }
    }

    void append_element_2x(pugi::xml_node n, Content& content, int depth) {
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
            append_content(n, content, depth + 1);
            add_code(content, CodeKind::MarkerClose, name, attr(n, "id"), {});
        } else if (name == "sm") {
            check_pairing_2x(n, name);
            add_code(content, CodeKind::MarkerOpen, name, attr(n, "id"), first_of({attr(n, "type")}));
        } else if (name == "em") {
            check_pairing_2x(n, name);
            add_code(content, CodeKind::MarkerClose, name, attr(n, "startRef"), {});
        } else if (name == "cp") {
            append_code_point(n, content.text);
        } else {
            append_content(n, content, depth + 1);
        }
    }

    // 2.x <cp hex="..."/> stands for a character XML cannot carry.
    void append_code_point(pugi::xml_node n, std::string& out) {
        const std::string_view hex = attr(n, "hex");
        char32_t cp = 0;
        bool valid = !hex.empty() && hex.size() <= 6;
        for (const char c : hex) {
            const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) valid = false;
            if (valid) cp = cp * 16 + static_cast<char32_t>(digit);
        }
        if (!valid || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            fail(n, "cp has an invalid hex value \"" + std::string(hex) + "\"");
        text::utf8::append(out, cp);
    }

    // Native code text: all descendant text (1.2 sub included, 2.x cp decoded).
    void append_data_text(pugi::xml_node parent, std::string& out, int depth) {
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

    SourceText& source_;
    const std::string& path_;
    pugi::xml_document xml_;
    std::vector<std::string_view> prefixes_;  // views into xml_ names, live as long as xml_
    bool v2_ = false;
    IdSet unit_ids_;     // per file
    IdSet group_ids_;    // per file (2.x)
    IdSet segment_ids_;  // per unit (2.x)
    std::vector<std::pair<std::string_view, std::string>> original_data_;  // per unit (2.x)
    Pairing* pairing_ = nullptr;  // side of the unit being read (2.x)
};

}  // namespace

namespace {

template <class Bytes>
LoadResult load_bytes(Bytes&& bytes, const std::string& path) {
    LoadResult result;
    try {
        if (bytes.empty()) {
            result.error = LoadError{"empty file", {}};
            return result;
        }
        LoadError error;
        std::optional<SourceText> source = SourceText::decode(std::forward<Bytes>(bytes), error);
        if (!source) {
            result.error = std::move(error);
            return result;
        }
        return Loader(*source, path).run();
    } catch (const std::bad_alloc&) {
        result.document.reset();
        result.error = LoadError{"not enough memory to load the file", {}};
    }
    return result;
}

// A large file becomes, on top of its bytes and its XML tree, a model about as large again, in many
// small allocations; first touching each 4 KiB page of that costs a page fault, and on a virtual
// machine the faults cost more than the parsing. So before the first large load on the main heap,
// the heap is grown once with room for a few such files, and that room is offered transparent huge
// pages (one fault per 2 MiB). Only a hint: without glibc or THP nothing changes.
void prepare_heap(std::size_t file_size) {
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE) && defined(M_TOP_PAD)
    static std::once_flag once;
    std::call_once(once, [file_size] {
        constexpr std::size_t kHuge = std::size_t{2} << 20, kProbe = 96 << 10;
        const std::size_t room = std::min<std::size_t>(std::max<std::size_t>(4 * file_size, 32 * kHuge), 256 * kHuge);
        if (mallopt(M_TOP_PAD, static_cast<int>(room)) != 1) return;
        // Allocate below the mmap threshold until the heap grows: then it grew by `room`.
        const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
        std::vector<void*> probes;
        std::uintptr_t after = before;
        while (after == before && probes.size() < room / kProbe + 2) {
            void* p = std::malloc(kProbe);
            if (p == nullptr) break;
            probes.push_back(p);
            after = reinterpret_cast<std::uintptr_t>(sbrk(0));
        }
        if (after > before) {
            const std::uintptr_t begin = (before + kHuge - 1) & ~(kHuge - 1), end = after & ~(kHuge - 1);
            if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
        }
        for (void* p : probes) std::free(p);
    });
#else
    (void)file_size;
#endif
}

}  // namespace

LoadResult load_buffer(std::string_view bytes, const std::string& path) { return load_bytes(bytes, path); }

LoadResult load_file(const std::string& path) {
    LoadResult result;
    // stdio rather than ifstream: it keeps errno, so the message can say why (EISDIR, EACCES, ...).
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
        result.error = LoadError{"cannot read file: " + std::string(std::strerror(errno)), {}};
        return result;
    }
    std::string bytes;
    // One allocation of the file's size when it is known, read straight into place; a pipe or a
    // growing file still reads whole.
    struct stat info {};
    if (fstat(fileno(file), &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
        const auto size = static_cast<std::size_t>(info.st_size);
        if (size >= (std::size_t{4} << 20)) prepare_heap(size);
        bytes.reserve(size + 1);  // + the parser's terminating zero
        bytes.resize(size);
        bytes.resize(std::fread(bytes.data(), 1, size, file));
    }
    char chunk[65536];
    std::size_t got = 0;
    while ((got = std::fread(chunk, 1, sizeof chunk, file)) > 0) bytes.append(chunk, got);
    const bool failed = std::ferror(file) != 0;
    const int saved_errno = errno;
    std::fclose(file);
    if (failed) {
        result.error = LoadError{"cannot read file: " + std::string(std::strerror(saved_errno)), {}};
        return result;
    }
    return load_bytes(std::move(bytes), path);
}

}  // namespace verity::xliff
