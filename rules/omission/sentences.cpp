// omission.sentence and addition.sentence: a sentence with no counterpart on the other side.
// Between segments the alignment decides (units it marked verity:dropped / verity:added, or an
// XLIFF 2.x segment with an empty source); inside one segment the segment's sentences are aligned.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "rules/lexicon/analysis.hpp"
#include "rules/lexicon/rendering.hpp"
#include "rules/omission/length_model.hpp"
#include "rules/omission/message_pair.hpp"
#include "rules/omission/register.hpp"
#include "rules/omission/rewrite.hpp"
#include "rules/engine/packs.hpp"
#include "xliff/pair/aligner.hpp"
#include "xliff/text/case_folding.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/number_words.hpp"
#include "xliff/text/segmenter.hpp"
#include "xliff/text/utf8.hpp"
#include "xliff/text/words.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules {
namespace {

bool has_alnum(std::string_view text) {
    for (unsigned char c : text)
        if (c >= 0x80 || std::isalnum(c)) return true;  // any non-ASCII character may be a letter
    return false;
}

// The run's sentence splitter of a language, with the abbreviations of its pack (made once per run).
const text::SentenceSplitter& splitter(const SegmentView& v, const std::string& lang, const LanguagePack* pack) {
    return v.run.store().get<text::SentenceSplitter>(lang, [&] {
        return std::make_unique<text::SentenceSplitter>(lang, list_of(pack, "abbreviations.words"));
    });
}

std::vector<text::Sentence> sentences(const SegmentView& v, std::string_view content, const std::string& lang,
                                      const LanguagePack* pack) {
    std::vector<text::Sentence> out;
    for (auto [b, e] : splitter(v, lang, pack).split(content)) {
        // A stray quote or dash split off by spacing ("France \" soon \" would") is not a sentence.
        if (!has_alnum(content.substr(b, e - b))) {
            if (!out.empty()) out.back().end = e, out.back().text = std::string(content.substr(out.back().begin, e - out.back().begin));
            continue;
        }
        text::Sentence s;
        s.text = std::string(content.substr(b, e - b));
        s.begin = b;
        s.end = e;
        out.push_back(std::move(s));
    }
    return out;
}

// The links of a segment's own sentences, or nothing when the segment holds one sentence a side.
std::vector<xliff::Link> inner_alignment(const SegmentView& v, std::vector<text::Sentence>& src,
                                        std::vector<text::Sentence>& tgt) {
    const auto& seg = v.segment;
    // In a text pair the segment is one link of the document's alignment, which weighed every sentence
    // of it against its neighbours: aligned again alone, a split sentence would lose that context.
    if (v.document.format == xliff::DocumentFormat::TextPair) return {};
    // As many likely breaks on both sides: almost always as many sentences, and no alignment to run.
    if (likely_breaks(seg.source.text) == likely_breaks(seg.target->text)) return {};
    src = sentences(v, seg.source.text, v.source_lang, v.source_pack);
    tgt = sentences(v, seg.target->text, v.target_lang, v.target_pack);
    // As many sentences on both sides: the usual one-to-one translation. Aligning would only find a
    // drop and an add of equal number, which the pair rules (omission.phrase...) see anyway.
    if (src.size() == tgt.size()) return {};
    xliff::AlignerOptions options;
    options.source_language = v.source_lang;
    options.target_language = v.target_lang;
    options.source_stopwords = list_of(v.source_pack, "stopwords.words");
    options.target_stopwords = list_of(v.target_pack, "stopwords.words");
    options.dictionaries = &v.run.dictionaries();
    return xliff::align(src, tgt, options);
}

// A dropped sentence with an added one in its place that shares words with it: perhaps the same sentence
// reworded, so a warning, not an error.
constexpr double kStandIn = 0.75;
// A heading dropped from a translation: a warning.
constexpr double kHeading = 0.75;

// Content words a sentence needs before the absence of any rendering of them says it has no counterpart;
// a shorter one (three at least) also needs the pair's length to say so.
constexpr std::size_t kUnrenderedWords = 5;
constexpr std::size_t kUnrenderedShort = 3;
// Rendered content words, and their share, that the other sentences of its side need meanwhile.
constexpr std::size_t kRenderedElsewhere = 2;
constexpr double kRenderedShare = 0.25;
// A source sentence of this many content words or more may have one rendered and still count as none: one word
// in six is a cognate or a common word that the other side happens to say elsewhere ("office", "place"). Not a
// target sentence: a source sentence split in two leaves its second part as poorly rendered, the dictionary
// reaching inflected target words less often ("Beide Spielereien können ein beträchtliches Loch …"), and an
// added sentence beside a sentence's translation has the same shape (dev: 7 more additions found, 3 false,
// and 4 more false alarms in distil).
constexpr std::size_t kOneRenderedWords = 6;
// A sentence found so: the dictionary may miss every word of a sentence reworded freely, so a warning.
constexpr double kUnrendered = 0.7;
// Standard deviations of the length model by which a pair with a short such sentence must be off (the target
// too long for an added sentence, too short for a dropped one), and nearer it without the sentence: a sentence
// split in two keeps the pair's length.
constexpr double kLengthOff = 1.0;

// Across languages, in a segment one side of which says more sentences than the other (a link of the
// document's alignment that took in a neighbour: "Owners should bring the pet passport. Payment is accepted in
// cash only." for one source sentence), the sentence of that side none of whose content words (five at
// least, or three where the pair's length says it is too long by that sentence; in the source one of six or
// more may be: kOneRenderedWords) the other side renders, by the dictionary, numbers or names, while the
// side's other sentences are rendered. `source_side`: look for it in the source. Null when there is none such,
// or more than one.
struct UnrenderedSentence {
    text::Sentence sentence;
    std::size_t rendered = 0;  // content words the other side renders: none, or one in a long source sentence
};
std::optional<UnrenderedSentence> unrendered_sentence(const SegmentView& v, bool source_side) {
    const auto& seg = v.segment;
    if (!seg.target || text::primary_language(v.source_lang) == text::primary_language(v.target_lang)) return std::nullopt;
    // As many likely breaks on both sides: as many sentences, whatever an abbreviation list says ("sign in. You").
    if (likely_breaks(seg.source.text) == likely_breaks(seg.target->text)) return std::nullopt;
    const std::string_view own = source_side ? std::string_view(seg.source.text) : std::string_view(seg.target->text);
    const std::string_view other = source_side ? std::string_view(seg.target->text) : std::string_view(seg.source.text);
    const auto own_sentences = sentences(v, own, source_side ? v.source_lang : v.target_lang,
                                         source_side ? v.source_pack : v.target_pack);
    if (own_sentences.size() < 2 ||
        sentences(v, other, source_side ? v.target_lang : v.source_lang, source_side ? v.target_pack : v.source_pack)
                .size() >= own_sentences.size())
        return std::nullopt;
    const wording::Analysis* a = wording::analyse(v);
    if (!a) return std::nullopt;
    const wording::Rendering& r = wording::cross_rendering(v, *a, !source_side);
    const auto& tokens = source_side ? a->source : a->target;
    std::optional<UnrenderedSentence> found;
    std::size_t found_content = 0, content_elsewhere = 0, rendered_elsewhere = 0;
    for (const text::Sentence& sentence : own_sentences) {
        const auto [content, rendered] = r.count(tokens, sentence.begin, sentence.end);
        if (content >= kUnrenderedShort &&
            (rendered == 0 || (source_side && content >= kOneRenderedWords && rendered == 1))) {
            if (found) return std::nullopt;
            found = UnrenderedSentence{sentence, rendered};
            found_content = content;
        } else {
            content_elsewhere += content;
            rendered_elsewhere += rendered;
        }
    }
    if (!found || rendered_elsewhere < kRenderedElsewhere ||
        static_cast<double>(rendered_elsewhere) < kRenderedShare * static_cast<double>(content_elsewhere))
        return std::nullopt;
    if (found_content >= kUnrenderedWords) return found;
    const LengthModel& model = document_length_model(v);
    std::string rest(own.substr(0, found->sentence.begin));
    rest += own.substr(std::min(own.size(), found->sentence.end));
    const double whole = judged_deviation(model, seg.source.text, seg.target->text);
    const double without = source_side ? judged_deviation(model, rest, other) : judged_deviation(model, other, rest);
    const double off = source_side ? -whole : whole;  // the side with the sentence too long
    if (std::isnan(whole) || std::isnan(without) || off < kLengthOff || std::abs(without) >= std::abs(whole))
        return std::nullopt;
    return found;
}

std::string quote(std::string_view sentence) {
    constexpr std::size_t kMax = 60;
    std::string s(sentence.substr(0, kMax));
    while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();  // whole characters
    if (!s.empty() && (static_cast<unsigned char>(s.back()) & 0x80)) s.pop_back();
    return "\"" + s + (sentence.size() > kMax ? "…\"" : "\"");
}

// A sentence the alignment found dropped, right next to one it found added that shares a telling word with
// it (or the reverse): one sentence reworded beyond what the alignment recognises (a plain-language
// rewrite), or a sentence replaced by another on the same subject. Both are still reported, at warning: a
// reviewer decides which. The other unit, or null.
const xliff::Unit* stand_in(const SegmentView& v, const xliff::Unit& unit, xliff::UnitOrigin other) {
    const auto& units = v.file.units;
    if (units.empty() || &unit < units.data() || &unit >= units.data() + units.size()) return nullptr;
    const std::size_t ui = static_cast<std::size_t>(&unit - units.data());
    const bool dropped = unit.origin == xliff::UnitOrigin::Dropped;
    auto text_of = [](const xliff::Unit& u, bool source) -> std::string_view {
        if (u.segments.empty()) return {};
        const auto& seg = u.segments.front();
        return source ? std::string_view(seg.source.text) : seg.target ? std::string_view(seg.target->text) : std::string_view{};
    };
    const auto own = telling_words(text_of(unit, dropped), dropped ? v.source_pack : v.target_pack);
    for (std::size_t n : {ui - 1, ui + 1}) {
        if (ui == 0 && n == ui - 1) continue;
        if (n >= units.size() || units[n].origin != other) continue;
        for (const auto& w : telling_words(text_of(units[n], !dropped), dropped ? v.target_pack : v.source_pack))
            if (std::find(own.begin(), own.end(), w) != own.end()) return &units[n];
    }
    return nullptr;
}

// A question, or a heading (a colon or no final stop at its end, eight words at most): how plain language words
// a condition ("Vous voulez partir plus tôt ?" for "En cas de départ anticipé…") or announces what follows
// ("Ein Beispiel:"), not a statement of its own.
bool question_or_heading(std::string_view sentence) {
    while (!sentence.empty() && (sentence.back() == ' ' || sentence.back() == '\n' || sentence.back() == '"' ||
                                 sentence.back() == ')'))
        sentence.remove_suffix(1);
    if (sentence.empty()) return false;
    const char last = sentence.back();
    if (last == '?' || last == ':') return true;
    if (last == '.' || last == '!' || last == ';' || sentence.ends_with("\u2026")) return false;
    return std::count(sentence.begin(), sentence.end(), ' ') < 8;
}

class OmissionSentence final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"omission.sentence", "omission", Severity::Error,
                                   "A source sentence has no counterpart in the target.", {}};
        return info;
    }
    explicit OmissionSentence(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const auto& seg = v.segment;
        if (!seg.translate || !v.unit.translate || text::is_blank(seg.source.text)) return;
        const bool target_blank = !seg.target || text::is_blank(seg.target->text);
        if (v.unit.origin == xliff::UnitOrigin::Dropped) {
            if (const xliff::Unit* added = stand_in(v, v.unit, xliff::UnitOrigin::Added)) {
                const auto& t = added->segments.front().target;
                FindingSink::Report r{"sentence reworded beyond recognition or replaced: " + quote(seg.source.text) +
                                          " has no clear counterpart; " + quote(t ? t->text : std::string()) +
                                          " stands in its place",
                                      true, false, {{0, seg.source.text.size()}}, {}};
                r.confidence = kStandIn;
                sink.report(v, info(), severity_for(kStandIn, info().severity), std::move(r));
                return;
            }
        }
        // A heading or title (no final stop, eight words at most, no digit) says what follows, not a fact of its
        // own: a plain-language rewrite asks it as a question of its own words ("Conditions d'attribution" /
        // "Qui peut avoir l'aide ?"), so there it is no omission; in a translation, one gone is a warning.
        const bool heading = question_or_heading(seg.source.text) && seg.source.text.back() != ':' &&
                             seg.source.text.find_first_of("0123456789") == std::string::npos;
        if (heading && v.unit.origin == xliff::UnitOrigin::Dropped) {
            if (splitting_rewrite(v)) return;
            FindingSink::Report r{"heading dropped: " + quote(seg.source.text) + " has no counterpart in the target",
                                  true, false, {{0, seg.source.text.size()}}, {}};
            r.confidence = kHeading;
            sink.report(v, info(), severity_for(kHeading, info().severity), std::move(r));
            return;
        }
        if (v.unit.origin == xliff::UnitOrigin::Dropped || (target_blank && v.document.format == xliff::DocumentFormat::TextPair)) {
            sink.report(v, info(), info().severity,
                        {"sentence dropped: " + quote(seg.source.text) + " has no counterpart in the target", true,
                         false, {{0, seg.source.text.size()}}, {}});
            return;
        }
        if (target_blank) return;  // an unfinished translation: target.empty's business
        // A plural message's extra variants are not extra sentences: its representatives are compared.
        check_representative(v, sink, [this](const SegmentView& rv, FindingSink& rs) {
            std::vector<text::Sentence> src, tgt;
            bool reported = false;
            for (const auto& link : inner_alignment(rv, src, tgt)) {
                if (!link.target.empty()) continue;
                for (std::size_t i : link.source)
                    rs.report(rv, info(), info().severity,
                              {"sentence dropped inside the segment: " + quote(src[i].text), true, true,
                               {{src[i].begin, src[i].end}}, {}});
                reported = true;
            }
            if (reported) return;
            if (const auto gone = unrendered_sentence(rv, true)) {
                const text::Sentence& g = gone->sentence;
                FindingSink::Report r{"sentence dropped inside the segment: " + quote(g.text) +
                                          (gone->rendered ? " has one word the target renders" : " has no word the target renders") +
                                          ", while the segment's other sentences do",
                                      true, true, {{g.begin, g.end}}, {}};
                r.confidence = kUnrendered;
                rs.report(rv, info(), severity_for(kUnrendered, info().severity), std::move(r));
            }
        });
    }
};

// An added sentence of a splitting rewrite that shares a telling word with the source of the nearest units before
// and after it that have one (past other added sentences), also inside a compound there ("Einkommen" /
// "Gesamteinkommen"): an explanation of that sentence or a part split off it as often as an addition.
bool explains_a_neighbour(const SegmentView& v, const xliff::Unit& unit) {
    const auto& units = v.file.units;
    if (units.empty() || &unit < units.data() || &unit >= units.data() + units.size() || unit.segments.empty() ||
        !unit.segments.front().target)
        return false;
    const std::size_t ui = static_cast<std::size_t>(&unit - units.data());
    const auto own = telling_words(unit.segments.front().target->text, v.target_pack);
    auto shares = [&](const xliff::Unit& u) {
        if (u.segments.empty()) return false;
        const std::string folded = text::fold_case(u.segments.front().source.text);
        for (const auto& w : own)
            if (folded.find(w) != std::string::npos) return true;
        return false;
    };
    auto has_source = [&](std::size_t n) {
        return !units[n].segments.empty() && !text::is_blank(units[n].segments.front().source.text);
    };
    for (std::size_t n = ui; n-- > 0;)
        if (has_source(n)) {
            if (shares(units[n])) return true;
            break;
        }
    for (std::size_t n = ui + 1; n < units.size(); ++n)
        if (has_source(n)) return shares(units[n]);
    return false;
}

// The quantities a text names from 3 up, as digits: digit runs with the separators inside them left out
// ("2.500" = "2500") and one-word numbers ("acht" = "8"). 0, 1 and 2 are as often an article, "once" or "both".
void add_quantities(std::string_view text, const std::unordered_map<std::string, std::string>& number_words,
                    std::unordered_set<std::string>& out) {
    auto keep = [&](std::string digits) {
        const std::size_t zeros = digits.find_first_not_of('0');
        if (zeros == std::string::npos) return;
        digits.erase(0, zeros);
        if (digits.size() > 1 || digits[0] >= '3') out.insert(std::move(digits));
    };
    std::string digits;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ' ';
        if (c >= '0' && c <= '9') {
            digits += c;
        } else if (!digits.empty() && (c == '.' || c == ',') && i + 1 < text.size() && text[i + 1] >= '0' &&
                   text[i + 1] <= '9') {
            continue;  // a separator inside the number
        } else if (!digits.empty()) {
            keep(std::move(digits));
            digits.clear();
        }
    }
    if (number_words.empty()) return;
    const std::string folded = text::fold_case(text);
    std::size_t i = 0;
    while (i < folded.size()) {
        const auto letter = [&](std::size_t k) {
            const auto b = static_cast<unsigned char>(folded[k]);
            return b >= 0x80 || std::isalpha(b);
        };
        if (!letter(i)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < folded.size() && letter(j)) ++j;
        if (const auto it = number_words.find(folded.substr(i, j - i)); it != number_words.end()) keep(it->second);
        i = j;
    }
}

// The quantities of the whole source document, gathered once per document.
struct SourceQuantities {
    std::unordered_set<std::string> values;
};
const std::unordered_set<std::string>& source_quantities(const SegmentView& v,
                                                         const std::unordered_map<std::string, std::string>& words) {
    return v.document_context.store()
        .get<SourceQuantities>([&] {
            SourceQuantities q;
            for (const auto& u : v.file.units)
                for (const auto& seg : u.segments) add_quantities(seg.source.text, words, q.values);
            return q;
        })
        .values;
}

// One-word numbers of a language, made once per run.
struct RewriteNumberWords {
    std::unordered_map<std::string, std::string> words;
};

// An added sentence of a splitting rewrite that names a quantity the whole source lacks ("Die Anmeldung dauert
// etwa 30 Minuten."): a new fact, not an explanation.
bool names_a_new_quantity(const SegmentView& v, std::string_view sentence) {
    const auto& words = v.run.store()
                            .get<RewriteNumberWords>(std::string(v.target_lang),
                                                     [&] { return RewriteNumberWords{text::one_word_numbers(v.target_lang)}; })
                            .words;
    std::unordered_set<std::string> own;
    add_quantities(sentence, words, own);
    if (own.empty()) return false;
    const auto& source = source_quantities(v, words);
    return std::any_of(own.begin(), own.end(), [&](const std::string& q) { return !source.count(q); });
}

// The target of the unit before this one, or nothing.
std::string_view previous_target(const SegmentView& v, const xliff::Unit& unit) {
    const auto& units = v.file.units;
    if (units.empty() || &unit <= units.data() || &unit >= units.data() + units.size()) return {};
    const xliff::Unit& prev = *(&unit - 1);
    if (prev.segments.empty() || !prev.segments.front().target) return {};
    return prev.segments.front().target->text;
}


// Added sentences of a splitting rewrite that name no new quantity: an explanation, a part split off a sentence,
// a restatement or an addition, a reviewer decides.
constexpr double kRewriteAddition = 0.6;
// Telling words the whole source never uses that make an unmarked added sentence of such a rewrite worth a look.
constexpr std::size_t kFreshWords = 3;

class AdditionSentence final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"addition.sentence", "addition", Severity::Error,
                                   "A target sentence has no counterpart in the source.", {}};
        return info;
    }
    explicit AdditionSentence(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        const auto& seg = v.segment;
        if (!seg.target || !seg.translate || !v.unit.translate || text::is_blank(seg.target->text)) return;
        if (v.unit.origin == xliff::UnitOrigin::Added) {
            if (const xliff::Unit* dropped = stand_in(v, v.unit, xliff::UnitOrigin::Dropped)) {
                FindingSink::Report r{"sentence reworded beyond recognition or added: " + quote(seg.target->text) +
                                          " has no clear counterpart; it stands where " +
                                          quote(dropped->segments.front().source.text) + " was dropped",
                                      false, true, {}, {{0, seg.target->text.size()}}};
                r.confidence = kStandIn;
                sink.report(v, info(), severity_for(kStandIn, info().severity), std::move(r));
                return;
            }
        }
        if (v.unit.origin == xliff::UnitOrigin::Added && splitting_rewrite(v) && !names_a_new_quantity(v, seg.target->text)) {
            // Said in the source's own words (a restatement), a question or a heading of the rewrite's own (how
            // plain language words a condition or announces what follows), a definition of a hard word: nothing
            // added to report.
            if (restates_the_source(v, seg.target->text) || question_or_heading(seg.target->text) ||
                defines_a_named_term(v, seg.target->text, previous_target(v, v.unit)))
                return;
            // An explanation says the source's content in simple words, most of them the source's own; a further
            // fact is marked as one ("Sie können auch …", "Le Point-justice peut aussi …") or brings words of its
            // own (three telling words the whole source never uses). Anything else is taken for an explanation.
            const bool marked = says_in_addition(v, seg.target->text);
            if (!marked && fresh_words(v, seg.target->text) < kFreshWords) return;
            const std::string why = std::string(marked ? "this one says it adds to what was said"
                                                       : "this one brings words the source never uses") +
                                    (explains_a_neighbour(v, v.unit)
                                         ? ", though it shares words with the source sentence next to it: an addition, or "
                                           "an explanation or a part split off it"
                                         : " and names no quantity the source lacks: an addition, or an explanation");
            FindingSink::Report r{"sentence added: " + quote(seg.target->text) +
                                      " has no counterpart in the source; the rewrite splits and explains its sentences "
                                      "throughout, and " + why,
                                  false, true, {}, {{0, seg.target->text.size()}}};
            r.confidence = kRewriteAddition;
            sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
            return;
        }
        if (v.unit.origin == xliff::UnitOrigin::Added || text::is_blank(seg.source.text)) {
            sink.report(v, info(), info().severity,
                        {"sentence added: " + quote(seg.target->text) + " has no counterpart in the source", false,
                         true, {}, {{0, seg.target->text.size()}}});
            return;
        }
        check_representative(v, sink, [this](const SegmentView& rv, FindingSink& rs) {
            std::vector<text::Sentence> src, tgt;
            bool reported = false;
            for (const auto& link : inner_alignment(rv, src, tgt)) {
                if (!link.source.empty()) continue;
                for (std::size_t i : link.target) {
                    // A rewrite's definition of a hard word explains; it adds nothing.
                    if (splitting_rewrite(rv) &&
                        defines_a_named_term(rv, tgt[i].text, i ? std::string_view(tgt[i - 1].text) : std::string_view()))
                        continue;
                    rs.report(rv, info(), info().severity,
                              {"sentence added inside the segment: " + quote(tgt[i].text), true, true, {},
                               {{tgt[i].begin, tgt[i].end}}});
                    reported = true;
                }
            }
            if (reported) return;
            if (const auto added = unrendered_sentence(rv, false)) {
                const text::Sentence& a = added->sentence;
                FindingSink::Report r{"sentence added inside the segment: " + quote(a.text) +
                                          " has no word the source renders, while the segment's other sentences do",
                                      true, true, {}, {{a.begin, a.end}}};
                r.confidence = kUnrendered;
                rs.report(rv, info(), severity_for(kUnrendered, info().severity), std::move(r));
            }
        });
    }
};

}  // namespace

void register_omission_sentence(Registry& r) { add_rule<OmissionSentence>(r); }
void register_addition_sentence(Registry& r) { add_rule<AdditionSentence>(r); }

}  // namespace verity::rules
