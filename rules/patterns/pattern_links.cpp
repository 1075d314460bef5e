// pattern.url, pattern.email: web and e-mail addresses of the source must reach the target unchanged. A
// web address may be localised in its language part ("/en-US/help" → "/fr/help", "fr.example.com"); any
// other change sends the reader somewhere else.
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/patterns/links.hpp"
#include "rules/patterns/register.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules {
namespace {

enum class Kind { Url, Email };

// How sure each kind of difference is: a different address where the source's was is a wrong link; a lost
// one may have been said in words; a changed path on the same site or an extra address may be localisation.
constexpr double kChanged = 0.9;
constexpr double kMissing = 0.75;
constexpr double kLocalised = 0.5;
constexpr double kExtra = 0.5;

struct Pairing {
    std::vector<int> target_of;  // per source link: the target link it pairs with, or -1
    std::vector<bool> used;      // per target link
    std::vector<double> doubt;   // per source link paired with a difference: its confidence; 0 when alike
};

template <class Same>
void pair_where(const std::vector<Link>& src, const std::vector<Link>& tgt, Pairing& p, Same same, double confidence) {
    for (std::size_t i = 0; i < src.size(); ++i) {
        if (p.target_of[i] >= 0) continue;
        for (std::size_t j = 0; j < tgt.size(); ++j)
            if (!p.used[j] && same(src[i], tgt[j])) {
                p.target_of[i] = static_cast<int>(j);
                p.used[j] = true;
                p.doubt[i] = confidence;
                break;
            }
    }
}

Pairing pair_links(const std::vector<Link>& src, const std::vector<Link>& tgt, Kind kind) {
    Pairing p{std::vector<int>(src.size(), -1), std::vector<bool>(tgt.size(), false), std::vector<double>(src.size(), 0)};
    pair_where(src, tgt, p, [](const Link& a, const Link& b) { return a.host == b.host && a.rest == b.rest; }, 0);
    if (kind == Kind::Url) {
        auto localised = [](const Link& a, const Link& b) {
            return same_site(a.host, b.host) && without_language_parts(a.rest) == without_language_parts(b.rest);
        };
        pair_where(src, tgt, p, localised, 0);
        pair_where(src, tgt, p, [](const Link& a, const Link& b) { return same_site(a.host, b.host); }, kLocalised);
    }
    pair_where(src, tgt, p, [](const Link&, const Link&) { return true; }, kChanged);
    return p;
}

template <Kind kKind>
class LinkRule final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{
            kKind == Kind::Url ? "pattern.url" : "pattern.email", "pattern-problem", Severity::Error,
            kKind == Kind::Url ? "A web address of the source is missing or changed in the target (its language part "
                                 "may be localised)."
                               : "An e-mail address of the source is missing or changed in the target.",
            {}};
        return info;
    }
    explicit LinkRule(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        // An empty target is target.empty's finding.
        if (!v.segment.target || v.is_alignment_gap() || text::is_blank(v.segment.target->text)) return;
        const std::string& source = v.segment.source.text;
        const std::string& target = v.segment.target->text;
        auto may_hold = [](const std::string& text) {  // a cheap test before scanning
            if (kKind == Kind::Email) return text.find('@') != std::string::npos;
            return text.find("://") != std::string::npos || text.find("www.") != std::string::npos;
        };
        if (!may_hold(source) && !may_hold(target)) return;
        const auto src = kKind == Kind::Url ? find_urls(source) : find_emails(source);
        const auto tgt = kKind == Kind::Url ? find_urls(target) : find_emails(target);
        if (src.empty() && tgt.empty()) return;
        const Pairing p = pair_links(src, tgt, kKind);
        const char* what = kKind == Kind::Url ? "web address" : "e-mail address";
        auto shown = [](const std::string& text, const Link& l) { return text.substr(l.begin, l.end - l.begin); };
        for (std::size_t i = 0; i < src.size(); ++i) {
            FindingSink::Report r;
            r.source_spans.push_back({src[i].begin, src[i].end});
            if (p.target_of[i] < 0) {
                r.message = fmt::format("{} {} is missing in the target", what, shown(source, src[i]));
                r.confidence = kMissing;
            } else if (p.doubt[i] > 0) {
                const Link& t = tgt[static_cast<std::size_t>(p.target_of[i])];
                r.target_spans.push_back({t.begin, t.end});
                r.message = fmt::format("{} {} became {}{}", what, shown(source, src[i]), shown(target, t),
                                        p.doubt[i] < kChanged ? " (same site: localised?)" : "");
                r.confidence = p.doubt[i];
            } else {
                continue;
            }
            sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
        }
        for (std::size_t j = 0; j < tgt.size(); ++j) {
            if (p.used[j]) continue;
            FindingSink::Report r;
            r.target_spans.push_back({tgt[j].begin, tgt[j].end});
            r.message = fmt::format("{} {} in the target is not in the source", what, shown(target, tgt[j]));
            r.confidence = kExtra;
            sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
        }
    }
};

}  // namespace

void register_pattern_url(Registry& r) { add_rule<LinkRule<Kind::Url>>(r); }
void register_pattern_email(Registry& r) { add_rule<LinkRule<Kind::Email>>(r); }

}  // namespace verity::rules
