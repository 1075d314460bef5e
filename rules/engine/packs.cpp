#include "rules/engine/packs.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "rules/engine/pattern_packs.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules {
namespace {

// What a pack may contain. A section holds typed keys and examples; anything else is an error.
// List: an array of strings. Groups: an array of arrays of strings (alias sets, ordered scales).
enum class KeyType { List, Groups };

struct KeySchema {
    std::string_view name;
    KeyType type;
};

struct SectionSchema {
    std::string_view name;
    std::vector<KeySchema> keys;
};

const std::vector<SectionSchema>& schema() {
    using K = KeyType;
    static const std::vector<SectionSchema> sections = {
        // Segmentation and language identification.
        {"abbreviations", {{"words", K::List}}},
        // stopwords.determiners: a word right after one is a noun ("the firm", "a call for tenders").
        {"stopwords", {{"words", K::List}, {"determiners", K::List}}},
        // Numbers and dates.
        // numbers.words: groups of a value then its words ("12", "dozen"); ambiguous: number words that are
        // also ordinary words of the language (French "neuf" = new), never read as numbers.
        // "mul" only: ordinal_suffixes, decade_suffixes and afternoon, read after digits in any language
        // ("2nd", "1980s", "6:30 pm").
        {"numbers",
         {{"percent", K::List},
          {"words", K::Groups},
          {"ambiguous", K::List}, {"idioms", K::List}, {"acts", K::Groups},
          {"ordinal_suffixes", K::List},
          {"decade_suffixes", K::List},
          {"afternoon", K::List},
          // "mul": time zones after four digits that make them a time of day ("1200 GMT").
          {"time_zones", K::List},
          // Endings of a compound that starts with an ordinal: German "ste" of "drittgrößte".
          {"ordinal_compound_endings", K::List},
          // Endings after a number word that make a count of times: German "mal" of "dreimal".
          {"multiplier_endings", K::List},
          // Words that round the number after them: "about", "rund", "environ".
          {"approximate", K::List},
          // Indefinite articles that ICU does not spell as one ("a", "an"): one before a unit ("a mile").
          {"articles", K::List},
          // The declensions of one-word ordinals: a nominative ending, then the endings that replace it
          // (Polish ["y", "ego", "emu", "ym", …]: "czwarty" -> "czwartego").
          {"ordinal_inflections", K::Groups},
          // Ordinals where ICU spells none (Polish, Czech): the value, then the nominative word.
          {"ordinals", K::Groups},
          // Words that make the number after them negative on a scale below zero ("minus 10 °C").
          {"minus", K::List},
          {"joiners", K::List},
          // Words before the last item of a list ("and", "or", "und", "et"): a count said before a colon
          // ("3 documents: a, b and c") counts the items after it.
          {"list_words", K::List},
          // Endings written after a Roman numeral: French "e" of "XIVe siècle".
          {"roman_suffixes", K::List},
          // Articles and the like after which "first" and "second" are ranks ("the second day", "am
          // zweiten Tag"); elsewhere they are ordinary words ("first, we", "a second opinion").
          {"ordinal_determiners", K::List}}},
        // Units and currencies (rules/numbers/units.hpp). "mul": units, groups of an id, a dimension, the
        // factor to the dimension's base unit and an offset ("degF", "temperature", "0.5555…", "255.37…"; a
        // currency has factor 0: it converts to none); symbols read as written after a number ("km", "°C")
        // and prefixes before it ("€", "US$"). Each language: words, an id then its folded words and their
        // inflections ("km", "Kilometer", "Kilometern"); connectors between a scale and a unit ("de", "d'").
        {"units",
         {{"units", K::Groups}, {"symbols", K::Groups}, {"prefixes", K::Groups}, {"words", K::Groups},
          // "mul": words of languages without a pack, each group led by its language ("pl", "PLN", "złotych").
          {"language_words", K::Groups}, {"connectors", K::List},
          // Words between the two ends of a range, which share a unit ("5 to 10 km"): "to", "bis", "à".
          {"range_words", K::List},
          // A word before a range and the word between its ends: ["between", "and"], ["zwischen", "und"].
          {"range_pairs", K::Groups},
          // Words between a part and its whole ("18 out of 30", "2 personnes sur 3"): one proportion.
          {"proportion_words", K::List}, {"per_words", K::List},
          // Words for "times" between a count and its per words ("3 times per month", "trois fois par mois").
          {"times_words", K::List}}},
        // dates.connectors: words between the parts of a date ("8 de julio de 2022", "the 24th of June");
        // numeric_orders: "day-month" and/or "month-day", how the language orders numeric dates (day first
        // when not given); "mul" only: month_first_regions, regions that write the month first whatever
        // the language ("US"), and day_suffixes, endings read after a day in any language ("th", "er").
        {"dates",
         {{"months", K::Groups},
          {"weekdays", K::Groups},
          {"connectors", K::List},
          {"numeric_orders", K::List},
          {"month_first_regions", K::List},
          {"day_suffixes", K::List},
          // dates.relative: phrases that give a time relative to the text's own ("next month", "kommenden Monat"):
          // a date the other side writes there makes the time concrete (date.mismatch).
          {"relative", K::List}}},
        // Entities: alias sets (any language, "mul" packs for cross-language sets), capitalised words
        // that are not names, lower-case words that join a name, titles, country/demonym sets.
        {"entities",
         {{"aliases", K::Groups},
          {"stop", K::List},
          {"connectors", K::List},
          {"titles", K::List},
          {"demonyms", K::Groups},
          // Languages that capitalise every noun: a lone capitalised word there is no evidence of a name.
          {"capitalised_nouns", K::List},
          // Pronouns and determiners that refer back to a name ("their", "it", "there").
          {"anaphora", K::List},
          // Words that join the parts of an office's name after a title and a connector ("and").
          {"joiners", K::List},
          // Last words of institutions' names: "and" joins the parts before them ("Food and Agriculture Organization").
          {"institution_heads", K::List},
          // Words right before a person's name ("Ms", "Herrn", "Mme") and common given names ("mul"): such a
          // name's family name is copied, inflected only by `name_endings` (the endings of the language's cases).
          {"honorifics", K::List},
          {"given_names", K::List},
          {"name_endings", K::List},
          // Words inside names of institutions and places, each with its English renderings ("tribunale",
          // "court", "tribunal"): found across languages where the installed dictionary lacks them.
          {"name_words", K::Groups}}},
        // Required terms (glossaries): groups of equivalents, each "lang: term" or a bare term for any language.
        {"terminology", {{"terms", K::Groups}}},
        // Meaning: ordered scales (strongest first; each step may list synonyms), word lists.
        // modals.conditional: modals that open a clause as a condition ("Sollte es regnen" = "if it rains");
        // modals.subordinators: words that open a subordinate clause, after which such a modal is the main
        // clause's verb ("Wer Fieber hat, sollte …").
        // modals.requirement_markers: phrases of a requirement message, where "should" states the norm;
        // modals.requirement_bounds: bounds such a message sets ("at least"), a sign of one only in a text
        // with a placeholder (running text sets bounds too);
        // modals.prohibitions: negated modals that forbid ("must not" = "ne peut pas");
        // modals.advice_openers: phrases that give advice when they open a sentence or clause ("Am besten
        // schicken Sie …"), on the middle step of the modal scale there;
        // modals.doubting: modals that, added to a statement, make it advice or a possibility ("should",
        // "may", "könnte"): not the plain "can" of ability; modals.conditional_mood: words of the conditional
        // ("would", "würde"), whose clause a translation may render with such a modal;
        // modals.passive_auxiliaries + modals.participles: a scale word that makes the passive next to
        // a past participle (globs: "ge*", "*t"), not a modal ("hochgeladen werden").
        {"modals",
         {{"scales", K::Groups},
          {"conditional", K::List},
          {"subordinators", K::List},
          {"requirement_markers", K::List},
          {"requirement_bounds", K::List},
          {"prohibitions", K::List},
          {"advice_openers", K::List},
          {"doubting", K::List},
          {"conditional_mood", K::List},
          {"passive_auxiliaries", K::List},
          {"participles", K::List}}},
        {"verbs", {{"scales", K::Groups}}},
        {"intensifiers", {{"words", K::List}}},
        // conditions.words: words that open a condition or an exception ("unless", "except", "provided that",
        // "sauf", "es sei denn"): the clause they open restricts what its sentence says (omission.condition);
        // "~word" only renders another language's ("obwohl" for "even if").
        {"conditions", {{"words", K::List}}},
        // hedges.reported: a verb form of reported speech (French "aurait", German "sei"), a hedge when a
        // past participle follows in its clause (modals.participles) and the sentence holds none of
        // hedges.reported_unless (an attribution, "selon", "sagte", or a condition, "si"), which make the
        // form grammar rather than the writer's doubt.
        {"hedges", {{"words", K::List}, {"reported", K::List}, {"reported_unless", K::List}}},
        // negation.verb_prefixes: a prefix that negates the verb and so the clause (Czech "ne-"); negation.concord:
        // negative pronouns and adverbs that agree with the clause negator (negative concord: one negation);
        // negation.coordinators: "ni", "ani", "nor", which continue a negation said before them in the sentence;
        // negation.restrictives: "only", "nur", "solo", which across languages stand for a negation of the
        // other side ("only members" = "not other than members").
        {"negation",
         {{"words", K::List},
          {"prefixes", K::List},
          {"verb_prefixes", K::List},
          {"concord", K::List},
          {"coordinators", K::List},
          {"restrictives", K::List},
          // negation.until: "until", "bis", "jusqu'à": a negated wait ("do not leave until …") may be said as
          // its converse kept until then, with a word of negation.kept ("stay", "bleiben", "erst").
          {"until", K::List},
          {"kept", K::List},
          {"exceptions", K::List},
          {"idioms", K::List}}},
        // rewrite.definitions: words that define the term a plain-language sentence opens with ("Widerspruch
        // heißt: …", "Un procès, c'est quand …", "Income means …"): such a sentence explains, it adds nothing.
        // rewrite.additives: focus particles that mark a sentence as a further fact ("auch", "aussi", "also").
        {"rewrite", {{"definitions", K::List}, {"additives", K::List}}},
        // cost.free: words that say a thing costs nothing ("free of charge", "kostenlos"); cost.charged: words
        // that say it has a price ("chargeable", "kostenpflichtig"); a free thing made one with a price, or the
        // reverse, is polarity.cost's. cost.free_not_before: words after which `free` means no price ("free to").
        {"cost", {{"free", K::List}, {"charged", K::List}, {"free_not_before", K::List}}},
        // opposites.*: two groups of words, the two poles of one concept: direction (a quantity going up /
        // down), inclusion (included / excluded), opening (open / closed). One side saying one pole where the
        // other says the other is polarity.opposite's; a negated mention says neither.
        {"opposites", {{"direction", K::Groups}, {"inclusion", K::Groups}, {"opening", K::Groups}, {"permission", K::Groups}}},
        {"antonyms", {{"pairs", K::Groups}}},
        {"synonyms", {{"groups", K::Groups}}},
        // Typography of the target. doubled_words: a word said twice that the grammar asks for ("nous nous",
        // "had had"), not a slip; space_before: punctuation that takes a (no-break) space before it ("?" in
        // French); space_before_colon_only_regions: regions whose style keeps that space before ":" alone
        // (Canadian French).
        {"typography", {{"doubled_words", K::List}, {"space_before", K::List}, {"space_before_colon_only_regions", K::List}}},
    };
    return sections;
}

constexpr std::string_view kExampleKeys[] = {"text",   "sentences",   "language",    "source",
                                             "target", "source_lang", "target_lang", "findings"};

struct Failure {
    PackError error;
};

[[noreturn]] void fail(std::string_view file, const toml::source_region& where, std::string message) {
    throw Failure{PackError{std::string(file), where.begin.line, where.begin.column, std::move(message)}};
}

std::string expect_string(std::string_view file, const toml::node& node, std::string_view what) {
    if (auto s = node.value<std::string>()) return *s;
    fail(file, node.source(), fmt::format("{} must be a string", what));
}

std::vector<std::string> expect_strings(std::string_view file, const toml::node& node, std::string_view what) {
    const auto* array = node.as_array();
    if (!array) fail(file, node.source(), fmt::format("{} must be an array of strings", what));
    std::vector<std::string> out;
    for (const auto& item : *array) out.push_back(expect_string(file, item, fmt::format("each entry of {}", what)));
    return out;
}

PackExample read_example(std::string_view file, const toml::node& node, std::string_view section,
                         const std::string& language) {
    const auto* table = node.as_table();
    if (!table) fail(file, node.source(), fmt::format("each entry of {}.examples must be a table", section));
    PackExample ex;
    ex.origin = fmt::format("{}:{}", file, node.source().begin.line);
    ex.section = std::string(section);
    ex.language = language;
    ex.source_lang = language;
    ex.target_lang = language;
    for (const auto& [key, value] : *table) {
        const std::string_view k = key.str();
        if (std::find(std::begin(kExampleKeys), std::end(kExampleKeys), k) == std::end(kExampleKeys))
            fail(file, key.source(),
                 fmt::format("unknown key '{}' in an example of [{}]; expected one of: text, sentences, language, "
                             "source, target, source_lang, target_lang, findings",
                             k, section));
        if (k == "text") ex.text = expect_string(file, value, "text");
        else if (k == "sentences") ex.sentences = expect_strings(file, value, "sentences");
        else if (k == "language") ex.expect_language = expect_string(file, value, "language");
        else if (k == "source") ex.source = expect_string(file, value, "source");
        else if (k == "target") ex.target = expect_string(file, value, "target");
        else if (k == "source_lang") ex.source_lang = expect_string(file, value, "source_lang");
        else if (k == "target_lang") ex.target_lang = expect_string(file, value, "target_lang");
        else if (k == "findings") ex.findings = expect_strings(file, value, "findings");
    }
    const bool pair = ex.source.has_value() || ex.target.has_value();
    if (pair && !(ex.source && ex.target))
        fail(file, node.source(), "a pair example needs both 'source' and 'target'");
    if (pair == ex.text.has_value())
        fail(file, node.source(), "an example has either 'text' or 'source' and 'target'");
    if (ex.text && ex.sentences.empty() && ex.expect_language.empty())
        fail(file, node.source(), "a text example needs 'sentences' or 'language'");
    return ex;
}

// One [section] of a pack: its typed keys into `incoming`, its examples into `examples`.
void read_section(std::string_view name, const toml::key& key, const toml::node& value, const std::string& language,
                  LanguagePack& incoming, std::vector<PackExample>& examples) {
    const std::string_view section = key.str();
    auto it = std::find_if(schema().begin(), schema().end(), [&](const SectionSchema& s) { return s.name == section; });
    if (it == schema().end()) {
        std::string known;
        for (const auto& s : schema()) known += fmt::format("{}[{}]", known.empty() ? "" : ", ", s.name);
        fail(name, key.source(),
             fmt::format("unknown section '{}'; expected 'language' or one of: {}", section, known));
    }
    const auto* table = value.as_table();
    if (!table) fail(name, value.source(), fmt::format("'{}' must be a table", section));
    for (const auto& [entry_key, entry] : *table) {
        const std::string_view k = entry_key.str();
        if (k == "examples") {
            const auto* array = entry.as_array();
            if (!array) fail(name, entry.source(), "'examples' must be an array of tables");
            for (const auto& ex : *array) examples.push_back(read_example(name, ex, section, language));
            continue;
        }
        auto key_it = std::find_if(it->keys.begin(), it->keys.end(), [&](const KeySchema& ks) { return ks.name == k; });
        if (key_it == it->keys.end()) {
            std::string known;
            for (const auto& ks : it->keys) known += fmt::format("'{}', ", ks.name);
            fail(name, entry_key.source(),
                 fmt::format("unknown key '{}' in [{}]; expected {}or 'examples'", k, section, known));
        }
        const std::string full = fmt::format("{}.{}", section, k);
        if (key_it->type == KeyType::List) {
            auto words = expect_strings(name, entry, full);
            auto& list = incoming.lists[full];
            list.insert(list.end(), words.begin(), words.end());
        } else {
            const auto* array = entry.as_array();
            if (!array) fail(name, entry.source(), fmt::format("{} must be an array of arrays of strings", full));
            auto& groups = incoming.groups[full];
            for (const auto& g : *array) {
                if (!g.as_array())
                    fail(name, g.source(), fmt::format("each entry of {} must be an array of strings", full));
                groups.push_back(expect_strings(name, g, full));
            }
        }
    }
}

}  // namespace

const std::vector<std::string>& LanguagePack::list(std::string_view key) const {
    static const std::vector<std::string> empty;
    auto it = lists.find(key);
    return it == lists.end() ? empty : it->second;
}

const std::vector<std::vector<std::string>>& LanguagePack::group_list(std::string_view key) const {
    static const std::vector<std::vector<std::string>> empty;
    auto it = groups.find(key);
    return it == groups.end() ? empty : it->second;
}

const std::vector<std::string>& list_of(const LanguagePack* pack, std::string_view key) {
    static const std::vector<std::string> none;
    return pack ? pack->list(key) : none;
}

const std::vector<std::vector<std::string>>& groups_of(const LanguagePack* pack, std::string_view key) {
    static const std::vector<std::vector<std::string>> none;
    return pack ? pack->group_list(key) : none;
}

std::string PackError::to_string() const {
    if (line == 0) return fmt::format("{}: {}", file, message);
    return fmt::format("{}:{}:{}: {}", file, line, column, message);
}

std::optional<PackError> PackSet::add(std::string_view name, std::string_view body) {
    try {
        toml::table root;
        try {
            root = toml::parse(body, name);
        } catch (const toml::parse_error& e) {
            return PackError{std::string(name), e.source().begin.line, e.source().begin.column,
                             std::string(e.description())};
        }
        const auto* lang_node = root.get("language");
        if (!lang_node) return PackError{std::string(name), 1, 1, "missing top-level key 'language'"};
        const std::string language = text::primary_language(expect_string(name, *lang_node, "language"));
        // "mul" (ISO 639-2: several languages) holds what any language may write ("2nd", "6:30 pm").
        if (language.empty() || (language != "mul" && !text::is_known_language(language)))
            fail(name, lang_node->source(),
                 "'language' must be a language code such as \"en\" (or \"mul\" for any language)");

        LanguagePack incoming;
        std::vector<PackExample> examples;
        for (const auto& [key, value] : root) {
            if (key.str() == "language") continue;
            if (key.str() == "patterns") {
                if (auto error = read_patterns(name, value, incoming.patterns)) throw Failure{*error};
                continue;
            }
            read_section(name, key, value, language, incoming, examples);
        }
        auto& pack = languages_[language];
        pack.language = language;
        for (auto& [k, words] : incoming.lists) {
            auto& list = pack.lists[k];
            for (auto& w : words)
                if (std::find(list.begin(), list.end(), w) == list.end()) list.push_back(std::move(w));
        }
        for (auto& [k, groups] : incoming.groups) {
            auto& dest = pack.groups[k];
            dest.insert(dest.end(), groups.begin(), groups.end());
        }
        pack.patterns.insert(pack.patterns.end(), incoming.patterns.begin(), incoming.patterns.end());
        examples_.insert(examples_.end(), examples.begin(), examples.end());
        return std::nullopt;
    } catch (const Failure& f) {
        return f.error;
    }
}

std::vector<PackError> PackSet::add_directory(const std::string& dir) {
    namespace fs = std::filesystem;
    std::vector<PackError> errors;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        errors.push_back({dir, 0, 0, "pack directory does not exist or is not a directory"});
        return errors;
    }
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
        if (it->is_regular_file() && it->path().extension() == ".toml") files.push_back(it->path());
    if (ec) errors.push_back({dir, 0, 0, ec.message()});
    if (files.empty() && !ec) errors.push_back({dir, 0, 0, "pack directory holds no pack files (*.toml)"});
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            errors.push_back({path.string(), 0, 0, "cannot read pack file"});
            continue;
        }
        std::ostringstream body;
        body << in.rdbuf();
        if (auto err = add(path.string(), body.str())) errors.push_back(*err);
    }
    return errors;
}

void PackSet::add_groups(std::string_view language, std::string_view key,
                         std::vector<std::vector<std::string>> groups) {
    const std::string primary = text::primary_language(language);
    auto& pack = languages_[primary];
    pack.language = primary;
    auto& dest = pack.groups[std::string(key)];
    dest.insert(dest.end(), std::make_move_iterator(groups.begin()), std::make_move_iterator(groups.end()));
}

const LanguagePack* PackSet::find(std::string_view bcp47) const {
    auto it = languages_.find(text::primary_language(bcp47));
    return it == languages_.end() ? nullptr : &it->second;
}

std::vector<std::string> PackSet::languages() const {
    std::vector<std::string> out;
    for (const auto& [lang, pack] : languages_) out.push_back(lang);
    return out;
}

std::vector<std::pair<std::string, std::vector<std::string>>> PackSet::stopword_profiles() const {
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    for (const auto& [lang, pack] : languages_)
        if (const auto& words = pack.list("stopwords.words"); !words.empty()) out.emplace_back(lang, words);
    return out;
}

PackSet PackSet::builtin() {
    PackSet set;
    for (const auto& p : embedded_packs())
        if (auto err = set.add(p.name, p.body)) throw std::logic_error("built-in pack is invalid: " + err->to_string());
    return set;
}

}  // namespace verity::rules
