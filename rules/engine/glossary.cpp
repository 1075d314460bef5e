#include "rules/engine/glossary.hpp"

#include <vector>

#include "xliff/text/language_tag.hpp"

namespace verity::rules {

void add_glossary(PackSet& packs, const xliff::Glossary& glossary) {
    std::vector<std::vector<std::string>> groups;
    groups.reserve(glossary.entries.size());
    for (const auto& e : glossary.entries) {
        std::vector<std::string>& group = groups.emplace_back();
        for (const auto& [lang, term] : e.terms) group.push_back(lang.empty() ? term : lang + ": " + term);
    }
    packs.add_groups("mul", "terminology.terms", std::move(groups));
}

std::pair<std::string, std::string> split_term(std::string_view entry) {
    const auto colon = entry.find(':');
    if (colon != std::string_view::npos && colon <= 8 && text::is_language_code(entry.substr(0, colon))) {
        std::string_view term = entry.substr(colon + 1);
        while (!term.empty() && term.front() == ' ') term.remove_prefix(1);
        return {text::primary_language(entry.substr(0, colon)), std::string(term)};
    }
    return {"", std::string(entry)};
}

}  // namespace verity::rules
