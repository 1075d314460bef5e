// target.empty: a segment that should be translated has no target, or only whitespace and codes.
#include "rules/target/register.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules {
namespace {

bool blank(std::string_view text) { return text::is_blank(text); }

class TargetEmpty final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"target.empty", "untranslated", Severity::Error,
                                   "A segment to be translated has a missing or empty target.", {}};
        return info;
    }
    explicit TargetEmpty(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const auto& seg = v.segment;
        if (!seg.translate || !v.unit.translate || blank(seg.source.text)) return;
        // Sentences the aligner found dropped are omission.sentence's business, not an unfinished translation.
        if (v.is_alignment_gap() || v.document.format == xliff::DocumentFormat::TextPair) return;
        // Without a target language and without a target, the file is a source-only extract.
        if (!seg.target && v.file.target_lang.empty()) return;
        if (!seg.target) {
            sink.report(v, info(), info().severity, {"segment has no target", true, false, {}, {}});
        } else if (blank(seg.target->text)) {
            sink.report(v, info(), info().severity, {"target is empty", true, true, {}, {}});
        }
    }
};

}  // namespace

void register_target_empty(Registry& r) { add_rule<TargetEmpty>(r); }

}  // namespace verity::rules
