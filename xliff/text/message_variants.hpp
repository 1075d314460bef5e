// The plural, select and alternative variants of one message: ICU MessageFormat arguments
// (`{n, plural, one {# file} other {# files}}`, select, selectordinal), Symfony/Laravel pipe plurals
// (`one apple|%count% apples`, `{0} none|{1} one|]1,Inf[ many`) and lists of alternatives (voice
// commands: one short line per synonym, each with the same placeholder). A message's variants are one
// message: languages have different numbers of plural forms, so rules compare a representative text
// of each side (the `other` or last variant, with the rest of the message) rather than the whole.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace verity::text {

enum class VariantSyntax { None, Icu, Pipe, Alternatives };

struct MessageVariant {
    std::size_t begin = 0, end = 0;  // bytes of the variant's text in the message (its selector excluded)
    std::string selector;            // "one", "other", "=0", "{0}", "]1,Inf[", or empty
};

struct MessageVariants {
    VariantSyntax syntax = VariantSyntax::None;
    std::vector<MessageVariant> variants;  // every variant of every argument, in text order
    // The representative text as stretches [begin, end) of the message, in order: the message with each
    // variant argument replaced by its `other` (else last) variant; the last pipe form; the first
    // alternative. Without variants, the whole message.
    struct Piece {
        std::size_t begin = 0, end = 0;
    };
    std::vector<Piece> representative;

    bool has_variants() const { return syntax != VariantSyntax::None; }
    std::string representative_text(std::string_view message) const;
    // The message offset of a byte of the representative text; `is_end` maps an end offset (exclusive).
    std::size_t to_message(std::size_t offset, bool is_end) const;
};

struct VariantOptions {
    // The other side of the pair is a plural message: pipe-separated forms are accepted without the
    // count placeholders or interval prefixes otherwise required (`one apple|many apples`), and spaced pipes.
    bool expect_plural = false;
};

MessageVariants message_variants(std::string_view message, const VariantOptions& options = {});

}  // namespace verity::text
