// target.same-as-source: the target repeats the source although the languages differ.
#include <set>
#include <string>
#include <vector>

#include "rules/engine/packs.hpp"
#include "rules/lexicon/wordnet.hpp"
#include "rules/target/register.hpp"
#include "xliff/text/case_folding.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::rules {
namespace {

std::size_t word_count(std::string_view folded) {
    std::size_t words = folded.empty() ? 0 : 1;
    for (char c : folded) words += c == ' ';
    return words;
}

// The function words of a language's pack, case-folded, made once per run.
struct StopWords {
    std::set<std::string, std::less<>> words;
};

const StopWords& stop_words(const SegmentView& v, const std::string& language) {
    return v.run.store().get<StopWords>("target.same-as-source\n" + language, [&] {
        StopWords s;
        for (const auto& w : list_of(v.packs.find(language), "stopwords.words")) s.words.insert(text::fold_case(w));
        return s;
    });
}

// What a copied source is made of. Names (capitalised words the language does not know in lower case,
// acronyms), codes, URLs, e-mail addresses, numbers and placeholders are written the same in every
// language; ordinary words are what a translation renders.
struct CopiedText {
    std::size_t words = 0;         // letter words
    std::size_t ordinary = 0;      // words a translation renders in its own words
    std::size_t capitalised = 0;   // words starting with a capital followed by lower case
    std::size_t lower_content = 0; // lower-case words that are not function words
    bool sentence = false;         // ends as a sentence does (. ! ?)
    bool starts_with_name = false; // the first word is a name or an acronym ("Google Drive", "DOCX Demo")
};

// Text inside <...> and {...} written as text (HTML or template markup in the segment) is code, and so
// is the key of a template parameter ("population_density = 6.1", "Parent = OL").
std::string without_markup(std::string_view s) {
    std::string out;
    int braces = 0;
    bool in_tag = false;
    for (char c : s) {
        if (c == '{') ++braces;
        if (c == '<' && braces == 0) in_tag = true;
        if (braces > 0 || in_tag) {
            if (c == '}') --braces;
            if (c == '>') in_tag = false;
            if (braces == 0 && !in_tag) out += ' ';
            continue;
        }
        out += c;
    }
    const std::size_t equals = out.find(" = ");
    if (equals != std::string::npos && out.find_first_of(" \t", out.find_first_not_of(" \t")) == equals)
        out.erase(0, equals + 3);
    return out;
}

bool is_code_like(std::string_view token) {
    if (token.find("://") != std::string_view::npos || token.rfind("www.", 0) == 0) return true;  // URL
    std::size_t letters = 0;
    for (std::size_t i = 0; i < token.size();) {
        const std::size_t at = i;
        const char32_t cp = text::utf8::next(token, i);
        if (text::utf8::is_digit(cp)) return true;
        if (cp == '@' || cp == '_' || cp == '/' || cp == '\\' || cp == '%' || cp == '$' || cp == '=' || cp == '#' ||
            cp == '|' || cp == '[' || cp == ']')
            return true;
        // A dot before a letter: a file or host name ("php.ini", "example.com", ".png"), not a sentence's end.
        if (cp == '.' && i < token.size()) {
            std::size_t after = i;
            if (text::utf8::is_letter(text::utf8::next(token, after))) return true;
        }
        if (text::utf8::is_letter(cp)) {
            // An upper-case letter after a lower-case one: camelCase or a brand spelled that way ("iPhone").
            if (letters > 0 && text::utf8::is_upper(cp)) {
                std::size_t back = at;
                const char32_t before = text::utf8::previous(token, back);
                if (text::utf8::is_lower(before)) return true;
            }
            ++letters;
        }
    }
    return false;
}

// Strips leading and trailing characters that are neither letters nor digits.
std::string_view trim_punctuation(std::string_view token) {
    std::size_t begin = 0;
    while (begin < token.size()) {
        std::size_t i = begin;
        const char32_t cp = text::utf8::next(token, i);
        if (text::utf8::is_letter(cp) || text::utf8::is_digit(cp)) break;
        begin = i;
    }
    std::size_t end = token.size();
    while (end > begin) {
        std::size_t i = end;
        const char32_t cp = text::utf8::previous(token, i);
        if (text::utf8::is_letter(cp) || text::utf8::is_digit(cp)) break;
        end = i;
    }
    return token.substr(begin, end - begin);
}

CopiedText read_copied(const SegmentView& v, std::string_view source, const std::string& language) {
    const StopWords& stop = stop_words(v, language);
    const wordnet::CommonWords* common = nullptr;
    if (language == "en") {
        const auto& words = wordnet::english_common_words(v.run);
        if (words.loaded) common = &words;
    }
    const auto known = [&](const std::string& folded) {
        return stop.words.count(folded) > 0 || (common != nullptr && common->contains(folded));
    };
    CopiedText out;
    const std::string text = without_markup(source);
    const std::string_view trimmed = trim_punctuation(text) ;
    if (!trimmed.empty()) {
        const std::string_view tail = std::string_view(text).substr(trimmed.data() - text.data() + trimmed.size());
        out.sentence = tail.find_first_of(".!?") != std::string_view::npos;
    }
    bool has_lower_case = false;
    for (std::size_t at = 0; at < text.size() && !has_lower_case;)
        has_lower_case = text::utf8::is_lower(text::utf8::next(text, at));
    // Words end at spaces and at , ; ( ) and a colon that does not start "://".
    const auto separator_at = [&](std::size_t at, std::size_t& next) {
        next = at;
        const char32_t cp = text::utf8::next(text, next);
        if (cp == ':') return text.compare(next, 2, "//") != 0;
        return text::utf8::is_space(cp) || cp == ',' || cp == ';' || cp == '(' || cp == ')';
    };
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t end = i, next = i;
        while (end < text.size() && !separator_at(end, next)) end = next;
        const std::string_view raw(text.data() + i, end - i);
        i = end;
        while (i < text.size() && separator_at(i, next)) i = next;
        const std::string_view token = trim_punctuation(raw);
        if (token.empty() || !text::has_letter(token) || is_code_like(raw)) continue;
        ++out.words;
        std::size_t at = 0;
        const bool first_upper = text::utf8::is_upper(text::utf8::next(token, at));
        bool any_lower = false;
        while (at < token.size()) any_lower |= text::utf8::is_lower(text::utf8::next(token, at));
        const std::string folded = text::fold_case(token);
        if (!first_upper) {
            ++out.ordinary;
            out.lower_content += stop.words.count(folded) == 0;
            continue;
        }
        // A short word in capitals among lower-case text is an acronym or a code ("IL", "MA", "PO") even
        // when the language knows its letters in lower case; in a text all in capitals ("FOLLOW US") it
        // is a word.
        const bool acronym = !any_lower && has_lower_case && text::utf8::count_code_points(token) <= 3 &&
                             stop.words.count(folded) == 0;
        if (!acronym && (known(folded) || (common == nullptr && any_lower))) {
            // Without a list of the language's common words, a capitalised word may be any noun
            // (German writes them all so): only acronyms are taken for names there.
            ++out.ordinary;
            out.capitalised += any_lower;
            continue;
        }
        // Otherwise a name or an acronym the language does not know in lower case: copied as it is.
        out.starts_with_name |= out.words == 1;
    }
    return out;
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
        // A source declared in one language that plainly reads as the target's is already translated.
        if (text::primary_language(v.source_lang) == tgt_lang) return;
        if (!text::has_letter(seg.source.text)) return;  // numbers, codes and punctuation stay as they are
        const std::string source = text::fold_for_comparison(seg.source.text);
        if (word_count(source) < min_words_) return;
        if (source != text::fold_for_comparison(seg.target->text)) return;
        const double confidence = confidence_of(read_copied(v, seg.source.text, src_lang));
        if (confidence <= 0) return;
        FindingSink::Report r{"target is the same as the source (" + v.file.source_lang + " → " +
                                  v.file.target_lang + ")",
                              true, true, {{0, seg.source.text.size()}}, {{0, seg.target->text.size()}}};
        r.confidence = confidence;
        sink.report(v, info(), severity_for(confidence, info().severity), std::move(r));
    }

private:
    // Nothing but names, codes and placeholders: a correct copy. A short title-case label ("Contact Us",
    // "DOCX Demo") or a single ordinary word among names is often kept on purpose: info. Text with
    // several ordinary words, a sentence above all, is the untranslated copy this rule is for.
    static double confidence_of(const CopiedText& c) {
        if (c.ordinary == 0) return 0;
        const bool title_label = !c.sentence && c.words <= 4 && c.capitalised > 0 && c.lower_content == 0;
        // A name and one generic word is how products are named ("Google Drive", "DOCX Demo").
        if (title_label && c.starts_with_name && c.ordinary == 1) return 0;
        if (title_label || c.ordinary == 1) return 0.45;
        if (c.ordinary == 2 && !c.sentence) return 0.65;
        return 0.8;
    }

    std::size_t min_words_;
};

}  // namespace

void register_target_same_as_source(Registry& r) { add_rule<TargetSameAsSource>(r); }

}  // namespace verity::rules
