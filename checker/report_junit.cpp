// The JUnit XML report, as CI test pages (GitLab, Jenkins, Azure DevOps) show it: a test suite per input
// file, a failing test case per finding at or above --fail-on, a passing one for a clean file, an error
// for a file that did not load. It formats what the run found and decides nothing.
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "checker/report.hpp"

namespace verity::checker {
namespace {

// Text for an XML attribute or element: markup characters escaped, control characters (which XML 1.0
// cannot hold at all) removed, invalid UTF-8 replaced.
std::string xml(std::string_view raw) {
    const std::string s = valid_utf8(raw);
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\t': out += "&#9;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
            default:
                if (c < 0x20 || c == 0x7F) break;
                // U+FFFE and U+FFFF (EF BF BE/BF) are not XML characters either.
                if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
                    (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE) {
                    i += 2;
                    break;
                }
                out.push_back(static_cast<char>(c));
        }
    }
    return out;
}

// "statement.xlf:12:7" for a side that has a position, else the file alone.
std::string where(const std::string& path, const xliff::Position& p) {
    if (!p.line) return path;
    return p.column ? fmt::format("{}:{}:{}", path, p.line, p.column) : fmt::format("{}:{}", path, p.line);
}

bool fails(const rules::Finding& x, std::optional<rules::Severity> fail_on) { return fail_on && x.severity >= *fail_on; }

void write_suite(std::string& out, const FileReport& f, std::optional<rules::Severity> fail_on) {
    std::size_t failures = 0;
    for (const auto& x : f.findings) failures += fails(x, fail_on);
    const std::size_t errors = f.error ? 1 : 0;
    const std::size_t tests = f.error ? 1 : (failures ? failures : 1);
    const std::string name = xml(f.path);
    out += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"0\">\n", name,
                       tests, failures, errors);
    if (f.error) {
        out += fmt::format("    <testcase classname=\"{}\" name=\"load\">\n", name);
        out += fmt::format("      <error message=\"{}\" type=\"load-error\">{}: {}</error>\n", xml(f.error->message),
                           xml(where(f.path, f.error->position)), xml(f.error->message));
        out += "    </testcase>\n";
    } else if (failures == 0) {
        out += fmt::format("    <testcase classname=\"{}\" name=\"{}\"/>\n", name,
                           f.findings.empty() ? "no findings" : "no findings at or above --fail-on");
    }
    for (const auto& x : f.findings) {
        if (!fails(x, fail_on)) continue;
        const xliff::Position at = x.source ? x.source->position : x.target ? x.target->position : xliff::Position{};
        const std::string& path = x.source && !x.source->path.empty() ? x.source->path : f.path;
        const std::string unit = x.segment ? fmt::format("{} segment {}", x.unit, *x.segment) : x.unit;
        out += fmt::format("    <testcase classname=\"{}\" name=\"{}\">\n", name, xml(fmt::format("{} in unit {}", x.rule, unit)));
        out += fmt::format("      <failure message=\"{}\" type=\"{}\">{}: {}: {}</failure>\n", xml(x.message), xml(x.rule),
                           xml(where(path, at)), rules::severity_name(x.severity), xml(x.message));
        out += "    </testcase>\n";
    }
    out += "  </testsuite>\n";
}

}  // namespace

void write_junit(std::ostream& os, const RunReport& report, std::optional<rules::Severity> fail_on) {
    std::size_t tests = 0, failures = 0, errors = 0;
    std::string suites;
    for (const auto& f : report.files) {
        std::size_t failed = 0;
        for (const auto& x : f.findings) failed += fails(x, fail_on);
        failures += failed;
        errors += f.error ? 1 : 0;
        tests += f.error ? 1 : (failed ? failed : 1);
        write_suite(suites, f, fail_on);
    }
    os << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    os << fmt::format("<testsuites name=\"verity\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n", tests, failures, errors);
    os << suites << "</testsuites>\n";
}

}  // namespace verity::checker
