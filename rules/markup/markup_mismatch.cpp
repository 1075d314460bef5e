// markup.mismatch: inline codes missing, extra, or reordered so that open/close pairs break.
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
        for (std::size_t i = 0; i < codes.size(); ++i) {
            if (!unmatched[i]) continue;
            const InlineCode& c = codes[i];
            ByteRange range{c.offset, c.offset};
            std::string what = "inline code " + show(c);
            if (opens(c.kind) && !c.id.empty())
                for (std::size_t j = i + 1; j < codes.size(); ++j)
                    if (unmatched[j] && closes(codes[j].kind) && codes[j].id == c.id) {
                        unmatched[j] = false;
                        range.end = codes[j].offset;
                        what = "inline code pair " + show(c) + "…</" + codes[j].element + ">";
                        break;
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
        const auto& src = seg.source.codes;
        const auto& tgt = seg.target->codes;
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
