// Placeholders: the variables a program substitutes at run time (`%s`, `%1$d`, `{0}`, `{count, plural, …}`,
// `{{ name }}`, `%name%`, `%{name}`, `%(name)s`, `${name}`), plus HTML entities and tags kept as text.
// These are formats, not language knowledge, so their syntax lives here in code.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace verity::rules {

enum class PlaceholderSyntax {
    Printf,       // %s %d %.2f %@ %ld, unnumbered
    PrintfIndex,  // %1$s %2$@, positional
    Qt,           // %1 %2 %L1
    Brace,        // {0} {name} {} {n, number}, {count, plural, …} (the argument), .NET / ICU / str.format
    IcuHash,      // # inside an ICU plural branch
    DoubleBrace,  // {{ name }}: Symfony, Twig, Handlebars, Angular, i18next
    PercentName,  // %name%: Symfony parameters
    PercentBrace, // %{name}: Ruby i18n
    PercentParen, // %(name)s: Python
    Dollar,       // $name, $NAME$
    DollarBrace,  // ${name}
    Entity,       // &amp; &nbsp; &#123;
    Tag,          // <b> </a> <br/>
};

// "printf", "ICU/{…}", "{{…}}"…: how messages name a syntax.
std::string_view syntax_name(PlaceholderSyntax);

// The syntaxes a user names in options ("printf" is both printf forms, "brace" includes ICU's `#`);
// empty for an unknown name. known_syntax_names() lists the names, comma-separated.
std::vector<PlaceholderSyntax> syntaxes_named(std::string_view name);
std::string_view known_syntax_names();

struct Placeholder {
    std::size_t begin = 0;  // byte range in the scanned text
    std::size_t end = 0;
    PlaceholderSyntax syntax = PlaceholderSyntax::Printf;
    // What must match on the other side: the argument name or position with its type, without the
    // spelling that does not matter (`{{ name }}` and `{{name}}` are both "name", `%1$ld` is "1$d").
    std::string identity;
    // Unnumbered placeholders (`%s`, `{}`) are filled in order; named and numbered ones are not.
    bool ordered = false;
    // Arguments an unnumbered printf placeholder takes before its own, one per `*` width or precision.
    std::size_t stars = 0;
};

struct PlaceholderScan {
    std::vector<Placeholder> placeholders;  // in text order
    // The text holds variants that each repeat the placeholders, as many as the language needs: an ICU
    // plural/select message, Symfony `|` plural forms, or a list of phrases one per line.
    bool has_variants = false;
    // The text is a strftime date format ("%a %b %e %H:%M:%S %Y"): its conversions follow the
    // language's date order, so they are no printf arguments to compare.
    bool date_format = false;
};

// The placeholders of a plain text, left to right. Prose percent signs (`50 %`, `50% off`, `% of`),
// money (`$5`), literal `%%` and braces that hold no argument are no placeholders.
PlaceholderScan scan_placeholders(std::string_view text);

}  // namespace verity::rules
