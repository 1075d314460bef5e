// The one document model every input becomes: XLIFF 1.2, XLIFF 2.x, or two aligned plain texts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace verity::xliff {

// 1-based line and column (columns count code points); 0 means unknown.
struct Position {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

enum class CodeKind {
    Open,        // opening half of a paired code (g/pc start, bpt, bx, sc, it pos="open")
    Close,       // closing half (g/pc end, ept, ex, ec, it pos="close")
    Standalone,  // ph, x, it without pos
    MarkerOpen,  // mrk/sm start: annotation (term, comment, ITS data), not formatting
    MarkerClose, // mrk/em end
};

// An inline code sitting at a byte offset of the segment's plain text.
struct InlineCode {
    CodeKind kind = CodeKind::Standalone;
    std::string element;  // element name as written, without prefix: "g", "ph", "pc", "sc", ...
    std::string id;       // id (or rid for 1.2 bpt/ept pairing, startRef for 2.x ec)
    std::string data;     // native code content or equiv/disp text, for display and matching
    std::size_t offset = 0;  // byte offset into Content::text
    // A marker whose content must stay as it is (1.2 mrk mtype="protected", 2.x mrk/sm translate="no"):
    // unlike other annotations, which a translator may drop or move, it is kept like a code.
    bool protects = false;
};

// Where a piece of a content's text is written in the input file: the text from byte `offset` on stands
// as it is from `position`, up to the next anchor. Each text run, and the character after each escape
// ("&amp;", "&#x4E2D;"), starts one, so that a character's column is where a reader sees it in the file.
struct TextAnchor {
    std::size_t offset = 0;  // byte offset into Content::text
    Position position;
};

// Plain text plus inline codes at their positions. CDATA and entities are decoded.
struct Content {
    std::string text;                // UTF-8
    std::vector<InlineCode> codes;   // in document order
    Position position;               // where the element starts in the input file
    std::vector<TextAnchor> anchors; // in offset order; empty when the text was not read from a file
};

// The input file's line and column of byte `offset` of content.text: counted from the anchor before it,
// a line break in the text starting a new line. The element's position when the content has no anchors.
Position position_in_file(const Content& content, std::size_t offset);

struct Segment {
    std::string id;                  // may be empty (XLIFF 2.x segment id is optional)
    Content source;
    std::optional<Content> target;   // absent when the input has no target element
    std::string state;               // as written (1.2 target@state, 2.x segment@state), may be empty
    bool translate = true;
    bool approved = false;
    bool ignorable = false;          // XLIFF 2.x <ignorable>: whitespace between segments
};

// Where a unit comes from. Aligning two texts (xliff/pair) finds sentences of one side without a
// counterpart on the other; each becomes a unit of its own, which only the sentence rules speak about.
// XLIFF keeps the origin as unit@type "verity:dropped" / "verity:added" (2.x) or trans-unit@restype
// "x-verity-dropped" / "x-verity-added" (1.2), so that a re-check of a written file sees it too.
enum class UnitOrigin {
    Input,    // as the input has it (for a text pair: linked sentences of both sides)
    Dropped,  // a source sentence the target does not render
    Added,    // a target sentence with no source
};

// The unit type that stands for an origin ("verity:dropped"); empty for Input.
std::string_view unit_type_of(UnitOrigin origin);
// The origin a unit type (2.x form, "verity:added") stands for; Input for any other type.
UnitOrigin unit_origin_of(std::string_view type);

// A fault of the file that the reader worked around instead of refusing the file (a duplicate unit
// id, a dataRef with no <data> to point at); the xliff.structure rule reports it.
struct Defect {
    std::string message;
    Position position;
};

struct Unit {
    std::string id;
    std::string group_path;          // "g1/g2" for nested groups, empty at file level
    bool translate = true;
    std::vector<Segment> segments;
    Position position;
    UnitOrigin origin = UnitOrigin::Input;
    // The type as written: XLIFF 2.x unit@type, 1.2 trans-unit@restype with "x-verity-" read as
    // "verity:". Kept so that writing keeps it; rules read `origin`.
    std::string type;
    // The texts of the unit's notes (1.2 trans-unit/note, 2.x unit/notes/note), in order. Translators
    // and tools leave instructions there, "verity-ignore: rule.id" among them.
    std::vector<std::string> notes;
    // What the text is (XLIFF 1.2 datatype of the trans-unit, else of its nearest group or file: "html",
    // "plaintext", "x-…"); empty when not said (XLIFF 2.x has no such attribute). Rules read it to know
    // whether white space at the ends is text or the markup's layout.
    std::string datatype;
    std::vector<Defect> defects;  // in document order
};

// The form a unit is of a gettext plural message, as the XLIFF representation of PO writes them (unit
// "12[0]", "12[1]"… in group "12", restype x-gettext-plurals); nothing for any other unit.
std::optional<std::size_t> gettext_plural_form(const Unit& unit);

struct File {
    std::string id;                  // 2.x file@id, 1.2 file@original
    std::string source_lang;
    std::string target_lang;
    std::vector<Unit> units;
};

// What a document was read from.
enum class DocumentFormat {
    Xliff12,   // XLIFF 1.2 (1.0 and 1.1 read the same way)
    Xliff20,
    Xliff21,
    Xliff22,
    TextPair,  // two texts aligned sentence by sentence (xliff/pair)
};

// The name reports print: "xliff-1.2", "xliff-2.0", "xliff-2.1", "xliff-2.2", "text-pair".
std::string_view to_string(DocumentFormat format);

struct Document {
    std::string path;                // as given by the user
    DocumentFormat format = DocumentFormat::Xliff20;  // documents built in code follow the 2.0 model
    std::string source_lang;         // of the first file; BCP 47 as written
    std::string target_lang;
    std::vector<File> files;
    // Two-input documents (text pairs): the files the source and target sides come from, so that
    // positions can name the right file. Empty for an ordinary XLIFF file.
    std::string source_path;
    std::string target_path;
    // What the reader decided on the user's behalf, e.g. "source language guessed: en".
    std::vector<std::string> notes;

    std::size_t unit_count() const {
        std::size_t n = 0;
        for (const auto& f : files) n += f.units.size();
        return n;
    }
    std::size_t segment_count() const {
        std::size_t n = 0;
        for (const auto& f : files)
            for (const auto& u : f.units)
                for (const auto& s : u.segments) n += s.ignorable ? 0 : 1;
        return n;
    }
};

// A file that could not be loaded: what was wrong and where.
struct LoadError {
    std::string message;
    Position position;
};

struct LoadResult {
    std::optional<Document> document;
    std::optional<LoadError> error;
    bool ok() const { return document.has_value(); }
};

}  // namespace verity::xliff
