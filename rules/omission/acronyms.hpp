// Acronyms spelt out on one side of a pair and not on the other: "Business Identifier Code (BIC)" rendered
// "BIC-kod". The expansion is content the translator may leave to the acronym, so the length model must
// not count it as lost (or, spelt out only in the target, as added).
#pragma once

#include <string_view>
#include <utility>

namespace verity::rules {

// The characters (length_model.hpp: content_length) of the source's and the target's acronym
// expansions, "Words (ACR)" or "ACR (Words)", whose acronym stands bare on the other side: the length
// each side would have without them is its length less these.
std::pair<double, double> acronym_expansion_lengths(std::string_view source, std::string_view target);

// Whether bytes [begin, end) of `side` lie inside the words of an acronym's expansion there ("Organisation
// mondiale de la santé (OMS)") whose acronym `other` holds ("l'OMS"): words the acronym renders.
bool inside_expansion_held(std::string_view side, std::string_view other, std::size_t begin, std::size_t end);

}  // namespace verity::rules
