// Numbers left unmatched by number.mismatch's comparison that are no change: one number written in
// groups on one side ("+48 44 615 20 90" / "44 615 20 90", "1-888-555-0147" / "1 888 555-0147"), and a
// count of the list after it ("3 documents: a, b and c").
#pragma once

#include <string_view>

#include "rules/numbers/comparison.hpp"
#include "rules/numbers/numbers.hpp"

namespace verity::rules {

// A telephone number one side writes as such and the other as groups: both left out.
void drop_phone_groups(Unmatched& u, std::string_view src, std::string_view tgt);

// One string of digits grouped differently on each side: both runs left out.
void drop_regrouped_digits(Unmatched& u, std::string_view src, std::string_view tgt);

// `n` counts the items of the list after the colon that follows it.
bool counts_its_list(const NumberToken& n, std::string_view text, const NumberLexicon& lex);

}  // namespace verity::rules
