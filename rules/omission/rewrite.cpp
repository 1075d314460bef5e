// What the sentence and phrase rules know about a rewrite in the same language that splits and explains
// (rules/omission/rewrite.hpp).
#include "rules/omission/rewrite.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "rules/engine/packs.hpp"
#include "xliff/text/case_folding.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/utf8.hpp"
#include "xliff/text/words.hpp"

namespace verity::rules {

// Sentence-final punctuation followed by a space: a cheap upper bound on sentence breaks, so that
// single-sentence segments (the vast majority) never reach the segmenter.
std::size_t likely_breaks(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        const char c = text[i];
        if ((c == '.' || c == '!' || c == '?' || c == ';') && text[i + 1] == ' ') ++n;
    }
    // Ideographic full stop and fullwidth marks end sentences without a following space.
    for (std::size_t i = 0; i + 2 < text.size(); ++i)
        if (static_cast<unsigned char>(text[i]) == 0xE3 && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            static_cast<unsigned char>(text[i + 2]) == 0x82)
            ++n;
    return n;
}

// The words of a sentence that may show what it is about: four letters or more, no stop word of its pack,
// folded, cut to their first five letters (inflection and derivation change the end: "respect" /
// "respectées", "Wohngeldstelle").
std::vector<std::string> telling_words(std::string_view text, const LanguagePack* pack) {
    const auto& stop = list_of(pack, "stopwords.words");
    std::vector<std::string> out;
    for (const auto& w : text::tokenize_words(text)) {
        const std::string folded = text::fold_case(w.text);
        if (text::utf8::count_code_points(folded) < 4 || std::find(stop.begin(), stop.end(), folded) != stop.end())
            continue;
        // The first five characters.
        std::size_t end = 0;
        for (int k = 0; k < 5 && end < folded.size(); ++k) text::utf8::next(folded, end);
        out.push_back(folded.substr(0, end));
    }
    return out;
}

// Whether the file is a rewrite in the same language that splits and explains throughout (a plain-language
// version): its target has half again as many sentences as its source, by their final punctuation, or a quarter
// more sentences that are shorter by a sixth of their words or more (a paraphrase that adds sentences keeps their
// length). Counted once per document.
namespace {
struct RewriteShape {
    bool splits = false;
};
}  // namespace
bool splitting_rewrite(const SegmentView& v) {
    return v.document_context.store()
        .get<RewriteShape>([&] {
            RewriteShape shape;
            if (text::primary_language(v.source_lang) != text::primary_language(v.target_lang)) return shape;
            std::size_t source = 0, target = 0, source_words = 0, target_words = 0;
            auto words = [](std::string_view text) {
                return static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
            };
            for (const auto& u : v.file.units)
                for (const auto& seg : u.segments) {
                    if (!text::is_blank(seg.source.text))
                        source += likely_breaks(seg.source.text) + 1, source_words += words(seg.source.text);
                    if (seg.target && !text::is_blank(seg.target->text))
                        target += likely_breaks(seg.target->text) + 1, target_words += words(seg.target->text);
                }
            // Words per sentence, target against source: shorter by a sixth when 6 * (tw / t) <= 5 * (sw / s).
            const bool shorter = 6 * target_words * source <= 5 * source_words * target;
            shape.splits = source > 0 && (2 * target >= 3 * source || (4 * target >= 5 * source && shorter));
            return shape;
        })
        .splits;
}

// The whole source document, case-folded, made once per document.
namespace {
struct FoldedSource {
    std::string text;
};
}  // namespace

// An added sentence of a splitting rewrite each of whose telling words the source document holds, also inside a
// compound there ("Kilowatt·stunde" / "Kilowattstunde"): the source's content said again in short sentences
// ("Wir liefern Ihnen Strom.", "Der Zähler zeigt: So viel Strom haben Sie verbraucht."), no new fact. A sentence
// with no telling word says nothing to compare and is not one.
const std::string& folded_source(const SegmentView& v) {
    return v.document_context.store()
        .get<FoldedSource>([&] {
            FoldedSource f;
            for (const auto& u : v.file.units)
                for (const auto& seg : u.segments) f.text += text::fold_case(seg.source.text) + "\n";
            return f;
        })
        .text;
}

bool restates_the_source(const SegmentView& v, std::string_view sentence) {
    const auto words = telling_words(sentence, v.target_pack);
    if (words.empty()) return false;
    const std::string& source = folded_source(v);
    return std::all_of(words.begin(), words.end(), [&](const std::string& w) { return source.find(w) != std::string::npos; });
}

// The words of a text, case-folded (apostrophes and hyphens separate: "c'est" is "c", "est").
std::vector<std::string> folded_words(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& w : text::tokenize_words(text)) out.push_back(text::fold_case(w.text));
    return out;
}

// Words of the term a definition opens with, at most this many before the defining words.
constexpr std::size_t kTermWords = 5;

// An added sentence of a splitting rewrite that defines a term the source or the target sentence before it
// names: the term, then a defining phrase of the pack's rewrite.definitions ("Widerspruch heißt: Sie schreiben
// uns …", "Le RIB, c'est un papier …", "Une caisse de retraite est un organisme qui …"). Plain language
// explains its hard words so; the explanation says nothing the source lacks.
bool defines_a_named_term(const SegmentView& v, std::string_view sentence, std::string_view previous) {
    const auto& markers = list_of(v.target_pack, "rewrite.definitions");
    if (markers.empty()) return false;
    const auto words = folded_words(sentence);
    const auto& stop = list_of(v.target_pack, "stopwords.words");
    for (const auto& marker : markers) {
        const auto phrase = folded_words(marker);
        if (phrase.empty()) continue;
        for (std::size_t at = 1; at <= kTermWords && at + phrase.size() <= words.size(); ++at) {
            if (!std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(at))) continue;
            // The term's words: named by the source document or by the target sentence before this one.
            const std::string before = text::fold_case(previous);
            const std::string& source = folded_source(v);
            // At the start of a word there ("rib" in "RIB", not in "tribunal"); compounds may go on after it.
            auto named_in = [](const std::string& text, const std::string& w) {
                for (std::size_t p = text.find(w); p != std::string::npos; p = text.find(w, p + 1)) {
                    const auto c = p ? static_cast<unsigned char>(text[p - 1]) : ' ';
                    if (c < 0x80 && !std::isalnum(c)) return true;
                }
                return false;
            };
            for (std::size_t k = 0; k < at; ++k) {
                const std::string& w = words[k];
                if (text::utf8::count_code_points(w) < 3 || std::find(stop.begin(), stop.end(), w) != stop.end()) continue;
                if (named_in(source, w) || named_in(before, w)) return true;
            }
            return false;
        }
    }
    return false;
}

// Whether a sentence holds one of the pack's rewrite.additives as whole words ("auch", "aussi", "also", "en
// plus"): a focus particle that marks what it says as a further fact, not as the source's content explained.
bool says_in_addition(const SegmentView& v, std::string_view sentence) {
    const auto& additives = list_of(v.target_pack, "rewrite.additives");
    if (additives.empty()) return false;
    const auto words = folded_words(sentence);
    for (const auto& additive : additives) {
        const auto phrase = folded_words(additive);
        if (phrase.empty() || phrase.size() > words.size()) continue;
        for (std::size_t at = 0; at + phrase.size() <= words.size(); ++at)
            if (std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(at))) return true;
    }
    return false;
}

// Telling words of a sentence (see telling_words) that the whole source document never uses, also inside a
// compound there.
std::size_t fresh_words(const SegmentView& v, std::string_view sentence) {
    const std::string& source = folded_source(v);
    std::size_t n = 0;
    for (const auto& w : telling_words(sentence, v.target_pack)) n += source.find(w) == std::string::npos;
    return n;
}

}  // namespace verity::rules
