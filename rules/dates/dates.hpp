// Dates in running text as partial values: "24 June" is (24, 6, ?), "2022.7.8" is (8, 7, 2022). Two dates
// are compatible when every part both state is equal, so "24 June" = "June 24, 2022" (the year is only
// added). Month names come from the packs' [dates] months (group i is month i+1).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace verity::rules {

class RunContext;
struct SegmentView;
struct Word;

struct DateValue {
    int day = 0, month = 0, year = 0;  // 0: not stated
};

struct DateToken {
    std::size_t begin = 0, end = 0;  // bytes
    std::vector<DateValue> readings;  // numeric day/month order by locale; both when it cannot tell
};

struct DateLexicon {
    std::unordered_map<std::string, int> months;  // folded name or abbreviation -> 1..12
    std::unordered_map<std::string, bool> capital;  // the name is written capitalised ("May", not "may")
    std::vector<std::string> connectors;            // "de", "of"
    std::vector<std::string> day_suffixes;          // "th" of "24th", "er" of "1er": from the "mul" pack
    int numeric_order = 0;  // 1 month first (en-US), -1 day first, 0 either
    // The names of the days of the week (the pack's [dates] weekdays and ICU's), folded, with their number
    // (1 Sunday … 7 Saturday): "thursday", "donnerstag", "giovedì". A word that begins with one names that
    // day ("donnerstags", "Thursdays").
    std::vector<std::pair<std::string, int>> weekdays;
    std::vector<std::uint16_t> weekday_heads;  // the first two bytes of each name: most words begin otherwise
    // The pack's [dates] relative: phrases that give a time relative to the text's own ("next month",
    // "kommenden Monat", "le mois prochain"), folded word by word; a word ending in "*" matches any word
    // that begins so ("nächst*").
    std::vector<std::vector<std::string>> relative;
    // The day of the week a word names, 0 for none.
    int weekday_of(const std::string& key) const;
    // Whether `words` say a time relative to the text's own with one of `relative`.
    bool says_relative_time(const std::vector<Word>& words) const;
    // The key is a shortened form of a longer name of the same month: "jan" of "january".
    bool is_abbreviation(const std::string& key) const;
};

// The month names of `language` and its pack in the run (ICU's where it has none), built once per run
// and language (RunContext::store).
const DateLexicon& date_lexicon(const RunContext& run, std::string_view language);

std::vector<DateToken> extract_dates(std::string_view text, const DateLexicon& lexicon, const std::vector<Word>& words);

bool compatible_dates(const DateToken& a, const DateToken& b);

// "2022-07-08", "--06-24" (no year), "2022-07" (no day): ISO-like, unknown parts left out.
std::string describe_date(const DateToken& token);

// A date of one side only (none left on the other to pair with) that went with the words around it
// (wording::phrase_gone_with): "purché già operative al 31 dicembre 2019" dropped. omission.number and
// addition.number report the phrase; date.mismatch leaves the date out.
struct GoneDate {
    std::size_t date_begin = 0, date_end = 0;      // bytes of the date
    std::size_t phrase_begin = 0, phrase_end = 0;  // bytes of the phrase, the date included
};
struct GoneDates {
    std::vector<GoneDate> missing, extra;  // of the source, of the target
};
// Those of the view's pair (found once per segment, with the dates' comparison).
const GoneDates& dates_gone_with_their_phrase(const SegmentView& view);

}  // namespace verity::rules
