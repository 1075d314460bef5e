// markup.mismatch: inline codes missing, extra, or reordered so that open/close pairs break.
// Annotations (XLIFF 2 mrk and sm/em, 1.2 mrk: terms, comments, ITS data) are not codes: a translator
// may drop, add, renumber or move them. Only a marker that protects its content is kept like a code.
#include <algorithm>
#include <string>
#include <vector>

#include "rules/markup/register.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules {
namespace {

using xliff::CodeKind;
using xliff::InlineCode;

bool same_code(const InlineCode& a, const InlineCode& b) {
    if (a.kind != b.kind) return false;
    if (!a.id.empty() && !b.id.empty()) return a.id == b.id;
    return a.element == b.element && a.data == b.data;
}

std::string show(const InlineCode& c) {
    const std::string id = c.id.empty() ? "" : " id=\"" + c.id + "\"";
    switch (c.kind) {
        case CodeKind::Open:
        case CodeKind::MarkerOpen: return "<" + c.element + id + ">";
        case CodeKind::Close:
        case CodeKind::MarkerClose: return "</" + c.element + ">" + (c.id.empty() ? "" : " (id \"" + c.id + "\")");
        case CodeKind::Standalone: return "<" + c.element + id + "/>";
    }
    return c.element;
}

bool is_annotation(const InlineCode& c) {
    return (c.kind == CodeKind::MarkerOpen || c.kind == CodeKind::MarkerClose) && !c.protects;
}

// The codes a translator must carry over: inline codes and protecting markers. The closing half of a
// protecting 2.x sm (em) does not repeat translate="no"; it stays with its opener.
std::vector<InlineCode> codes_to_match(const std::vector<InlineCode>& codes) {
    std::vector<InlineCode> out;
    for (const auto& c : codes) {
        if (is_annotation(c)) {
            const bool closes_protector =
                c.kind == CodeKind::MarkerClose && std::any_of(out.begin(), out.end(), [&](const InlineCode& o) {
                    return o.kind == CodeKind::MarkerOpen && o.id == c.id;
                });
            if (!closes_protector) continue;
        }
        out.push_back(c);
    }
    return out;
}

bool opens(CodeKind k) { return k == CodeKind::Open || k == CodeKind::MarkerOpen; }
bool closes(CodeKind k) { return k == CodeKind::Close || k == CodeKind::MarkerClose; }

// Ids of pairs that close before they open, and of pairs that cross another pair.
struct PairingProblems {
    std::vector<std::size_t> reversed;  // index of the close code
    std::vector<std::size_t> crossed;   // index of the close code
};

PairingProblems pairing(const std::vector<InlineCode>& codes) {
    PairingProblems out;
    std::vector<std::size_t> open;  // indices of open codes awaiting their close
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const auto& c = codes[i];
        if (opens(c.kind)) {
            open.push_back(i);
            continue;
        }
        if (!closes(c.kind) || c.id.empty()) continue;
        auto it = std::find_if(open.rbegin(), open.rend(), [&](std::size_t o) { return codes[o].id == c.id; });
        if (it == open.rend()) {
            // No open code before it; if one follows, the pair is reversed.
            for (std::size_t j = i + 1; j < codes.size(); ++j)
                if (opens(codes[j].kind) && codes[j].id == c.id) {
                    out.reversed.push_back(i);
                    break;
                }
            continue;
        }
        if (it != open.rbegin()) out.crossed.push_back(i);
        open.erase(std::next(it).base());
    }
    return out;
}

// The closing half of the open code at `i`: the next close of its id, or, without an id (1.2 g, mrk),
// the close of the same element at the same depth. codes.size() when there is none.
std::size_t partner_of(const std::vector<InlineCode>& codes, std::size_t i) {
    const InlineCode& c = codes[i];
    int depth = 0;
    for (std::size_t j = i + 1; j < codes.size(); ++j) {
        const InlineCode& d = codes[j];
        if (!c.id.empty()) {
            if (closes(d.kind) && d.id == c.id) return j;
            continue;
        }
        if (!d.id.empty() || d.element != c.element) continue;
        if (opens(d.kind)) ++depth;
        if (closes(d.kind) && depth-- == 0) return j;
    }
    return codes.size();
}

// Whether `code` sits unmatched in `side` (source or target) of another segment of the unit, which the
// other side of that segment lacks: the code moved between segments of one unit, as XLIFF 2 allows
// (a code missing here that turns up in the next segment's target is not lost).
bool moved_within_unit(const SegmentView& v, const InlineCode& code, bool look_in_target) {
    const auto& segments = v.unit.segments;
    if (segments.size() < 2) return false;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (i == v.segment_index || !segments[i].target) continue;
        const auto here = codes_to_match(look_in_target ? segments[i].target->codes : segments[i].source.codes);
        const auto there = codes_to_match(look_in_target ? segments[i].source.codes : segments[i].target->codes);
        const auto count = [&](const std::vector<InlineCode>& list) {
            return std::count_if(list.begin(), list.end(), [&](const InlineCode& c) { return same_code(c, code); });
        };
        if (count(here) > count(there)) return true;
    }
    return false;
}

class MarkupMismatch final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"markup.mismatch", "markup", Severity::Error,
                                   "Inline codes of the source are missing or extra in the target, or their pairs "
                                   "are broken by reordering.",
                                   {}};
        return info;
    }
    explicit MarkupMismatch(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    // One finding per unmatched code; when both halves of a pair are unmatched, one finding for the
    // pair that marks the text it wrapped.
    void report_unmatched(const SegmentView& v, FindingSink& sink, const std::vector<InlineCode>& codes,
                          std::vector<bool> unmatched, bool in_source) const {
        for (std::size_t i = 0; i < codes.size(); ++i)
            if (unmatched[i] && moved_within_unit(v, codes[i], in_source)) unmatched[i] = false;
        for (std::size_t i = 0; i < codes.size(); ++i) {
            if (!unmatched[i]) continue;
            const InlineCode& c = codes[i];
            ByteRange range{c.offset, c.offset};
            std::string what = "inline code " + show(c);
            if (opens(c.kind))
                if (const std::size_t j = partner_of(codes, i); j < codes.size() && unmatched[j]) {
                    unmatched[j] = false;
                    range.end = codes[j].offset;
                    what = "inline code pair " + show(c) + "…</" + codes[j].element + ">";
                }
            FindingSink::Report r;
            r.message = what + (in_source ? " is missing in the target" : " in the target is not in the source");
            (in_source ? r.source_spans : r.target_spans).push_back(range);
            sink.report(v, info(), info().severity, std::move(r));
        }
    }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const auto& seg = v.segment;
        if (!seg.target || text::is_blank(seg.target->text) || v.is_alignment_gap()) return;  // target.empty's case
        const std::vector<InlineCode> src = codes_to_match(seg.source.codes);
        const std::vector<InlineCode> tgt = codes_to_match(seg.target->codes);
        if (src.empty() && tgt.empty()) return;

        std::vector<bool> used(tgt.size(), false);
        std::vector<bool> missing(src.size(), false);
        for (std::size_t s = 0; s < src.size(); ++s) {
            bool found = false;
            for (std::size_t t = 0; t < tgt.size() && !found; ++t)
                if (!used[t] && same_code(src[s], tgt[t])) used[t] = found = true;
            missing[s] = !found;
        }
        report_unmatched(v, sink, src, missing, true);
        std::vector<bool> extra(tgt.size());
        for (std::size_t t = 0; t < tgt.size(); ++t) extra[t] = !used[t];
        report_unmatched(v, sink, tgt, extra, false);

        const PairingProblems in_source = pairing(src);
        const PairingProblems in_target = pairing(tgt);
        for (std::size_t i : in_target.reversed)
            sink.report(v, info(), info().severity,
                        {"inline code pair \"" + tgt[i].id + "\" closes before it opens in the target", true, true, {},
                         {{tgt[i].offset, tgt[i].offset}}});
        for (std::size_t i : in_target.crossed) {
            const bool crossed_in_source = std::any_of(in_source.crossed.begin(), in_source.crossed.end(),
                                                       [&](std::size_t j) { return src[j].id == tgt[i].id; });
            if (crossed_in_source) continue;  // the source overlaps the same way: not the translator's doing
            sink.report(v, info(), info().severity,
                        {"inline code pair \"" + tgt[i].id + "\" overlaps another pair in the target; it nests in "
                         "the source",
                         true, true, {}, {{tgt[i].offset, tgt[i].offset}}});
        }
    }
};

}  // namespace

void register_markup_mismatch(Registry& r) { add_rule<MarkupMismatch>(r); }

}  // namespace verity::rules
