#include "checker/cli.hpp"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/baseline.hpp"
#include "checker/compare_pairs.hpp"
#include "checker/input_options.hpp"
#include "checker/merge.hpp"
#include "checker/output_paths.hpp"
#include "checker/progress.hpp"
#include "checker/replacing_file.hpp"
#include "checker/report.hpp"
#include "checker/rule_catalogue.hpp"
#include "checker/runner.hpp"
#include "checker/settings.hpp"
#include "checker/shard.hpp"
#include "rules/builtin.hpp"
#include "rules/engine/engine.hpp"
#include "rules/engine/glossary.hpp"
#include "rules/engine/packs.hpp"
#include "rules/engine/rule.hpp"
#include "rules/reference.hpp"
#include "xliff/glossary.hpp"
#include "xliff/pair/links.hpp"
#include "xliff/pair/pair.hpp"
#include "xliff/reader.hpp"
#include "xliff/text/bilingual_dictionary.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/writer.hpp"

namespace verity::checker {
namespace {

// The environment, read once in run_cli and passed down (no layer below checker/ reads it):
// VERITY_WORDNET_DIR, where WordNet lives; VERITY_NO_DICTIONARY, run without bilingual dictionaries;
// VERITY_CACHE_DIR (else XDG_CACHE_HOME, HOME), where compact dictionaries are kept;
// NO_COLOR (set and not empty), no colour in the text report unless --color always.
struct Environment {
    std::string wordnet_dir;
    bool dictionaries = true;
    bool no_color = false;
    std::string cache_dir;  // where compact dictionaries are kept; empty: no cache
};

Environment read_environment() {
    Environment env;
    if (const char* dir = std::getenv("VERITY_WORDNET_DIR"); dir && *dir) env.wordnet_dir = dir;
    env.dictionaries = std::getenv("VERITY_NO_DICTIONARY") == nullptr;
    // no-color.org: set and not empty.
    const char* no_color = std::getenv("NO_COLOR");
    env.no_color = no_color != nullptr && *no_color != '\0';
    // VERITY_CACHE_DIR (set but empty: no cache), else $XDG_CACHE_HOME/verity, else ~/.cache/verity.
    if (const char* dir = std::getenv("VERITY_CACHE_DIR")) env.cache_dir = dir;
    else if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) env.cache_dir = std::string(xdg) + "/verity";
    else if (const char* home = std::getenv("HOME"); home && *home) env.cache_dir = std::string(home) + "/.cache/verity";
    return env;
}

struct OutputOptions {
    std::string format = "text";
    std::string output;
    std::string color = "auto";
    bool no_color = false;  // NO_COLOR is set and not empty
    bool in_place = false;  // --in-place: the annotated XLIFF replaces its input
};

struct CheckArgs {
    CommandLine cli;  // the settings verity.toml may also give
    OutputOptions out;
    unsigned jobs = 0;
    std::string baseline;        // --baseline: report only findings it does not hold
    std::string write_baseline;  // --write-baseline: record this run's findings
    InputArgs input;  // --max-file-size, --max-archive-size, --max-archive-entries
    bool no_progress = false;  // --no-progress: no progress line on a terminal's standard error
};

// --max-file-size and the archive limits -> the run's limits and CheckOptions; false after a usage error.
bool size_option(const CheckArgs& args, CheckOptions& options, InputLimits& limits) {
    if (!input_limits(args.input, limits)) return false;
    options.max_file_size = limits.max_file_size;
    options.keep_documents = args.out.format == "html";  // the page shows every segment
    return true;
}

// Skipped states -> the run's CheckOptions; false after naming an unknown state.
bool check_options(const std::vector<std::string>& skip_states, CheckOptions& options) {
    for (const auto& item : skip_states) {
        std::string state = item;
        std::transform(state.begin(), state.end(), state.begin(), [](unsigned char c) { return std::tolower(c); });
        if (!known_segment_states().count(state)) {
            std::string known;
            for (const auto& k : known_segment_states()) known += (known.empty() ? "" : ", ") + k;
            std::cerr << fmt::format("verity: --skip-states: unknown state '{}' (known: {})\n", item, known);
            return false;
        }
        options.skip_states.insert(state);
    }
    return true;
}

// Writes to --output through a temporary file so a failed run never leaves half a report, and
// refuses to replace one of the inputs.
bool emit(const OutputOptions& opts, const std::vector<std::string>& inputs,
          const std::function<void(std::ostream&, bool color)>& write) {
    namespace fs = std::filesystem;
    if (opts.output.empty() || opts.output == "-") {
        const bool tty = isatty(fileno(stdout)) != 0;
        // --color always is an explicit request and wins over NO_COLOR; auto colours only a terminal.
        const bool color = opts.color == "always" || (opts.color == "auto" && tty && !opts.no_color);
        write(std::cout, color);
        std::cout.flush();
        return true;
    }
    std::error_code ec;
    for (const auto& in : inputs)
        if (!opts.in_place && fs::exists(opts.output, ec) && fs::equivalent(in, opts.output, ec)) {
            std::cerr << fmt::format("verity: refusing to write the report over input file {}\n", opts.output);
            return false;
        }
    std::string error;
    if (!write_replacing(opts.output, [&](std::ostream& os) { write(os, opts.color == "always"); }, error)) {
        std::cerr << fmt::format("verity: cannot write {}: {}\n", opts.output, error);
        return false;
    }
    return true;
}

// "--option number.mismatch.tolerance=0.1" -> rule id "number.mismatch", name "tolerance".
bool parse_rule_options(const std::vector<std::string>& items, const rules::Registry& registry,
                        rules::EngineOptions& engine) {
    for (const auto& item : items) {
        const auto eq = item.find('=');
        const auto dot = item.rfind('.', eq);
        if (eq == std::string::npos || dot == std::string::npos || dot == 0) {
            std::cerr << fmt::format("verity: --option expects RULE.NAME=VALUE, got '{}'\n", item);
            return false;
        }
        const std::string id = item.substr(0, dot);
        if (!registry.find(id)) {
            std::cerr << fmt::format("verity: --option names unknown rule '{}'\n", id);
            return false;
        }
        engine.rule_options[id][item.substr(dot + 1, eq - dot - 1)] = item.substr(eq + 1);
    }
    return true;
}

bool load_packs(const std::vector<std::string>& dirs, rules::PackSet& packs) {
    bool ok = true;
    for (const auto& dir : dirs)
        for (const auto& err : packs.add_directory(dir)) {
            std::cerr << "verity: " << err.to_string() << '\n';
            ok = false;
        }
    return ok;
}

// The run's settings from the environment.
rules::RunSettings run_settings(const Environment& env) {
    rules::RunSettings settings;
    settings.wordnet_dir = env.wordnet_dir;
    settings.dictionaries = std::make_shared<const text::Dictionaries>("/usr/share/dictd", env.dictionaries, env.cache_dir);
    return settings;
}

struct Setup {
    rules::Registry registry;
    rules::PackSet packs;
    rules::RunSettings settings;
    Settings chosen;  // command line, verity.toml, defaults
    std::optional<rules::Engine> engine;
    std::vector<std::unique_ptr<rules::Engine>> section_engines;  // per verity.toml [[files]] section

    // The engine for an input: that of the last [[files]] section whose glob matches it, else the run's.
    const rules::Engine& engine_for(const std::string& path) const {
        const int section = section_for(chosen, path);
        return section < 0 ? *engine : *section_engines[static_cast<std::size_t>(section)];
    }
};

// Registry, packs and engine from the options check and compare share; false after a usage error.
bool set_up(const CheckArgs& args, const Environment& env, Setup& setup) {
    setup.settings = run_settings(env);
    rules::register_builtin_rules(setup.registry);
    std::string error;
    if (!resolve_settings(args.cli, setup.registry, setup.chosen, error)) {
        std::cerr << "verity: " << error << '\n';
        return false;
    }
    const Settings& chosen = setup.chosen;
    setup.packs = rules::PackSet::builtin();
    if (!load_packs(chosen.packs, setup.packs)) return false;
    for (const auto& path : chosen.glossaries) {
        std::string error;
        auto glossary = xliff::load_glossary(path, error);
        if (!glossary) {
            std::cerr << "verity: " << error << '\n';
            return false;
        }
        rules::add_glossary(setup.packs, *glossary);
    }
    rules::EngineOptions engine_options = chosen.engine;
    engine_options.settings = setup.settings;
    if (!parse_rule_options(chosen.options, setup.registry, engine_options)) return false;
    try {
        setup.engine.emplace(setup.registry, setup.packs, engine_options);
        for (const auto& section : chosen.sections) {
            rules::EngineOptions options = section.engine;
            options.settings = setup.settings;
            if (!parse_rule_options(section.options, setup.registry, options)) return false;
            setup.section_engines.push_back(std::make_unique<rules::Engine>(setup.registry, setup.packs, options));
        }
    } catch (const std::invalid_argument& e) {
        std::cerr << "verity: " << e.what() << '\n';
        return false;
    }
    return true;
}

// A file the run reads, and which option or walk named it (for messages).
struct ReadFile {
    std::string what;
    std::string path;
};

// Every file a run reads: the inputs (named or found in a directory; an archive for its members), the
// glossaries, the pack files, verity.toml and --baseline.
std::vector<ReadFile> files_read(const CheckArgs& args, const Settings& chosen, const std::vector<std::string>& inputs) {
    namespace fs = std::filesystem;
    std::vector<ReadFile> read;
    std::set<std::string> seen;
    const auto add = [&](const std::string& what, const std::string& path) {
        if (seen.insert(what + '\n' + path).second) read.push_back({what, path});
    };
    for (const auto& in : inputs) {
        std::error_code ec;
        const auto member = in.find("!/");
        add("input", member != std::string::npos && !fs::exists(in, ec) ? in.substr(0, member) : in);
    }
    for (const auto& g : chosen.glossaries) add("--glossary", g);
    for (const auto& dir : chosen.packs) {
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
            if (it->path().extension() == ".toml") add("--pack file", it->path().string());
        if (!fs::is_directory(dir, ec)) add("--pack", dir);
    }
    if (!chosen.config_path.empty()) add("--config", chosen.config_path);
    if (!args.baseline.empty()) add("--baseline", args.baseline);
    return read;
}

// -o and --write-baseline must not name a file the run reads (--write-baseline may name --baseline: that
// updates it); false after a usage error naming both.
bool outputs_apart(const CheckArgs& args, const std::vector<ReadFile>& read) {
    const auto clash = [&](const char* option, const std::string& output, bool baseline_ok) {
        if (output.empty() || output == "-") return false;
        for (const auto& r : read) {
            if (baseline_ok && r.what == "--baseline") continue;
            if (!same_file(output, r.path)) continue;
            std::cerr << fmt::format("verity: {} {} is the same file as the {} {}; refusing to write over it\n", option,
                                     output, r.what, r.path);
            return true;
        }
        return false;
    };
    if (!args.out.in_place && clash("--output", args.out.output, false)) return false;
    return !clash("--write-baseline", args.write_baseline, true);
}

// The baseline named by --baseline, read before any work so that a bad one costs nothing; false after
// a usage error. --write-baseline must not name an input (it may name the --baseline file: updating it).
bool prepare_baseline(const CheckArgs& args, const std::vector<std::string>& inputs, std::optional<Baseline>& baseline) {
    namespace fs = std::filesystem;
    std::error_code ec;
    for (const auto& in : inputs)
        if (!args.write_baseline.empty() && fs::exists(args.write_baseline, ec) && fs::equivalent(in, args.write_baseline, ec)) {
            std::cerr << fmt::format("verity: refusing to write the baseline over input file {}\n", args.write_baseline);
            return false;
        }
    if (args.baseline.empty()) return true;
    std::string error;
    baseline = Baseline::read(args.baseline, error);
    if (!baseline) std::cerr << "verity: " << error << '\n';
    return baseline.has_value();
}

// The catalogue as SARIF describes it: each rule's metadata and its reference text.
std::vector<RuleDescriptor> rule_descriptors(const rules::Registry& registry) {
    const rules::Reference& reference = rules::Reference::builtin();
    std::vector<RuleDescriptor> out;
    for (const auto& e : registry.entries()) {
        const rules::RuleReference* ref = reference.find(e.info.id);
        out.push_back({e.info.id, e.info.its_type, e.info.severity, e.info.summary, ref ? ref->text : std::string()});
    }
    return out;
}

// The exit code of a checked run, from its findings and --fail-on.
// --fail-on never passes whatever the run met, inputs that could not be read included (their error
// entries stay in the report); only a usage error exits 2 then.
int findings_exit_code(const Settings& chosen, const RunReport& report) {
    if (chosen.fail_on == "never") return kExitClean;
    if (report.files_with_errors() > 0) return kExitUsage;
    const auto threshold = *rules::parse_severity(chosen.fail_on);
    for (const auto& f : report.files) {
        for (const auto& x : f.findings)
            if (x.severity >= threshold) return kExitFindings;
        for (auto s = static_cast<std::size_t>(threshold); s < f.released.size(); ++s)
            if (f.released[s] > 0) return kExitFindings;
    }
    return kExitClean;
}

void write_report(std::ostream& os, bool color, const CheckArgs& args, const Setup& setup, const RunReport& report,
                  int exit_code) {
    const std::string& format = args.out.format;
    if (format == "json") return write_json(os, report);
    if (format == "jsonl") return write_jsonl(os, report);
    if (format == "html") return write_html(os, report, rule_descriptors(setup.registry));
    if (format == "junit")
        return write_junit(os, report,
                           setup.chosen.fail_on == "never" ? std::nullopt : rules::parse_severity(setup.chosen.fail_on));
    if (format == "sarif") {
        std::error_code ec;
        const std::string cwd = std::filesystem::current_path(ec).string();
        return write_sarif(os, report, SarifRun{rule_descriptors(setup.registry), exit_code, cwd});
    }
    write_text(os, report, TextStyle{color});
}

// Writes --write-baseline and takes out what --baseline excuses; false when the baseline cannot be written.
bool settle_baseline(const CheckArgs& args, RunReport& report, const std::vector<std::string>& inputs,
                     const std::optional<Baseline>& baseline) {
    report.tool_version = VERITY_VERSION;
    // The new baseline holds every finding of the run, the ones an old baseline excuses too.
    if (!args.write_baseline.empty()) {
        OutputOptions to_baseline;
        to_baseline.output = args.write_baseline;
        if (!emit(to_baseline, inputs, [&](std::ostream& os, bool) { write_baseline(os, report); })) return false;
    }
    if (baseline) baseline->apply(report);
    return true;
}

int finish(const CheckArgs& args, const Setup& setup, RunReport& report, const std::vector<std::string>& inputs,
           const std::optional<Baseline>& baseline) {
    if (!settle_baseline(args, report, inputs, baseline)) return kExitUsage;
    const int exit_code = findings_exit_code(setup.chosen, report);
    const bool written = emit(args.out, inputs, [&](std::ostream& os, bool color) {
        write_report(os, color, args, setup, report, exit_code);
    });
    return written ? exit_code : kExitUsage;
}

// --format xliff annotates one XLIFF file: checked before any work. --in-place writes over it; without
// it --output must name another file. Fills `out` with where the copy goes.
bool check_xliff_output(const CheckArgs& args, OutputOptions& out) {
    namespace fs = std::filesystem;
    const auto& paths = args.cli.paths;
    std::error_code ec;
    if (paths.size() != 1 || !fs::is_regular_file(paths.front(), ec) || !xliff::has_xliff_extension(paths.front())) {
        std::cerr << "verity: --format xliff annotates one XLIFF file; give exactly one\n";
        return false;
    }
    out = args.out;
    if (args.out.in_place) {
        if (!out.output.empty() && out.output != "-" && !(fs::exists(out.output, ec) && fs::equivalent(out.output, paths.front(), ec))) {
            std::cerr << "verity: --in-place writes over the input; --output names another file\n";
            return false;
        }
        out.output = paths.front();
        return true;
    }
    if (!out.output.empty() && out.output != "-" && fs::exists(out.output, ec) && fs::equivalent(out.output, paths.front(), ec)) {
        std::cerr << fmt::format("verity: --output {} is the input; add --in-place to annotate it in place\n", out.output);
        return false;
    }
    return true;
}

// The annotated copy of the one checked file; the exit code says what the check found.
int finish_xliff(const CheckArgs& args, const Setup& setup, RunReport& report, const OutputOptions& out,
                 const std::optional<Baseline>& baseline) {
    if (!settle_baseline(args, report, args.cli.paths, baseline)) return kExitUsage;
    const FileReport& file = report.files.front();
    if (file.error) {
        const auto& p = file.error->position;
        std::cerr << (p.line ? fmt::format("{}:{}:{}", file.path, p.line, p.column) : file.path) << ": error: "
                  << file.error->message << '\n';
        return kExitUsage;
    }
    AnnotatedXliff annotated = annotate_xliff(file);
    if (!annotated.error.empty()) {
        std::cerr << fmt::format("{}: error: {}\n", file.path, annotated.error);
        return kExitUsage;
    }
    if (annotated.unplaced)
        std::cerr << fmt::format("verity: note: {} finding(s) have no segment in {} to mark\n", annotated.unplaced, file.path);
    if (!emit(out, args.cli.paths, [&](std::ostream& os, bool) { os << annotated.text; })) return kExitUsage;
    return findings_exit_code(setup.chosen, report);
}

int run_check(const CheckArgs& args, const Environment& env) {
    CheckOptions options;
    InputLimits limits;
    if (!size_option(args, options, limits)) return kExitUsage;
    if (!output_writable("--output", args.out.output) || !output_writable("--write-baseline", args.write_baseline))
        return kExitUsage;
    if (args.out.format == "html" && !html_destination_ok(args.out.output)) return kExitUsage;
    OutputOptions xliff_out;
    if (args.out.format == "xliff" && !check_xliff_output(args, xliff_out)) return kExitUsage;
    Setup setup;
    if (!set_up(args, env, setup)) return kExitUsage;
    std::optional<Baseline> baseline;
    if (!prepare_baseline(args, args.cli.paths, baseline)) return kExitUsage;
    if (!check_options(setup.chosen.skip_states, options)) return kExitUsage;
    auto inputs = expand_inputs(args.cli.paths, limits);
    if (inputs.empty()) {
        std::cerr << "verity: no XLIFF files found in the given directories\n";
        return kExitUsage;
    }
    std::optional<ShardInfo> shard;
    if (!select_shard(args.input.shard, inputs, shard)) return kExitUsage;
    std::vector<std::string> input_paths = args.cli.paths;
    for (const auto& input : inputs) input_paths.push_back(input.path);
    if (!outputs_apart(args, files_read(args, setup.chosen, input_paths))) return kExitUsage;
    const unsigned jobs = args.jobs ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
    const auto check = [&](const FileDone& on_done) {
        Progress progress(inputs.size(), progress_wanted(args.no_progress, inputs.size()), std::cerr);
        return check_files(
            inputs, [&setup](const std::string& path) -> const rules::Engine& { return setup.engine_for(path); }, jobs,
            options, [&](FileReport& file) {
                progress.file_done(file);
                if (on_done) on_done(file);
            });
    };
    if (args.out.format == "xliff") {
        RunReport report = check({});
        return finish_xliff(args, setup, report, xliff_out, baseline);
    }
    const std::string& format = args.out.format;
    if (format != "jsonl" && format != "json" && format != "text") {
        RunReport report = check({});
        report.shard = shard;
        return finish(args, setup, report, args.cli.paths, baseline);
    }
    // Text, JSON and JSON Lines stream: a file goes out as soon as it and the files before it are
    // checked, and its findings are let go (the summary and the exit code keep their counts). A run that
    // writes a baseline keeps every finding for it, excused ones too.
    const bool keep_all = !args.write_baseline.empty();
    options.release_findings = !keep_all;
    int exit_code = kExitUsage;
    const bool written = emit(args.out, args.cli.paths, [&](std::ostream& os, bool color) {
        std::optional<JsonReportStream> json;
        if (format == "json") json.emplace(os, VERITY_VERSION, shard);
        const TextStyle style{color};
        const auto write_file = [&](const FileReport& file) {
            if (json) json->file(file);
            else if (format == "text") write_text_file(os, file, style);
            else write_jsonl_file(os, file);
        };
        RunReport report = check([&](FileReport& file) {
            if (!baseline) return write_file(file);
            // The baseline's excuses: in place, or on a copy when the new baseline needs them all.
            RunReport shown;
            if (keep_all) shown.files.push_back(file);
            else shown.files.push_back(std::move(file));
            baseline->apply(shown);
            if (keep_all) return write_file(shown.files.front());
            file = std::move(shown.files.front());
            write_file(file);
        });
        report.shard = shard;
        if (keep_all) {
            if (!settle_baseline(args, report, args.cli.paths, baseline)) return;
        } else {
            report.tool_version = VERITY_VERSION;
        }
        exit_code = findings_exit_code(setup.chosen, report);
        if (json) json->finish(report);
        else if (format == "text") write_text_summary(os, report, style);
        else write_jsonl_summary(os, report);
    });
    return written ? exit_code : kExitUsage;
}

// The language knowledge reading two texts needs, from the packs and the run's dictionaries.
xliff::PairLanguages pair_languages(const rules::PackSet& packs, const rules::RunSettings& settings) {
    xliff::PairLanguages languages;
    languages.dictionaries = settings.dictionaries.get();
    languages.stopword_profiles = packs.stopword_profiles();
    languages.list = [&packs](const std::string& language, std::string_view list) -> const std::vector<std::string>& {
        return rules::list_of(packs.find(language), list);
    };
    return languages;
}

struct PairArgs {
    std::string source, target;
    std::string manifest;  // compare --pairs
    xliff::PairOptions pair;
};

int run_compare(const CheckArgs& args, const PairArgs& pair_args, const Environment& env) {
    if (args.out.format == "xliff" || args.out.in_place) {
        std::cerr << "verity: compare: --format xliff and --in-place annotate an XLIFF file; use check\n";
        return kExitUsage;
    }
    CheckOptions options;
    InputLimits limits;
    if (!size_option(args, options, limits)) return kExitUsage;
    if (!output_writable("--output", args.out.output) || !output_writable("--write-baseline", args.write_baseline))
        return kExitUsage;
    if (args.out.format == "html" && !html_destination_ok(args.out.output)) return kExitUsage;
    std::vector<TextPair> pairs;
    if (!compare_pairs(pair_args.source, pair_args.target, pair_args.manifest, pairs)) return kExitUsage;
    std::vector<std::string> texts;
    for (const auto& p : pairs) texts.insert(texts.end(), {p.source, p.target});
    Setup setup;
    if (!set_up(args, env, setup)) return kExitUsage;
    if (!outputs_apart(args, files_read(args, setup.chosen, texts))) return kExitUsage;
    std::optional<Baseline> baseline;
    if (!prepare_baseline(args, texts, baseline)) return kExitUsage;
    if (!check_options(setup.chosen.skip_states, options)) return kExitUsage;
    xliff::PairOptions pair_options = pair_args.pair;
    pair_options.max_bytes = options.max_file_size;
    RunReport report;
    for (const auto& p : pairs)
        report.files.push_back(check_pair(p, pair_options, pair_languages(setup.packs, setup.settings),
                                          setup.engine_for(p.source), options));
    return finish(args, setup, report, texts, baseline);
}

struct AlignArgs {
    PairArgs pair;
    OutputOptions out;
    std::string xliff_version = "2.1";
    std::vector<std::string> packs;
};

int run_align(const AlignArgs& args, const Environment& env) {
    rules::PackSet packs = rules::PackSet::builtin();
    if (!load_packs(args.packs, packs)) return kExitUsage;
    const rules::RunSettings settings = run_settings(env);
    xliff::PairResult pair =
        xliff::align_pair(args.pair.source, args.pair.target, args.pair.pair, pair_languages(packs, settings));
    if (!pair.document) {
        const auto& p = pair.error->position;
        std::cerr << (p.line ? fmt::format("{}:{}:{}", pair.error_path, p.line, p.column) : pair.error_path)
                  << ": error: " << pair.error->message << '\n';
        return kExitUsage;
    }
    for (const auto& note : pair.document->notes) std::cerr << "verity: note: " << note << '\n';
    const bool written = emit(args.out, {args.pair.source, args.pair.target}, [&](std::ostream& os, bool) {
        if (args.out.format == "links") {
            const std::string links = xliff::format_links(pair.links);
            os << links << (links.empty() || links.back() == '\n' ? "" : "\n");
        }
        else os << xliff::write_xliff(*pair.document, args.xliff_version);
    });
    return written ? kExitClean : kExitUsage;
}

// `verity config`: the settings a check of the same paths and options would use, and where each came from.
int run_config(const CheckArgs& args) {
    rules::Registry registry;
    rules::register_builtin_rules(registry);
    Settings chosen;
    std::string error;
    if (!resolve_settings(args.cli, registry, chosen, error)) {
        std::cerr << "verity: " << error << '\n';
        return kExitUsage;
    }
    std::size_t key_width = 0, value_width = 0;
    for (const auto& l : chosen.lines) key_width = std::max(key_width, l.key.size()), value_width = std::max(value_width, l.value.size());
    value_width = std::min<std::size_t>(value_width, 60);
    const bool written = emit(args.out, {}, [&](std::ostream& os, bool) {
        for (const auto& l : chosen.lines)
            os << fmt::format("{:<{}}  {:<{}}  ({})\n", l.key, key_width, l.value, value_width, l.origin);
    });
    return written ? kExitClean : kExitUsage;
}

struct RulesArgs {
    OutputOptions out;
    std::string explain;  // --explain ID
};

// `verity rules`: the list, the reference as Markdown, or one rule explained with its examples run live.
int run_rules(const RulesArgs& args, const Environment& env) {
    rules::Registry registry;
    rules::register_builtin_rules(registry);
    const rules::Reference& reference = rules::Reference::builtin();
    const rules::RuleEntry* entry = nullptr;
    if (!args.explain.empty()) {
        entry = registry.find(args.explain);
        if (!entry) {
            std::cerr << fmt::format("verity: rules --explain: no rule '{}' (closest: {}); `verity rules` lists them\n",
                                     args.explain, nearest_rule_ids(registry, args.explain));
            return kExitUsage;
        }
    }
    const rules::RunSettings settings = run_settings(env);
    const bool ok = emit(args.out, {}, [&](std::ostream& os, bool) {
        if (entry) write_rule_explanation(os, *entry, reference, registry, settings);
        else if (args.out.format == "markdown") os << rules::reference_markdown(reference, registry);
        else write_rule_list(os, registry, args.out.format == "json");
    });
    return ok ? kExitClean : kExitUsage;
}

void add_report_options(CLI::App* cmd, CheckArgs& args) {
    cmd->add_option("--config", args.cli.config,
                    "Read settings from FILE (default: verity.toml beside the first input or in a folder above)")
        ->type_name("FILE");
    cmd->add_flag("--no-config", args.cli.no_config, "Read no verity.toml");
    cmd->add_option("-f,--format", args.out.format,
                    "Report format: text; json; sarif (SARIF 2.1.0, for code scanning); junit (JUnit XML, for CI test "
                    "pages); jsonl (JSON Lines: a line per finding and per file, then a summary); xliff (a copy of the one "
                    "input file with the findings as ITS 2.0 Localization Quality Issues); html (one self-contained page, source and "
                    "target side by side; needs --output or a redirected standard output)")
        ->check(CLI::IsMember(std::vector<std::string>(std::begin(kReportFormats), std::end(kReportFormats))))
        ->capture_default_str();
    cmd->add_option("-o,--output", args.out.output, "Write the report to FILE instead of standard output")
        ->type_name("FILE");
    cmd->add_flag("--in-place", args.out.in_place,
                  "With --format xliff: write the annotated copy over the input file (never done without it)");
    cmd->add_option("--fail-on", args.cli.fail_on,
                    "Exit 1 when a finding has this severity or higher (default: verity.toml's fail_on, else error); "
                    "never: exit 0, even when inputs could not be read (they stay error entries in the report)")
        ->check(CLI::IsMember({"error", "warning", "info", "never"}));
    cmd->add_option("--rules", args.cli.rules,
                    "Comma-separated rule id globs to run; a leading '-' excludes (\"number.*,-markup.*\")")
        ->type_name("GLOBS");
    cmd->add_option("--pack", args.cli.packs, "Also load the rule packs (*.toml) in DIR")->type_name("DIR");
    cmd->add_option("--glossary", args.cli.glossaries,
                    "Termbase (TBX) or two-column CSV: its terms are equivalents for the entity rules and "
                    "required renderings for terminology.term")
        ->type_name("FILE");
    cmd->add_option("--option", args.cli.options, "Set a rule option, e.g. target.same-as-source.min_words=1")
        ->type_name("RULE.NAME=VALUE");
    cmd->add_option("--baseline", args.baseline,
                    "Report only findings this baseline does not hold; the summary counts the ones it does")
        ->type_name("FILE");
    cmd->add_option("--write-baseline", args.write_baseline,
                    "Record every finding of this run (by fingerprint) in FILE, for --baseline")
        ->type_name("FILE");
    cmd->add_option("--skip-states", args.cli.skip_states,
                    "Leave segments in these states out of the check (final, signed-off, reviewed, approved...); "
                    "the summary counts them")
        ->delimiter(',')
        ->type_name("STATES");
    cmd->add_option("--color", args.out.color,
                    "Colour in the text report (auto: on a terminal unless NO_COLOR is set; always wins over NO_COLOR)")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
}

// A language tag the user gives must name a language ("english" and "xx" do not).
const CLI::Validator kLanguageTag(
    [](std::string& tag) {
        return text::is_known_language(tag) ? std::string()
                                            : "'" + tag + "' is not a language tag (BCP 47, such as en, fr-CA, pt-BR)";
    },
    "LANG");

void add_pair_options(CLI::App* cmd, xliff::PairOptions& options) {
    cmd->add_option("--source-lang", options.source_lang,
                    "Language of the source (BCP 47); default: from XLIFF, or guessed from the text")
        ->check(kLanguageTag);
    cmd->add_option("--target-lang", options.target_lang, "Language of the target; default as for the source")
        ->check(kLanguageTag);
    cmd->add_flag("--lines", options.lines, "Each non-empty line is one sentence (pre-segmented text)");
}

}  // namespace

int run_cli(int argc, char** argv) {
    CLI::App app{"verity: checks that a translation says what its source says.\n"
                 "Reads XLIFF 1.2 and 2.x, or two plain-text versions that it aligns itself;\n"
                 "reports missing, added, changed and weakened content.",
                 "verity"};
    app.require_subcommand(0, 1);
    app.set_version_flag("--version", std::string("verity ") + VERITY_VERSION);
    app.footer("Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage error or an input that could not be\n"
               "read (with --fail-on never, 0 unless the usage was wrong).\n"
               "Environment: VERITY_CACHE_DIR (dictionary cache; empty: none), VERITY_NO_DICTIONARY, "
               "VERITY_WORDNET_DIR, NO_COLOR.\n"
               "Run `verity COMMAND --help` for the options of a command.");

    CheckArgs check;
    auto* check_cmd = app.add_subcommand("check", "Check XLIFF files or directories of them.");
    check_cmd->add_option("paths", check.cli.paths,
                          "XLIFF files, directories (searched recursively) or archives; - reads one XLIFF document "
                          "from standard input")
        ->required()
        ->type_name("PATH...");
    add_report_options(check_cmd, check);
    check_cmd->add_option("-j,--jobs", check.jobs, "Files checked in parallel (default: number of cores)");
    check_cmd->add_flag("--no-progress", check.no_progress,
                        "No progress line (files done, findings, rate, time left) on standard error, which shows "
                        "only when it is a terminal");
    add_input_options(check_cmd, check.input, true);

    CheckArgs compare;
    PairArgs compare_pair;
    auto* compare_cmd = app.add_subcommand(
        "compare", "Align two versions of one text (plain text or XLIFF) sentence by sentence and check them.");
    compare_cmd->add_option("source", compare_pair.source, "The original (or official) version; - reads standard input");
    compare_cmd->add_option("target", compare_pair.target, "The translation (or other version); - reads standard input");
    compare_cmd->add_option("--pairs", compare_pair.manifest,
                            "Compare every pair of MANIFEST.tsv (SOURCE<TAB>TARGET a line, relative to it; # comments)")
        ->type_name("MANIFEST.tsv");
    add_pair_options(compare_cmd, compare_pair.pair);
    add_report_options(compare_cmd, compare);
    add_input_options(compare_cmd, compare.input, false);

    CheckArgs config;
    auto* config_cmd = app.add_subcommand(
        "config", "Print the settings a check would use (command line, verity.toml, defaults) and where each came from.");
    config_cmd->add_option("paths", config.cli.paths, "Inputs of the check, to find verity.toml from")->type_name("PATH...");
    add_report_options(config_cmd, config);

    AlignArgs align;
    align.out.format = "xliff";
    auto* align_cmd = app.add_subcommand("align", "Align two texts sentence by sentence and write the pairs as XLIFF.");
    align_cmd->add_option("source", align.pair.source, "The original (or official) version")->required();
    align_cmd->add_option("target", align.pair.target, "The translation (or other version)")->required();
    add_pair_options(align_cmd, align.pair.pair);
    align_cmd->add_option("-o,--output", align.out.output, "Write to FILE instead of standard output")->type_name("FILE");
    align_cmd->add_option("-f,--format", align.out.format, "xliff, or links: one [source ids]:[target ids] line a link")
        ->check(CLI::IsMember({"xliff", "links"}))
        ->capture_default_str();
    align_cmd->add_option("--xliff-version", align.xliff_version, "XLIFF version written")
        ->check(CLI::IsMember({"2.1", "2.0", "2.2", "1.2"}))
        ->capture_default_str();
    align_cmd->add_option("--pack", align.packs, "Also load the rule packs (*.toml) in DIR")->type_name("DIR");

    MergeArgs merge;
    auto* merge_cmd = add_merge_command(app, merge);

    RulesArgs rules_args;
    auto* rules_cmd = app.add_subcommand(
        "rules", "List every rule (id, ITS issue type, severity, summary), or explain one with its examples.");
    rules_cmd->add_option("-f,--format", rules_args.out.format,
                          "text or json: the list; markdown: the whole rule reference (docs/rules.md)")
        ->check(CLI::IsMember({"text", "json", "markdown"}))
        ->capture_default_str();
    rules_cmd->add_option("--explain", rules_args.explain,
                          "Explain rule ID: what it checks, an incorrect and a correct example with what Verity "
                          "reports on each, its options")
        ->type_name("ID");
    rules_cmd->add_option("-o,--output", rules_args.out.output, "Write to FILE instead of standard output")
        ->type_name("FILE");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? kExitClean : kExitUsage;
    }
    const Environment env = read_environment();
    for (OutputOptions* out : {&check.out, &compare.out, &config.out, &align.out, &rules_args.out}) out->no_color = env.no_color;
    if (*check_cmd) return run_check(check, env);
    if (*compare_cmd) {
        compare.cli.paths = {compare_pair.manifest.empty() ? compare_pair.source : compare_pair.manifest};
        return run_compare(compare, compare_pair, env);
    }
    if (*config_cmd) return run_config(config);
    if (*merge_cmd) return run_merge(merge);
    if (*align_cmd) return run_align(align, env);
    if (*rules_cmd) return run_rules(rules_args, env);
    std::cout << app.help();
    return kExitUsage;
}

}  // namespace verity::checker
