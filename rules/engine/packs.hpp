// Language knowledge as declarative TOML packs under rules/packs/<lang>/*.toml, compiled into the
// binary and extendable with --pack DIR. Decoding is strict: an unknown key is an error with its line.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace verity::rules {

struct EmbeddedPack {
    const char* name;  // path under rules/packs, e.g. "en/numbers.toml"
    const char* body;
};
const std::vector<EmbeddedPack>& embedded_packs();

// An example carried by a pack entry; one test runs them all.
struct PackExample {
    std::string origin;   // "en/numbers.toml:12"
    std::string section;  // "numbers"
    std::string language; // the pack's language
    // Pair examples: run the rules on source/target, expect exactly these rule ids.
    std::optional<std::string> source, target;
    std::string source_lang, target_lang;
    std::vector<std::string> findings;
    // Segmentation examples: text split into exactly these sentences.
    std::optional<std::string> text;
    std::vector<std::string> sentences;
    // Language-guess examples: text recognised as this language.
    std::string expect_language;
};

// A user's checklist rule ([[patterns]] in a pack; Xbench/Okapi/Verifika style): where the source matches
// `source` (RE2; empty: every segment), the target must match `required` and must not match `forbidden`;
// both may refer to the source match's groups as \1 … \9 (taken literally). Validated when the pack loads.
struct PatternRule {
    std::string id;        // "pattern.<name>"
    std::string source, required, forbidden;
    std::string message;   // what the finding says; default: which regex failed
    std::string severity;  // "error", "warning" or "info"
    std::string origin;    // "file:line"
};

struct LanguagePack {
    std::string language;  // primary subtag, lower case; "mul" for knowledge that spans languages
    // "section.key" -> entries, e.g. "abbreviations.words", "stopwords.words", "numbers.percent".
    std::map<std::string, std::vector<std::string>, std::less<>> lists;

    // "section.key" -> groups, e.g. "entities.aliases", "modals.scales".
    std::map<std::string, std::vector<std::vector<std::string>>, std::less<>> groups;

    // [[patterns]]: checklist rules for targets in this language ("mul": any).
    std::vector<PatternRule> patterns;

    const std::vector<std::string>& list(std::string_view key) const;
    const std::vector<std::vector<std::string>>& group_list(std::string_view key) const;
};

// A pack's list, or an empty one when there is no pack for the language.
const std::vector<std::string>& list_of(const LanguagePack* pack, std::string_view key);
const std::vector<std::vector<std::string>>& groups_of(const LanguagePack* pack, std::string_view key);

struct PackError {
    std::string file;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::string message;
    std::string to_string() const;
};

class PackSet {
public:
    // Parses one pack; on error nothing from it is kept and the error is returned.
    std::optional<PackError> add(std::string_view name, std::string_view body);
    // Every *.toml below `dir` (recursively), in sorted order.
    std::vector<PackError> add_directory(const std::string& dir);
    // Appends groups to a language's key ("terminology.terms"), as a pack with those groups would;
    // for knowledge that comes from elsewhere than a pack file (a glossary).
    void add_groups(std::string_view language, std::string_view key, std::vector<std::vector<std::string>> groups);

    const LanguagePack* find(std::string_view bcp47) const;
    // The "mul" pack: cross-language knowledge such as alias sets (EU = UE = Unión Europea).
    const LanguagePack* multilingual() const { return find("mul"); }
    const std::vector<PackExample>& examples() const { return examples_; }
    std::vector<std::string> languages() const;
    // (language, stop words) of every pack that has them: the profiles language guessing compares.
    std::vector<std::pair<std::string, std::vector<std::string>>> stopword_profiles() const;

    // The built-in packs; throws std::logic_error when one of them is invalid (a build defect).
    static PackSet builtin();

private:
    std::map<std::string, LanguagePack, std::less<>> languages_;
    std::vector<PackExample> examples_;
};

}  // namespace verity::rules
