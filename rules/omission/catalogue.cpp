#include "rules/omission/catalogue.hpp"

#include <algorithm>
#include <vector>

#include "rules/omission/length_model.hpp"

namespace verity::rules {
namespace {

// A catalogue has at least this many pairs, and half its sources hold at most this many characters
// (content_length): a sentence of running text is longer, a UI message or label shorter.
constexpr std::size_t kCatalogueMinPairs = 20;
constexpr double kCatalogueMedianChars = 50;

struct CatalogueShape {
    bool catalogue = false;
};

CatalogueShape shape_of(const xliff::Document& doc) {
    std::vector<double> lengths;
    for (const auto& file : doc.files)
        for (const auto& unit : file.units)
            for (const auto& seg : unit.segments)
                if (measurable_pair(unit, seg)) lengths.push_back(content_length(seg.source.text));
    if (lengths.size() < kCatalogueMinPairs) return {};
    auto mid = lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2);
    std::nth_element(lengths.begin(), mid, lengths.end());
    return {*mid <= kCatalogueMedianChars};
}

}  // namespace

bool is_message_catalogue(const SegmentView& v) {
    return v.document_context.store().get<CatalogueShape>([&] { return shape_of(v.document); }).catalogue;
}

}  // namespace verity::rules
