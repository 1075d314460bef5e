// pattern.user: the checklist rules of the packs ([[patterns]]: a source regex paired with a required or
// forbidden target regex, on RE2, which runs in linear time whatever a user writes). Each finding names
// the pattern's own id.
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <re2/re2.h>

#include "rules/engine/packs.hpp"
#include "rules/engine/pattern_packs.hpp"
#include "rules/patterns/register.hpp"

namespace verity::rules {
namespace {

// A pattern's compiled regexes; target regexes with \1 … \9 are compiled per match instead.
struct Compiled {
    const PatternRule* rule = nullptr;
    std::unique_ptr<RE2> source, required, forbidden;
};

bool has_backreference(const std::string& pattern) {
    for (std::size_t i = 0; i + 1 < pattern.size(); ++i)
        if (pattern[i] == '\\' && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') return true;
    return false;
}

std::unique_ptr<RE2> compile(const std::string& pattern) {
    if (pattern.empty() || has_backreference(pattern)) return nullptr;
    return std::make_unique<RE2>(pattern, RE2::Quiet);
}

// The compiled patterns of one pack, made once per run (RE2 objects are safe to share between threads).
using CompiledPack = std::vector<Compiled>;

const CompiledPack& compiled(const SegmentView& v, const LanguagePack& pack) {
    return v.run.store().get<CompiledPack>("patterns:" + pack.language, [&] {
        CompiledPack out;
        for (const auto& rule : pack.patterns)
            out.push_back({&rule, compile(rule.source), compile(rule.required), compile(rule.forbidden)});
        return out;
    });
}

// Whether `text` matches the target regex `pattern` (precompiled, or with the source groups put in).
bool matches(const std::string& text, const std::string& pattern, const RE2* precompiled, const std::vector<std::string>& groups) {
    if (precompiled) return RE2::PartialMatch(text, *precompiled);
    const RE2 re(with_groups(pattern, groups), RE2::Quiet);
    return re.ok() && RE2::PartialMatch(text, re);
}

class PatternUser final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"pattern.user", "pattern-problem", Severity::Warning,
                                   "A checklist pattern of a pack ([[patterns]]: where the source matches, the target "
                                   "must or must not match) is broken; the finding names the pattern's id.",
                                   {}};
        return info;
    }
    explicit PatternUser(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!v.segment.target || v.is_alignment_gap() || v.segment.target->text.empty()) return;
        for (const LanguagePack* pack : {v.packs.find("mul"), v.target_pack}) {
            if (!pack || pack->patterns.empty()) continue;
            for (const Compiled& c : compiled(v, *pack)) check_one(v, c, sink);
            if (v.target_pack == v.packs.find("mul")) break;
        }
    }

private:
    void check_one(const SegmentView& v, const Compiled& c, FindingSink& sink) const {
        const std::string& source = v.segment.source.text;
        const std::string& target = v.segment.target->text;
        std::vector<std::string> groups;
        if (c.source) {
            const int n = std::min(c.source->NumberOfCapturingGroups(), 9);
            std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(n) + 1);
            if (!c.source->Match(source, 0, source.size(), RE2::UNANCHORED, pieces.data(), n + 1)) return;
            for (int g = 1; g <= n; ++g) groups.emplace_back(pieces[static_cast<std::size_t>(g)].data() ? std::string(pieces[static_cast<std::size_t>(g)]) : "");
        } else if (!c.rule->source.empty()) {
            return;  // a source regex that did not compile (validated at load: not reached)
        }
        const PatternRule& rule = *c.rule;
        std::string broken;
        if (!rule.required.empty() && !matches(target, rule.required, c.required.get(), groups))
            broken = fmt::format("the target lacks /{}/", with_groups(rule.required, groups));
        else if (!rule.forbidden.empty() && matches(target, rule.forbidden, c.forbidden.get(), groups))
            broken = fmt::format("the target has /{}/", with_groups(rule.forbidden, groups));
        if (broken.empty()) return;
        FindingSink::Report r;
        r.message = fmt::format("[{}] {}", rule.id, rule.message.empty() ? broken : rule.message + " (" + broken + ")");
        sink.report(v, info(), *parse_severity(rule.severity), std::move(r));
    }
};

}  // namespace

void register_pattern_user(Registry& r) { add_rule<PatternUser>(r); }

}  // namespace verity::rules
