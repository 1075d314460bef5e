#include "rules/patterns/links.hpp"

#include <algorithm>
#include <cctype>

namespace verity::rules {
namespace {

bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_alnum(char c) { return ascii_alpha(c) || (c >= '0' && c <= '9'); }

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

// Where a web address ends: at white space, a quote or bracket that cannot be part of it; then closing
// punctuation is given back to the sentence, and a ")" unless the address opened one.
std::size_t url_end(std::string_view text, std::size_t from) {
    std::size_t end = from;
    while (end < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[end]);
        if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '`' || c == '\'' || c == '{' || c == '}' || c == '|' ||
            c == '\\' || c >= 0x80)
            break;
        ++end;
    }
    while (end > from) {
        const char c = text[end - 1];
        const bool closing = std::string_view(".,;:!?").find(c) != std::string_view::npos;
        const bool paren = c == ')' && std::count(text.begin() + static_cast<std::ptrdiff_t>(from),
                                                   text.begin() + static_cast<std::ptrdiff_t>(end), '(') == 0;
        if (!closing && !paren && c != ']') break;
        --end;
    }
    return end;
}

Link url_at(std::string_view text, std::size_t begin, std::size_t host_begin, std::size_t end) {
    std::size_t host_end = host_begin;
    while (host_end < end && std::string_view("/?#").find(text[host_end]) == std::string_view::npos) ++host_end;
    std::string host = lower(text.substr(host_begin, host_end - host_begin));
    if (const auto at = host.rfind('@'); at != std::string::npos) host.erase(0, at + 1);  // user@host
    if (const auto colon = host.find(':'); colon != std::string::npos) host.resize(colon);  // port
    if (host.starts_with("www.")) host.erase(0, 4);
    return {begin, end, host, std::string(text.substr(host_end, end - host_end))};
}

bool language_part(std::string_view s) {
    if (s.size() == 2) return ascii_alpha(s[0]) && ascii_alpha(s[1]);
    if (s.size() == 5 && (s[2] == '-' || s[2] == '_'))
        return ascii_alpha(s[0]) && ascii_alpha(s[1]) && ascii_alpha(s[3]) && ascii_alpha(s[4]);
    return false;
}

}  // namespace

std::vector<Link> find_urls(std::string_view text) {
    std::vector<Link> out;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t scheme_sep = text.find("://", i);
        const std::size_t www = text.find("www.", i);
        if (scheme_sep == std::string_view::npos && www == std::string_view::npos) break;
        if (scheme_sep != std::string_view::npos && (www == std::string_view::npos || scheme_sep <= www + 8)) {
            std::size_t begin = scheme_sep;
            while (begin > 0 && (ascii_alnum(text[begin - 1]) || text[begin - 1] == '+' || text[begin - 1] == '-' ||
                                 text[begin - 1] == '.'))
                --begin;
            // A word glued before a web scheme ("dluxhttp://") is not part of the address.
            const std::string scheme = lower(text.substr(begin, scheme_sep - begin));
            for (std::string_view known : {"https", "http", "ftp"})
                if (scheme.size() > known.size() && scheme.ends_with(known)) begin = scheme_sep - known.size();
            const std::size_t end = url_end(text, scheme_sep + 3);
            if (begin < scheme_sep && ascii_alpha(text[begin]) && end > scheme_sep + 3) {
                Link link = url_at(text, begin, scheme_sep + 3, end);
                // A host is a dotted name ("http://www." is a fragment of text, not an address).
                if (link.host.find('.') != std::string::npos || link.host == "localhost") out.push_back(std::move(link));
            }
            i = std::max(end, scheme_sep + 3);
            continue;
        }
        // "www." at the start of a word.
        const bool word_start = www == 0 || !(ascii_alnum(text[www - 1]) || text[www - 1] == '.' || text[www - 1] == '/');
        const std::size_t end = url_end(text, www);
        if (word_start && end > www + 4 && text.substr(www + 4, end - www - 4).find('.') != std::string_view::npos)
            out.push_back(url_at(text, www, www, end));
        i = std::max(end, www + 4);
    }
    return out;
}

std::vector<Link> find_emails(std::string_view text) {
    const auto urls = find_urls(text);
    std::vector<Link> out;
    for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
        if (std::any_of(urls.begin(), urls.end(), [&](const Link& u) { return u.begin <= at && at < u.end; })) continue;
        std::size_t begin = at;
        auto local = [](char c) { return ascii_alnum(c) || std::string_view("._%+-").find(c) != std::string_view::npos; };
        while (begin > 0 && local(text[begin - 1])) --begin;
        std::size_t end = at + 1;
        while (end < text.size() && (ascii_alnum(text[end]) || text[end] == '.' || text[end] == '-')) ++end;
        while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
        const std::string_view domain = text.substr(at + 1, end - at - 1);
        const std::size_t dot = domain.rfind('.');
        const bool tld = dot != std::string_view::npos && domain.size() - dot - 1 >= 2 &&
                         std::all_of(domain.begin() + static_cast<std::ptrdiff_t>(dot) + 1, domain.end(), ascii_alpha);
        if (begin == at || !tld) continue;
        out.push_back({begin, end, lower(domain), lower(text.substr(begin, at - begin))});
    }
    return out;
}

std::string without_language_parts(std::string_view rest) {
    std::string out;
    std::size_t i = 0;
    while (i < rest.size()) {
        const std::size_t part_end = std::min(rest.find_first_of("/?&=#", i), rest.size());
        const std::string_view part = rest.substr(i, part_end - i);
        out += language_part(part) ? std::string_view("{lang}") : part;
        if (part_end < rest.size()) out += rest[part_end];
        i = part_end + 1;
    }
    return out;
}

bool same_site(std::string_view a, std::string_view b) {
    auto labels = [](std::string_view host) {
        std::vector<std::string_view> out;
        std::size_t i = 0;
        while (i <= host.size()) {
            const std::size_t dot = std::min(host.find('.', i), host.size());
            out.push_back(host.substr(i, dot - i));
            i = dot + 1;
        }
        return out;
    };
    auto la = labels(a), lb = labels(b);
    // A language subdomain: "fr.example.com" is "example.com" in French.
    if (la.size() > lb.size() && language_part(la.front())) la.erase(la.begin());
    if (lb.size() > la.size() && language_part(lb.front())) lb.erase(lb.begin());
    if (la == lb) return true;
    // One name under two country suffixes: "example.fr" / "example.de" / "example.co.uk".
    auto name = [](const std::vector<std::string_view>& l) {
        if (l.size() >= 3 && (l[l.size() - 2] == "co" || l[l.size() - 2] == "com") && l.back().size() == 2)
            return l[l.size() - 3];
        return l.size() >= 2 ? l[l.size() - 2] : l.front();
    };
    return name(la) == name(lb) && !name(la).empty();
}

}  // namespace verity::rules
