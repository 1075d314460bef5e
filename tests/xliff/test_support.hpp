// Helpers shared by the xliff tests: fixture paths and compact descriptions of loaded content.
#pragma once

#include <string>

#include "xliff/model.hpp"

namespace verity::xliff::testing {

inline const std::string kFixtures = VERITY_SOURCE_DIR "/tests/fixtures/xliff/";

// The error, else the first defect the reader worked around (xliff.structure reports them), else "loaded".
inline std::string describe(const LoadResult& r) {
    if (!r.error) {
        for (const auto& file : r.document->files)
            for (const auto& unit : file.units)
                for (const auto& d : unit.defects)
                    return d.message + " at " + std::to_string(d.position.line) + ":" + std::to_string(d.position.column);
        return "loaded";
    }
    return r.error->message + " at " + std::to_string(r.error->position.line) + ":" +
           std::to_string(r.error->position.column);
}

inline const char* kind_name(CodeKind k) {
    switch (k) {
        case CodeKind::Open: return "open";
        case CodeKind::Close: return "close";
        case CodeKind::Standalone: return "ph";
        case CodeKind::MarkerOpen: return "mopen";
        case CodeKind::MarkerClose: return "mclose";
    }
    return "?";
}

// One token per code: kind:element:id@offset, plus [data] when there is some.
inline std::string codes(const Content& c) {
    std::string out;
    for (const InlineCode& code : c.codes) {
        if (!out.empty()) out += ' ';
        out += std::string(kind_name(code.kind)) + ":" + code.element + ":" + code.id + "@" + std::to_string(code.offset);
        if (!code.data.empty()) out += "[" + code.data + "]";
    }
    return out;
}

inline std::string pos(Position p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

}  // namespace verity::xliff::testing
