// Web addresses and e-mail addresses in plain text: what a translation must carry over unchanged (or,
// for a web address, localised only in its language part).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace verity::rules {

struct Link {
    std::size_t begin = 0;  // byte range in the text
    std::size_t end = 0;
    std::string host;       // web address: lower case, without "www."; e-mail: the domain, lower case
    std::string rest;       // web address: path, query and fragment as written; e-mail: the local part, lower case
};

// Web addresses: "scheme://…" and "www.…", ending at a space, a quote or an angle bracket, without the
// punctuation that closes the sentence around them ("see https://example.org/help." ends before the dot).
std::vector<Link> find_urls(std::string_view text);

// E-mail addresses "local@domain.tld", outside web addresses.
std::vector<Link> find_emails(std::string_view text);

// The path and query with language parts written as "{lang}": "/en-US/help?lang=en" and "/fr/help?lang=fr"
// read alike, as a localised site's addresses do.
std::string without_language_parts(std::string_view rest);

// Two hosts of one site in different countries ("example.fr" / "example.de", "fr.example.com" /
// "example.com"): the same name before the public suffix, or one a language subdomain of the other.
bool same_site(std::string_view a, std::string_view b);

}  // namespace verity::rules
