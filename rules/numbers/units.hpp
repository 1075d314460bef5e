// Units and currencies after (or before) a number: "35 mm", "8 Kilometern", "€20", "20 zł". The unit is
// part of the number's value: 35 mm is not 35 cm, and 5 miles is 8 km within rounding.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rules/numbers/numbers.hpp"

namespace verity::rules {

// One unit of the "mul" pack's [units] units: its dimension and how to reach the dimension's base unit
// (value * factor + offset). A currency has a factor of 0: it converts to no other.
struct UnitInfo {
    std::string id;         // "km", "degF", "EUR"
    std::string dimension;  // "length", "temperature", "currency"
    double factor = 1;
    double offset = 0;
};

// The units a language writes: folded words and phrases ("kilomètres", "square miles"), symbols read
// as written ("km", "°C", "€"), and the signs or codes written before an amount ("$", "EUR").
struct UnitLexicon {
    std::unordered_map<std::string, UnitInfo> units;           // id -> unit
    std::unordered_map<std::string, std::string> words;        // folded phrase -> id
    std::unordered_map<std::string, std::string> symbols;      // exact symbol -> id
    std::unordered_map<std::string, std::string> prefixes;     // exact symbol before an amount -> id
    std::vector<std::string> connectors;                       // between a scale and the unit: "de", "d'"
    std::vector<std::string> range_words;                      // between the ends of a range: "to", "bis"
    // A word before a range and the word between its ends: "between 90 and 120 minutes", "zwischen … und".
    std::vector<std::pair<std::string, std::string>> range_pairs;
    // Words between a part and its whole, their keys joined by spaces: "out of", "sur", "su", "von".
    std::vector<std::string> proportion_words;
    // Words between an amount and the unit it is counted per, their keys joined by spaces: "per", "pro", "par".
    std::vector<std::string> per_words;
    // Words for "times" that may stand between a count and its per words: "times", "fois", "veces".
    std::vector<std::string> times_words;
    std::size_t longest_words = 1;                             // words in the longest phrase
    std::size_t longest_symbol = 0;                            // bytes in the longest symbol
    const UnitInfo* minor_currency = nullptr;                  // "cent": a hundredth of any currency
    const UnitInfo* find(const std::string& id) const;
};

// The units of `language` (its pack's [units] words) with the "mul" pack's units and symbols, built once
// per run and language.
const UnitLexicon& unit_lexicon(const RunContext& run, std::string_view language);

// Sets each token's `unit` from the text around it. In a range ("5 to 10 km", "10-20 €") the number
// before takes the unit of the number after it.
void attach_units(std::string_view text, std::vector<NumberToken>& tokens, const UnitLexicon& lexicon);

// The unit a word or phrase at byte `at` names, or a symbol there ("heure", "mile", "km"); empty when none.
// `end` is set to the byte after it.
std::string unit_at(std::string_view text, std::size_t at, const UnitLexicon& lexicon, std::size_t& end);
// A unit and a half said after the unit ("une heure et demie", "two hours and a half", "una hora y media"):
// the share the words after the unit, which ends at `unit_end`, add (the packs' "+1/2" additions); 0 for none.
double added_after_unit(std::string_view text, std::size_t unit_end, const NumberLexicon& words);
// Adds that share to each number with a unit written after it.
void add_halves_after_units(std::string_view text, std::vector<NumberToken>& numbers, const NumberLexicon& words,
                            const UnitLexicon& units);

// `value` in the unit of `a` converted into the unit of `b`, when both are units of one dimension that
// convert.
std::optional<double> converted(double value, const NumberToken& a, const NumberToken& b, const UnitLexicon& lexicon);

// The converted value matches `b` as a translator rounds it: to the precision `b` is written with, or
// within 3 per cent. A `converted` value `b` rounds with a word before it ("some 15 miles") may be a whole
// step off.
bool within_rounding(double exact, const NumberToken& b, bool converted = true);

}  // namespace verity::rules
