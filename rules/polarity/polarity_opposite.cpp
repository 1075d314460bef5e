// polarity.opposite: the source says one pole of a concept and the target the other: a quantity that went up
// made one that went down ("sank um 3,1 Prozent" / "rose by 3.1 percent"), included made excluded ("include
// VAT" / "hors TVA"), open made closed ("will be closed" / "permanecerán abiertas"). See poles.hpp; the packs'
// [opposites] lists are the bilingual knowledge, so it works in one language and across languages alike.
#include <vector>

#include "rules/polarity/poles.hpp"
#include "rules/polarity/register.hpp"

namespace verity::rules {
namespace {

// What each side says of a concept's poles, for the message.
const std::vector<polarity::PolePhrases>& pole_phrases() {
    static const std::vector<polarity::PolePhrases> phrases = {
        {"direction", "it goes up", "it goes down", "that it goes up", "that it goes down"},
        {"inclusion", "it is included", "it is excluded", "that it is included", "that it is excluded"},
        {"opening", "it is open", "it is closed", "that it is open", "that it is closed"},
        {"permission", "it is allowed", "it is prohibited", "that it is allowed", "that it is prohibited"},
    };
    return phrases;
}

class PolarityOpposite final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"polarity.opposite", "mistranslation", Severity::Error,
                                   "The source says one of two opposites (up / down, included / excluded, open / "
                                   "closed), the target the other.",
                                   {}};
        return info;
    }
    explicit PolarityOpposite(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }
    bool needs_language_knowledge() const override { return true; }

    void check(const SegmentView& v, FindingSink& sink) const override {
        polarity::report_flips(v, info(), pole_phrases(), sink);
    }
};

}  // namespace

void register_polarity_opposite(Registry& r) { add_rule<PolarityOpposite>(r); }

}  // namespace verity::rules
