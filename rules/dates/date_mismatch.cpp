// date.mismatch: a date of one side has no compatible date on the other. Dates are partial values, so
// "24 June" and "June 24, 2022" agree (the year is only added) and formats never matter.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "rules/dates/register.hpp"
#include "rules/dates/dates.hpp"
#include "rules/entities/entities.hpp"
#include "rules/entities/words.hpp"
#include "rules/lexicon/analysis.hpp"
#include "rules/lexicon/gone_words.hpp"
#include "xliff/text/unicode.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::rules {
namespace {

// Month names of fewer bytes are not looked for inside other words: "mai" (May) begins too many.
constexpr std::size_t kCompoundMonthBytes = 4;
// A word of at least this many bytes, one more or less than a month name of at least as many, that
// shares its first kVariantPrefix bytes, is the month spelled a little differently.
constexpr std::size_t kVariantBytes = 6;
constexpr std::size_t kVariantPrefix = 5;

// A month's name begins a longer word of the other side ("Oktobertagen", "Novemberzu"), or a word spelled
// a little differently begins like it ("Novembre" for "November").
bool month_in_compound(int month, const std::vector<Word>& other, const DateLexicon& lex) {
    for (const auto& [name, m] : lex.months) {
        if (m != month || name.size() < kCompoundMonthBytes) continue;
        for (const auto& w : other) {
            if (w.key.size() > name.size() && w.key.compare(0, name.size(), name) == 0) return true;
            const std::size_t diff =
                w.key.size() > name.size() ? w.key.size() - name.size() : name.size() - w.key.size();
            if (name.size() >= kVariantBytes && w.key.size() >= kVariantBytes && diff <= 1 &&
                w.key.compare(0, kVariantPrefix, name, 0, kVariantPrefix) == 0)
                return true;
        }
    }
    return false;
}

// The dates of each side that no date of the other side matches.
struct UnmatchedDates {
    std::vector<const DateToken*> missing;  // of the source
    std::vector<const DateToken*> extra;    // of the target
};

UnmatchedDates match_dates(const std::vector<DateToken>& src, const std::vector<DateToken>& tgt) {
    UnmatchedDates out;
    std::vector<bool> used(tgt.size(), false);
    for (const auto& s : src) {
        bool found = false;
        for (std::size_t t = 0; t < tgt.size() && !found; ++t)
            if (!used[t] && compatible_dates(s, tgt[t])) used[t] = found = true;
        if (!found) out.missing.push_back(&s);
    }
    for (std::size_t t = 0; t < tgt.size(); ++t)
        if (!used[t]) out.extra.push_back(&tgt[t]);
    return out;
}

// A bare month may stand lower-cased on the other side ("in march"), where it is not read as a date
// because it may be a word. Or inside a compound ("Oktobertagen", "Februartemperaturen").
bool bare_month_in(const DateToken* d, const std::vector<Word>& other, const DateLexicon& lex) {
    const DateValue& r = d->readings.front();
    if (r.day || r.year) return false;
    for (const auto& w : other)
        if (auto it = lex.months.find(w.key); it != lex.months.end() && it->second == r.month) return true;
    return month_in_compound(r.month, other, lex);
}

// Every part restated on the other side, without forming a date there: "July 17 and 22", "od 7 do 21
// października 2024" for "07/10/2024". A numeric date that reads either way ("07/10/2024" in English) is
// restated when the parts of one reading are.
bool parts_in(const DateToken* d, const std::vector<Word>& other, const DateLexicon& lex) {
    return std::any_of(d->readings.begin(), d->readings.end(), [&](const DateValue& r) {
        bool day = !r.day, month = !r.month, year = !r.year;
        month = month || month_in_compound(r.month, other, lex);
        for (const auto& w : other) {
            if (auto it = lex.months.find(w.key); it != lex.months.end() && it->second == r.month) month = true;
            if (!w.has_letter && (w.key == std::to_string(r.day))) day = true;
            if (!w.has_letter && (w.key == std::to_string(r.year))) year = true;
        }
        return day && month && year;
    });
}

// A day and month written as numbers on the other side, in either order and without a year: "9/11" or
// "11.9." for 11 September 2001, a short form the date reader leaves alone ("the post-9/11 era").
bool short_numeric_in(const DateToken* d, std::string_view other) {
    const DateValue& r = d->readings.front();
    if (!r.day || !r.month) return false;
    auto number_at = [&](std::size_t& i) {
        int n = 0, digits = 0;
        while (i < other.size() && other[i] >= '0' && other[i] <= '9' && digits < 3) n = n * 10 + (other[i++] - '0'), ++digits;
        return digits >= 1 && digits <= 2 ? n : -1;
    };
    for (std::size_t i = 0; i < other.size(); ++i) {
        if (other[i] < '0' || other[i] > '9' || (i > 0 && other[i - 1] >= '0' && other[i - 1] <= '9')) continue;
        std::size_t j = i;
        const int a = number_at(j);
        if (a < 0 || j >= other.size() || (other[j] != '/' && other[j] != '.')) continue;
        ++j;
        const int b = number_at(j);
        if (b < 0 || (j < other.size() && other[j] >= '0' && other[j] <= '9')) continue;
        if ((a == r.month && b == r.day) || (a == r.day && b == r.month)) return true;
    }
    return false;
}

// A bare month whose very word stands on the other side is a name kept as it is ("Karl März"). Across
// languages (`cross`) a bare month without a counterpart is mostly reworded ("in December" / "in der
// Vorweihnachtszeit"); a month replaced by another month (in `opposite`) still pairs up.
bool bare_unpaired(const DateToken* d, const std::vector<Word>& own, const std::vector<Word>& other,
                   const std::vector<const DateToken*>& opposite, bool cross) {
    const DateValue& r = d->readings.front();
    if (r.day || r.year || d->readings.size() != 1) return false;
    for (const auto& w : own)
        if (w.begin == d->begin)
            for (const auto& o : other)
                if (o.key == w.key) return true;
    if (!cross) return false;
    for (const DateToken* o : opposite)
        if (o->readings.front().month) return false;
    return true;
}

// Whether a date compatible with `d` is among `dates`.
bool date_in(const DateToken* d, const std::vector<DateToken>& dates) {
    return std::any_of(dates.begin(), dates.end(), [&](const DateToken& o) { return compatible_dates(*d, o); });
}

// The dates of one side of a segment, read apart from the segment being checked.
std::vector<DateToken> dates_of(const std::string& text, const DateLexicon& lex) {
    return extract_dates(text, lex, split_words(text));
}

// A date the alignment left on the other side of a sentence boundary, as number.mismatch leaves out a
// number: missing here but unmatched in the target of the neighbouring segment (of the same unit, or the
// next sentence of a text pair), or the reverse. A split the aligner did not follow moved it.
void drop_moved_across_boundary(const SegmentView& v, UnmatchedDates& u, const DateLexicon& sl, const DateLexicon& tl) {
    if (u.missing.empty() && u.extra.empty()) return;
    const std::size_t reach = v.document.format == xliff::DocumentFormat::TextPair ? 1 : 0;
    const auto n = neighbour_segments(v, [](const xliff::Unit&) { return true; }, reach);
    for (const xliff::Segment* seg : {n.before, n.after}) {
        if (!seg || !seg->target) continue;
        const auto nb_src = dates_of(seg->source.text, sl);
        const auto nb_tgt = dates_of(seg->target->text, tl);
        std::erase_if(u.missing, [&](const DateToken* d) { return date_in(d, nb_tgt) && !date_in(d, nb_src); });
        std::erase_if(u.extra, [&](const DateToken* d) { return date_in(d, nb_src) && !date_in(d, nb_tgt); });
    }
}

// The dates of every source sentence of the view's file, read once per document and file.
struct FileSourceDates {
    std::vector<DateToken> dates;
};
const std::vector<DateToken>& file_source_dates(const SegmentView& v, const DateLexicon& sl) {
    const std::size_t file = static_cast<std::size_t>(&v.file - v.document.files.data());
    return v.document_context.store()
        .get<FileSourceDates>(std::to_string(file),
                              [&] {
                                  auto out = std::make_unique<FileSourceDates>();
                                  for (const auto& unit : v.file.units)
                                      for (const auto& seg : unit.segments) {
                                          auto d = dates_of(seg.source.text, sl);
                                          out->dates.insert(out->dates.end(), std::make_move_iterator(d.begin()),
                                                            std::make_move_iterator(d.end()));
                                      }
                                  return out;
                              })
        .dates;
}

// In a rewrite in the same language, a date of the target that the source gives elsewhere in the text, while
// every date of this source sentence is matched: a relative date made concrete ("am Wahltag" / "am 20.
// September 2026") or a date said again where the rewrite splits and explains. A changed date still pairs
// with the source's.
void drop_dates_the_source_gives(const SegmentView& v, UnmatchedDates& u, const DateLexicon& sl) {
    if (u.extra.empty() || !u.missing.empty()) return;
    const auto& all = file_source_dates(v, sl);
    std::erase_if(u.extra, [&](const DateToken* d) { return date_in(d, all); });
}

// A date of the target where the source says the time relative to the text's own, every date of the source
// sentence being matched: the time made concrete ("ab dem kommenden Monat" / "ab Februar 2026", "the Wednesday
// before the election" / "Mittwoch, 16. September 2026"), not a date added. The source says it with a phrase
// of its pack's [dates] relative, or names the day of the week that the target writes beside the date. A
// date the target changes still pairs with the source's.
constexpr std::size_t kWeekdayReach = 3;  // words between a day of the week and the date it names

void drop_relative_times_made_concrete(const SegmentView& v, UnmatchedDates& u, const DateLexicon& sl,
                                       const DateLexicon& tl) {
    if (u.extra.empty() || !u.missing.empty()) return;
    const auto& words = segment_words(v);
    if (sl.says_relative_time(words.source)) {
        u.extra.clear();
        return;
    }
    std::vector<int> named;  // the days of the week the source names
    for (const auto& w : words.source)
        if (const int d = w.has_letter ? sl.weekday_of(w.key) : 0) named.push_back(d);
    if (named.empty()) return;
    std::erase_if(u.extra, [&](const DateToken* d) {
        std::size_t before = 0;
        for (std::size_t i = words.target.size(); i-- > 0;) {
            const Word& w = words.target[i];
            if (w.begin >= d->begin) continue;
            if (++before > kWeekdayReach) break;
            const int day = w.has_letter ? tl.weekday_of(w.key) : 0;
            if (day && std::find(named.begin(), named.end(), day) != named.end()) return true;
        }
        return false;
    });
}

// The dates of a segment and those that no date of the other side matches, once restatements and rewordings
// are left out (`unmatched` points into `src` and `tgt`: filled in place by find_changes).
struct DateChanges {
    std::vector<DateToken> src, tgt;
    UnmatchedDates unmatched;
    GoneDates gone;  // taken out of `unmatched`
};
void find_changes(const SegmentView& v, DateChanges& c);

// The segment's date changes, found once for date.mismatch and entity.date (in the segment's store, made
// in place: `unmatched` points into it).
const DateChanges& date_changes(const SegmentView& v) {
    return v.segment_context.store().get<DateChanges>([&] {
        auto c = std::make_unique<DateChanges>();
        find_changes(v, *c);
        return c;
    });
}

void find_changes(const SegmentView& v, DateChanges& c) {
    const auto& words = segment_words(v);
    const DateLexicon& sl = date_lexicon(v.run, v.source_lang);
    const DateLexicon& tl = date_lexicon(v.run, v.target_lang);
    c.src = extract_dates(v.segment.source.text, sl, words.source);
    c.tgt = extract_dates(v.segment.target->text, tl, words.target);
    if (c.src.empty() && c.tgt.empty()) return;
    c.unmatched = match_dates(c.src, c.tgt);
    auto& missing = c.unmatched.missing;
    auto& extra = c.unmatched.extra;
    std::erase_if(missing, [&](const DateToken* d) {
        return bare_month_in(d, words.target, tl) || parts_in(d, words.target, tl) ||
               short_numeric_in(d, v.segment.target->text);
    });
    std::erase_if(extra, [&](const DateToken* d) { return bare_month_in(d, words.source, sl) || parts_in(d, words.source, sl); });
    const bool cross = text::primary_language(v.source_lang) != text::primary_language(v.target_lang);
    const auto missing0 = missing;
    std::erase_if(missing, [&](const DateToken* d) { return bare_unpaired(d, words.source, words.target, extra, cross); });
    std::erase_if(extra, [&](const DateToken* d) { return bare_unpaired(d, words.target, words.source, missing0, cross); });
    drop_moved_across_boundary(v, c.unmatched, sl, tl);
    if (!cross) drop_dates_the_source_gives(v, c.unmatched, sl);
    drop_relative_times_made_concrete(v, c.unmatched, sl, tl);
    // Dates of one side only that went with the words next to them: the phrase is the loss (omission.number).
    if (missing.empty() == extra.empty()) return;
    const wording::Analysis* a = wording::analyse(v);
    if (!a) return;
    const bool source_side = !missing.empty();
    std::erase_if(source_side ? missing : extra, [&](const DateToken* d) {
        const auto phrase = wording::phrase_gone_with(v, *a, source_side, d->begin, d->end, d->end);
        if (!phrase) return false;
        (source_side ? c.gone.missing : c.gone.extra).push_back({d->begin, d->end, phrase->first, phrase->second});
        return true;
    });
}

// Two dates that name their months in words, different ones: a month substituted ("May 2025" / "März 2025"),
// entity.date's to report.
bool named_month_swapped(const DateToken& a, std::string_view a_text, const DateToken& b, std::string_view b_text) {
    auto named = [](const DateToken& d, std::string_view text) {
        for (std::size_t i = d.begin; i < d.end && i < text.size(); ++i)
            if (std::isalpha(static_cast<unsigned char>(text[i])) || static_cast<unsigned char>(text[i]) >= 0x80) return true;
        return false;
    };
    const int ma = a.readings.front().month, mb = b.readings.front().month;
    return ma && mb && ma != mb && named(a, a_text) && named(b, b_text);
}

class DateMismatch final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"date.mismatch", "inconsistent-entities", Severity::Error,
                                   "A date of the source has no compatible date in the target, or the target has a "
                                   "date the source lacks.",
                                   {}};
        return info;
    }
    explicit DateMismatch(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!v.segment.target || text::is_blank(v.segment.target->text) || v.is_alignment_gap()) return;
        report(v, date_changes(v).unmatched, sink);
    }

private:
    // Leftovers in order pair up as changed dates; the rest are missing or extra.
    void report(const SegmentView& v, const UnmatchedDates& u, FindingSink& sink) const {
        const std::string& s_text = v.segment.source.text;
        const std::string& t_text = v.segment.target->text;
        const auto& missing = u.missing;
        const auto& extra = u.extra;
        auto quote = [](const std::string& text, const DateToken& d) { return text.substr(d.begin, d.end - d.begin); };
        const std::size_t paired = std::min(missing.size(), extra.size());
        for (std::size_t i = 0; i < paired; ++i)
            if (!named_month_swapped(*missing[i], s_text, *extra[i], t_text))
                sink.report(v, info(), info().severity,
                            {fmt::format("date \"{}\" in the source became \"{}\" in the target",
                                         quote(s_text, *missing[i]), quote(t_text, *extra[i])),
                             true, true, {{missing[i]->begin, missing[i]->end}}, {{extra[i]->begin, extra[i]->end}}});
        for (std::size_t i = paired; i < missing.size(); ++i)
            sink.report(v, info(), info().severity,
                        {fmt::format("date \"{}\" in the source is missing in the target", quote(s_text, *missing[i])),
                         true, true, {{missing[i]->begin, missing[i]->end}}, {}});
        for (std::size_t i = paired; i < extra.size(); ++i)
            sink.report(v, info(), info().severity,
                        {fmt::format("date \"{}\" in the target is not in the source", quote(t_text, *extra[i])), true,
                         true, {}, {{extra[i]->begin, extra[i]->end}}});
    }
};

// The days of the week a text's words name, in order, each time it names one.
std::vector<std::pair<int, const Word*>> weekdays_in(const std::vector<Word>& words, const DateLexicon& lex) {
    std::vector<std::pair<int, const Word*>> out;
    if (lex.weekdays.empty()) return out;
    for (const auto& w : words) {
        if (!w.has_letter || w.key.size() < 5) continue;
        if (const int day = lex.weekday_of(w.key)) out.emplace_back(day, &w);
    }
    return out;
}

// The days `a` names more often than `b` does, each the time after `b`'s count: "Saturday … Saturday" facing
// "samedi … dimanche" has its second Saturday left.
std::vector<const Word*> named_more_often(const std::vector<std::pair<int, const Word*>>& a,
                                          const std::vector<std::pair<int, const Word*>>& b) {
    std::vector<const Word*> out;
    std::vector<bool> used(b.size(), false);
    for (const auto& [day, word] : a) {
        std::size_t k = 0;
        while (k < b.size() && (used[k] || b[k].first != day)) ++k;
        if (k < b.size()) used[k] = true;
        else out.push_back(word);
    }
    return out;
}

// entity.date: a date of the source names another month or another day of the week in the target: the
// date replaced by a different one, as a name or a place is ("May 2025" / "März 2025", "giovedì" /
// "Tuesday"). Months are paired as date.mismatch pairs changed dates; days of the week are ICU's names in
// each language, a day the source names more often than the target facing one the target names more often
// than the source ("on Saturday 13 … on Saturday 20" / "le samedi 13 … le dimanche 20").
class DateSubstitution final : public Rule {
public:
    static const RuleInfo& metadata() {
        static const RuleInfo info{"entity.date", "inconsistent-entities", Severity::Error,
                                   "A date of the source names another month or day of the week in the target.", {}};
        return info;
    }
    explicit DateSubstitution(const RuleOptions&) {}
    const RuleInfo& info() const override { return metadata(); }

    void check(const SegmentView& v, FindingSink& sink) const override {
        if (!v.segment.target || text::is_blank(v.segment.target->text) || v.is_alignment_gap()) return;
        const std::string& s_text = v.segment.source.text;
        const std::string& t_text = v.segment.target->text;
        const DateChanges& c = date_changes(v);
        const auto& missing = c.unmatched.missing;
        const auto& extra = c.unmatched.extra;
        auto span = [](const std::string& text, std::size_t b, std::size_t e) { return text.substr(b, e - b); };
        for (std::size_t i = 0; i < std::min(missing.size(), extra.size()); ++i)
            if (named_month_swapped(*missing[i], s_text, *extra[i], t_text))
                sink.report(v, info(), info().severity,
                            {fmt::format("date \"{}\" in the source became \"{}\" in the target: another month",
                                         span(s_text, missing[i]->begin, missing[i]->end),
                                         span(t_text, extra[i]->begin, extra[i]->end)),
                             true, true, {{missing[i]->begin, missing[i]->end}}, {{extra[i]->begin, extra[i]->end}}});
        const auto& words = segment_words(v);
        const auto src = weekdays_in(words.source, date_lexicon(v.run, v.source_lang));
        if (src.empty()) return;
        const auto tgt = weekdays_in(words.target, date_lexicon(v.run, v.target_lang));
        if (tgt.empty()) return;
        const auto gone = named_more_often(src, tgt), added = named_more_often(tgt, src);
        for (std::size_t i = 0; i < std::min(gone.size(), added.size()); ++i)
            sink.report(v, info(), info().severity,
                        {fmt::format("day \"{}\" in the source became \"{}\" in the target: another day of the week",
                                     span(s_text, gone[i]->begin, gone[i]->end), span(t_text, added[i]->begin, added[i]->end)),
                         true, true, {{gone[i]->begin, gone[i]->end}}, {{added[i]->begin, added[i]->end}}});
    }
};

}  // namespace

const GoneDates& dates_gone_with_their_phrase(const SegmentView& v) {
    static const GoneDates kNone;
    if (!v.segment.target || text::is_blank(v.segment.target->text) || v.is_alignment_gap()) return kNone;
    return date_changes(v).gone;
}

void register_date_mismatch(Registry& r) {
    add_rule<DateMismatch>(r);
    add_rule<DateSubstitution>(r);
}

}  // namespace verity::rules
