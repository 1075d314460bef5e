// The plural/select variants of a segment pair's two messages (text::message_variants), and a way to
// run a rule on the pair's representative texts: the source's `other` (or last) variant with the rest
// of its message against the target's, so that a language with four plural forms (or one) is compared
// like with like and its extra variants never count as extra sentences, words or length.
#pragma once

#include <functional>
#include <string>

#include "rules/engine/rule.hpp"
#include "xliff/text/message_variants.hpp"

namespace verity::rules {

struct MessagePair {
    text::MessageVariants source, target;
    std::string source_text, target_text;  // the representative texts
    bool has_variants() const { return source.has_variants() || target.has_variants(); }
};

// The variants of the two sides: a side whose other side is a plural message may spell its forms
// without count placeholders (`jedno jabłko|jabłka`).
MessagePair message_pair(std::string_view source, std::string_view target);

// The representative texts' lengths in non-space characters (length_model.hpp: content_length).
std::pair<double, double> representative_lengths(std::string_view source, std::string_view target);

// Runs `check` on the view, or, when either side has variants, on a view of the representative texts
// (its own segment context), with the spans of its reports mapped back to the message.
void check_representative(const SegmentView& view, FindingSink& sink,
                          const std::function<void(const SegmentView&, FindingSink&)>& check);

}  // namespace verity::rules
