#include "rules/lexicon/analysis.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>

#include "rules/engine/packs.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules::wording {
namespace {

// Longer pairs than this are not word-aligned (the quadratic table would cost more than it tells).
constexpr std::size_t kMaxAlignCells = 160000;

std::string key_of(const Lexicon& lex, const Token& t) {
    if (t.numeric) return t.folded;
    auto it = lex.synonym_of.find(t.stem);
    return it == lex.synonym_of.end() ? t.stem : it->second;
}

// An acronym as written ("CEO", "OCHA"): two to six capital letters.
bool is_acronym(std::string_view text, const Token& t) {
    const std::size_t n = t.end - t.begin;
    if (n < 2 || n > 6 || t.numeric) return false;
    for (std::size_t k = t.begin; k < t.end; ++k)
        if (text[k] < 'A' || text[k] > 'Z') return false;
    return true;
}

// Links an unlinked acronym of one side to an unlinked run of the other side whose content words
// begin with its letters in order, function words between them allowed ("OCHA" = "Office for the
// Coordination of Humanitarian Affairs", "CEO" = "chief executive officer").
void link_acronyms(const std::vector<Token>& from, std::string_view from_text, std::vector<int>& from_link,
                   const std::vector<Token>& to, const Lexicon& to_lexicon, std::vector<int>& to_link) {
    for (std::size_t j = 0; j < from.size(); ++j) {
        if (from_link[j] >= 0 || !is_acronym(from_text, from[j])) continue;
        const std::string& letters = from[j].folded;
        for (std::size_t b = 0; b < to.size(); ++b) {
            if (to_link[b] >= 0 || is_stopword(to_lexicon, to[b]) || to[b].folded.front() != letters.front()) continue;
            std::size_t k = b, matched = 0;
            bool ok = true;
            while (ok && matched < letters.size() && k < to.size()) {
                const Token& t = to[k];
                if (to_link[k] >= 0 || t.numeric) {
                    ok = false;
                } else if (is_stopword(to_lexicon, t)) {
                    ok = matched > 0;  // a run starts with a content word
                } else if (t.folded.front() == letters[matched]) {
                    ++matched;
                } else {
                    ok = false;
                }
                ++k;
            }
            if (!ok || matched < letters.size()) continue;
            from_link[j] = static_cast<int>(b);
            for (std::size_t i = b; i < k; ++i) to_link[i] = static_cast<int>(j);
            break;
        }
    }
}

// The gaps between the in-order anchors, the share of content words aligned in order and the
// number of places edited.
void score(Analysis& a, const std::vector<std::pair<std::size_t, std::size_t>>& anchors) {
    const auto& S = a.source;
    const auto& T = a.target;
    const std::size_t n = S.size(), m = T.size();
    std::size_t ps = 0, pt = 0;  // start of the current stretch
    auto close = [&](std::size_t es, std::size_t et) {
        bool open = false;
        for (std::size_t i = ps; i < es; ++i) open = open || a.source_link[i] < 0;
        for (std::size_t j = pt; j < et; ++j) open = open || a.target_link[j] < 0;
        if (open) a.gaps.push_back({ps, es, pt, et});
    };
    for (auto [i, j] : anchors) {
        close(i, j);
        ps = i + 1;
        pt = j + 1;
    }
    close(n, m);
    // Similarity counts words aligned in order only: moved words are a rewording too.
    std::vector<bool> in_order_s(n), in_order_t(m);
    for (auto [i, j] : anchors) in_order_s[i] = in_order_t[j] = true;
    std::size_t content = 0, linked = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (!is_stopword(*a.source_lexicon, S[i])) {
            ++content;
            linked += in_order_s[i];
        }
    for (std::size_t j = 0; j < m; ++j)
        if (!is_stopword(*a.target_lexicon, T[j])) {
            ++content;
            linked += in_order_t[j];
        }
    a.similarity = content ? static_cast<double>(linked) / static_cast<double>(content) : 1.0;
    for (const Gap& g : a.gaps) {
        bool edit = false;
        for (std::size_t i = g.source_begin; i < g.source_end; ++i)
            edit = edit || (a.source_link[i] < 0 && !is_stopword(*a.source_lexicon, S[i]));
        for (std::size_t j = g.target_begin; j < g.target_end; ++j)
            edit = edit || (a.target_link[j] < 0 && !is_stopword(*a.target_lexicon, T[j]));
        a.edits += edit;
    }
}

void align(Analysis& a, std::string_view source_text, std::string_view target_text) {
    const auto& S = a.source;
    const auto& T = a.target;
    const std::size_t n = S.size(), m = T.size();
    a.source_link.assign(n, -1);
    a.target_link.assign(m, -1);
    if (n * m > kMaxAlignCells) return;
    a.aligned = true;
    std::vector<std::string> ks(n), kt(m);
    for (std::size_t i = 0; i < n; ++i) ks[i] = key_of(*a.source_lexicon, S[i]);
    for (std::size_t j = 0; j < m; ++j) kt[j] = key_of(*a.target_lexicon, T[j]);
    // Longest common subsequence of word keys, filled from the end so the walk goes forward.
    std::vector<std::uint16_t> table((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint16_t& { return table[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at(i, j) = ks[i] == kt[j] ? static_cast<std::uint16_t>(at(i + 1, j + 1) + 1)
                                      : std::max(at(i + 1, j), at(i, j + 1));
    std::vector<std::pair<std::size_t, std::size_t>> anchors;
    for (std::size_t i = 0, j = 0; i < n && j < m;) {
        if (ks[i] == kt[j]) {
            anchors.emplace_back(i, j);
            a.source_link[i] = static_cast<int>(j);
            a.target_link[j] = static_cast<int>(i);
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    // Words that moved: a reordering is not an omission plus an addition.
    for (std::size_t i = 0; i < n; ++i) {
        if (a.source_link[i] >= 0) continue;
        for (std::size_t j = 0; j < m; ++j)
            if (a.target_link[j] < 0 && ks[i] == kt[j]) {
                a.source_link[i] = static_cast<int>(j);
                a.target_link[j] = static_cast<int>(i);
                a.moved += !is_stopword(*a.source_lexicon, S[i]);
                break;
            }
    }
    // An acronym on one side spelt out on the other is the same name.
    link_acronyms(T, target_text, a.target_link, S, *a.source_lexicon, a.source_link);
    link_acronyms(S, source_text, a.source_link, T, *a.target_lexicon, a.target_link);
    score(a, anchors);
}

}  // namespace

// The analysis of the segment for one pair of lexicons, made by the first rule that asks.
struct AnalysisMemo {
    std::optional<Analysis> analysis;
};

const Analysis* analyse(const SegmentView& view, const Lexicon& source, const Lexicon& target) {
    const auto& seg = view.segment;
    if (!seg.target || !seg.translate || !view.unit.translate || view.is_alignment_gap()) return nullptr;
    if (text::is_blank(seg.source.text) || text::is_blank(seg.target->text)) return nullptr;
    // An unchanged text in one language has nothing for these rules (most segments of a revision).
    if (source.language == target.language && seg.source.text == seg.target->text) return nullptr;
    auto& memo = view.segment_context.store().get<AnalysisMemo>(source.language + '>' + target.language,
                                                                [] { return AnalysisMemo{}; });
    if (memo.analysis && memo.analysis->source_lexicon == &source && memo.analysis->target_lexicon == &target)
        return &*memo.analysis;
    Analysis& a = memo.analysis.emplace();
    a.source_lexicon = &source;
    a.target_lexicon = &target;
    a.same_language = source.language == target.language;
    a.source = tokenize(seg.source.text, source.language, stems_of(view));
    a.target = tokenize(seg.target->text, target.language, stems_of(view));
    if (a.same_language) align(a, seg.source.text, seg.target->text);
    return &a;
}

// The engine decides which language each side reads as (the file's, unless its text plainly reads
// as another that has a pack) and passes it in the view, with that language's pack.
std::string source_language(const SegmentView& view) { return text::primary_language(view.source_lang); }

std::string target_language(const SegmentView& view) { return text::primary_language(view.target_lang); }

const Analysis* analyse(const SegmentView& view) {
    const LanguagePack* sp = view.source_pack;
    const LanguagePack* tp = view.target_pack;
    const Lexicon& s = lexicon_of(view.run, sp, source_language(view));
    const Lexicon& t = lexicon_of(view.run, tp, target_language(view));
    // Across languages every judgement compares the two packs' word lists; without a pack for one side
    // ("not" against Portuguese "não") each negation or modal would look unmatched.
    if (s.language != t.language && (!sp || !tp || s.negators.empty() || t.negators.empty() || s.modals.empty() ||
                                     t.modals.empty()))
        return nullptr;
    return analyse(view, s, t);
}


}  // namespace verity::rules::wording
