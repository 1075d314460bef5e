// omission.length: the target is much shorter (or longer) than its source, judged by a
// Gale–Church length model: target length ≈ c · source length, with a spread that grows with the
// square root of the length. c and the spread are learnt from the document's own segment pairs
// (robustly: medians, so the flawed pairs do not hide themselves); short documents use
// Gale and Church's published values (c = 1, s² = 6.8 characters).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "rules/core/core_rules.hpp"
#include "rules/text/utf8.hpp"
#include "rules/unicode.hpp"
#include "rules/wording.hpp"

namespace verity::rules {
namespace {

// Characters that carry content: letters, digits and punctuation, not spaces.
double length(std::string_view text) {
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

struct LengthModel {
    double ratio = 1.0;
    double spread = std::sqrt(6.8);
    bool learnt = false;
};

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    auto mid = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

bool usable(const xliff::Unit& unit, const xliff::Segment& seg) {
    return seg.target && seg.translate && unit.translate && unit.type.rfind("verity:", 0) != 0 &&
           !is_blank(seg.source.text) && !is_blank(seg.target->text);
}

LengthModel learn(const xliff::Document& doc, std::size_t min_segments, double min_chars) {
    std::vector<std::pair<double, double>> pairs;
    for (const auto& file : doc.files)
        for (const auto& unit : file.units)
            for (const auto& seg : unit.segments) {
                if (!usable(unit, seg)) continue;
                const double ls = length(seg.source.text);
                if (ls >= min_chars) pairs.emplace_back(ls, length(seg.target->text));
            }
    LengthModel m;
    if (pairs.size() < min_segments) return m;
    std::vector<double> ratios;
    for (auto [ls, lt] : pairs) ratios.push_back(lt / ls);
    m.ratio = median(ratios);
    std::vector<double> residuals;
    for (auto [ls, lt] : pairs) residuals.push_back((lt - m.ratio * ls) / std::sqrt(ls));
    const double centre = median(residuals);
    for (double& r : residuals) r = std::abs(r - centre);
    // 1.4826 · MAD estimates a standard deviation without letting outliers inflate it.
    m.spread = std::max(1.4826 * median(residuals), 0.5);
    m.learnt = true;
    return m;
}

// The model of the document being checked, learnt once per document and thread.
const LengthModel& model_for(const xliff::Document& doc, std::size_t min_segments, double min_chars) {
    struct Cached {
        const xliff::Document* doc = nullptr;
        std::string path;
        std::size_t units = 0;
        LengthModel model;
    };
    thread_local Cached cache;
    const std::size_t units = doc.unit_count();
    if (cache.doc != &doc || cache.path != doc.path || cache.units != units) {
        cache.doc = &doc;
        cache.path = doc.path;
        cache.units = units;
        cache.model = learn(doc, min_segments, min_chars);
    }
    return cache.model;
}

class OmissionLength final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{
            "omission.length", "length", Severity::Warning,
            "The target is much shorter or longer than its source under the document's length model.",
            {{"threshold", "2", "standard deviations of the length model beyond which a pair is reported"},
             {"min_chars", "40", "shorter sources are not judged (their lengths vary too much)"},
             {"min_segments", "30", "segment pairs needed to learn the model from the document"}}};
        return info;
    }
    explicit OmissionLength(const RuleOptions& o)
        : threshold_(o.get_number(metadata(), "threshold")),
          min_chars_(o.get_number(metadata(), "min_chars")),
          min_segments_(static_cast<std::size_t>(o.get_number(metadata(), "min_segments"))) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!usable(v.unit, v.segment)) return;
        // In one language the word alignment of omission.phrase is the sharper instrument.
        if (wording::source_language(v) == wording::target_language(v)) return;
        const double ls = length(v.segment.source.text);
        const double lt = length(v.segment.target->text);
        if (std::max(ls, lt) < min_chars_) return;
        const LengthModel& m = model_for(v.document, min_segments_, min_chars_);
        const double base = std::max(ls, 1.0);
        const double delta = (lt - m.ratio * base) / (m.spread * std::sqrt(base));
        if (std::abs(delta) < threshold_) return;
        FindingSink::Report r;
        r.message = fmt::format("the target is much {} than the source: {} characters for {}, {} expected ({} model, "
                                "{:.1f} standard deviations)",
                                delta < 0 ? "shorter" : "longer", lt, ls, std::lround(m.ratio * ls),
                                m.learnt ? "the document's" : "the default", std::abs(delta));
        sink.report(v, info(), info().severity, std::move(r));
    }

private:
    double threshold_;
    double min_chars_;
    std::size_t min_segments_;
};

}  // namespace

void register_omission_length(Registry& r) { add_rule<OmissionLength>(r); }

}  // namespace verity::rules
