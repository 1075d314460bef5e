// target.empty: a segment that should be translated has no target, or only whitespace and codes.
#include <cctype>
#include <cstdint>
#include <string>

#include "rules/target/register.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules {
namespace {

bool blank(std::string_view text) { return text::is_blank(text); }

bool to_translate(const xliff::Unit& unit, const xliff::Segment& seg) {
    return seg.translate && unit.translate && !seg.ignorable && !blank(seg.source.text);
}

// How much of a file has been given targets: of its segments to translate, those with text in the target.
struct TargetCoverage {
    std::size_t to_translate = 0;
    std::size_t with_target = 0;
    bool mostly_filled() const { return 2 * with_target > to_translate; }
};

const TargetCoverage& coverage(const SegmentView& v) {
    const std::string key = std::to_string(reinterpret_cast<std::uintptr_t>(&v.file));
    return v.document_context.store().get<TargetCoverage>(key, [&] {
        TargetCoverage c;
        for (const auto& unit : v.file.units)
            for (const auto& seg : unit.segments) {
                if (!to_translate(unit, seg)) continue;
                ++c.to_translate;
                c.with_target += seg.target && !blank(seg.target->text);
            }
        return c;
    });
}

// A source that is one programming identifier ("s5_nd_text_7", "mainMenuTitle"): CAT tools extract such
// ids from scripts and attributes (Trados `<sub>` flows) as segments, and most are not text to translate.
bool identifier_only(std::string_view source) {
    std::string_view t = source;
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t' || t.front() == '\n')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\n')) t.remove_suffix(1);
    if (t.empty() || !(std::islower(static_cast<unsigned char>(t.front())) || t.front() == '_')) return false;
    bool underscore = false, camel = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const auto c = static_cast<unsigned char>(t[i]);
        if (!std::isalnum(c) && c != '_') return false;  // spaces, punctuation, letters beyond ASCII: text
        underscore = underscore || (c == '_' && i > 0 && i + 1 < t.size());
        camel = camel || (i > 0 && std::isupper(c) && std::islower(static_cast<unsigned char>(t[i - 1])));
    }
    return underscore || camel;
}

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
        if (!to_translate(v.unit, seg)) return;
        // Sentences the aligner found dropped are omission.sentence's business, not an unfinished translation.
        if (v.is_alignment_gap() || v.document.format == xliff::DocumentFormat::TextPair) return;
        // Without a target language and without a target, the file is a source-only extract.
        if (!seg.target && v.file.target_lang.empty()) return;
        if (seg.target && !blank(seg.target->text)) return;
        FindingSink::Report r;
        r.message = seg.target ? "target is empty" : "segment has no target";
        r.has_target = seg.target.has_value();
        // A locale variant of the source's language (en → en-US, fr → fr-CA): the source already reads
        // right, and an empty target means "use the source". A file that adapts most of its segments
        // may have missed this one (info); one that leaves most empty is not adapted at all (silent).
        const std::string src_lang = text::primary_language(v.file.source_lang);
        if (!src_lang.empty() && src_lang == text::primary_language(v.file.target_lang)) {
            if (!coverage(v).mostly_filled()) return;
            r.message += " (" + v.file.source_lang + " → " + v.file.target_lang +
                         ": same language, the source may serve as it is)";
            r.confidence = 0.3;
        }
        if (identifier_only(seg.source.text)) {
            r.message += " (the source is an identifier, which may not be text to translate)";
            r.confidence = 0.3;
        }
        const Severity severity = r.confidence ? severity_for(*r.confidence, info().severity) : info().severity;
        sink.report(v, info(), severity, std::move(r));
    }
};

}  // namespace

void register_target_empty(Registry& r) { add_rule<TargetEmpty>(r); }

}  // namespace verity::rules
