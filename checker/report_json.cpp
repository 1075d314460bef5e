// The JSON report: the finding contract that later tools and scripts rely on. Written as a stream:
// a report of a large batch holds every finding's texts, and building a DOM first doubled the cost.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "checker/report.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::checker {
namespace {

// Appends the character at s[i] (U+FFFD for a byte that starts no valid UTF-8 sequence); returns the
// bytes it took.
std::size_t append_character(std::string& out, std::string_view s, std::size_t i) {
    const std::size_t len = text::utf8::valid_length(s, i);
    if (len == 0) {
        out += "\xEF\xBF\xBD";
        return 1;
    }
    out.append(s.substr(i, len));
    return len;
}

// A JSON string. Invalid UTF-8 becomes U+FFFD rather than an invalid report.
void put_string(std::string& out, std::string_view s) {
    out.push_back('"');
    std::size_t i = 0;
    while (i < s.size()) {
        // A run of printable ASCII without quotes or backslashes (most of any text) goes in at once.
        std::size_t run = i;
        while (run < s.size()) {
            const auto b = static_cast<unsigned char>(s[run]);
            if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\') break;
            ++run;
        }
        if (run > i) {
            out.append(s.data() + i, run - i);
            i = run;
            continue;
        }
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            switch (c) {
                case '"': out += "\\\""; break;
                case '\\': out += "\\\\"; break;
                case '\n': out += "\\n"; break;
                case '\r': out += "\\r"; break;
                case '\t': out += "\\t"; break;
                case '\b': out += "\\b"; break;
                case '\f': out += "\\f"; break;
                default:
                    if (c < 0x20) out += fmt::format("\\u{:04x}", c);
                    else out.push_back(static_cast<char>(c));
            }
            ++i;
            continue;
        }
        i += append_character(out, s, i);
    }
    out.push_back('"');
}

class Writer {
public:
    // `compact`: the whole value on one line (JSON Lines).
    explicit Writer(std::string& out, bool compact = false) : out_(out), compact_(compact) {}

    void open(char bracket) {
        out_.push_back(bracket);
        first_.push_back(true);
    }
    void close(char bracket) {
        const bool empty = first_.back();
        first_.pop_back();
        if (!empty) newline();
        out_.push_back(bracket);
    }
    void key(std::string_view k) {
        item();
        put_string(out_, k);
        out_ += ": ";
    }
    // Before an array element.
    void item() {
        if (!first_.back()) out_.push_back(',');
        first_.back() = false;
        newline();
    }
    void string(std::string_view s) { put_string(out_, s); }
    void number(std::size_t n) { out_ += std::to_string(n); }
    // A fraction with two decimals (0.00–1.00).
    void fraction(double v) { out_ += fmt::format("{:.2f}", v); }
    void null() { out_ += "null"; }
    void string_or_null(std::string_view s) { s.empty() ? null() : string(s); }
    void position(std::uint32_t v) { v ? number(v) : null(); }

private:
    void newline() {
        if (compact_) return;
        out_.push_back('\n');
        out_.append(2 * first_.size(), ' ');
    }
    std::string& out_;
    bool compact_;
    std::vector<bool> first_;
};

void side(Writer& w, const std::optional<rules::FindingSide>& s) {
    if (!s) {
        w.null();
        return;
    }
    w.open('{');
    if (!s->path.empty()) {
        w.key("path");
        w.string(s->path);
    }
    w.key("text");
    w.string(s->text);
    w.key("spans");
    w.open('[');
    for (const auto& span : s->spans) {
        w.item();
        w.open('{');
        w.key("start");
        w.number(span.start);
        w.key("end");
        w.number(span.end);
        w.key("text");
        w.string(span.text);
        if (span.begin_at.line) {  // where the span stands in the input file (end: just after it)
            w.key("line");
            w.number(span.begin_at.line);
            w.key("column");
            w.number(span.begin_at.column);
            w.key("end_line");
            w.number(span.end_at.line);
            w.key("end_column");
            w.number(span.end_at.column);
        }
        w.close('}');
    }
    w.close(']');
    w.key("line");
    w.position(s->position.line);
    w.key("column");
    w.position(s->position.column);
    w.close('}');
}

}  // namespace

std::string valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) i += append_character(out, s, i);
    return out;
}

std::size_t RunReport::count(rules::Severity s) const {
    std::size_t n = 0;
    for (const auto& f : files) {
        n += f.released[static_cast<std::size_t>(s)];
        for (const auto& x : f.findings) n += x.severity == s;
    }
    return n;
}

void release_findings(FileReport& file) {
    for (const auto& x : file.findings) ++file.released[static_cast<std::size_t>(x.severity)];
    std::vector<rules::Finding>().swap(file.findings);
    std::vector<FileReport::Suppressed>().swap(file.suppressed_findings);
}

std::size_t RunReport::files_with_errors() const {
    std::size_t n = 0;
    for (const auto& f : files) n += f.error.has_value();
    return n;
}

std::map<std::string, std::size_t> RunReport::suppressed() const {
    std::map<std::string, std::size_t> out;
    for (const auto& f : files)
        for (const auto& [reason, n] : f.suppressed) out[reason] += n;
    return out;
}

std::map<std::string, std::size_t> RunReport::skipped() const {
    std::map<std::string, std::size_t> out;
    for (const auto& f : files)
        for (const auto& [state, n] : f.skipped) out[state] += n;
    return out;
}

namespace {

// {"baseline": 3}: suppressed findings by reason; {"final": 12}: skipped segments by state.
void write_counts(Writer& w, const std::map<std::string, std::size_t>& suppressed) {
    w.open('{');
    for (const auto& [reason, n] : suppressed) {
        w.key(reason);
        w.number(n);
    }
    w.close('}');
}

void write_error(Writer& w, const std::optional<xliff::LoadError>& error) {
    if (!error) {
        w.null();
        return;
    }
    w.open('{');
    w.key("message");
    w.string(error->message);
    w.key("line");
    w.position(error->position.line);
    w.key("column");
    w.position(error->position.column);
    w.close('}');
}

// The finding's fields, inside an object the caller opened.
void finding_fields(Writer& w, const rules::Finding& x) {
    w.key("rule");
    w.string(x.rule);
    w.key("its_type");
    w.string(x.its_type);
    w.key("severity");
    w.string(rules::severity_name(x.severity));
    w.key("confidence");
    w.fraction(x.confidence);
    w.key("message");
    w.string(x.message);
    w.key("unit");
    w.string(x.unit);
    w.key("segment");
    x.segment ? w.string(*x.segment) : w.null();
    w.key("source");
    side(w, x.source);
    w.key("target");
    side(w, x.target);
    w.key("fingerprint");
    w.string(x.fingerprint);
}

void write_finding(Writer& w, const rules::Finding& x) {
    w.open('{');
    finding_fields(w, x);
    w.close('}');
}

void write_file(Writer& w, const FileReport& f) {
    w.open('{');
    w.key("path");
    w.string(f.path);
    w.key("format");
    w.string_or_null(f.format ? xliff::to_string(*f.format) : std::string_view{});
    w.key("source_lang");
    w.string_or_null(f.source_lang);
    w.key("target_lang");
    w.string_or_null(f.target_lang);
    w.key("units");
    w.number(f.units);
    w.key("segments");
    w.number(f.segments);
    w.key("error");
    write_error(w, f.error);
    w.key("findings");
    w.open('[');
    for (const auto& x : f.findings) {
        w.item();
        write_finding(w, x);
    }
    w.close(']');
    w.key("suppressed");
    write_counts(w, f.suppressed);
    w.key("skipped_segments");
    write_counts(w, f.skipped);
    if (!f.target_path.empty()) {
        w.key("target_path");
        w.string(f.target_path);
    }
    if (!f.notes.empty()) {
        w.key("notes");
        w.open('[');
        for (const auto& n : f.notes) {
            w.item();
            w.string(n);
        }
        w.close(']');
    }
    w.close('}');
}

// {"error": 1, "warning": 0, "info": 2}
void write_severity_counts(Writer& w, std::size_t errors, std::size_t warnings, std::size_t infos) {
    w.open('{');
    w.key("error");
    w.number(errors);
    w.key("warning");
    w.number(warnings);
    w.key("info");
    w.number(infos);
    w.close('}');
}

// `type`: the JSON Lines record type, empty in the JSON report.
void write_summary(Writer& w, const RunReport& report, std::string_view type = {}) {
    std::size_t units = 0, segments = 0;
    for (const auto& f : report.files) units += f.units, segments += f.segments;
    w.open('{');
    if (!type.empty()) {
        w.key("type");
        w.string(type);
    }
    w.key("files");
    w.number(report.files.size());
    w.key("files_with_errors");
    w.number(report.files_with_errors());
    w.key("units");
    w.number(units);
    w.key("segments");
    w.number(segments);
    w.key("findings");
    write_severity_counts(w, report.count(rules::Severity::Error), report.count(rules::Severity::Warning),
                          report.count(rules::Severity::Info));
    w.key("suppressed");
    write_counts(w, report.suppressed());
    w.key("skipped_segments");
    write_counts(w, report.skipped());
    w.close('}');
}

}  // namespace

struct JsonReportStream::Impl {
    std::ostream& os;
    std::string out;
    Writer w{out};
    explicit Impl(std::ostream& o) : os(o) {}
    void flush() {
        os << out;
        out.clear();
    }
};

JsonReportStream::JsonReportStream(std::ostream& os, const std::string& tool_version,
                                   const std::optional<ShardInfo>& shard)
    : impl_(std::make_unique<Impl>(os)) {
    Writer& w = impl_->w;
    w.open('{');
    w.key("tool");
    w.open('{');
    w.key("name");
    w.string("verity");
    w.key("version");
    w.string(tool_version);
    w.close('}');
    if (shard) {
        w.key("shard");
        w.open('{');
        w.key("index");
        w.number(shard->index);
        w.key("count");
        w.number(shard->count);
        w.key("inputs");
        w.number(shard->inputs);
        w.key("positions");
        w.open('[');
        for (const std::size_t p : shard->positions) {
            w.item();
            w.number(p);
        }
        w.close(']');
        w.close('}');
    }
    w.key("files");
    w.open('[');
    impl_->flush();
}

JsonReportStream::~JsonReportStream() = default;

void JsonReportStream::file(const FileReport& f) {
    impl_->w.item();
    write_file(impl_->w, f);
    impl_->flush();
}

void JsonReportStream::finish(const RunReport& report) {
    Writer& w = impl_->w;
    w.close(']');
    w.key("summary");
    write_summary(w, report);
    w.close('}');
    impl_->out.push_back('\n');
    impl_->flush();
}

void write_json(std::ostream& os, const RunReport& report) {
    JsonReportStream stream(os, report.tool_version, report.shard);
    for (const auto& f : report.files) stream.file(f);
    stream.finish(report);
}

}  // namespace verity::checker

namespace verity::checker {

void write_jsonl(std::ostream& os, const RunReport& report) {
    for (const auto& f : report.files) write_jsonl_file(os, f);
    write_jsonl_summary(os, report);
}

void write_jsonl_file(std::ostream& os, const FileReport& f) {
    std::string out;
    for (const auto& x : f.findings) {
        Writer w(out, true);
        w.open('{');
        w.key("type");
        w.string("finding");
        w.key("file");
        w.string(f.path);
        finding_fields(w, x);
        w.close('}');
        out.push_back('\n');
    }
    std::size_t counts[3] = {0, 0, 0};
    for (const auto& x : f.findings) ++counts[static_cast<int>(x.severity)];
    Writer w(out, true);
    w.open('{');
    w.key("type");
    w.string("file");
    w.key("path");
    w.string(f.path);
    w.key("findings");
    write_severity_counts(w, counts[2], counts[1], counts[0]);
    w.key("error");
    write_error(w, f.error);
    w.close('}');
    out.push_back('\n');
    os << out;
    os.flush();
}

void write_jsonl_summary(std::ostream& os, const RunReport& report) {
    std::string out;
    Writer w(out, true);
    write_summary(w, report, "summary");
    out.push_back('\n');
    os << out;
}

}  // namespace verity::checker
