// number.mismatch: a number of the source has no equal value in the target, or the reverse.
// Values, not spellings, are compared: "1,500.5" (en) equals "1 500,5" (fr), "40 per cent" equals "40%",
// "forty" equals "40", "5 million" equals "5 000 000".
#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>

#include <fmt/format.h>

#include "rules/dates/dates.hpp"
#include "rules/entities/entities.hpp"
#include "rules/lexicon/analysis.hpp"
#include "rules/lexicon/gone_words.hpp"
#include "rules/numbers/comparison.hpp"
#include "rules/numbers/leftovers.hpp"
#include "rules/numbers/numbers.hpp"
#include "rules/numbers/register.hpp"
#include "rules/numbers/units.hpp"
#include "rules/placeholders/placeholders.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules {
namespace {

// Digits that belong to a date ("24 June", "2022-07-08") are date.mismatch's to compare; digits of a
// placeholder ("%1", "{0}", "%2$s", "&#160;") are placeholder.mismatch's.
SideNumbers numbers_outside_dates(const RunContext& run, const std::string& text, const std::string& lang,
                                  const std::vector<Word>& words) {
    SideNumbers side;
    side.numbers = extract_numbers(text, number_lexicon(run, lang), &words, &side.idiom_numbers);
    side.dates = extract_dates(text, date_lexicon(run, lang), words);
    attach_units(text, side.numbers, unit_lexicon(run, lang));
    add_halves_after_units(text, side.numbers, number_lexicon(run, lang), unit_lexicon(run, lang));
    // A share of a unit ("half an hour") is that much of it, no percentage.
    for (auto& n : side.numbers)
        if (n.needs_unit && !n.unit.empty() && n.values.size() > 1) n.values.resize(1);
    if (text.find_first_of("%{$&<") != std::string::npos) {
        const PlaceholderScan scan = scan_placeholders(text);
        std::erase_if(side.numbers, [&](const NumberToken& n) {
            for (const auto& p : scan.placeholders)
                if (n.begin < p.end && p.begin < n.end) return true;
            return false;
        });
    }
    if (side.dates.empty()) return side;
    std::erase_if(side.numbers, [&](const NumberToken& n) {
        for (const auto& d : side.dates)
            if (n.begin < d.end && d.begin < n.end) return true;
        return false;
    });
    return side;
}

// The digits alike where one side has a scale word the other lacks: a range sharing its scale
// ("325 und 340 Mio." for "$325 million and $340 million"), or an abbreviation no pack knows
// ("7.5m" for "7,5 Mio."). Two different scales ("5 million" / "5 billion") still differ.
bool same_digits(const NumberToken& a, const NumberToken& b) {
    if (a.scale == b.scale || (a.scale != 1 && b.scale != 1) || a.percent != b.percent) return false;
    for (double x : a.values)
        for (double y : b.values)
            if (std::fabs(x / a.scale - y / b.scale) <= 1e-9 * std::max(1.0, std::fabs(x / a.scale))) return true;
    return false;
}

// Neither unit contradicts the other: one side names none, or both name the same.
// Nor the units they are counted per, where both write one ("per day" / "pro Woche").
bool units_agree(const NumberToken& a, const NumberToken& b) {
    return (a.unit.empty() || b.unit.empty() || a.unit == b.unit) &&
           (a.per_unit.empty() || b.per_unit.empty() || a.per_unit == b.per_unit);
}

// Both count their amount per a unit, and not the same one: "two hours per day" / "zwei Stunden pro Woche".
bool per_units_differ(const NumberToken& a, const NumberToken& b) {
    return !a.per_unit.empty() && !b.per_unit.empty() && a.per_unit != b.per_unit;
}

// One number rounds the other, as a word before it says ("1,4159 euro" / "environ 1 euro et 42 centimes",
// "rund 2.500" / "2,480"): within the rounding of its written digits. Never a time of day ("gegen 3.40 Uhr" /
// "around 2:40 a.m." is another time).
bool rounded(const NumberToken& a, const NumberToken& b) {
    if (a.approximate == b.approximate || a.percent != b.percent || a.values.empty() || b.values.empty() || a.clock ||
        b.clock || a.minutes || b.minutes)
        return false;
    const NumberToken& approx = a.approximate ? a : b;
    const NumberToken& exact = a.approximate ? b : a;
    return within_rounding(exact.values.front(), approx, false);
}

// Pairs the two sides' numbers in passes from strict to loose, so a first reading that matches exactly
// wins over a looser one, and a pair whose units agree over one whose units differ.
Unmatched match_numbers(const std::vector<NumberToken>& src, const std::vector<NumberToken>& tgt) {
    std::vector<bool> used(tgt.size(), false);
    std::vector<bool> matched(src.size(), false);
    std::vector<std::size_t> partner(src.size(), 0);
    for (int pass = 0; pass < 8; ++pass)
        for (std::size_t s = 0; s < src.size(); ++s) {
            if (matched[s]) continue;
            for (std::size_t t = 0; t < tgt.size(); ++t) {
                if (used[t] || (pass % 2 == 0 && !units_agree(src[s], tgt[t]))) continue;
                // One telephone number for readers at home and abroad, unless both name a country and differ.
                if (src[s].dialling_code && tgt[t].dialling_code && src[s].dialling_code != tgt[t].dialling_code) continue;
                const bool exact = !src[s].values.empty() && !tgt[t].values.empty() &&
                                   src[s].values.front() == tgt[t].values.front();
                const int level = pass / 2;
                if (level == 0   ? exact
                    : level == 1 ? same_number(src[s], tgt[t])
                    : level == 2 ? same_digits(src[s], tgt[t])
                                 : rounded(src[s], tgt[t])) {
                    used[t] = matched[s] = true;
                    partner[s] = t;
                    break;
                }
            }
        }
    Unmatched out;
    for (std::size_t s = 0; s < src.size(); ++s)
        if (!matched[s])
            out.missing.push_back(&src[s]);
        else if (!units_agree(src[s], tgt[partner[s]]))
            out.unit_changes.push_back({&src[s], &tgt[partner[s]]});
    for (std::size_t t = 0; t < tgt.size(); ++t)
        if (!used[t]) out.extra.push_back(&tgt[t]);
    return out;
}

// `n` is a conversion, within rounding, of a number of the other side into its own unit: "8 km" for
// "5 miles", "38 °C" for "100 °F".
bool converts(const NumberToken* n, const std::vector<NumberToken>& other, const UnitLexicon& units) {
    if (n->unit.empty()) return false;
    for (const auto& o : other) {
        if (o.unit.empty() || o.unit == n->unit) continue;
        for (double x : o.values)
            if (auto c = converted(x, o, *n, units); c && within_rounding(*c, *n)) return true;
    }
    return false;
}

// One of a unit said with the article or the word for one and no digits ("about a mile", "une heure", "ein
// Monat"): a number 1 in that unit, for the other side's conversions to meet ("unos 1,6 km", "60 minutes").
std::vector<NumberToken> ones_of_units(std::string_view text, const std::vector<Word>& words, const NumberLexicon& numbers,
                                       const UnitLexicon& units) {
    std::vector<NumberToken> out;
    if (numbers.one_words.empty()) return out;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (!words[i].has_letter || !words[i + 1].joined || !numbers.one_words.count(words[i].key)) continue;
        std::size_t end = 0;
        std::string unit = unit_at(text, words[i + 1].begin, units, end);
        if (unit.empty() || !end) continue;
        NumberToken one;
        one.begin = words[i].begin;
        one.end = words[i].end;
        one.values.push_back(1 + added_after_unit(text, end, numbers));
        one.spelled = true;
        one.unit = std::move(unit);
        out.push_back(std::move(one));
    }
    return out;
}

// Leaves out the numbers a translator converted into another unit, with the numbers they convert.
// Either way round: `n` converted into the unit of a rounded number of the other side (one after "about",
// "environ") falls within that number's rounding ("about 45 miles" / "environ 70 kilomètres": 72.4 km is within
// the rounding of "environ 70", though 70 km, 43.5 mi, is not within that of "about 45"). Not a number written
// exactly: "90 minutes" is no "einer Stunde", whatever the rounding of a 1.
bool converts_either_way(const NumberToken* n, const std::vector<NumberToken>& other, const UnitLexicon& units) {
    if (converts(n, other, units)) return true;
    if (n->unit.empty()) return false;
    for (const auto& o : other) {
        if (!o.approximate || o.unit.empty() || o.unit == n->unit) continue;
        for (double x : n->values)
            if (auto c = converted(x, *n, o, units); c && within_rounding(*c, o)) return true;
    }
    return false;
}

void drop_conversions(Unmatched& u, const SideNumbers& src, const SideNumbers& tgt, const UnitLexicon& units) {
    std::erase_if(u.missing, [&](const NumberToken* n) { return converts_either_way(n, tgt.numbers, units); });
    std::erase_if(u.extra, [&](const NumberToken* n) { return converts_either_way(n, src.numbers, units); });
    // Equal digits in two units, each a conversion of another number of the other side: the digits met by
    // chance ("10 feet by 20 feet, … 3 feet high" / "3 mètres sur 6 mètres, … 90 cm").
    std::erase_if(u.unit_changes, [&](const UnitChange& c) {
        return converts(c.source, tgt.numbers, units) && converts(c.target, src.numbers, units);
    });
}

// A number that restates part of a date on the other side: "July 17 and 22" for "July 17 and July 22".
bool in_dates(const NumberToken* n, const std::vector<DateToken>& dates) {
    for (const auto& d : dates)
        for (const auto& r : d.readings)
            for (double x : n->values)
                if (x == r.day || x == r.year) return true;
    return false;
}

// Unpaired, a value written twice on one side and once on the other ("100 yards (100 meters)") is
// no change.
bool value_in(const NumberToken* n, const std::vector<NumberToken>& other) {
    for (const auto& o : other)
        if (same_number(*n, o) && n->percent == o.percent) return true;
    return false;
}

// Unpaired, a bare one or zero is as often an article, a pronoun or a plural form of the other side
// ("1 minute" / "eine Minute", "one word" / "1 žodžio", a zero form of a plural message).
bool zero_or_one(const NumberToken* n) {
    return n->values.size() == 1 && (n->values[0] == 0 || n->values[0] == 1) && !n->percent && n->scale == 1;
}

// A share in words of one n-th ("ein Drittel", 0.333) and the same n in words on the other side: the
// ordinal that names the share there ("a third" reads as 3).
bool share_and_its_ordinal(const NumberToken* share, const NumberToken* n) {
    if (!share->fraction || !share->spelled || share->values.empty() || !n->spelled || n->values.size() != 1) return false;
    const double k = n->values[0];
    return k >= 2 && k <= 12 && k == std::floor(k) && std::fabs(share->values[0] * k - 1) < 1e-6;
}

// Takes out the pairs of share and ordinal (share_and_its_ordinal) between `a` and `b`.
void drop_shares_read_as_ordinals(std::vector<const NumberToken*>& a, std::vector<const NumberToken*>& b) {
    for (auto i = a.begin(); i != a.end();) {
        auto j = std::find_if(b.begin(), b.end(), [&](const NumberToken* n) {
            return share_and_its_ordinal(*i, n) || share_and_its_ordinal(n, *i);
        });
        if (j == b.end()) {
            ++i;
            continue;
        }
        b.erase(j);
        i = a.erase(i);
    }
}

// Leaves out of `u` what is no change: numbers restating a date of the other side and, beyond the
// leftovers that pair up, numbers too often rephrased to report alone.
// A number inside a name of a legal act ("Regolamento (UE) 2016/679") where the other side names the act by
// any of its names ("GDPR"): the name, not a quantity, was translated.
void drop_named_acts(std::vector<const NumberToken*>& numbers, std::string_view own, std::string_view other,
                     const NumberLexicon& lexicon) {
    if (std::none_of(numbers.begin(), numbers.end(),
                     [&](const NumberToken* n) { return piece_of(own, *n, lexicon.act_pieces); }))
        return;
    for (const auto& names : lexicon.acts) {
        if (numbers.empty()) return;
        auto in_name = [&](const NumberToken* n) {
            return std::any_of(names.begin(), names.end(),
                               [&](const std::string& name) { return within_phrase(own, n->begin, n->end, name); });
        };
        if (std::none_of(numbers.begin(), numbers.end(), in_name) ||
            std::none_of(names.begin(), names.end(), [&](const std::string& name) { return holds_phrase(other, name); }))
            continue;
        std::erase_if(numbers, in_name);
    }
}

// A share joined from its part and whole on one side ("19 condomini su 28") that the other side writes as the
// two numbers ("Nineteen of the 28 owners"): all three are one statement.
void drop_split_proportions(std::vector<const NumberToken*>& shares, std::vector<const NumberToken*>& other) {
    auto take = [&](double x, const NumberToken* besides) {
        return std::find_if(other.begin(), other.end(), [&](const NumberToken* o) {
            return o != besides && !o->percent && std::find(o->values.begin(), o->values.end(), x) != o->values.end();
        });
    };
    std::erase_if(shares, [&](const NumberToken* n) {
        if (n->whole <= 0) return false;
        const auto p = take(n->part, nullptr);
        if (p == other.end()) return false;
        const auto w = take(n->whole, *p);
        if (w == other.end()) return false;
        const NumberToken* whole = *w;
        other.erase(p);
        other.erase(std::find(other.begin(), other.end(), whole));
        return true;
    });
}

void drop_restatements(Unmatched& u, const SideNumbers& src, const SideNumbers& tgt) {
    // One part in words without a unit ("half of the fee", "la moitié des volumes") only answers a number of
    // the other side ("50 %"); left over, it is no number.
    auto loose_share = [](const NumberToken* n) { return n->needs_unit && n->unit.empty(); };
    std::erase_if(u.missing, loose_share);
    std::erase_if(u.extra, loose_share);
    std::erase_if(u.missing, [&](const NumberToken* n) { return in_dates(n, tgt.dates); });
    std::erase_if(u.extra, [&](const NumberToken* n) { return in_dates(n, src.dates); });
    drop_shares_read_as_ordinals(u.missing, u.extra);
    // "first" and "second" after an article are ranks only against a rank of the other side ("am dritten
    // Tag" / "on the second day"), never paired with a count ("trois fois rien" / "my first job").
    auto any_rank = [](const std::vector<const NumberToken*>& ns) {
        return std::any_of(ns.begin(), ns.end(), [](const NumberToken* n) { return n->ordinal; });
    };
    if (!any_rank(u.extra)) std::erase_if(u.missing, [](const NumberToken* n) { return n->low_rank; });
    if (!any_rank(u.missing)) std::erase_if(u.extra, [](const NumberToken* n) { return n->low_rank; });
    // The ":00" of a full hour ("11:00") says nothing another clock must repeat ("11 am", "11 Uhr"): it is
    // compared only with the minutes of the other side's time, never paired with a count.
    auto has_minutes = [](const std::vector<const NumberToken*>& ns) {
        return std::any_of(ns.begin(), ns.end(), [](const NumberToken* n) { return n->minutes; });
    };
    auto full_hour = [](const NumberToken* n) { return n->minutes && n->values.size() == 1 && n->values[0] == 0; };
    if (!has_minutes(u.extra)) std::erase_if(u.missing, full_hour);
    if (!has_minutes(u.missing)) std::erase_if(u.extra, full_hour);
    // Pair leftovers in order: a changed number reads better as "40 → 47" than as two findings.
    const std::size_t paired = std::min(u.missing.size(), u.extra.size());
    // Unpaired words ("the two agencies" / "both agencies") and numbers inside names ("COVID-19") are
    // too often rephrased to report alone; a changed one is still reported.
    auto soft = [&](const NumberToken* n) {
        const bool of_source = n >= src.numbers.data() && n < src.numbers.data() + src.numbers.size();
        return zero_or_one(n) || n->spelled || n->in_name || n->compound || n->ordinal || n->minutes || n->fraction ||
               value_in(n, of_source ? tgt.numbers : src.numbers);
    };
    u.missing.erase(std::remove_if(u.missing.begin() + static_cast<std::ptrdiff_t>(paired), u.missing.end(), soft),
                    u.missing.end());
    u.extra.erase(std::remove_if(u.extra.begin() + static_cast<std::ptrdiff_t>(paired), u.extra.end(), soft),
                  u.extra.end());
}

// A number the alignment left on the other side of a sentence boundary: missing here but unmatched in the
// target of the neighbouring segment (of the same unit, or the next sentence of a text pair) (a number the target has and the source lacks: unmatched in the
// neighbour's source). A split or merge the aligner did not follow moved it ("... or PLN 249 at the
// airport." / "Na lotnisku opłata wynosi 249 zł."), the translation did not change it.
void drop_moved_across_boundary(const SegmentView& v, Unmatched& u) {
    if (u.missing.empty() && u.extra.empty()) return;
    // In a text pair the units are the sentences of one text, in order; elsewhere a unit is a text of its own.
    const std::size_t reach = v.document.format == xliff::DocumentFormat::TextPair ? 1 : 0;
    const auto n = neighbour_segments(v, [](const xliff::Unit&) { return true; }, reach);
    const NumberLexicon& sl = number_lexicon(v.run, v.source_lang);
    const NumberLexicon& tl = number_lexicon(v.run, v.target_lang);
    for (const xliff::Segment* seg : {n.before, n.after}) {
        if (!seg) continue;
        auto nb_src = extract_numbers(seg->source.text, sl);
        auto nb_tgt = seg->target ? extract_numbers(seg->target->text, tl) : std::vector<NumberToken>{};
        for (auto* nb : {&nb_src, &nb_tgt}) std::erase_if(*nb, [](const NumberToken& n) { return n.needs_unit; });
        std::erase_if(u.missing, [&](const NumberToken* m) { return value_in(m, nb_tgt) && !value_in(m, nb_src); });
        std::erase_if(u.extra, [&](const NumberToken* e) { return value_in(e, nb_src) && !value_in(e, nb_tgt); });
    }
}

// Where the labels that open a sentence of `text` end: "§ 5", "(2)", "(b)", "3." and "4)" in a run at the
// start of the text or after a sentence's end ("§ 2 (1) Die Eigentümer…", "…geöffnet. (2) Für…"), as byte
// ranges [begin, end).
std::vector<std::pair<std::size_t, std::size_t>> leading_labels(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
    auto space = [&](std::size_t i) { return i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n'); };
    auto digits_end = [&](std::size_t i) {
        while (digit(i)) ++i;
        return i;
    };
    auto label_run = [&](std::size_t at) {
        const std::size_t begin = at;
        for (;;) {
            while (space(at)) ++at;
            std::size_t next = std::string_view::npos;
            if (text.compare(at, 2, "§") == 0) {  // "§ 5", "§§ 5", "§ 5a"
                std::size_t i = at + 2;
                if (text.compare(i, 2, "§") == 0) i += 2;
                while (space(i)) ++i;
                if (digit(i)) next = digits_end(i);
                if (next != std::string_view::npos && next < text.size() && text[next] >= 'a' && text[next] <= 'z' &&
                    !(next + 1 < text.size() && std::isalpha(static_cast<unsigned char>(text[next + 1]))))
                    ++next;
            } else if (at < text.size() && text[at] == '(') {  // "(2)", "(b)"
                std::size_t i = digits_end(at + 1);
                if (i == at + 1 && i < text.size() && text[i] >= 'a' && text[i] <= 'z') ++i;
                if (i > at + 1 && i < text.size() && text[i] == ')') next = i + 1;
            } else if (digit(at)) {  // "3. ", "4) "
                std::size_t i = digits_end(at);
                if (i - at <= 2 && i < text.size() && (text[i] == '.' || text[i] == ')') && space(i + 1) && !digit(i + 2))
                    next = i + 1;
            }
            if (next == std::string_view::npos) break;
            at = next;
        }
        if (at > begin) out.emplace_back(begin, at);
    };
    label_run(0);
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
        if ((text[i] == '.' || text[i] == '!' || text[i] == '?' || text[i] == ':' || text[i] == ';') && space(i + 1))
            label_run(i + 1);
    return out;
}

// Numbers that label a part of a document on one side only: a plain-language rewrite or a translation
// that drops the numbering of paragraphs changes no quantity, and a label must not pair with a number of
// the other side's text ("§ 4 … alle vier Wochen"). Labels on both sides are still compared ("§ 5" for
// "§ 6").
void drop_lone_labels(SideNumbers& src, SideNumbers& tgt, std::string_view src_text, std::string_view tgt_text) {
    auto in = [](const NumberToken& n, const std::vector<std::pair<std::size_t, std::size_t>>& runs) {
        return std::any_of(runs.begin(), runs.end(), [&](const auto& r) { return n.begin >= r.first && n.end <= r.second; });
    };
    if (src.numbers.empty() && tgt.numbers.empty()) return;
    const auto src_runs = leading_labels(src_text), tgt_runs = leading_labels(tgt_text);
    auto any = [&](const SideNumbers& side, const auto& runs) {
        return std::any_of(side.numbers.begin(), side.numbers.end(), [&](const NumberToken& n) { return in(n, runs); });
    };
    if (any(src, src_runs) == any(tgt, tgt_runs)) return;
    std::erase_if(src.numbers, [&](const NumberToken& n) { return in(n, src_runs); });
    std::erase_if(tgt.numbers, [&](const NumberToken& n) { return in(n, tgt_runs); });
}

// A small whole number written as a word at the start of a longer word of the other side: German and
// Dutch compounds ("3 year" / "dreijährigen", "2 hours" / "zweistündig"), which no tokenizer splits.
bool spelled_in_compound(const NumberToken* n, const std::vector<Word>& other_words, const NumberLexicon& other) {
    if (n->values.size() != 1 || n->percent || n->scale != 1) return false;
    const double value = n->values.front();
    if (value < 2 || value > 20 || value != std::floor(value)) return false;
    for (const auto& [phrase, v] : other.phrases.values) {
        if (v != value || phrase.size() < 3 || phrase.find(' ') != std::string::npos) continue;
        for (const Word& w : other_words)
            if (w.key.size() >= phrase.size() + 3 && w.key.compare(0, phrase.size(), phrase) == 0) return true;
    }
    return false;
}

// Letters on both sides of the digits: a code or a masked word ("9NT9RM99NT99N", "c3b"), not a quantity.
bool inside_word(const NumberToken* n, std::string_view text) {
    auto letter = [](unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    return n->begin > 0 && n->end < text.size() && letter(static_cast<unsigned char>(text[n->begin - 1])) &&
           letter(static_cast<unsigned char>(text[n->end]));
}

// A country's dialling code: "+49" right before the rest of a telephone number ("+49 7463 88 15-0"), which a
// translation for readers abroad adds to a number written for those at home ("07463 88 15-0"), or drops.
bool dialling_code(const NumberToken* n, std::string_view text) {
    if (n->begin == 0 || text[n->begin - 1] != '+' || n->values.empty() || n->spelled) return false;
    const double v = n->values.front();
    if (v < 1 || v > 999 || v != std::floor(v)) return false;
    std::size_t at = n->end;
    while (at < text.size() && (text[at] == ' ' || text[at] == '(')) ++at;
    return at > n->end && at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]));
}

// Unpaired dialling codes: one side's added or dropped code, where the other side leaves one unmatched
// too, is a changed code ("+49" / "+43"), and stays.
void drop_dialling_codes(Unmatched& u, std::string_view src, std::string_view tgt) {
    const bool in_missing = std::any_of(u.missing.begin(), u.missing.end(), [&](const NumberToken* n) { return dialling_code(n, src); });
    const bool in_extra = std::any_of(u.extra.begin(), u.extra.end(), [&](const NumberToken* n) { return dialling_code(n, tgt); });
    if (in_missing == in_extra) return;
    std::erase_if(u.missing, [&](const NumberToken* n) { return dialling_code(n, src); });
    std::erase_if(u.extra, [&](const NumberToken* n) { return dialling_code(n, tgt); });
}

// How sure a finding on these numbers is (either may be null): digits standing alone or glued to a word
// ("Covid-19", "iPhone6") are compared exactly; digits with letters on both sides are masks or codes
// ("9NT9RM99NT99N", "c3b"), not quantities.
double number_confidence(const NumberToken* a, std::string_view a_text, const NumberToken* b, std::string_view b_text) {
    double confidence = 0.95;
    for (const auto& [n, text] : {std::pair{a, a_text}, {b, b_text}}) {
        if (!n) continue;
        if (inside_word(n, text)) confidence = std::min(confidence, 0.45);
    }
    // A share in words facing a number is as often rounded ("a third" / "thirty percent"); facing another
    // share in words ("a fifth" / "ein Viertel") it is plainly another.
    auto share = [](const NumberToken* n) { return n && n->fraction && n->spelled; };
    if (share(a) != share(b) && a && b) confidence = std::min(confidence, 0.7);
    return confidence;
}

// A unit as a reader writes it after a number: the symbol for an id that is no symbol itself ("degC" →
// "°C"), a word in the plural where the number is not one ("5 years").
std::string unit_as_written(std::string_view unit, bool one) {
    static constexpr std::pair<std::string_view, std::string_view> kSymbols[] = {
        {"degC", "°C"}, {"degF", "°F"}, {"m2", "m²"},   {"km2", "km²"},  {"m3", "m³"},     {"kmh", "km/h"},
        {"ms", "m/s"},  {"sec", "s"},   {"sqmi", "sq mi"}, {"sqft", "sq ft"}, {"pp", "percentage points"}};
    for (const auto& [id, symbol] : kSymbols)
        if (unit == id) return std::string(symbol);
    static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
        {"wday", "working day"}, {"qh", "quarter-hour"}, {"tqh", "three-quarter-hour"}};
    for (const auto& [id, name] : kNames)
        if (unit == id) return std::string(name) + (one ? "" : "s");
    static constexpr std::string_view kWords[] = {"day", "week", "fortnight", "month", "year", "decade", "acre"};
    const bool word = std::find(std::begin(kWords), std::end(kWords), unit) != std::end(kWords);
    return word && !one ? std::string(unit) + "s" : std::string(unit);
}

// "5 km", "€20" as the report names them: the number and its unit.
std::string with_unit(const NumberToken& n) {
    if (n.unit.empty() || n.unit == "%") return describe_number(n);
    const bool one = n.values.size() == 1 && n.values.front() == 1.0;
    return describe_number(n) + " " + unit_as_written(n.unit, one);
}

// The number with its unit only where the other number's unit differs: "5 mi" became "12 km", but
// "2500" became "2600" in euros on both sides.
std::string changed_unit(const NumberToken& n, const NumberToken& other) {
    return n.unit == other.unit ? describe_number(n) : with_unit(n);
}

// For two numbers in units of one dimension: what the source's number is in the target's unit
// (" (5 mi is about 8.05 km)"); empty otherwise.
std::string conversion_note(const NumberToken& a, const NumberToken& b, const UnitLexicon& units) {
    if (a.values.empty() || a.unit.empty() || b.unit.empty() || a.unit == b.unit) return {};
    const auto c = converted(a.values.front(), a, b, units);
    if (!c) return {};
    // In the scale of each number as written ("35 million lb is about 15.88 million kg"), to four
    // significant digits, without an exponent where a reader expects none ("40000 MWh").
    auto scale_word = [](double scale) -> std::string_view {
        return scale == 1e3 ? " thousand" : scale == 1e6 ? " million" : scale == 1e9 ? " billion" : scale == 1e12 ? " trillion" : "";
    };
    const double in_scale = *c / (scale_word(b.scale).empty() ? 1.0 : b.scale);
    std::string value = fmt::format("{:.4g}", in_scale);
    if (std::fabs(in_scale) >= 1e4 && std::fabs(in_scale) < 1e15) value = fmt::format("{:.0f}", std::stod(value));
    const std::string a_text = scale_word(a.scale).empty()
                                   ? with_unit(a)
                                   : fmt::format("{}{} {}", describe_number(a), scale_word(a.scale), unit_as_written(a.unit, false));
    return fmt::format(" ({} is about {}{} {})", a_text, value, scale_word(b.scale), unit_as_written(b.unit, in_scale == 1.0));
}

// Numbers of one side only (none left on the other to pair with) that went with their whole clause or
// sentence ("…, which will create around 250 jobs" / "… soll 2025 den Betrieb aufnehmen."; a sentence the
// document's alignment joined to a neighbour whose counterpart it lacks): the clause's loss, or its
// addition, is omission.* and addition.*'s to report, in one finding, not each number in it again.
void drop_gone_with_their_clause(const SegmentView& v, NumberComparison& c) {
    Unmatched& u = c.unmatched;
    if (u.missing.empty() == u.extra.empty()) return;
    const wording::Analysis* a = wording::analyse(v);
    if (!a) return;
    const bool source_side = !u.missing.empty();
    auto& numbers = source_side ? u.missing : u.extra;
    for (const bool whole_sentence : {true, false})
        std::erase_if(numbers, [&](const NumberToken* n) {
            return wording::went_with_its_clause(v, *a, source_side, n->begin, n->end, whole_sentence);
        });
    // A number gone with the words next to it ("bis Ende 2027", "within 30 days of signing"): the phrase is
    // the loss, as sure as the number's. Not where the other side says a number in an idiom ("24 hours a
    // day" / "12 heures par jour"): this one may have changed it.
    if ((source_side ? c.target : c.source).idiom_numbers > 0) return;
    const std::string_view text = source_side ? std::string_view(v.segment.source.text) : v.segment.target->text;
    const std::string_view other = source_side ? std::string_view(v.segment.target->text) : v.segment.source.text;
    const UnitLexicon& units = unit_lexicon(v.run, source_side ? v.source_lang : v.target_lang);
    std::erase_if(numbers, [&](const NumberToken* n) {
        // The unit written after the number is the number's own word, not a word around it ("50 miles").
        std::size_t own_end = n->end, at = n->end, unit_end = 0;
        while (at < text.size() && text[at] == ' ') ++at;
        if (!n->unit.empty() && !unit_at(text, at, units, unit_end).empty() && unit_end > at) own_end = unit_end;
        const auto phrase = wording::phrase_gone_with(v, *a, source_side, n->begin, n->end, own_end);
        if (!phrase) return false;
        const double confidence = source_side ? number_confidence(n, text, nullptr, other)
                                              : number_confidence(nullptr, other, n, text);
        (source_side ? c.missing_phrases : c.extra_phrases).push_back({n, {phrase->first, phrase->second}, confidence});
        return true;
    });
}

std::unique_ptr<NumberComparison> compute(const SegmentView& v) {
    auto out = std::make_unique<NumberComparison>();
    const auto& seg = v.segment;
    if (!seg.target || text::is_blank(seg.target->text) || v.is_alignment_gap()) return out;  // target.empty's case
    const auto& words = segment_words(v);
    SideNumbers& src = out->source;
    SideNumbers& tgt = out->target;
    src = numbers_outside_dates(v.run, seg.source.text, v.source_lang, words.source);
    tgt = numbers_outside_dates(v.run, seg.target->text, v.target_lang, words.target);
    drop_lone_labels(src, tgt, seg.source.text, seg.target->text);
    if (src.numbers.empty() && tgt.numbers.empty()) return out;
    Unmatched& u = out->unmatched;
    u = match_numbers(src.numbers, tgt.numbers);
    drop_phone_groups(u, seg.source.text, seg.target->text);
    drop_regrouped_digits(u, seg.source.text, seg.target->text);
    const UnitLexicon& units = unit_lexicon(v.run, v.target_lang);
    drop_conversions(u, src, tgt, units);
    // A number converted from one of a unit the other side writes without digits ("a mile" / "1,6 km").
    if (!u.missing.empty())
        std::erase_if(u.missing, [&, ones = ones_of_units(seg.target->text, words.target,
                                                         number_lexicon(v.run, v.target_lang), units)](
                                     const NumberToken* n) { return converts(n, ones, units); });
    if (!u.extra.empty())
        std::erase_if(u.extra, [&, ones = ones_of_units(seg.source.text, words.source,
                                                       number_lexicon(v.run, v.source_lang),
                                                       unit_lexicon(v.run, v.source_lang))](
                                   const NumberToken* n) { return converts(n, ones, units); });
    drop_restatements(u, src, tgt);
    drop_named_acts(u.missing, seg.source.text, seg.target->text, number_lexicon(v.run, v.source_lang));
    drop_named_acts(u.extra, seg.target->text, seg.source.text, number_lexicon(v.run, v.target_lang));
    drop_split_proportions(u.missing, u.extra);
    drop_split_proportions(u.extra, u.missing);
    drop_moved_across_boundary(v, u);
    drop_dialling_codes(u, seg.source.text, seg.target->text);
    // Alone (not paired with a changed number), a small number the other side writes inside a compound.
    if (u.missing.size() != u.extra.size()) {
        const NumberLexicon& tl = number_lexicon(v.run, v.target_lang);
        const NumberLexicon& sl = number_lexicon(v.run, v.source_lang);
        if (u.missing.size() > u.extra.size())
            std::erase_if(u.missing, [&](const NumberToken* n) { return spelled_in_compound(n, words.target, tl); });
        else
            std::erase_if(u.extra, [&](const NumberToken* n) { return spelled_in_compound(n, words.source, sl); });
    }
    // Alone (not paired with a changed number), a count of the list after it.
    if (u.missing.empty() != u.extra.empty()) {
        const bool source_side = !u.missing.empty();
        const std::string_view text = source_side ? std::string_view(seg.source.text) : seg.target->text;
        const NumberLexicon& lex = number_lexicon(v.run, source_side ? v.source_lang : v.target_lang);
        std::erase_if(source_side ? u.missing : u.extra,
                      [&](const NumberToken* n) { return counts_its_list(*n, text, lex); });
    }
    drop_gone_with_their_clause(v, *out);
    return out;
}

}  // namespace

const NumberComparison& compare_numbers(const SegmentView& v) {
    return v.segment_context.store().get<NumberComparison>("numbers", [&] { return compute(v); });
}

namespace {

class NumberMismatch final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"number.mismatch", "numbers", Severity::Error,
                                   "A number of the source has no equal value in the target, or the target has a "
                                   "number the source lacks.",
                                   {}};
        return info;
    }
    explicit NumberMismatch(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!v.segment.target) return;
        const NumberComparison& c = compare_numbers(v);
        report(v, c.unmatched, sink);
        report_units(v, c.unmatched.unit_changes, unit_lexicon(v.run, v.target_lang), sink);
    }

private:
    // Leftovers in order pair up as changed numbers; the rest are missing or extra.
    void report(const SegmentView& v, const Unmatched& u, FindingSink& sink) const {
        const auto& missing = u.missing;
        const auto& extra = u.extra;
        const std::string_view src = v.segment.source.text, tgt = v.segment.target->text;
        auto send = [&](const NumberToken* a, const NumberToken* b, FindingSink::Report r) {
            r.confidence = number_confidence(a, src, b, tgt);
            const Severity severity = severity_for(*r.confidence, info().severity);
            sink.report(v, info(), severity, std::move(r));
        };
        const std::size_t paired = std::min(missing.size(), extra.size());
        const UnitLexicon& units = unit_lexicon(v.run, v.target_lang);
        for (std::size_t i = 0; i < paired; ++i)
            send(missing[i], extra[i],
                 {fmt::format("number {} in the source became {} in the target{}", changed_unit(*missing[i], *extra[i]),
                              changed_unit(*extra[i], *missing[i]), conversion_note(*missing[i], *extra[i], units)),
                  true, true, {{missing[i]->begin, missing[i]->end}}, {{extra[i]->begin, extra[i]->end}}});
        for (std::size_t i = paired; i < missing.size(); ++i)
            send(missing[i], nullptr,
                 {fmt::format("number {} in the source is missing in the target", describe_number(*missing[i])), true,
                  true, {{missing[i]->begin, missing[i]->end}}, {}});
        for (std::size_t i = paired; i < extra.size(); ++i)
            send(nullptr, extra[i],
                 {fmt::format("number {} in the target is not in the source", describe_number(*extra[i])), true, true,
                  {}, {{extra[i]->begin, extra[i]->end}}});
    }

    // Equal numbers in different units: a change of quantity, or of currency. Sure when both units are
    // written beside the numbers; less so when one is a range's ("5 to 10 km") or only percent against
    // percentage points, which translators often blur.
    void report_units(const SegmentView& v, const std::vector<UnitChange>& changes, const UnitLexicon& units,
                      FindingSink& sink) const {
        for (const auto& [a, b] : changes) {
            if (per_units_differ(*a, *b)) {
                FindingSink::Report r{fmt::format("number {} per {} in the source became {} per {} in the target: the "
                                                  "unit it is counted per differs",
                                                  with_unit(*a), a->per_unit, with_unit(*b), b->per_unit),
                                      true, true, {{a->begin, a->end}}, {{b->begin, b->end}}};
                r.confidence = std::min(0.95, number_confidence(a, v.segment.source.text, b, v.segment.target->text));
                sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
                continue;
            }
            if (auto c = a->values.empty() ? std::nullopt : converted(a->values.front(), *a, *b, units);
                c && within_rounding(*c, *b))
                continue;
            // Working days said as days, or the reverse, is as often a translator's looseness as a change.
            const bool loose = a->unit_shared || b->unit_shared || a->unit == "%" || b->unit == "%" ||
                               a->unit == "wday" || b->unit == "wday";
            FindingSink::Report r{fmt::format("number {} in the source became {} in the target: the unit differs{}",
                                              with_unit(*a), with_unit(*b), conversion_note(*a, *b, units)),
                                  true, true, {{a->begin, a->end}}, {{b->begin, b->end}}};
            r.confidence = std::min(loose ? 0.7 : 0.95,
                                    number_confidence(a, v.segment.source.text, b, v.segment.target->text));
            sink.report(v, info(), severity_for(*r.confidence, info().severity), std::move(r));
        }
    }
};

}  // namespace

void register_number_mismatch(Registry& r) { add_rule<NumberMismatch>(r); }

}  // namespace verity::rules
