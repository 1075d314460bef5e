#include "xliff/text/message_variants.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace verity::text {
namespace {

constexpr std::size_t npos = std::string_view::npos;
// A pipe plural has at most this many forms (Arabic has six); more pipes make a list or a table.
constexpr std::size_t kMaxPipeForms = 7;
// An alternative of a list is a short line: a command or label, not a paragraph.
constexpr std::size_t kMaxAlternativeBytes = 80;

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_word(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '-';
}

std::pair<std::size_t, std::size_t> trimmed(std::string_view s, std::size_t b, std::size_t e) {
    while (b < e && is_ws(s[b])) ++b;
    while (e > b && is_ws(s[e - 1])) --e;
    return {b, e};
}

// ICU's apostrophe quoting (ApostropheMode DOUBLE_OPTIONAL): '' is a literal apostrophe; an apostrophe
// before { } # | starts quoted text up to the next single apostrophe; any other apostrophe is literal.
// The position after the apostrophe (or the quoted text) at i.
std::size_t skip_apostrophe(std::string_view s, std::size_t i, std::size_t e) {
    if (i + 1 < e && s[i + 1] == '\'') return i + 2;
    if (i + 1 < e && (s[i + 1] == '{' || s[i + 1] == '}' || s[i + 1] == '#' || s[i + 1] == '|')) {
        for (std::size_t j = i + 1; j < e; ++j) {
            if (s[j] != '\'') continue;
            if (j + 1 < e && s[j + 1] == '\'') {
                ++j;
                continue;
            }
            return j + 1;
        }
        return e;
    }
    return i + 1;
}

// The '}' matching the '{' at i, or npos.
std::size_t matching_brace(std::string_view s, std::size_t i, std::size_t e) {
    int depth = 0;
    for (std::size_t j = i; j < e;) {
        if (s[j] == '\'') {
            j = skip_apostrophe(s, j, e);
            continue;
        }
        if (s[j] == '{') ++depth;
        if (s[j] == '}' && --depth == 0) return j;
        ++j;
    }
    return npos;
}

// The variants of the ICU argument {open … close} when it is a plural, select or selectordinal one.
bool complex_argument(std::string_view s, std::size_t open, std::size_t close, std::vector<MessageVariant>& out) {
    const std::size_t c1 = s.find(',', open);
    if (c1 == npos || c1 > close) return false;
    const std::size_t c2 = s.find(',', c1 + 1);
    if (c2 == npos || c2 > close) return false;
    const auto [tb, te] = trimmed(s, c1 + 1, c2);
    const std::string_view type = s.substr(tb, te - tb);
    if (type != "plural" && type != "select" && type != "selectordinal") return false;
    std::vector<MessageVariant> variants;
    for (std::size_t j = c2 + 1;;) {
        while (j < close && is_ws(s[j])) ++j;
        if (j >= close) break;
        const std::size_t sb = j;
        while (j < close && !is_ws(s[j]) && s[j] != '{') ++j;
        std::string selector(s.substr(sb, j - sb));
        if (selector.rfind("offset:", 0) == 0) continue;  // plural offset
        while (j < close && is_ws(s[j])) ++j;
        if (j >= close || s[j] != '{' || selector.empty()) return false;
        const std::size_t m = matching_brace(s, j, close);
        if (m == npos) return false;
        variants.push_back({j + 1, m, std::move(selector)});
        j = m + 1;
    }
    if (variants.empty()) return false;
    out = std::move(variants);
    return true;
}

// ICU MessageFormat: walks [b, e) of the message, appending the representative pieces (when `emit`)
// and every variant met. False when the braces do not balance.
bool render_icu(std::string_view s, std::size_t b, std::size_t e, bool emit, MessageVariants& out) {
    std::size_t start = b;
    for (std::size_t j = b; j < e;) {
        if (s[j] == '\'') {
            j = skip_apostrophe(s, j, e);
            continue;
        }
        if (s[j] == '}') return false;
        if (s[j] != '{') {
            ++j;
            continue;
        }
        const std::size_t close = matching_brace(s, j, e);
        if (close == npos) return false;
        std::vector<MessageVariant> variants;
        if (complex_argument(s, j, close, variants)) {
            if (emit && start < j) out.representative.push_back({start, j});
            out.syntax = VariantSyntax::Icu;
            auto rep = std::find_if(variants.begin(), variants.end(), [](const auto& v) { return v.selector == "other"; });
            if (rep == variants.end()) rep = variants.end() - 1;
            const std::size_t rep_index = static_cast<std::size_t>(rep - variants.begin());
            for (std::size_t k = 0; k < variants.size(); ++k) {
                out.variants.push_back(variants[k]);
                if (!render_icu(s, variants[k].begin, variants[k].end, emit && k == rep_index, out)) return false;
            }
            start = close + 1;
        }
        j = close + 1;
    }
    if (emit && start < e) out.representative.push_back({start, e});
    return true;
}

// A Symfony/Laravel interval prefix ("{0}", "{1,2}", "[1,19]", "]1,Inf[", "[20,*]") at the start of
// [b, e): its end, or b.
std::size_t interval_prefix(std::string_view s, std::size_t b, std::size_t e) {
    if (b >= e) return b;
    if (s[b] == '{') {
        std::size_t j = b + 1;
        bool digit = false;
        while (j < e && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == ',' || s[j] == '-' || s[j] == ' '))
            digit = digit || std::isdigit(static_cast<unsigned char>(s[j])), ++j;
        return digit && j < e && s[j] == '}' ? j + 1 : b;
    }
    if (s[b] != '[' && s[b] != ']') return b;
    std::size_t j = b + 1;
    bool comma = false;
    while (j < e && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == ',' || s[j] == '-' || s[j] == '+' ||
                     s[j] == '*' || s[j] == ' '))
        comma = comma || s[j] == ',', ++j;
    return comma && j < e && (s[j] == '[' || s[j] == ']') ? j + 1 : b;
}

// The placeholders of [b, e) that stand for a count or a value: %count%, {{ limit }}, {count}, {0},
// :count, %d, %1$s, %@.
std::set<std::string> placeholders(std::string_view s, std::size_t b, std::size_t e) {
    std::set<std::string> out;
    for (std::size_t i = b; i < e; ++i) {
        const char c = s[i];
        std::size_t j = i + 1;
        if (c == '{' && j < e && s[j] == '{') {
            const std::size_t close = s.find("}}", j);
            if (close != npos && close + 2 <= e && close - j < 40) {
                const auto [pb, pe] = trimmed(s, j + 1, close);
                out.insert("{{" + std::string(s.substr(pb, pe - pb)) + "}}");
                i = close + 1;
            }
        } else if (c == '{') {
            while (j < e && is_word(s[j])) ++j;
            if (j > i + 1 && j < e && s[j] == '}') out.insert(std::string(s.substr(i, j + 1 - i))), i = j;
        } else if (c == '%') {
            while (j < e && is_word(s[j])) ++j;
            if (j > i + 1 && j < e && s[j] == '%') {
                out.insert(std::string(s.substr(i, j + 1 - i)));
                i = j;
                continue;
            }
            j = i + 1;
            while (j < e && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == '$' || s[j] == 'l')) ++j;
            if (j < e && (s[j] == 'd' || s[j] == 'i' || s[j] == 'u' || s[j] == 's' || s[j] == '@'))
                out.insert(std::string(s.substr(i, j + 1 - i))), i = j;
        } else if (c == ':' && (i == b || is_ws(s[i - 1])) && j < e && std::isalpha(static_cast<unsigned char>(s[j]))) {
            while (j < e && is_word(s[j])) ++j;
            out.insert(std::string(s.substr(i, j - i)));
            i = j - 1;
        }
    }
    return out;
}

struct Form {
    std::size_t begin, end;  // trimmed, the interval prefix included
    std::size_t prefix_end;  // begin when no prefix
};

// Symfony/Laravel: forms separated by single pipes.
bool pipe_plural(std::string_view s, const VariantOptions& options, MessageVariants& out) {
    std::vector<Form> forms;
    std::size_t b = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s[i] != '|') continue;
        if (i < s.size()) {
            if ((i + 1 < s.size() && s[i + 1] == '|') || (i > 0 && s[i - 1] == '|')) return false;  // "||"
            // A pipe spaced on both sides separates table cells or menu items (unless the other side is a
            // plural: some translators space the forms).
            if (!options.expect_plural && i > 0 && i + 1 < s.size() && is_ws(s[i - 1]) && is_ws(s[i + 1]))
                return false;
        }
        const auto [fb, fe] = trimmed(s, b, i);
        if (fb == fe) return false;
        forms.push_back({fb, fe, interval_prefix(s, fb, fe)});
        b = i + 1;
    }
    if (forms.size() < 2 || forms.size() > kMaxPipeForms) return false;
    const bool intervals =
        std::all_of(forms.begin(), forms.end(), [](const Form& f) { return f.prefix_end > f.begin; });
    bool counted = true;
    for (std::size_t k = 1; k < forms.size(); ++k)
        counted = counted && !placeholders(s, forms[k].begin, forms[k].end).empty();
    if (!intervals && !counted && !options.expect_plural) return false;
    out.syntax = VariantSyntax::Pipe;
    for (const Form& f : forms) {
        const auto [vb, ve] = trimmed(s, f.prefix_end, f.end);
        out.variants.push_back({vb, ve, std::string(s.substr(f.begin, f.prefix_end - f.begin))});
    }
    out.representative = {{out.variants.back().begin, out.variants.back().end}};
    return true;
}

// Alternatives: two or more short lines, each holding the same placeholders (voice commands, synonyms).
bool alternatives(std::string_view s, MessageVariants& out) {
    if (s.find('\n') == npos) return false;
    std::vector<MessageVariant> lines;
    std::set<std::string> shared;
    for (std::size_t b = 0; b <= s.size();) {
        std::size_t e = s.find('\n', b);
        if (e == npos) e = s.size();
        const auto [lb, le] = trimmed(s, b, e);
        b = e + 1;
        if (lb == le) continue;
        if (le - lb > kMaxAlternativeBytes) return false;
        auto p = placeholders(s, lb, le);
        if (p.empty() || (!lines.empty() && p != shared)) return false;
        shared = std::move(p);
        lines.push_back({lb, le, ""});
    }
    if (lines.size() < 2) return false;
    out.syntax = VariantSyntax::Alternatives;
    out.variants = std::move(lines);
    out.representative = {{out.variants.front().begin, out.variants.front().end}};
    return true;
}

}  // namespace

std::string MessageVariants::representative_text(std::string_view message) const {
    std::string out;
    for (const Piece& p : representative) out.append(message.substr(p.begin, p.end - p.begin));
    return out;
}

std::size_t MessageVariants::to_message(std::size_t offset, bool is_end) const {
    std::size_t at = 0;
    for (const Piece& p : representative) {
        const std::size_t n = p.end - p.begin;
        if (offset < at + n || (is_end && offset == at + n)) return p.begin + (offset - at);
        at += n;
    }
    return representative.empty() ? offset : representative.back().end;
}

MessageVariants message_variants(std::string_view message, const VariantOptions& options) {
    MessageVariants out;
    if (message.find('{') != npos && message.find(',') != npos) {
        MessageVariants icu;
        if (render_icu(message, 0, message.size(), true, icu) && icu.has_variants()) return icu;
    }
    if (message.find('|') != npos && pipe_plural(message, options, out)) return out;
    out = {};
    if (alternatives(message, out)) return out;
    out = {};
    out.representative = {{0, message.size()}};
    return out;
}

}  // namespace verity::text
