#include "rules/placeholders/placeholders.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "xliff/text/utf8.hpp"

namespace verity::rules {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
bool is_ident_start(char c) { return is_alpha(c) || c == '_'; }
bool is_ident_char(char c) { return is_alnum(c) || c == '_'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// printf conversions we read: C, Java, Objective-C (`@`), and the capital letters that programs give
// conversions of their own (binutils' `%B %P %T`, `%pB`). Java's `%n` (a newline), `%a` and `%b` are
// left out: rare as placeholders, common enough as text after a percent sign.
bool is_conversion(char c) {
    static constexpr std::string_view conversions = "diouxXeEfFgGcsSp@";
    return conversions.find(c) != npos || (c >= 'A' && c <= 'Z');
}

bool one_of(std::string_view word, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

// The argument a printf conversion reads: every integer conversion (`%d %i %u %x %X %o`) reads an
// integer of the size its length modifier gives, every floating one (`%f %e %g`, any case) a double; a
// translator may change how it is shown, not what it reads.
char argument_class(char conversion) {
    if (std::string_view("diouxX").find(conversion) != npos) return 'd';
    if (std::string_view("eEfFgG").find(conversion) != npos) return 'f';
    return conversion;
}

// The printf length modifier and conversion at `p` ("ld", "lld", "@", gettext's "<PRIu64>"), empty when
// there is none; `p` moves past it. Conversions that differ only in letter case (`%x` and `%X`, `%e` and
// `%E`) take the same argument and read as one.
std::string length_and_conversion(std::string_view s, std::size_t& p, std::size_t e) {
    const std::size_t start = p;
    if (p < e && s[p] == '<' && (s.substr(p + 1, 3) == "PRI" || s.substr(p + 1, 3) == "SCN")) {
        const std::size_t close = s.find('>', p);
        if (close == npos || close >= e || close - p > 12 || close - p < 5) return {};
        p = close + 1;
        std::string macro(s.substr(start + 1, close - start - 1));  // PRIu64
        macro[3] = argument_class(macro[3]);
        return macro;
    }
    static constexpr std::array<std::string_view, 9> lengths{"hh", "ll", "h", "l", "L", "q", "j", "z", "t"};
    for (std::string_view l : lengths)
        if (s.substr(p, l.size()) == l && p + l.size() <= e) {
            p += l.size();
            break;
        }
    if (p >= e || !is_conversion(s[p])) {
        p = start;
        return {};
    }
    ++p;
    std::string out(s.substr(start, p - start));
    out.back() = argument_class(out.back());
    if (out.size() == 2 && out[0] == 'l' && out[1] == 'f') out = "f";  // %lf is %f
    return out;
}

// What the flags, width and precision of a printf specification held.
struct PrintfSpec {
    std::size_t stars = 0;  // unnumbered `*` widths or precisions: each takes an argument of its own
    bool flags = false;
    bool digits = false;    // a width or precision
};

// Flags, width and precision ("-08.2", "*", ".*", positional ".*2$"); `p` moves past them.
PrintfSpec flags_width_precision(std::string_view s, std::size_t& p, std::size_t e) {
    PrintfSpec out;
    while (p < e && (s[p] == '-' || s[p] == '+' || s[p] == '#' || s[p] == '0' || s[p] == '\'' || s[p] == 'I')) {
        ++p;
        out.flags = true;
    }
    auto star = [&] {
        if (p >= e || s[p] != '*') return;
        ++p;
        out.digits = true;
        std::size_t q = p;
        while (q < e && is_digit(s[q])) ++q;
        if (q > p && q < e && s[q] == '$')
            p = q + 1;  // *2$: the width is argument 2
        else
            ++out.stars;
    };
    star();
    while (p < e && is_digit(s[p])) {
        ++p;
        out.digits = true;
    }
    if (p + 1 < e && s[p] == '.' && (is_digit(s[p + 1]) || s[p + 1] == '*')) {
        ++p;
        star();
        while (p < e && is_digit(s[p])) ++p;
        out.digits = true;
    }
    return out;
}

// An identifier at `p` ([A-Za-z_][A-Za-z0-9_]* plus `extra` characters after the first); `p` moves past it.
std::string_view identifier(std::string_view s, std::size_t& p, std::size_t e, std::string_view extra = {}) {
    const std::size_t start = p;
    if (p >= e || !is_ident_start(s[p])) return {};
    ++p;
    while (p < e && (is_ident_char(s[p]) || extra.find(s[p]) != npos)) ++p;
    return s.substr(start, p - start);
}

void skip_spaces(std::string_view s, std::size_t& p, std::size_t e) {
    while (p < e && is_space(s[p])) ++p;
}

// Attributes as markup writes them: ` name="value"`, ` name='value'`, ` name=value`.
bool well_formed_attributes(std::string_view rest) {
    std::size_t p = 0;
    while (true) {
        while (p < rest.size() && is_space(rest[p])) ++p;
        if (p == rest.size()) return true;
        const std::size_t name = p;
        while (p < rest.size() && (is_alnum(rest[p]) || rest[p] == '-' || rest[p] == ':' || rest[p] == '_')) ++p;
        if (p == name) return false;
        if (p == rest.size() || rest[p] != '=') return false;  // a bare word: "<no current directory>"
        ++p;
        if (p < rest.size() && (rest[p] == '"' || rest[p] == '\'')) {
            const std::size_t end = rest.find(rest[p], p + 1);
            if (end == npos) return false;
            p = end + 1;
        } else {
            const std::size_t value = p;
            while (p < rest.size() && !is_space(rest[p]) && rest[p] != '"' && rest[p] != '\'') ++p;
            if (p == value) return false;
        }
        if (p < rest.size() && !is_space(rest[p])) return false;
    }
}

// HTML elements that text in a segment carries: formatting, links, line structure. Names a help text may
// use as argument words (`<object>`, `<option>`, `<select>`, `<var>`, `<data>`, `<time>`) are left out.
bool is_html_element(std::string_view name) {
    static constexpr std::array<std::string_view, 52> elements{
        "a",    "abbr", "b",    "bdi",    "bdo",  "big",  "blockquote", "br",   "center", "cite", "code",
        "dd",   "del",  "dfn",  "div",    "dl",   "dt",   "em",         "font", "h1",     "h2",   "h3",
        "h4",   "h5",   "h6",   "hr",     "i",    "img",  "ins",        "kbd",  "li",     "mark", "nobr",
        "ol",   "p",    "pre",  "q",      "s",    "samp", "small",      "span", "strike", "strong", "sub",
        "sup",  "table", "td",  "th",     "tr",   "tt",   "u",          "ul"};
    return std::find(elements.begin(), elements.end(), name) != elements.end();
}

class Scanner {
public:
    explicit Scanner(std::string_view s) : s_(s) {}

    PlaceholderScan run() {
        scan(0, s_.size(), {});
        if (s_.find('|') != npos) out_.has_variants = true;  // Symfony plural variants "one|many"
        if (placeholder_lines() >= 2) out_.has_variants = true;
        out_.date_format = strftime_specifiers() >= 2 || has_year();
        std::stable_sort(out_.placeholders.begin(), out_.placeholders.end(),
                         [](const Placeholder& a, const Placeholder& b) { return a.begin < b.begin; });
        return std::move(out_);
    }

private:
    // Lines that hold a placeholder: a list of phrases, one per line ("Turn on %@\nConnect %@"), each a
    // variant of its own.
    std::size_t placeholder_lines() const {
        std::size_t lines = 0;
        std::size_t last_line_start = npos;
        for (const auto& p : out_.placeholders) {
            const std::size_t nl = s_.rfind('\n', p.begin);
            const std::size_t line_start = nl == npos ? 0 : nl + 1;
            if (line_start != last_line_start) ++lines;
            last_line_start = line_start;
        }
        return lines;
    }

    // A strftime year (%Y, %y), which no printf-like format of a program uses.
    bool has_year() const {
        for (std::size_t i = s_.find('%'); i != npos && i + 1 < s_.size(); i = s_.find('%', i + 1))
            if ((s_[i + 1] == 'Y' || s_[i + 1] == 'y') && (i == 0 || !is_digit(s_[i - 1])) &&
                (i + 2 >= s_.size() || !is_alnum(s_[i + 2])))
                return true;
        return false;
    }

    // Distinct strftime conversions that printf lacks (%Y %H %M %B…), each not glued to a word.
    std::size_t strftime_specifiers() const {
        static constexpr std::string_view date_only = "YHMBAZTjymbakIRD";
        std::string seen;
        for (std::size_t i = s_.find('%'); i != npos && i + 1 < s_.size(); i = s_.find('%', i + 1)) {
            const char c = s_[i + 1];
            if (date_only.find(c) == npos || (i > 0 && is_digit(s_[i - 1]))) continue;
            if (i + 2 < s_.size() && is_alnum(s_[i + 2])) continue;
            if (seen.find(c) == std::string::npos) seen += c;
        }
        return seen.size();
    }

    void add(std::size_t b, std::size_t e, PlaceholderSyntax syntax, std::string identity, bool ordered = false) {
        out_.placeholders.push_back({b, e, syntax, std::move(identity), ordered});
    }

    // Scans [b, e). `plural_argument` is the argument of the innermost ICU plural around the range,
    // which `#` stands for; empty outside plural branches.
    void scan(std::size_t b, std::size_t e, std::string_view plural_argument) {
        std::size_t i = b;
        while (i < e) {
            const char c = s_[i];
            std::size_t next = npos;
            if (c == '\'' && i + 2 < e && (s_[i + 1] == '{' || s_[i + 1] == '}') && s_[i + 2] == '\'')
                next = i + 3;  // ICU quoting: '{' is a literal brace
            else if (c == '{')
                next = brace(i, e, plural_argument);
            else if (c == '%')
                next = percent(i, e);
            else if (c == '$')
                next = dollar(i, e);
            else if (c == '&')
                next = entity(i, e);
            else if (c == '<')
                next = tag(i, e);
            else if (c == '#' && !plural_argument.empty()) {
                add(i, i + 1, PlaceholderSyntax::IcuHash, std::string(plural_argument));
                next = i + 1;
            }
            i = next == npos ? i + 1 : next;
        }
    }

    // The index of the brace closing the one at `p`, or npos.
    std::size_t matching_brace(std::size_t p, std::size_t e) const {
        int depth = 0;
        for (std::size_t i = p; i < e; ++i) {
            if (s_[i] == '\'' && i + 2 < e && (s_[i + 1] == '{' || s_[i + 1] == '}') && s_[i + 2] == '\'') {
                i += 2;
                continue;
            }
            if (s_[i] == '{') ++depth;
            if (s_[i] == '}' && --depth == 0) return i;
        }
        return npos;
    }

    std::size_t double_brace(std::size_t i, std::size_t e) {
        const bool triple = i + 2 < e && s_[i + 2] == '{';  // Handlebars {{{ raw }}}
        const std::string_view close = triple ? "}}}" : "}}";
        const std::size_t open_end = i + close.size();
        const std::size_t end = s_.find(close, open_end);
        if (end == npos || end + close.size() > e || end - open_end > 80) return npos;
        const std::string_view inner = s_.substr(open_end, end - open_end);
        if (inner.find_first_of("{}\n") != npos) return npos;
        // `{{ name }}` and `{{name}}` are one; `{{ min_ width }}` is not `{{ min_width }}`.
        std::string identity;
        for (std::size_t k = 0; k < inner.size(); ++k) {
            if (!is_space(inner[k])) {
                identity += inner[k];
            } else if (!identity.empty() && k + 1 < inner.size() && !is_space(inner[k + 1])) {
                identity += ' ';
            }
        }
        if (identity.empty()) return npos;
        add(i, end + close.size(), PlaceholderSyntax::DoubleBrace, identity);
        return end + close.size();
    }

    // `{…}`: an argument of .NET, MessageFormat, ICU or str.format, or nothing (a brace of prose or code).
    std::size_t brace(std::size_t i, std::size_t e, std::string_view plural_argument) {
        if (i + 1 < e && s_[i + 1] == '{') return double_brace(i, e);
        std::size_t p = i + 1;
        if (p < e && (s_[p] == '}' || s_[p] == ':')) {  // {} or {:.2f}: the next argument in order
            if (s_[p] == ':') {
                while (p < e && s_[p] != '}' && !is_space(s_[p]) && s_[p] != '{') ++p;
                if (p >= e || s_[p] != '}' || p - i > 16) return npos;
            }
            add(i, p + 1, PlaceholderSyntax::Brace, "", true);
            return p + 1;
        }
        skip_spaces(s_, p, e);
        std::string_view name;
        if (p < e && is_digit(s_[p])) {
            const std::size_t start = p;
            while (p < e && is_digit(s_[p])) ++p;
            name = s_.substr(start, p - start);
        } else {
            name = identifier(s_, p, e, ".");
        }
        if (name.empty() || name.size() > 48) return npos;
        const bool tight = p < e && !is_space(s_[p]);
        skip_spaces(s_, p, e);
        if (p >= e) return npos;
        if (s_[p] == '}') {
            // "{dis}able", "{no-}": a help text's optional part of a word, not an argument.
            if (!is_digit(name[0]) && p + 1 < e && is_alpha(s_[p + 1])) return npos;
            add(i, p + 1, PlaceholderSyntax::Brace, std::string(name));
            return p + 1;
        }
        if (tight && (s_[p] == ':' || s_[p] == '!')) {  // str.format spec {price:.2f} or .NET {0:N2}
            const std::size_t start = p;
            while (p < e && s_[p] != '}' && !is_space(s_[p]) && s_[p] != '{') ++p;
            if (p >= e || s_[p] != '}' || p - start > 16) return npos;
            add(i, p + 1, PlaceholderSyntax::Brace, std::string(name));
            return p + 1;
        }
        if (s_[p] != ',') return npos;
        ++p;
        skip_spaces(s_, p, e);
        if (p < e && (is_digit(s_[p]) || s_[p] == '-')) {  // .NET alignment {0,-10} or {0,8:N2}
            ++p;
            while (p < e && is_digit(s_[p])) ++p;
            if (p < e && s_[p] == ':')
                while (p < e && s_[p] != '}' && !is_space(s_[p]) && s_[p] != '{') ++p;
            if (p >= e || s_[p] != '}') return npos;
            add(i, p + 1, PlaceholderSyntax::Brace, std::string(name));
            return p + 1;
        }
        const std::string_view type = identifier(s_, p, e);
        skip_spaces(s_, p, e);
        if (p >= e) return npos;
        if (one_of(type, {"number", "date", "time", "spellout", "ordinal", "duration"})) {
            if (s_[p] == '}') {
                add(i, p + 1, PlaceholderSyntax::Brace, std::string(name));
                return p + 1;
            }
            if (s_[p] != ',') return npos;
            const std::size_t end = s_.find('}', p);
            if (end == npos || end >= e || s_.substr(p, end - p).find('{') != npos) return npos;
            add(i, end + 1, PlaceholderSyntax::Brace, std::string(name));
            return end + 1;
        }
        if (!one_of(type, {"plural", "select", "selectordinal"}) || s_[p] != ',') return npos;
        return icu_branches(i, p + 1, e, name, type == "select" ? plural_argument : name);
    }

    // The branches of an ICU plural or select whose argument `{name, type,` starts at `i`; `p` is
    // after the comma. Branch text is translatable; only the arguments inside it count.
    std::size_t icu_branches(std::size_t i, std::size_t p, std::size_t e, std::string_view name,
                             std::string_view hash_argument) {
        const std::size_t saved = out_.placeholders.size();
        add(i, i, PlaceholderSyntax::Brace, std::string(name));
        const std::size_t argument = out_.placeholders.size() - 1;
        std::size_t branches = 0;
        while (true) {
            skip_spaces(s_, p, e);
            if (p >= e) break;
            if (s_[p] == '}') {
                if (branches == 0) break;
                out_.placeholders[argument].end = p + 1;
                out_.has_variants = true;
                return p + 1;
            }
            const std::size_t selector = p;
            while (p < e && !is_space(s_[p]) && s_[p] != '{' && s_[p] != '}') ++p;
            if (p == selector) break;
            skip_spaces(s_, p, e);
            if (s_.substr(selector, 7) == "offset:") continue;
            if (p >= e || s_[p] != '{') break;
            const std::size_t close = matching_brace(p, e);
            if (close == npos) break;
            scan(p + 1, close, hash_argument);
            ++branches;
            p = close + 1;
        }
        out_.placeholders.resize(saved);
        return npos;
    }

    // Whether position `i` is inside a URL: its word (up to the previous space) holds "://" or starts "www.".
    bool in_url(std::size_t i) const {
        std::size_t start = i;
        while (start > 0 && !is_space(s_[start - 1]) && s_[start - 1] != '"' && s_[start - 1] != '\'') --start;
        const std::string_view word = s_.substr(start, i - start);
        return word.find("://") != npos || word.starts_with("www.");
    }

    std::size_t percent(std::size_t i, std::size_t e) {
        std::size_t p = i + 1;
        if (p >= e) return npos;
        // %% is a literal percent sign, except before a Qt argument: Qt has no %% and reads "%%1" as
        // a percent sign and %1 (Turkish "%%1" for "%1%").
        if (s_[p] == '%') return p + 1 < e && is_digit(s_[p + 1]) && s_[p + 1] != '0' ? i + 1 : i + 2;
        if (in_url(i) && p + 1 < e && std::isxdigit(static_cast<unsigned char>(s_[p])) != 0 &&
            std::isxdigit(static_cast<unsigned char>(s_[p + 1])) != 0)
            return p + 2;  // percent-encoding: https://example.com/a%20b
        // A percent sign right after a digit ends a number ("50%off", "50%ige"); one before a space is prose.
        const bool after_digit = i > 0 && is_digit(s_[i - 1]);
        if (s_[p] == '{') {  // Ruby %{name}
            ++p;
            const std::string_view name = identifier(s_, p, e);
            if (name.empty() || p >= e || s_[p] != '}') return npos;
            add(i, p + 1, PlaceholderSyntax::PercentBrace, std::string(name));
            return p + 1;
        }
        if (s_[p] == '(') {  // Python %(name)s
            ++p;
            const std::string_view name = identifier(s_, p, e);
            if (name.empty() || p >= e || s_[p] != ')') return npos;
            ++p;
            flags_width_precision(s_, p, e);
            if (p >= e || is_upper(s_[p]) || !(is_conversion(s_[p]) || s_[p] == 'r' || s_[p] == 'a')) return npos;
            add(i, p + 1, PlaceholderSyntax::PercentParen, std::string(name));
            return p + 1;
        }
        if (after_digit) return npos;
        if (is_digit(s_[p]) && s_[p] != '0') {  // %1$s, or Qt %1
            const std::size_t start = p;
            while (p < e && is_digit(s_[p])) ++p;
            const std::string_view number = s_.substr(start, p - start);
            if (p < e && s_[p] == '$') {
                ++p;
                flags_width_precision(s_, p, e);
                const std::string conversion = length_and_conversion(s_, p, e);
                if (conversion.empty()) return npos;
                add(i, p, PlaceholderSyntax::PrintfIndex, std::string(number) + "$" + conversion);
                return p;
            }
            // Qt's %1 may touch a word ("%1měsíční"); %5d and %5.1f are printf widths.
            std::size_t q = start;
            flags_width_precision(s_, q, e);
            const std::string width_conversion = length_and_conversion(s_, q, e);
            if (number.size() <= 2 &&
                (width_conversion.empty() || (width_conversion.back() >= 'A' && width_conversion.back() <= 'Z'))) {
                add(i, p, PlaceholderSyntax::Qt, std::string(number));
                return p;
            }
            p = start;  // a width: %5d
        } else if (s_[p] == 'L' && p + 1 < e && is_digit(s_[p + 1]) && s_[p + 1] != '0') {  // Qt %L1
            ++p;
            const std::size_t start = p;
            while (p < e && is_digit(s_[p])) ++p;
            if (p - start <= 2 && (p >= e || !is_alpha(s_[p]))) {
                add(i, p, PlaceholderSyntax::Qt, std::string(s_.substr(start, p - start)));
                return p;
            }
            p = i + 1;
        }
        if (const std::size_t n = percent_name(i, e); n != npos) return n;
        // "% s" is %s with the space flag, which machine translation leaves behind ("'% s'", "=% s"); after
        // a space or a number it is prose ("50 % des", "% of").
        std::size_t before = i;
        while (before > 0 && s_[before - 1] == ' ') --before;
        if (s_[p] == ' ' && p + 1 < e && is_conversion(s_[p + 1]) && !(s_[p + 1] >= 'A' && s_[p + 1] <= 'Z') &&
            before > 0 && !is_digit(s_[before - 1]) && s_[before - 1] != '\n' && (p + 2 >= e || !is_alpha(s_[p + 2])))
            ++p;
        const PrintfSpec spec = flags_width_precision(s_, p, e);
        const std::string conversion = length_and_conversion(s_, p, e);
        if (conversion.empty()) return npos;
        // "%-encoding", "%time" and "%PŘESf" are words after a percent sign, not %-e, %ti or %P; "%sB",
        // "%lds" and "%zubitový" are placeholders glued to a unit.
        const bool letter_after = p < e && is_alpha(s_[p]);
        const bool any_letter_after = letter_after || letter_at(p, e);
        const char length = conversion.size() > 1 ? conversion[0] : 0;
        const bool rare_length = length == 't' || length == 'L' || length == 'q' || length == 'j';
        if ((letter_after && ((spec.flags && !spec.digits) || rare_length)) ||
            (any_letter_after && is_upper(s_[p - 1]) && std::string_view("XEFGS").find(s_[p - 1]) == npos))
            return npos;
        add(i, p, PlaceholderSyntax::Printf, conversion, true);
        out_.placeholders.back().stars = spec.stars;
        return p;
    }

    // Symfony %name%: an identifier between two percent signs, not a printf specification ("%d%%").
    std::size_t percent_name(std::size_t i, std::size_t e) {
        std::size_t p = i + 1;
        const std::string_view name = identifier(s_, p, e, ".-");
        // Ends on a letter, digit or underscore: "%Y-%m" is a date format, not a parameter "Y-".
        if (name.empty() || p >= e || s_[p] != '%' || !is_ident_char(name.back())) return npos;
        // "%sx%s", "%cNOT%c", "%P%X": the second percent sign starts a printf conversion.
        if (p + 1 < e && is_alnum(s_[p + 1])) return npos;
        std::size_t q = 0;
        if (length_and_conversion(name, q, name.size()).size() == name.size()) return npos;
        add(i, p + 1, PlaceholderSyntax::PercentName, std::string(name));
        return p + 1;
    }

    // ${name}, $name, $NAME$; "$5" is money and "US$" a currency.
    std::size_t dollar(std::size_t i, std::size_t e) {
        if (i > 0 && (is_alnum(s_[i - 1]) || s_[i - 1] == '$')) return npos;
        std::size_t p = i + 1;
        if (p < e && s_[p] == '{') {
            ++p;
            const std::string_view name = identifier(s_, p, e, ".");
            if (name.empty() || p >= e || s_[p] != '}') return npos;
            add(i, p + 1, PlaceholderSyntax::DollarBrace, std::string(name));
            return p + 1;
        }
        const std::string_view name = identifier(s_, p, e);
        if (name.size() < 2) return npos;
        if (p < e && s_[p] == '$') ++p;
        add(i, p, PlaceholderSyntax::Dollar, std::string(name));
        return p;
    }

    std::size_t entity(std::size_t i, std::size_t e) {
        std::size_t p = i + 1;
        std::string identity;
        if (p < e && s_[p] == '#') {
            ++p;
            const bool hex = p < e && (s_[p] == 'x' || s_[p] == 'X');
            if (hex) ++p;
            const std::size_t start = p;
            while (p < e && (hex ? std::isxdigit(static_cast<unsigned char>(s_[p])) != 0 : is_digit(s_[p]))) ++p;
            if (p == start || p - start > 7) return npos;
            identity = "#" + std::to_string(std::stoul(std::string(s_.substr(start, p - start)), nullptr, hex ? 16 : 10));
        } else {
            const std::size_t start = p;
            while (p < e && is_alnum(s_[p]) && p - start < 32) ++p;
            if (p - start < 2 || !is_alpha(s_[start])) return npos;
            identity = std::string(s_.substr(start, p - start));
        }
        if (p >= e || s_[p] != ';') return npos;
        add(i, p + 1, PlaceholderSyntax::Entity, "&" + identity + ";", true);
        return p + 1;
    }

    // <b>, </a>, <br/>, <a href="…">: markup kept as text in the segment.
    std::size_t tag(std::size_t i, std::size_t e) {
        std::size_t p = i + 1;
        const bool closing = p < e && s_[p] == '/';
        if (closing) ++p;
        const std::size_t start = p;
        if (p >= e || !is_alpha(s_[p])) return npos;
        while (p < e && (is_alnum(s_[p]) || s_[p] == ':' || s_[p] == '-')) ++p;
        const std::string_view written_name = s_.substr(start, p - start);
        std::string name(written_name);
        for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        const std::size_t close = s_.find('>', p);
        if (close == npos || close >= e || close - i > 300) return npos;
        std::string_view rest = s_.substr(p, close - p);
        if (rest.find('<') != npos) return npos;
        const bool self_closing = !rest.empty() && rest.back() == '/';
        if (self_closing) rest.remove_suffix(1);
        if (closing && rest.find_first_not_of(" \t") != npos) return npos;
        if (!rest.empty() && !is_space(rest.front())) return npos;
        const bool has_attributes = rest.find_first_not_of(" \t\r\n") != npos;
        if (has_attributes && !well_formed_attributes(rest)) return npos;
        // `<file>`, `<options>`, `<mark>` in a command's help are words the translator renders. Markup is
        // an HTML element that closes in the text, is void or self-closing, or any element with attributes.
        const bool is_void = one_of(name, {"br", "hr", "img", "wbr"});
        const bool known = is_html_element(name) || is_void;
        if (!has_attributes && !known) return npos;
        if (!closing && !has_attributes && !self_closing && !is_void &&
            s_.find("</" + std::string(written_name), close) == npos)
            return npos;
        const std::string identity =
            closing ? "</" + name + ">" : (self_closing || is_void) ? "<" + name + "/>" : "<" + name + ">";
        add(i, close + 1, PlaceholderSyntax::Tag, identity, true);
        return p;  // attribute values may hold placeholders: <alias value='%s'/>
    }

    // Whether a letter of any script starts at `p` ("%PŘESf"), not a no-break space or a quotation mark.
    bool letter_at(std::size_t p, std::size_t e) const {
        if (p >= e || static_cast<unsigned char>(s_[p]) < 0x80) return p < e && is_alpha(s_[p]);
        std::size_t i = p;
        return text::utf8::is_letter(text::utf8::next(s_.substr(0, e), i));
    }

    std::string_view s_;
    PlaceholderScan out_;
};

}  // namespace

std::string_view syntax_name(PlaceholderSyntax syntax) {
    switch (syntax) {
        case PlaceholderSyntax::Printf: return "printf";
        case PlaceholderSyntax::PrintfIndex: return "positional printf";
        case PlaceholderSyntax::Qt: return "Qt";
        case PlaceholderSyntax::Brace: return "{…} argument";
        case PlaceholderSyntax::IcuHash: return "ICU plural #";
        case PlaceholderSyntax::DoubleBrace: return "{{…}} template";
        case PlaceholderSyntax::PercentName: return "Symfony %…%";
        case PlaceholderSyntax::PercentBrace: return "Ruby %{…}";
        case PlaceholderSyntax::PercentParen: return "Python %(…)";
        case PlaceholderSyntax::Dollar: return "$variable";
        case PlaceholderSyntax::DollarBrace: return "${…}";
        case PlaceholderSyntax::Entity: return "HTML entity";
        case PlaceholderSyntax::Tag: return "HTML tag";
    }
    return "placeholder";
}

std::vector<PlaceholderSyntax> syntaxes_named(std::string_view name) {
    using S = PlaceholderSyntax;
    if (name == "printf") return {S::Printf, S::PrintfIndex};
    if (name == "qt") return {S::Qt};
    if (name == "brace") return {S::Brace, S::IcuHash};
    if (name == "double-brace") return {S::DoubleBrace};
    if (name == "percent-name") return {S::PercentName};
    if (name == "percent-brace") return {S::PercentBrace};
    if (name == "percent-paren") return {S::PercentParen};
    if (name == "dollar") return {S::Dollar, S::DollarBrace};
    if (name == "entity") return {S::Entity};
    if (name == "tag") return {S::Tag};
    return {};
}

std::string_view known_syntax_names() {
    return "printf, qt, brace, double-brace, percent-name, percent-brace, percent-paren, dollar, entity, tag";
}

PlaceholderScan scan_placeholders(std::string_view text) { return Scanner(text).run(); }

}  // namespace verity::rules
