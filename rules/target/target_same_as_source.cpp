// target.same-as-source: the target repeats the source although the languages differ.
#include "rules/target/register.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/case_folding.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules {
namespace {

std::size_t word_count(std::string_view folded) {
    std::size_t words = folded.empty() ? 0 : 1;
    for (char c : folded) words += c == ' ';
    return words;
}

class TargetSameAsSource final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{
            "target.same-as-source", "untranslated", Severity::Warning,
            "The target is identical to the source although source and target languages differ.",
            {{"min_words", "2", "shorter segments (names, labels such as \"Menu\") are often legitimately identical"}}};
        return info;
    }
    explicit TargetSameAsSource(const RuleOptions& options)
        : min_words_(static_cast<std::size_t>(options.get_number(metadata(), "min_words"))) {}
    const RuleInfo& info() const override { return metadata(); }
    bool silent_on_identical_pairs() const override { return false; }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const auto& seg = v.segment;
        if (!seg.target || !seg.translate || !v.unit.translate) return;
        const std::string src_lang = text::primary_language(v.file.source_lang);
        const std::string tgt_lang = text::primary_language(v.file.target_lang);
        if (src_lang.empty() || tgt_lang.empty() || src_lang == tgt_lang) return;
        if (!text::has_letter(seg.source.text)) return;  // numbers, codes and punctuation stay as they are
        const std::string source = text::fold_for_comparison(seg.source.text);
        if (word_count(source) < min_words_) return;
        if (source != text::fold_for_comparison(seg.target->text)) return;
        sink.report(v, info(), info().severity,
                    {"target is the same as the source (" + v.file.source_lang + " → " + v.file.target_lang + ")",
                     true, true, {{0, seg.source.text.size()}}, {{0, seg.target->text.size()}}});
    }

private:
    std::size_t min_words_;
};

}  // namespace

void register_target_same_as_source(Registry& r) { add_rule<TargetSameAsSource>(r); }

}  // namespace verity::rules
