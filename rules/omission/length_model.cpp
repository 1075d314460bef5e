#include "rules/omission/length_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "rules/omission/acronyms.hpp"
#include "rules/omission/message_pair.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::rules {
namespace {

// 1.4826 · MAD estimates a standard deviation (of a normal distribution) without letting outliers
// inflate it.
constexpr double kMadToDeviation = 1.4826;
// The spread learnt is at least this many characters per √character: a document of near-identical
// pairs would otherwise make every small difference look far off.
constexpr double kMinSpread = 0.5;

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    auto mid = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

// The half-sample mode: the centre of the densest half, then of its densest half, and so on.
// Unlike the median it stays on the clean pairs when many flawed ones lean to one side (a
// document with many omissions would otherwise make every full translation look too long).
double densest(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    std::size_t lo = 0, n = v.size();
    while (n > 3) {
        const std::size_t h = (n + 1) / 2;
        std::size_t best = lo;
        for (std::size_t i = lo; i + h <= lo + n; ++i)
            if (v[i + h - 1] - v[i] < v[best + h - 1] - v[best]) best = i;
        lo = best;
        n = h;
    }
    return n == 0 ? 0 : (n == 3 && v[lo + 1] - v[lo] != v[lo + 2] - v[lo + 1]
                             ? (v[lo + 1] - v[lo] < v[lo + 2] - v[lo + 1] ? (v[lo] + v[lo + 1]) / 2
                                                                          : (v[lo + 1] + v[lo + 2]) / 2)
                             : v[lo + n / 2]);
}

// The (source, target) lengths of the document's pairs the model learns from: measurable, with a
// source of at least `min_chars`. A pair repeated (boilerplate, a UI string, versions of one sentence
// differing in case or spacing) counts once: many copies of one pair would make a spike that the
// densest ratio settles on. Pairs are the same when the source is and the target has the same length.
std::vector<std::pair<double, double>> learning_pairs(const xliff::Document& doc, double min_chars) {
    std::vector<std::pair<double, double>> pairs;
    std::unordered_set<std::string> seen;
    for (const auto& file : doc.files)
        for (const auto& unit : file.units)
            for (const auto& seg : unit.segments) {
                if (!measurable_pair(unit, seg)) continue;
                // A plural message counts by its representative variant, as omission.length judges it.
                const auto [ls, lt] = representative_lengths(seg.source.text, seg.target->text);
                if (!seen.insert(fmt::format("{}\n{}", lt, seg.source.text)).second) continue;
                if (ls >= min_chars) pairs.emplace_back(ls, lt);
            }
    return pairs;
}

// Robustly: the densest ratio and a median deviation, so the flawed pairs do not hide themselves.
LengthModel learn(const xliff::Document& doc, std::size_t min_segments, double min_chars) {
    const auto pairs = learning_pairs(doc, min_chars);
    LengthModel m;
    if (pairs.size() < min_segments) return m;
    std::vector<double> ratios;
    for (auto [ls, lt] : pairs) ratios.push_back(lt / ls);
    m.ratio = densest(ratios);
    std::vector<double> residuals;
    for (auto [ls, lt] : pairs) residuals.push_back((lt - m.ratio * ls) / std::sqrt(ls));
    const double centre = median(residuals);
    for (double& r : residuals) r = std::abs(r - centre);
    m.spread = std::max(kMadToDeviation * median(residuals), kMinSpread);
    m.learnt = true;
    return m;
}

}  // namespace

double content_length(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            n += c > ' ';
            ++i;
            continue;
        }
        n += !text::utf8::is_space(text::utf8::next(text, i));
    }
    return static_cast<double>(n);
}

double judged_deviation(const LengthModel& m, std::string_view source, std::string_view target, double* length) {
    auto deviation = [&m](double ls, double lt) {
        ls = std::max(ls, 1.0);
        return (lt - m.ratio * ls) / (m.spread * std::sqrt(ls));
    };
    const double ls = content_length(source), lt = content_length(target);
    const double raw = deviation(ls, lt);
    if (length) *length = ls;
    const auto [cs, ct] = acronym_expansion_lengths(source, target);
    if (cs == 0 && ct == 0) return raw;
    const double credited = deviation(ls - cs, lt - ct);
    if (std::abs(credited) >= std::abs(raw)) return raw;
    if (length) *length = ls - cs;
    return credited;
}

bool measurable_pair(const xliff::Unit& unit, const xliff::Segment& seg) {
    return seg.target && seg.translate && unit.translate && unit.type.rfind("verity:", 0) != 0 &&
           !text::is_blank(seg.source.text) && !text::is_blank(seg.target->text);
}

const LengthModel& document_length_model(const SegmentView& v) {
    return v.document_context.store().get<LengthModel>([&] {
        const RuleInfo& info = omission_length_info();
        const RuleOptions options(v.run.options_of(info.id));
        return learn(v.document, static_cast<std::size_t>(options.get_number(info, "min_segments")),
                     options.get_number(info, "min_chars"));
    });
}

double length_model_deviation(const SegmentView& v) {
    if (!measurable_pair(v.unit, v.segment)) return std::numeric_limits<double>::quiet_NaN();
    return judged_deviation(document_length_model(v), v.segment.source.text, v.segment.target->text);
}

}  // namespace verity::rules
