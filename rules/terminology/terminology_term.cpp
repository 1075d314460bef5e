// terminology.term: a glossary term of the source whose required equivalent is absent from the target.
// Terms come from the packs' [terminology] groups, which --glossary fills from a TBX or CSV file.
#include <fmt/format.h>

#include "rules/terminology/register.hpp"
#include "rules/entities/entities.hpp"
#include "rules/engine/glossary.hpp"
#include "rules/engine/packs.hpp"
#include "rules/lexicon/tokens.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules {
namespace {

// Whether a word of the text is the term's word: the same folded word, or, for words of four letters or
// more, the same Snowball stem in the language (an inflected form: "Rückerstattungen" for
// "Rückerstattung", "remboursements" for "remboursement"). Glossaries list base forms; text inflects them.
bool same_word(const Word& word, const std::string& term_key, const std::string& term_stem, std::string_view language) {
    if (word.key == term_key) return true;
    if (term_stem.size() < 4 || language.empty()) return false;
    return wording::stem_of(word.key, language) == term_stem;
}

// Where the words of `term` occur in `words`, in order: the byte range, or none.
std::optional<ByteRange> find_term(const std::string& term, const std::vector<Word>& words, std::string_view language) {
    std::vector<std::string> keys, stems;
    for (const auto& w : split_words(term)) {
        keys.push_back(w.key);
        stems.push_back(language.empty() ? std::string() : wording::stem_of(w.key, language));
    }
    if (keys.empty() || keys.size() > words.size()) return std::nullopt;
    for (std::size_t i = 0; i + keys.size() <= words.size(); ++i) {
        std::size_t k = 0;
        while (k < keys.size() && same_word(words[i + k], keys[k], stems[k], language)) ++k;
        if (k == keys.size()) return ByteRange{words[i].begin, words[i + k - 1].end};
    }
    return std::nullopt;
}

class TerminologyTerm final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"terminology.term", "terminology", Severity::Warning,
                                   "A glossary term of the source is not rendered by one of its required "
                                   "equivalents in the target.",
                                   {}};
        return info;
    }
    explicit TerminologyTerm(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const LanguagePack* mul = v.packs.multilingual();
        if (!mul || !v.segment.target || text::is_blank(v.segment.target->text) || v.is_alignment_gap()) return;
        const auto& groups = mul->group_list("terminology.terms");
        if (groups.empty()) return;
        const std::string sl = text::primary_language(v.source_lang), tl = text::primary_language(v.target_lang);
        const auto& words = segment_words(v);
        for (const auto& group : groups) {
            std::optional<ByteRange> at;
            std::string found;
            std::vector<std::string> wanted;
            for (const auto& entry : group) {
                auto [lang, term] = split_term(entry);
                if (!at && (lang.empty() || lang == sl))
                    if ((at = find_term(term, words.source, sl))) found = term;
                if (lang == tl || lang.empty()) wanted.push_back(term);
            }
            if (!at || wanted.empty()) continue;
            bool rendered = false;
            for (const auto& w : wanted) rendered = rendered || find_term(w, words.target, tl).has_value();
            if (rendered) continue;
            std::string list;
            for (const auto& w : wanted) list += fmt::format("{}\"{}\"", list.empty() ? "" : " or ", w);
            sink.report(v, info(), info().severity,
                        {fmt::format("glossary term \"{}\" should be rendered as {}", found, list), true, true, {*at}, {}});
        }
    }
};

}  // namespace

void register_terminology_term(Registry& r) { add_rule<TerminologyTerm>(r); }

}  // namespace verity::rules
