// xliff.structure: faults of the XLIFF file that the reader worked around rather than refuse the file
// (a duplicate unit id, a dataRef that points at no <data>). Each is reported once, on the unit's first
// checked segment, at the place in the file where the fault is.
#include "rules/markup/register.hpp"

namespace verity::rules {
namespace {

class XliffStructure final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"xliff.structure", "markup", Severity::Warning,
                                   "The XLIFF file breaks a rule of its format that the reader could work around "
                                   "(duplicate unit id, dataRef without its <data>); the rest was checked.",
                                   {}};
        return info;
    }
    explicit XliffStructure(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }
    // The fault is in the file, whatever the texts say.
    bool silent_on_identical_pairs() const override { return false; }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (v.unit.defects.empty()) return;
        for (std::size_t s = 0; s < v.segment_index; ++s)
            if (!v.unit.segments[s].ignorable) return;  // an earlier segment carried them
        for (const auto& defect : v.unit.defects) {
            FindingSink::Report r;
            r.message = defect.message;
            r.position = defect.position;
            sink.report(v, info(), info().severity, std::move(r));
        }
    }
};

}  // namespace

void register_xliff_structure(Registry& r) { add_rule<XliffStructure>(r); }

}  // namespace verity::rules
