// Numbers in running text, read as values under the conventions of a language (ICU's symbols),
// so "1,500.5" (en) and "1 500,5" (fr) are the same number.
#pragma once

#include <cctype>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace verity::rules {

class RunContext;
struct LanguagePack;
struct Word;

// How a language writes digits: its decimal separator and the characters it accepts between groups of
// three digits, from ICU's locale data.
struct DigitConvention {
    std::u32string grouping;  // every character accepted as a group separator
    char32_t decimal = '.';
    bool space_grouping = false;  // a plain space may separate groups ("1 500")
};

struct NumberToken {
    std::size_t begin = 0;  // byte range in the text: digits and separators, or the number words
    std::size_t end = 0;
    std::vector<double> values;  // plausible readings, the language's own convention first; empty if none
    std::string literal;         // digits as ASCII with separators kept, for tokens no convention reads
    bool percent = false;        // followed by %, or a percent word from the packs
    bool spelled = false;        // written in words: "forty", "quarante", "vingt et un"
    bool in_name = false;        // glued to a word: "COVID-19", "km2"
    bool ordinal = false;        // "2nd", "9th", "11." before a word; "third", "dritten" in words
    bool low_rank = false;       // "first" or "second" after an article: compared only with another rank
    bool minutes = false;        // the minutes of a time of day: "30" of "6:30"
    bool fraction = false;       // "1/2": rephrased in words as often ("and a half")
    // A part and its whole joined into one share by attach_units ("19 su 28"): the two numbers as written.
    double part = 0, whole = 0;
    bool needs_unit = false;     // a fraction of one part in words ("half", "halbe", "cuarto"): a number only
                                 // as a share of the unit after it ("half an hour" = 30 minutes)
    bool compound = false;       // joined by a hyphen to the word after it: "100-prozentig", "10-year-old"
    bool approximate = false;    // after a word that rounds it: "about 15 miles", "rund 5,60 Euro", "environ 1 euro"
    bool afternoon = false;      // an hour before "pm" ("6 pm", "3 to 6 pm"): read on a 24-hour clock too
    bool minus = false;          // a minus sign right before the digits ("-18", "−18"): negative where the unit
                                 // says so (a temperature), a dash or a change in words as often otherwise
    bool clock = false;          // a time of day: the hour of "6:30", "18 h 05" or "6 pm"
    bool phone = false;          // a telephone number, valued as its national number: "+44 345 600 2781"
    int dialling_code = 0;       // its country code where it has one ("44"); 0 otherwise
    double scale = 1;            // from a scale word after the digits ("5 million"), already in `values`
    std::string unit;            // a unit id of the packs' [units] ("km", "EUR", "%"), set by attach_units
    // The unit the number is counted per, after one of the pack's units.per_words ("€1.60 per km": "km",
    // "zwei Stunden pro Tag": "day"), set by attach_units; empty when none is written.
    std::string per_unit;
    bool unit_shared = false;    // the unit is the other end's of a range ("5 to 10 km")
};

// Phrases of folded words joined by spaces, each with a value.
struct NumberPhrases {
    std::unordered_map<std::string, double> values;
    std::unordered_set<std::string> heads;  // first word of each phrase
    std::size_t longest = 1;                // words in the longest phrase
};

// The number words of one language: ICU's spell-out rules (RBNF) written out for 0-100, the hundreds,
// ordinals from 3 and the scale words (thousand, million…), plus the packs' [numbers] words.
struct NumberLexicon {
    DigitConvention digits;                                // the language's own way of writing digits
    std::vector<std::string> percent;                      // "per cent": makes the number a percentage
    NumberPhrases phrases;                                 // "forty two", "a dozen" -> value
    std::unordered_map<std::string, double> scales;        // "million", "millions", "mio", "dozen" -> factor
    std::unordered_map<std::string, double> money_scales;  // "m", "k": scales glued to an amount ("€4.5m")
    // Fractions of the scale word after them ("a quarter of a", "halbe", "demi" -> 0.25, 0.5), never
    // numbers alone ("a quarter of the budget").
    NumberPhrases fractions;
    // Fraction phrases read alone as a share all the same, marked "=" in the pack ("=1/10", "a tenth of",
    // "ein Fünftel"): their words' keys joined by spaces. Other phrases of the same value stay fractions of
    // a scale only ("Viertel" of "Viertelmillion", "un cuarto de baño").
    std::unordered_set<std::string> share_phrases;
    // Added to the number before them in its unit: "and a half", "et demi", "einhalb" -> 0.5
    // ("two and a half million", "un million et demi", "zweieinhalb").
    NumberPhrases additions;
    // Read after digits in any language (the "mul" pack's [numbers]): "nd" of "2nd" makes a rank, "s" of
    // "1980s" a decade, "pm" of "6:30 pm" a time after noon.
    std::vector<std::string> ordinal_suffixes, decade_suffixes, afternoon;
    // Time zones after four digits ("1200 GMT"): from the "mul" pack, folded.
    std::vector<std::string> time_zones;
    // Scale words that are also the whole number as ICU spells it: "cien", "mille", "cent".
    std::unordered_set<std::string> whole_scales;
    // Words between a hundred and the rest of a number (the pack's numbers.joiners): "and" of "two
    // hundred and forty".
    std::unordered_set<std::string> number_joiners;
    // Words before the last item of a list (the pack's numbers.list_words): "and", "or", "und", "et".
    std::unordered_set<std::string> list_words;
    // Words that make the number after them a rounded one (the pack's numbers.approximate): "about",
    // "rund", "environ", "unos"; their words' keys joined by spaces.
    std::unordered_set<std::string> approximate;
    // How ICU spells one in the language's cardinal rule sets ("one", "un", "une", "ein", "eine", "einen"):
    // also the indefinite article, read as one only before a unit ("une heure" = 60 minutes).
    std::unordered_set<std::string> one_words;
    std::size_t longest_approximate = 0;  // words in the longest
    // Words that make the number right after them negative where its unit has values below zero (the
    // pack's numbers.minus): "minus 10 °C", "moins 5 degrés".
    std::unordered_set<std::string> minus_words;
    // ICU's words for a hundred ("hundert", "cento", "cent"), where a glued number splits into its hundreds
    // and the rest ("zweihundertvierzig").
    std::vector<std::string> hundred_words;
    // Ordinals as they start a compound ("dritt" of "drittgrößte"), from ICU's ordinals, read where the
    // pack's [numbers] ordinal_compound_endings end the word ("ste", "sten").
    std::unordered_map<std::string, double> ordinal_stems;
    // The ordinals 1 and 2 in every form ICU spells ("first", "zweiten", "première", "segunda"), read as
    // ranks only between one of the pack's numbers.ordinal_determiners and a word that is no stop word ("the
    // second day"): otherwise they are ordinary words as often ("first, we", "one of the first to arrive").
    std::unordered_map<std::string, double> low_ordinals;
    std::unordered_set<std::string> ordinal_words;  // ICU's ordinals from 3 that are one word: "third", "dritten"
    std::unordered_set<std::string> ordinal_determiners;
    std::unordered_set<std::string> stopwords;  // the pack's stopwords.words: no noun for a rank to count
    std::vector<std::string> ordinal_compound_endings;
    // Endings that make a count of times of a number word glued before them: "mal" of "dreimal" (three
    // times), "fach" of "zweifach" (the pack's [numbers] multiplier_endings).
    std::vector<std::string> multiplier_endings;
    // Endings written after a Roman numeral in the language: "e" of "XIVe siècle", "th" of "XXth".
    std::vector<std::string> roman_suffixes;
    // The pack's numbers.ambiguous words with the value they spell ("neuf", also "new"): a number only
    // right before a unit word, or one word before it ("neuf mois", "les neuf derniers mois").
    std::unordered_map<std::string, double> ambiguous;
    // The pack's one-word units.per_words ("per", "a", "pro"): an ambiguous word before one and a unit counts
    // as well ("once a month").
    std::unordered_set<std::string> per_words;
    // The one-word units of the pack's units.words, every form listed ("mois", "semaines", "kilomètres").
    std::unordered_set<std::string> unit_words;
    // Phrases whose numbers count nothing, an idiom for "always" (the pack's and the "mul" pack's
    // numbers.idioms: "24/7", "24 ore su 24", "365 days a year"), ASCII letters lowered.
    std::vector<std::string> idioms;
    // The names of one legal act each, from the "mul" pack's numbers.acts ("2016/679", "GDPR", "DSGVO"),
    // ASCII letters lowered: the numbers inside one name count nothing where the other side names the act.
    std::vector<std::vector<std::string>> acts;
    // The pieces of the idioms and of the acts' names between spaces and slashes ("24", "ore", "2016", "679"):
    // a number written otherwise is in none of them, and is not looked for there.
    std::unordered_set<std::string> idiom_pieces, act_pieces;
};

// The number words of `language` and its pack in the run (ICU's words alone where it has none), built
// once per run and language (RunContext::store).
const NumberLexicon& number_lexicon(const RunContext& run, std::string_view language);

// Numbers in digits (with the separators of the lexicon's language) and in words. `words` is the text's
// split_words() when the caller has it already; `idiom_numbers`, when given, counts the numbers left out as
// parts of an idiom for "always" ("24 hours a day").
std::vector<NumberToken> extract_numbers(std::string_view text, const NumberLexicon& lexicon,
                                         const std::vector<Word>* words = nullptr, std::size_t* idiom_numbers = nullptr);

// Digits only: no scale words, no numbers in words, no whole number joined to a fraction ("5 1/2").
std::vector<NumberToken> extract_digit_numbers(std::string_view text, const NumberLexicon& lexicon);

// The folded keys of words[from, to) joined by spaces: how the packs' phrases of several words are keyed
// ("out of", "alrededor de").
std::string joined_keys(const std::vector<Word>& words, std::size_t from, std::size_t to);

// Two tokens denote the same number under some reading of each.
bool same_number(const NumberToken& a, const NumberToken& b);

// "1500.5", "40%": the token's first reading, for messages.
std::string describe_number(const NumberToken& token);

// The text with its ASCII letters lowered, every other byte as it is: how the packs' idioms and acts are
// kept and compared (byte offsets stay those of the text).
std::string ascii_lowered(std::string_view text);

// Whether the text's byte, its ASCII letter lowered, is the phrase's (lowered) byte.
inline bool lowered_is(char text_byte, char lowered) {
    return std::tolower(static_cast<unsigned char>(text_byte)) == static_cast<unsigned char>(lowered);
}

// Whether bytes [begin, end) of the text lie inside an occurrence of the phrase (ASCII letters lowered), in any
// case of the text's ASCII letters and between a word's bounds.
bool within_phrase(std::string_view text, std::size_t begin, std::size_t end, std::string_view phrase);

// Whether the number's text, ASCII letters lowered, is one of the pieces (NumberLexicon::idiom_pieces).
bool piece_of(std::string_view text, const NumberToken& n, const std::unordered_set<std::string>& pieces);

// Whether the text holds the phrase anywhere, as within_phrase matches it.
bool holds_phrase(std::string_view text, std::string_view phrase);

}  // namespace verity::rules
