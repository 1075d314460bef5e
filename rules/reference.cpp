#include "rules/reference.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <stdexcept>
#include <toml++/toml.h>

#include "rules/engine/glossary.hpp"
#include "xliff/glossary.hpp"
#include "xliff/reader.hpp"

namespace verity::rules {
namespace {

[[noreturn]] void fail(std::string_view file, const toml::source_region& where, std::string_view message) {
    throw std::runtime_error(fmt::format("{}:{}:{}: {}", file, where.begin.line, where.begin.column, message));
}

std::string string_of(std::string_view file, const toml::node& node, std::string_view what) {
    if (auto s = node.value<std::string>()) return *s;
    fail(file, node.source(), fmt::format("{} must be a string", what));
}

// A list of [a, b] string pairs ("units", "glossary").
std::vector<std::pair<std::string, std::string>> pairs_of(std::string_view file, const toml::node& node,
                                                          std::string_view what) {
    const auto* array = node.as_array();
    if (!array) fail(file, node.source(), fmt::format("{} must be an array of [\"…\", \"…\"] pairs", what));
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& item : *array) {
        const auto* pair = item.as_array();
        if (!pair || pair->size() != 2)
            fail(file, item.source(), fmt::format("each entry of {} must be a pair of two strings", what));
        out.emplace_back(string_of(file, *pair->get(0), what), string_of(file, *pair->get(1), what));
    }
    return out;
}

// Each text ends without a newline, whichever way the TOML literal was written.
std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    while (!s.empty() && s.front() == '\n') s.erase(s.begin());
    return s;
}

ReferenceExample read_example(std::string_view file, const toml::node& node) {
    const auto* table = node.as_table();
    if (!table) fail(file, node.source(), "an example must be a table");
    ReferenceExample ex;
    ex.origin = fmt::format("{}:{}", file, node.source().begin.line);
    std::optional<std::string> source, target;
    for (const auto& [key, value] : *table) {
        const std::string_view k = key.str();
        if (k == "source") source = string_of(file, value, k);
        else if (k == "target") target = string_of(file, value, k);
        else if (k == "units") ex.units = pairs_of(file, value, k);
        else if (k == "xliff") ex.xliff = string_of(file, value, k);
        else if (k == "pack") ex.pack = string_of(file, value, k);
        else if (k == "glossary") ex.glossary = pairs_of(file, value, k);
        else if (k == "source_lang") ex.source_lang = string_of(file, value, k);
        else if (k == "target_lang") ex.target_lang = string_of(file, value, k);
        else if (k == "note") ex.note = trimmed(string_of(file, value, k));
        else
            fail(file, key.source(),
                 fmt::format("unknown key '{}' in an example; expected source and target, units, xliff, pack, glossary, "
                             "source_lang, target_lang or note",
                             k));
    }
    if (source.has_value() != target.has_value()) fail(file, node.source(), "an example needs both source and target");
    if (source) ex.units.insert(ex.units.begin(), {*source, *target});
    if (ex.units.empty() == ex.xliff.empty())
        fail(file, node.source(), "an example has either source and target (or units), or xliff");
    return ex;
}

std::vector<ReferenceExample> read_examples(std::string_view file, const toml::node& node) {
    const auto* array = node.as_array();
    if (!array) fail(file, node.source(), "examples must be written as [[rule.wrong]] or [[rule.right]] tables");
    std::vector<ReferenceExample> out;
    for (const auto& item : *array) out.push_back(read_example(file, item));
    return out;
}

RuleReference read_rule(std::string_view file, const toml::node& node) {
    const auto* table = node.as_table();
    if (!table) fail(file, node.source(), "each [[rule]] must be a table");
    RuleReference rule;
    for (const auto& [key, value] : *table) {
        const std::string_view k = key.str();
        if (k == "id") rule.id = string_of(file, value, k);
        else if (k == "text") rule.text = trimmed(string_of(file, value, k));
        else if (k == "severity_note") rule.severity_note = trimmed(string_of(file, value, k));
        else if (k == "wrong") rule.wrong = read_examples(file, value);
        else if (k == "right") rule.right = read_examples(file, value);
        else fail(file, key.source(), fmt::format("unknown key '{}' in a [[rule]]; expected id, severity_note, text, wrong, "
                                   "right",
                                   k));
    }
    if (rule.id.empty()) fail(file, node.source(), "a [[rule]] needs an id");
    return rule;
}

ReferenceSection read_section(std::string_view file, const toml::node& node) {
    const auto* table = node.as_table();
    if (!table) fail(file, node.source(), "each [[section]] must be a table");
    ReferenceSection section;
    for (const auto& [key, value] : *table) {
        const std::string_view k = key.str();
        if (k == "title") section.title = string_of(file, value, k);
        else if (k == "before") section.before = string_of(file, value, k);
        else if (k == "text") section.text = trimmed(string_of(file, value, k));
        else fail(file, key.source(), fmt::format("unknown key '{}' in a [[section]]; expected title, before, text", k));
    }
    return section;
}

// "“source” → “target”", one pair after another.
std::string quoted_units(const ReferenceExample& ex) {
    if (!ex.xliff.empty()) return "an XLIFF document (see `verity rules --explain`)";
    std::string out;
    for (const auto& [source, target] : ex.units) {
        if (!out.empty()) out += "; ";
        out += fmt::format("“{}” → “{}”", source, target);
    }
    return out;
}

void markdown_examples(std::ostream& os, const std::vector<ReferenceExample>& examples, std::string_view label) {
    for (const auto& ex : examples) {
        os << fmt::format("- {} ({} → {}): {}", label, ex.source_lang, ex.target_lang, quoted_units(ex));
        if (!ex.glossary.empty()) {
            os << ", with the glossary entry";
            for (const auto& [s, t] : ex.glossary) os << fmt::format(" {} = {}", s, t);
        }
        if (!ex.note.empty()) os << ". " << ex.note;
        os << '\n';
    }
}

}  // namespace

const RuleReference* Reference::find(std::string_view id) const {
    for (const auto& r : rules)
        if (r.id == id) return &r;
    return nullptr;
}

void Reference::add(std::string_view name, std::string_view body) {
    toml::table root;
    try {
        root = toml::parse(body, name);
    } catch (const toml::parse_error& e) {
        fail(name, e.source(), e.description());
    }
    for (const auto& [key, value] : root) {
        const std::string_view k = key.str();
        if (k == "title") title = string_of(name, value, k);
        else if (k == "intro") intro = trimmed(string_of(name, value, k));
        else if (k == "rule" && value.is_array())
            for (const auto& item : *value.as_array()) rules.push_back(read_rule(name, item));
        else if (k == "section" && value.is_array())
            for (const auto& item : *value.as_array()) sections.push_back(read_section(name, item));
        else fail(name, key.source(), fmt::format("unknown key '{}'; expected [[rule]], [[section]], title or intro", k));
    }
}

const Reference& Reference::builtin() {
    static const Reference reference = [] {
        Reference r;
        try {
            for (const auto& file : embedded_reference()) r.add(file.name, file.body);
        } catch (const std::runtime_error& e) {
            throw std::logic_error(std::string("built-in rule reference is invalid: ") + e.what());
        }
        return r;
    }();
    return reference;
}

std::string reference_markdown(const Reference& reference, const Registry& registry) {
    std::ostringstream os;
    os << "# " << reference.title << "\n\n" << reference.intro << "\n";
    for (const auto& entry : registry.entries()) {
        for (const auto& section : reference.sections)
            if (section.before == entry.info.id) os << "\n## " << section.title << "\n\n" << section.text << "\n";
        os << "\n## " << entry.info.id << "\n\n";
        os << fmt::format("- ITS type: `{}` · severity: {}", entry.info.its_type, severity_name(entry.info.severity));
        const RuleReference* rule = reference.find(entry.info.id);
        if (rule && !rule->severity_note.empty()) os << " (" << rule->severity_note << ")";
        os << '\n';
        if (!rule) continue;
        if (!rule->text.empty()) os << rule->text << '\n';
        markdown_examples(os, rule->wrong, "Reported");
        markdown_examples(os, rule->right, "Not reported");
    }
    return os.str();
}

std::optional<xliff::Document> example_document(const ReferenceExample& ex) {
    if (!ex.xliff.empty()) {
        auto loaded = xliff::load_buffer(ex.xliff, ex.origin);
        return loaded.document;
    }
    xliff::Document doc;
    doc.path = ex.origin;
    doc.format = xliff::DocumentFormat::Xliff20;
    doc.source_lang = ex.source_lang;
    doc.target_lang = ex.target_lang;
    xliff::File file;
    file.id = "example";
    file.source_lang = ex.source_lang;
    file.target_lang = ex.target_lang;
    for (std::size_t i = 0; i < ex.units.size(); ++i) {
        xliff::Unit unit;
        unit.id = fmt::format("u{}", i + 1);
        xliff::Segment seg;
        seg.source.text = ex.units[i].first;
        seg.target = xliff::Content{ex.units[i].second, {}, {}, {}};
        unit.segments.push_back(seg);
        file.units.push_back(unit);
    }
    doc.files.push_back(file);
    return doc;
}

PackSet example_packs(const ReferenceExample& ex) {
    PackSet packs = PackSet::builtin();
    if (!ex.pack.empty())
        if (auto err = packs.add(ex.origin, ex.pack)) throw std::logic_error("example pack is invalid: " + err->to_string());
    if (!ex.glossary.empty()) {
        xliff::Glossary glossary;
        for (const auto& [s, t] : ex.glossary) glossary.entries.push_back({{{ex.source_lang, s}, {ex.target_lang, t}}});
        add_glossary(packs, glossary);
    }
    return packs;
}

}  // namespace verity::rules
