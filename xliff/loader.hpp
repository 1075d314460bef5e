// The loader behind load_file/load_buffer: one XLIFF document from its parsed XML into the model.
// Its work is in three files by job: loader.cpp (parsing, namespaces, positions and errors, inline
// content both versions share), loader_12.cpp (XLIFF 1.0-1.2 and Trados) and loader_2x.cpp (XLIFF
// 2.x and its constraints). Internal to xliff/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <pugixml.hpp>

#include "xliff/id_set.hpp"
#include "xliff/model.hpp"
#include "xliff/source_text.hpp"

namespace verity::xliff::detail {

// Deep enough for any real file; stops hostile nesting from exhausting the stack.
constexpr int kMaxDepth = 512;

// Thrown inside the loader only, and always caught in Loader::run: the first error ends loading.
struct Failure {
    LoadError error;
};

inline std::string_view attr(pugi::xml_node node, const char* name) { return node.attribute(name).value(); }

inline bool has_attr(pugi::xml_node node, const char* name) { return !node.attribute(name).empty(); }

// translate="yes"/"no" overrides the inherited value; anything else keeps it.
inline bool translate_flag(pugi::xml_node node, bool inherited) {
    const std::string_view v = attr(node, "translate");
    if (v == "no") return false;
    if (v == "yes") return true;
    return inherited;
}

// Local name after the first ':' (pugixml is not namespace-aware).
inline std::string_view local_part(std::string_view name) {
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// "parent/id" for a group path; an empty id adds nothing.
std::string join_path(const std::string& parent, std::string_view id);

class Loader {
public:
    Loader(SourceText& source, const std::string& path) : source_(source), path_(path) {}

    LoadResult run();

private:
    // Open sc/sm codes of one side (source or target) of a unit, waiting for their ec/em.
    struct Pairing {
        std::vector<std::pair<std::string_view, pugi::xml_node>> codes;
        std::vector<std::pair<std::string_view, pugi::xml_node>> markers;
        // A partly translated unit may hold only one half of a target pair, and a translator may break
        // the pairing: both are findings (markup.mismatch) rather than reasons to refuse the file.
        bool partial = false;
    };
    using OpenCodes = std::vector<std::pair<std::string_view, pugi::xml_node>>;

    Document load();

    // ---- namespaces (loader.cpp) -----------------------------------------------------------
    void collect_prefixes(pugi::xml_node root);
    // The local name when `node` is an XLIFF element, else empty. Inline: asked of every node.
    std::string_view xliff_name(pugi::xml_node node) const {
        if (node.type() != pugi::node_element) return {};
        const std::string_view name = node.name();
        const std::size_t colon = name.find(':');
        const std::string_view prefix = colon == std::string_view::npos ? std::string_view{} : name.substr(0, colon);
        for (const std::string_view p : prefixes_)
            if (p == prefix) return colon == std::string_view::npos ? name : name.substr(colon + 1);
        return {};
    }
    pugi::xml_node child(pugi::xml_node parent, std::string_view local) const;

    // ---- positions, errors and checks (loader.cpp) -----------------------------------------
    Position position_of(pugi::xml_node node);
    [[noreturn]] void fail(pugi::xml_node node, std::string message);
    // A fault the reading can go past: kept on the unit being read for xliff.structure.
    void defect(pugi::xml_node node, std::string message);
    void require_attr(pugi::xml_node node, const char* name);
    void check_depth(pugi::xml_node node, int depth);
    std::size_t count_units(pugi::xml_node parent, std::string_view unit_name, int depth) const;
    void require_id(pugi::xml_node n);
    void check_id(pugi::xml_node n, const char* attribute);
    void check_language(pugi::xml_node n, const char* attribute);

    // ---- units and inline content both versions share (loader.cpp) -------------------------
    Unit& add_unit(pugi::xml_node node, File& file, const std::string& path);
    Content read_content(pugi::xml_node element);
    void add_code(Content& content, CodeKind kind, std::string_view element, std::string_view id, std::string data);
    static std::string first_of(std::initializer_list<std::string_view> candidates);
    void append_content(pugi::xml_node parent, Content& content, int depth);
    // Anchors for a text node's run of content.text (which ends with it): where it starts in the file,
    // and where the text goes on after each escape.
    void anchor_run(pugi::xml_node n, Content& content, std::size_t begin);
    // Where the parsed text is shorter than the file: escapes and CR LF line ends, found before parsing.
    void find_escapes(std::string_view text);
    void append_code_point(pugi::xml_node n, std::string& out);
    void append_data_text(pugi::xml_node parent, std::string& out, int depth);

    // ---- XLIFF 1.2 (loader_12.cpp) ---------------------------------------------------------
    void read_document_12(pugi::xml_node root, Document& doc);
    void read_container_12(pugi::xml_node parent, File& file, const std::string& path, bool translate, int depth);
    void read_unit_12(pugi::xml_node node, File& file, const std::string& path, bool translate);
    void read_marked_segments_12(pugi::xml_node node, Unit& unit, const std::vector<pugi::xml_node>& source_marks,
                                 const std::vector<pugi::xml_node>& target_marks, bool approved,
                                 std::string_view state);
    void collect_segment_marks(pugi::xml_node parent, std::vector<pugi::xml_node>& out, int depth);
    void append_element_12(pugi::xml_node n, Content& content, int depth);

    // ---- XLIFF 2.x (loader_2x.cpp) ---------------------------------------------------------
    void read_document_2x(pugi::xml_node root, Document& doc);
    void read_container_2x(pugi::xml_node parent, File& file, const std::string& path, bool translate, int depth);
    void read_unit_2x(pugi::xml_node node, File& file, const std::string& path, bool translate);
    void read_original_data(pugi::xml_node unit);
    void read_segment_2x(pugi::xml_node n, std::string_view name, Unit& unit, Pairing& source_pairs,
                         Pairing& target_pairs);
    void open_pair(OpenCodes& open, pugi::xml_node n);
    void close_pair(OpenCodes& open, pugi::xml_node n, const char* opener);
    void check_closed(const Pairing& p);
    void check_pairing_2x(pugi::xml_node n, std::string_view name);
    const std::string* find_data(std::string_view id) const;
    std::string_view resolve_data(pugi::xml_node n, const char* attribute);
    void append_element_2x(pugi::xml_node n, Content& content, int depth);

    SourceText& source_;
    const std::string& path_;
    struct Escape {
        std::size_t offset = 0;  // of the '&' (or CR) in the file's UTF-8
        std::uint8_t raw = 0;    // bytes it takes in the file
        std::uint8_t parsed = 0; // bytes it takes in the parsed text
        bool reference = false;  // an entity or character reference (CDATA leaves those as they are)
    };
    std::vector<Escape> escapes_;
    pugi::xml_document xml_;
    std::vector<std::string_view> prefixes_;  // views into xml_ names, live as long as xml_
    bool v2_ = false;
    IdSet unit_ids_;     // per file
    Unit* current_unit_ = nullptr;  // the unit being read: its defects go there
    IdSet group_ids_;    // per file (2.x)
    IdSet segment_ids_;  // per unit (2.x)
    std::vector<std::pair<std::string_view, std::string>> original_data_;  // per unit (2.x)
    Pairing* pairing_ = nullptr;  // side of the unit being read (2.x)
};

}  // namespace verity::xliff::detail
