#include "xliff/writer.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_set>
#include <vector>

namespace verity::xliff {
namespace {

constexpr std::string_view kIndent = "                ";

bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// XLIFF 2.x only knows four states; map 1.2 and Trados values onto them, drop the rest.
std::string_view state_2x(std::string_view s) {
    static constexpr std::pair<std::string_view, std::string_view> map[] = {
        {"initial", "initial"}, {"translated", "translated"}, {"reviewed", "reviewed"}, {"final", "final"},
        {"new", "initial"}, {"needs-translation", "initial"}, {"needs-adaptation", "initial"},
        {"needs-l10n", "initial"}, {"needs-review-translation", "translated"},
        {"needs-review-adaptation", "translated"}, {"needs-review-l10n", "translated"},
        {"signed-off", "reviewed"}, {"Draft", "initial"}, {"Translated", "translated"},
        {"ApprovedTranslation", "reviewed"}, {"ApprovedSignOff", "final"},
    };
    for (const auto& [from, to] : map)
        if (from == s) return to;
    return {};
}

// 1.2 target@state: its own values and "x-" extensions pass, 2.x values are mapped.
std::string state_12(std::string_view s) {
    static constexpr std::string_view own[] = {
        "final", "needs-adaptation", "needs-l10n", "needs-review-adaptation", "needs-review-l10n",
        "needs-review-translation", "needs-translation", "new", "signed-off", "translated",
    };
    if (s.empty() || s.starts_with("x-") || std::find(std::begin(own), std::end(own), s) != std::end(own))
        return std::string(s);
    if (s == "initial") return "new";
    if (s == "reviewed") return "signed-off";
    return "x-" + std::string(s);
}

// A unit's type as the 2.x form writes it: its origin's, or else the type it was read with.
std::string_view written_type(const Unit& unit) {
    return unit.origin != UnitOrigin::Input ? unit_type_of(unit.origin) : std::string_view(unit.type);
}

class Writer {
public:
    explicit Writer(std::string_view version) : version_(version), v2_(version != "1.2") {}

    std::string write(const Document& doc) {
        out_ = R"(<?xml version="1.0" encoding="UTF-8"?>)" "\n";
        if (v2_) {
            std::string_view src = doc.source_lang;
            if (src.empty() && !doc.files.empty()) src = doc.files.front().source_lang;
            const std::string_view ns = version_ == "2.2" ? "urn:oasis:names:tc:xliff:document:2.2"
                                                           : "urn:oasis:names:tc:xliff:document:2.0";
            out_ += "<xliff";
            attribute("xmlns", ns);
            attribute("version", version_);
            attribute("srcLang", src.empty() ? "und" : src);  // required: "und" keeps the file valid
            std::string_view trg = doc.target_lang;
            if (trg.empty() && !doc.files.empty()) trg = doc.files.front().target_lang;
            if (!trg.empty()) attribute("trgLang", trg);
        } else {
            out_ += "<xliff";
            attribute("xmlns", "urn:oasis:names:tc:xliff:document:1.2");
            attribute("version", "1.2");
        }
        out_ += ">\n";
        for (std::size_t i = 0; i < doc.files.size(); ++i) write_file(doc, doc.files[i], i);
        out_ += "</xliff>\n";
        return std::move(out_);
    }

private:
    void write_file(const Document& doc, const File& file, std::size_t index) {
        const std::string fallback_id = "f" + std::to_string(index + 1);
        indent(1);
        out_ += "<file";
        if (v2_) {
            attribute("id", file.id.empty() ? std::string_view(fallback_id) : std::string_view(file.id));
            out_ += ">\n";
        } else {
            std::string_view src = file.source_lang.empty() ? std::string_view(doc.source_lang) : file.source_lang;
            std::string_view trg = file.target_lang.empty() ? std::string_view(doc.target_lang) : file.target_lang;
            attribute("original", file.id.empty() ? std::string_view(fallback_id) : std::string_view(file.id));
            attribute("source-language", src.empty() ? "und" : src);
            if (!trg.empty()) attribute("target-language", trg);
            attribute("datatype", "plaintext");
            out_ += ">\n";
            indent(2);
            out_ += "<body>\n";
        }
        const int base = v2_ ? 2 : 3;
        open_groups_.clear();
        used_group_ids_.clear();
        used_unit_ids_.clear();
        for (std::size_t u = 0; u < file.units.size(); ++u) {
            enter_groups(file.units[u].group_path, base);
            write_unit(file.units[u], u, base + static_cast<int>(open_groups_.size()));
        }
        enter_groups({}, base);
        if (!v2_) {
            indent(2);
            out_ += "</body>\n";
        }
        indent(1);
        out_ += "</file>\n";
    }

    // Closes and opens <group> elements so the open ones match `path` ("a/b").
    void enter_groups(std::string_view path, int base) {
        std::vector<std::string_view> wanted;
        while (!path.empty()) {
            const std::size_t slash = path.find('/');
            wanted.push_back(path.substr(0, slash));
            path = slash == std::string_view::npos ? std::string_view{} : path.substr(slash + 1);
        }
        std::size_t common = 0;
        while (common < open_groups_.size() && common < wanted.size() && open_groups_[common].path_id == wanted[common])
            ++common;
        while (open_groups_.size() > common) {
            open_groups_.pop_back();
            indent(base + static_cast<int>(open_groups_.size()));
            out_ += "</group>\n";
        }
        for (std::size_t i = common; i < wanted.size(); ++i) {
            // Group ids must be unique in a file; a group that reappears later gets a suffix.
            std::string id(wanted[i]);
            for (int n = 2; !used_group_ids_.insert(id).second; ++n) id = std::string(wanted[i]) + "-" + std::to_string(n);
            indent(base + static_cast<int>(open_groups_.size()));
            out_ += "<group";
            attribute("id", id);
            out_ += ">\n";
            open_groups_.push_back({std::string(wanted[i])});
        }
    }

    void write_unit(const Unit& unit, std::size_t index, int depth) {
        const std::string wanted = unit.id.empty() ? "u" + std::to_string(index + 1) : unit.id;
        std::string id = wanted;
        for (int n = 2; !used_unit_ids_.insert(id).second; ++n) id = wanted + "-" + std::to_string(n);
        indent(depth);
        out_ += v2_ ? "<unit" : "<trans-unit";
        attribute("id", id);
        if (!unit.translate) attribute("translate", "no");
        if (v2_) {
            // 2.x types must be "prefix:value"; a bare 1.2 restype has no place here.
            const std::string_view type = written_type(unit);
            if (type.find(':') != std::string_view::npos) attribute("type", type);
            out_ += ">\n";
            if (!unit.notes.empty()) {
                indent(depth + 1);
                out_ += "<notes>\n";
                write_notes(unit, depth + 2);
                indent(depth + 1);
                out_ += "</notes>\n";
            }
            for (std::size_t s = 0; s < unit.segments.size(); ++s) write_segment_2x(unit.segments[s], depth + 1);
            indent(depth);
            out_ += "</unit>\n";
        } else {
            write_unit_12(unit, depth);
        }
    }

    void write_segment_2x(const Segment& seg, int depth) {
        indent(depth);
        out_ += seg.ignorable ? "<ignorable" : "<segment";
        if (!seg.id.empty()) attribute("id", seg.id);
        if (!seg.ignorable) {
            const std::string_view state = state_2x(seg.state);
            if (!state.empty()) attribute("state", state);
        }
        out_ += ">\n";
        write_content_element("source", seg.source, depth + 1);
        if (seg.target) write_content_element("target", *seg.target, depth + 1);
        indent(depth);
        out_ += seg.ignorable ? "</ignorable>\n" : "</segment>\n";
    }

    void write_unit_12(const Unit& unit, int depth) {
        if (const std::string_view type = written_type(unit); !type.empty())
            attribute("restype", type.starts_with("verity:") ? "x-verity-" + std::string(type.substr(7)) : std::string(type));
        std::vector<const Segment*> real;
        bool any_target = false;
        for (const Segment& s : unit.segments) {
            if (!s.ignorable) real.push_back(&s);
            any_target = any_target || s.target.has_value();
        }
        const bool approved = !real.empty() && std::all_of(real.begin(), real.end(), [](const Segment* s) { return s->approved; });
        if (approved) attribute("approved", "yes");
        out_ += ">\n";

        // One unnamed segment is a plain trans-unit; anything else needs seg-source marks.
        const bool segmented = unit.segments.size() != 1 || !unit.segments[0].id.empty() || unit.segments[0].ignorable;
        std::string state;
        if (!real.empty() && std::all_of(real.begin(), real.end(), [&](const Segment* s) { return s->state == real[0]->state; }))
            state = state_12(real[0]->state);

        indent(depth + 1);
        out_ += "<source>";
        for (const Segment& s : unit.segments) write_content(s.source);
        out_ += "</source>\n";
        if (segmented) {
            indent(depth + 1);
            out_ += "<seg-source>";
            write_marks_12(unit, false);
            out_ += "</seg-source>\n";
        }
        if (any_target) {
            indent(depth + 1);
            out_ += "<target";
            if (!state.empty()) attribute("state", state);
            out_ += ">";
            if (segmented)
                write_marks_12(unit, true);
            else
                write_content(*unit.segments[0].target);
            out_ += "</target>\n";
        }
        write_notes(unit, depth + 1);
        indent(depth);
        out_ += "</trans-unit>\n";
    }

    // One <note> per note, in both versions (2.x wraps them in <notes>).
    void write_notes(const Unit& unit, int depth) {
        for (const std::string& note : unit.notes) {
            indent(depth);
            out_ += "<note>";
            write_text(note);
            out_ += "</note>\n";
        }
    }

    // Segments as <mrk mtype="seg">; ignorable ones as bare text between the marks.
    void write_marks_12(const Unit& unit, bool target) {
        for (std::size_t i = 0; i < unit.segments.size(); ++i) {
            const Segment& s = unit.segments[i];
            const Content* c = target ? (s.target ? &*s.target : nullptr) : &s.source;
            if (s.ignorable) {
                write_content(c != nullptr ? *c : s.source);
                continue;
            }
            if (c == nullptr) continue;
            out_ += "<mrk";
            attribute("mtype", "seg");
            attribute("mid", s.id.empty() ? std::to_string(i + 1) : s.id);
            out_ += ">";
            write_content(*c);
            out_ += "</mrk>";
        }
    }

    void write_content_element(std::string_view name, const Content& content, int depth) {
        indent(depth);
        out_ += '<';
        out_ += name;
        out_ += '>';
        write_content(content);
        out_ += "</";
        out_ += name;
        out_ += ">\n";
    }

    void write_content(const Content& content) {
        const std::string& text = content.text;
        const std::vector<InlineCode>& codes = content.codes;
        // Pair each opening code with the first later closing code of the same id, so unmatched
        // halves can be written as isolated (2.x) instead of producing dangling references.
        std::vector<std::size_t> partner(codes.size(), codes.size());
        for (std::size_t i = 0; i < codes.size(); ++i) {
            const CodeKind open = codes[i].kind;
            if (open != CodeKind::Open && open != CodeKind::MarkerOpen) continue;
            const CodeKind close = open == CodeKind::Open ? CodeKind::Close : CodeKind::MarkerClose;
            for (std::size_t j = i + 1; j < codes.size(); ++j)
                if (codes[j].kind == close && partner[j] == codes.size() && codes[j].id == codes[i].id) {
                    partner[i] = j;
                    partner[j] = i;
                    break;
                }
        }
        std::vector<std::string> ids(codes.size());
        for (std::size_t i = 0; i < codes.size(); ++i) {
            if (!codes[i].id.empty())
                ids[i] = codes[i].id;
            else if (partner[i] < i)
                ids[i] = ids[partner[i]];
            else
                ids[i] = "c" + std::to_string(i + 1);  // 2.x requires ids; invent stable ones
        }

        std::size_t pos = 0;
        for (std::size_t i = 0; i < codes.size(); ++i) {
            std::size_t at = std::clamp(codes[i].offset, pos, text.size());
            while (at < text.size() && is_utf8_continuation(text[at])) ++at;  // never split a character
            write_text(std::string_view(text).substr(pos, at - pos));
            pos = at;
            write_code(codes[i], ids[i], partner[i] != codes.size());
        }
        write_text(std::string_view(text).substr(pos));
    }

    void write_code(const InlineCode& code, const std::string& id, bool paired) {
        if (!v2_) {
            // 1.2: x/bx/ex carry everything needed; markers only annotate, so they are dropped.
            const char* element = code.kind == CodeKind::Standalone ? "<x" : code.kind == CodeKind::Open ? "<bx"
                                  : code.kind == CodeKind::Close    ? "<ex" : nullptr;
            if (element == nullptr) return;
            out_ += element;
            attribute("id", id);
            if (!code.data.empty()) attribute("equiv-text", code.data);
            out_ += "/>";
            return;
        }
        switch (code.kind) {
            case CodeKind::Standalone:
                out_ += "<ph";
                attribute("id", id);
                break;
            case CodeKind::Open:
                out_ += "<sc";
                attribute("id", id);
                if (!paired) attribute("isolated", "yes");
                break;
            case CodeKind::Close:
                out_ += "<ec";
                if (paired) {
                    attribute("startRef", id);
                } else {
                    attribute("id", id);
                    attribute("isolated", "yes");
                }
                break;
            case CodeKind::MarkerOpen:
            case CodeKind::MarkerClose:
                if (!paired) return;  // a lone sm or em is invalid 2.x
                out_ += code.kind == CodeKind::MarkerOpen ? "<sm" : "<em";
                attribute(code.kind == CodeKind::MarkerOpen ? "id" : "startRef", id);
                if (code.kind == CodeKind::MarkerOpen && code.protects) attribute("translate", "no");
                out_ += "/>";
                return;
        }
        if (!code.data.empty()) attribute("disp", code.data);
        out_ += "/>";
    }

    // Element text: markup characters escaped, CR kept as a reference so parsers do not fold it,
    // and characters XML 1.0 forbids written as 2.x <cp/> (dropped in 1.2, which has no way).
    void write_text(std::string_view text) {
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            const auto u = static_cast<unsigned char>(c);
            switch (c) {
                case '&': out_ += "&amp;"; continue;
                case '<': out_ += "&lt;"; continue;
                case '>': out_ += "&gt;"; continue;
                case '\r': out_ += "&#13;"; continue;
                default: break;
            }
            if (u < 0x20 && c != '\t' && c != '\n') {
                if (v2_) write_cp(u);
                continue;
            }
            // U+FFFE and U+FFFF (EF BF BE/BF) are not XML characters either.
            if (u == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
                if (v2_) write_cp(static_cast<unsigned char>(text[i + 2]) == 0xBE ? 0xFFFE : 0xFFFF);
                i += 2;
                continue;
            }
            out_ += c;
        }
    }

    void write_cp(unsigned value) {
        static constexpr char hex[] = "0123456789ABCDEF";
        out_ += "<cp hex=\"";
        for (int shift = 12; shift >= 0; shift -= 4) out_ += hex[(value >> shift) & 0xF];
        out_ += "\"/>";
    }

    void attribute(std::string_view name, std::string_view value) {
        out_ += ' ';
        out_ += name;
        out_ += "=\"";
        for (const char c : value) {
            switch (c) {
                case '&': out_ += "&amp;"; break;
                case '<': out_ += "&lt;"; break;
                case '>': out_ += "&gt;"; break;
                case '"': out_ += "&quot;"; break;
                case '\t': out_ += "&#9;"; break;
                case '\n': out_ += "&#10;"; break;
                case '\r': out_ += "&#13;"; break;
                default:
                    if (static_cast<unsigned char>(c) >= 0x20) out_ += c;  // other controls cannot be written
            }
        }
        out_ += '"';
    }

    void indent(int depth) { out_ += kIndent.substr(0, std::min<std::size_t>(kIndent.size(), 2 * static_cast<std::size_t>(depth))); }

    struct OpenGroup {
        std::string path_id;  // the id as in Unit::group_path, before any de-duplication
    };

    std::string version_;
    bool v2_;
    std::string out_;
    std::vector<OpenGroup> open_groups_;
    std::unordered_set<std::string> used_group_ids_;
    std::unordered_set<std::string> used_unit_ids_;
};

}  // namespace

std::string write_xliff(const Document& doc, std::string_view version) {
    if (version != "2.0" && version != "2.1" && version != "2.2" && version != "1.2")
        throw std::invalid_argument("write_xliff: unsupported XLIFF version \"" + std::string(version) + "\"");
    return Writer(version).write(doc);
}

}  // namespace verity::xliff
