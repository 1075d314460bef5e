#include "rules/engine/engine.hpp"

#include <algorithm>
#include <stdexcept>

#include "xliff/text/glob.hpp"
#include "xliff/text/language_guess.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::rules {
namespace {

FindingSide make_side(const xliff::Content& content, const std::vector<ByteRange>& ranges) {
    FindingSide side;
    side.text = content.text;
    side.position = content.position;
    for (const auto& code : content.codes)
        side.codes.push_back({text::utf8::code_points_before(content.text, std::min(code.offset, content.text.size())),
                              code.kind, code.id});
    for (const auto& r : ranges) {
        const std::size_t begin = std::min(r.begin, content.text.size());
        const std::size_t end = std::min(std::max(r.end, begin), content.text.size());
        side.spans.push_back({text::utf8::code_points_before(content.text, begin),
                              text::utf8::code_points_before(content.text, end),
                              content.text.substr(begin, end - begin), xliff::position_in_file(content, begin),
                              xliff::position_in_file(content, end)});
    }
    return side;
}

class CollectingSink final : public FindingSink {
public:
    explicit CollectingSink(std::vector<Finding>& out) : out_(out) {}

    // The highest severity the rule now running may report (the engine lowers it for rules that need a
    // language pack the file's languages lack).
    Severity cap = Severity::Error;
    // Steps the running rule's findings move (a level the user set for it).
    int shift = 0;

    void report(const SegmentView& view, const RuleInfo& info, Severity severity, Report report) override {
        Finding f;
        f.rule = info.id;
        f.its_type = info.its_type;
        const int shifted = std::clamp(static_cast<int>(severity) + shift, static_cast<int>(Severity::Info),
                                       static_cast<int>(Severity::Error));
        f.severity = std::min(static_cast<Severity>(shifted), cap);
        f.confidence = std::min(report.confidence.value_or(default_confidence(severity)), confidence_ceiling(f.severity));
        f.message = std::move(report.message);
        f.unit = view.unit.id;
        if (!view.segment.id.empty()) f.segment = view.segment.id;
        f.unit_index = view.unit_index;
        f.segment_index = view.segment_index;
        if (report.has_source) {
            f.source = make_side(view.segment.source, report.source_spans);
            f.source->path = view.document.source_path;
            if (report.position) f.source->position = *report.position;
        }
        if (report.has_target) {
            static const xliff::Content empty;
            f.target = make_side(view.segment.target ? *view.segment.target : empty, report.target_spans);
            f.target->path = view.document.target_path;
        }
        f.fingerprint = make_fingerprint(f);
        out_.push_back(std::move(f));
    }

private:
    std::vector<Finding>& out_;
};

bool same_codes(const xliff::Content& a, const xliff::Content& b) {
    if (a.codes.size() != b.codes.size()) return false;
    for (std::size_t i = 0; i < a.codes.size(); ++i) {
        const auto& x = a.codes[i];
        const auto& y = b.codes[i];
        if (x.kind != y.kind || x.id != y.id || x.offset != y.offset || x.element != y.element) return false;
    }
    return true;
}

}  // namespace

Engine::Engine(const Registry& registry, const PackSet& packs, const EngineOptions& options)
    : packs_(packs), run_(std::make_unique<RunContext>(packs, options.settings, options.rule_options)) {
    // A glob that selects nothing is almost always a typo; say so instead of silently checking less.
    for (const std::string_view item : split_rule_globs(options.rule_globs)) {
        const std::string_view pattern = item.front() == '-' ? item.substr(1) : item;
        if (pattern.empty()) continue;
        bool any = false;
        for (const auto& e : registry.entries()) any = any || text::glob_match(pattern, e.info.id);
        if (!any) throw std::invalid_argument("no rule matches '" + std::string(pattern) + "' (see `verity rules`)");
    }
    for (const auto& [id, values] : options.rule_options) {
        const RuleEntry* entry = registry.find(id);
        if (!entry) throw std::invalid_argument("option for unknown rule '" + id + "'");
        for (const auto& [name, value] : values) {
            bool declared = false;
            for (const auto& o : entry->info.options) declared = declared || o.name == name;
            if (!declared) throw std::invalid_argument("rule '" + id + "' has no option '" + name + "'");
        }
    }
    for (const RuleEntry* entry : select_rules(registry, options.rule_globs)) {
        auto it = options.rule_options.find(entry->info.id);
        RuleOptions values = it == options.rule_options.end()
                                 ? RuleOptions{}
                                 : RuleOptions{std::map<std::string, std::string>(it->second.begin(), it->second.end())};
        rules_.push_back(entry->make(values));
        const auto level = options.levels.find(entry->info.id);
        level_shift_.push_back(level == options.levels.end()
                                   ? 0
                                   : static_cast<int>(level->second) - static_cast<int>(entry->info.severity));
    }
    for (const auto& [id, level] : options.levels)
        if (!registry.find(id)) throw std::invalid_argument("level for unknown rule '" + id + "'");
}

namespace {

// The language a side of a file reads as, when it plainly is not the declared one. Only declarations
// we can check are corrected (the declared language has a pack), from a sample of the text large
// enough for the stop-word profiles to be sure.
std::string observed_language(const xliff::File& file, bool target, const std::string& declared,
                              const PackSet& packs) {
    if (!packs.find(declared)) return {};
    constexpr std::size_t kSampleBytes = 20000, kMinWords = 100;
    std::string sample;
    for (const auto& unit : file.units) {
        for (const auto& seg : unit.segments) {
            const xliff::Content* c = target ? (seg.target ? &*seg.target : nullptr) : &seg.source;
            if (c) sample.append(c->text).push_back('\n');
            if (sample.size() >= kSampleBytes) break;
        }
        if (sample.size() >= kSampleBytes) break;
    }
    std::size_t words = 0;
    for (char c : sample) words += c == ' ' || c == '\n';
    if (words < kMinWords) return {};
    const std::string guess = text::guess_language(sample, packs.stopword_profiles());
    return !guess.empty() && guess != text::primary_language(declared) ? guess : std::string();
}

// How loud the rules that read wording through the packs may be on a file: without a pack for one of its
// languages they can only guess (info); across two languages without an installed dictionary they miss
// renderings they cannot see (warning). Says so once per file in `notes`.
Severity language_knowledge_cap(const xliff::File& file, const std::string& source_lang, const std::string& target_lang,
                                const LanguagePack* source_pack, const LanguagePack* target_pack, const RunContext& run,
                                std::vector<std::string>* notes) {
    if (source_lang.empty() || target_lang.empty()) return Severity::Error;  // nothing to compare with
    const std::string where = file.id.empty() ? std::string() : " in file \"" + file.id + "\"";
    std::string missing;
    for (const auto& [lang, pack] : {std::pair{&source_lang, source_pack}, {&target_lang, target_pack}})
        if (!pack && missing.find('"' + *lang + '"') == std::string::npos)
            missing += (missing.empty() ? "\"" : ", \"") + *lang + '"';
    if (!missing.empty()) {
        if (notes)
            notes->push_back("no language pack for " + missing + where +
                             ": the wording rules (softening, polarity, phrases) report at info at most");
        return Severity::Info;
    }
    if (text::primary_language(source_lang) != text::primary_language(target_lang) &&
        run.dictionary(source_lang, target_lang).empty()) {
        if (notes)
            notes->push_back("no installed dictionary for " + source_lang + " → " + target_lang + where +
                             ": the wording rules (softening, polarity, phrases) report at warning at most");
        return Severity::Warning;
    }
    return Severity::Error;
}

}  // namespace

bool Engine::indexes_run() const {
    return std::any_of(rules_.begin(), rules_.end(), [](const auto& rule) { return rule->indexes_run(); });
}

void Engine::index(const xliff::Document& document, std::size_t ordinal) const {
    for (const auto& rule : rules_)
        if (rule->indexes_run()) rule->index(document, ordinal, *run_);
}

std::vector<Finding> Engine::check(const xliff::Document& document, std::vector<std::string>* notes) const {
    std::vector<Finding> findings;
    CollectingSink sink(findings);
    const DocumentContext document_context;
    SegmentContext segment_context;
    std::size_t unit_index = 0;
    for (const auto& file : document.files) {
        std::string source_lang = file.source_lang, target_lang = file.target_lang;
        for (auto [lang, is_target] : {std::pair<std::string*, bool>{&source_lang, false}, {&target_lang, true}}) {
            const std::string seen = observed_language(file, is_target, *lang, packs_);
            if (seen.empty()) continue;
            // A target that reads as the source language is an untranslated copy, not a wrong label:
            // target.same-as-source must still see the declared pair.
            const std::string& other = is_target ? file.source_lang : file.target_lang;
            if (seen == text::primary_language(other)) continue;
            if (notes)
                notes->push_back((is_target ? "target" : "source") + std::string(" declared \"") + *lang +
                                 "\" reads as \"" + seen + "\"; checked as \"" + seen + "\"");
            *lang = seen;
        }
        const LanguagePack* source_pack = packs_.find(source_lang);
        const LanguagePack* target_pack = packs_.find(target_lang);
        const Severity knowledge_cap = language_knowledge_cap(file, source_lang, target_lang, source_pack, target_pack,
                                                              *run_, notes);
        for (const auto& unit : file.units) {
            for (std::size_t s = 0; s < unit.segments.size(); ++s) {
                const auto& segment = unit.segments[s];
                if (segment.ignorable) continue;
                segment_context.store().clear();
                const SegmentView view{document,    file,        unit,   segment,     unit_index,
                                       s,           source_pack, target_pack, packs_, source_lang,
                                       target_lang, *run_,       document_context, segment_context};
                // Revisions of a document are mostly unchanged sentences: nothing to compare there. In
                // two languages an identical text is an untranslated copy: target.same-as-source's finding.
                const bool identical = segment.target && !view.is_alignment_gap() &&
                                       segment.target->text == segment.source.text &&
                                       same_codes(segment.source, *segment.target);
                for (std::size_t r = 0; r < rules_.size(); ++r) {
                    const auto& rule = rules_[r];
                    if (identical && rule->silent_on_identical_pairs()) continue;
                    sink.cap = rule->needs_language_knowledge() ? knowledge_cap : Severity::Error;
                    sink.shift = level_shift_[r];
                    rule->check(view, sink);
                }
            }
            ++unit_index;
        }
    }
    sort_findings(findings);
    return findings;
}

}  // namespace verity::rules
