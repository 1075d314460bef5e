#include "checker/inline_ignore.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "xliff/text/glob.hpp"

namespace verity::checker {
namespace {

constexpr std::string_view kMarker = "verity-ignore";

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

bool separator(char c) { return c == ' ' || c == '\t' || c == ','; }

}  // namespace

std::vector<std::string> ignored_rule_globs(const std::vector<std::string>& notes) {
    std::vector<std::string> out;
    for (const std::string& note : notes) {
        const std::string folded = lower(note);
        for (std::size_t at = folded.find(kMarker); at != std::string::npos; at = folded.find(kMarker, at + 1)) {
            std::size_t i = at + kMarker.size();
            // "verity-ignored" or "verity-ignore-this" is another word.
            if (i < folded.size() && (std::isalnum(static_cast<unsigned char>(folded[i])) || folded[i] == '-')) continue;
            if (i < folded.size() && folded[i] == ':') ++i;
            const std::size_t end = std::min(folded.find('\n', i), folded.size());
            std::size_t listed = 0;
            while (i < end) {
                while (i < end && separator(folded[i])) ++i;
                const std::size_t start = i;
                while (i < end && !separator(folded[i])) ++i;
                if (i > start) out.emplace_back(folded.substr(start, i - start)), ++listed;
            }
            if (listed == 0) out.emplace_back("*");
        }
    }
    return out;
}

std::size_t drop_ignored(const xliff::Document& document, std::vector<rules::Finding>& findings,
                         std::vector<rules::Finding>* dropped) {
    std::vector<std::vector<std::string>> globs;  // per unit, in document order
    bool any = false;
    for (const auto& file : document.files)
        for (const auto& unit : file.units) {
            globs.push_back(unit.notes.empty() ? std::vector<std::string>{} : ignored_rule_globs(unit.notes));
            any = any || !globs.back().empty();
        }
    if (!any) return 0;
    const auto kept_end = std::stable_partition(findings.begin(), findings.end(), [&](const rules::Finding& f) {
        if (f.unit_index >= globs.size()) return true;
        const auto& unit_globs = globs[f.unit_index];
        return !std::any_of(unit_globs.begin(), unit_globs.end(),
                            [&](const std::string& g) { return text::glob_match(g, f.rule); });
    });
    const auto removed = static_cast<std::size_t>(findings.end() - kept_end);
    if (dropped) dropped->insert(dropped->end(), std::make_move_iterator(kept_end), std::make_move_iterator(findings.end()));
    findings.erase(kept_end, findings.end());
    return removed;
}

}  // namespace verity::checker
