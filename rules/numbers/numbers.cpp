// Numbers in running text: the digits (digits.cpp) and, over the text's words, the scale words after
// them ("5 million", "103bn") and the numbers written in words ("forty-two", "a quarter of a million").
#include "rules/numbers/numbers.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "rules/entities/entities.hpp"
#include "rules/numbers/digits.hpp"
#include "xliff/text/unicode.hpp"

namespace verity::rules {
namespace {

// A factor and the byte after the scale words that make it; no scale: {1, 0}.
using Scale = std::pair<double, std::size_t>;
// A phrase's value and the index of its last word.
using PhraseMatch = std::pair<double, std::size_t>;

// Reads, over the words of one text, what the digits alone do not say: the scale words after numbers
// and the numbers written in words. Tokens are added to `out`, which holds the digit numbers first.
class WordNumbers {
public:
    WordNumbers(std::string_view text, const NumberLexicon& lexicon, const std::vector<Word>& words,
                std::vector<NumberToken>& out)
        : text_(text), lexicon_(lexicon), words_(words), out_(out) {}

    // A whole number and a fraction are one number: "2 1/2 million", "5 1/2".
    void join_fractions() {
        for (std::size_t k = 1; k < out_.size(); ++k) {
            auto& whole = out_[k - 1];
            const auto& part = out_[k];
            if (!part.fraction || whole.fraction || whole.values.empty() || part.values.empty() ||
                part.values.front() >= 1 || std::floor(whole.values.front()) != whole.values.front() ||
                part.begin != whole.end + 1 || text_[whole.end] != ' ')
                continue;
            whole.values = {whole.values.front() + part.values.front()};
            whole.literal += " " + part.literal;
            whole.end = part.end;
            whole.percent = part.percent;
            out_.erase(out_.begin() + static_cast<std::ptrdiff_t>(k--));
        }
    }

    // Scales after digits, spaced ("5 million") or attached ("103bn").
    void apply_scales() {
        std::size_t w = 0;
        for (auto& token : out_) {
            while (w < words_.size() && words_[w].end <= token.end) ++w;
            if (w < words_.size() && words_[w].begin < token.end && words_[w].end > token.end) {
                const std::string suffix = fold_key(text_.substr(token.end, words_[w].end - token.end));
                // "€4.5m", "$50k": a letter that is a scale only after a currency sign ("a 4.5m wall").
                const auto& scales = lexicon_.scales.count(suffix) || !after_currency_sign(text_, token.begin)
                                         ? lexicon_.scales
                                         : lexicon_.money_scales;
                if (auto it = scales.find(suffix); it != scales.end()) {
                    for (double& v : token.values) v *= it->second;
                    token.scale = it->second;
                }
                ++w;
                continue;
            }
            // The span stays on the digits, as reports quote them; the value takes the scale.
            if (auto [factor, end] = next_scale(w, token.end); end) {
                for (double& v : token.values) v *= factor;
                token.scale = factor;
                token.percent = token.percent || followed_by_percent(text_, end, lexicon_.percent);
            }
        }
    }

    // A number word that is also an ordinary word ("neuf", new), right before a unit word or one word
    // before it: "neuf mois", "les neuf derniers mois"; not "un vélo neuf pour quarante euros". Or before a per
    // word and a unit: "once a month", "einmal pro Woche"; not "once you have registered".
    std::optional<double> ambiguous_count(std::size_t i) const {
        const auto it = lexicon_.ambiguous.find(words_[i].key);
        if (it == lexicon_.ambiguous.end()) return std::nullopt;
        if (i + 2 < words_.size() && words_[i + 1].joined && words_[i + 2].joined &&
            lexicon_.per_words.count(words_[i + 1].key) && lexicon_.unit_words.count(words_[i + 2].key))
            return it->second;
        for (std::size_t n = i + 1; n <= i + 2 && n < words_.size() && words_[n].joined; ++n) {
            if (lexicon_.unit_words.count(words_[n].key)) return it->second;
            if (lexicon_.stopwords.count(words_[n].key) || !words_[n].has_letter) break;
        }
        return std::nullopt;
    }

    // Numbers in words: the longest phrase of joined words from each head.
    void read_spelled() {
        const std::size_t digit_count = out_.size();
        for (std::size_t i = 0; i < words_.size(); ++i) {
            if (!words_[i].has_letter) continue;
            if (auto fraction = longest_phrase(lexicon_.fractions, i)) {
                i = fraction_of_scale(i, *fraction);
                continue;
            }
            double value = 0;
            std::size_t last = i;
            if (auto phrase = longest_phrase(lexicon_.phrases, i)) {
                std::tie(value, last) = *phrase;
                // A lone scale word is a unit of speech, not a count ("pour cent", "hundreds of"), unless
                // it is the whole number as the language spells it ("cien", "mille").
                if (last == i && lexicon_.scales.count(words_[i].key) &&
                    (!lexicon_.whole_scales.count(words_[i].key) || in_percent_phrase(i)))
                    continue;
            } else if (auto v = words_[i].key.size() > 6 ? glued(words_[i].key) : std::nullopt) {
                value = *v;
            } else if (auto times = multiplied(words_[i].key)) {
                add_spelled(words_[i].begin, words_[i].end, *times);
                continue;
            } else if (auto rank = ordinal_compound(words_[i].key)) {
                add_spelled(words_[i].begin, words_[i].end, *rank).ordinal = true;
                continue;
            } else if (auto low = low_ordinal(i)) {
                auto& token = add_spelled(words_[i].begin, words_[i].end, *low);
                token.ordinal = token.low_rank = true;
                continue;
            } else if (auto count = ambiguous_count(i)) {
                add_spelled(words_[i].begin, words_[i].end, *count);
                continue;
            } else if (auto roman = after_name(i) ? std::nullopt : roman_numeral(words_[i])) {
                auto& token = add_spelled(words_[i].begin, words_[i].end, *roman);
                token.ordinal = true;
                continue;
            } else {
                continue;
            }
            const bool rank = last == i && lexicon_.ordinal_words.count(words_[i].key);
            // A count of parts: "two fifths", "deux cinquièmes", "zwei Fünftel", "dos quintos", "due quinti".
            if (const std::size_t next = last + 1; !rank && value >= 2 && value <= 20 && value == std::floor(value) &&
                                                   next < words_.size() && words_[next].joined) {
                if (const double parts = denominator(words_[next].key); parts > value) {
                    auto& token = add_spelled(words_[i].begin, words_[next].end, value / parts);
                    token.fraction = true;
                    token.values.push_back(std::round(value / parts * 1000) / 10);
                    i = next;
                    continue;
                }
            }
            const std::size_t count = out_.size();
            i = spelled_number(i, value, last);
            if (rank && out_.size() > count) out_.back().ordinal = true;
        }
        if (out_.size() != digit_count)
            std::sort(out_.begin(), out_.end(),
                      [](const NumberToken& a, const NumberToken& b) { return a.begin < b.begin; });
    }

    // "1200 GMT", "0930 UTC": four digits before a time zone are a time of day, the hour with its
    // minutes as "12:00" reads ("12 h 00", "12.00").
    void read_zoned_times() {
        for (auto& token : out_) {
            if (token.spelled || token.values.size() != 1 || token.literal.size() != 4 ||
                token.literal.find_first_not_of("0123456789") != std::string::npos)
                continue;
            const double v = token.values.front();
            const double hour = std::floor(v / 100), minutes = v - hour * 100;
            if (hour > 24 || minutes >= 60) continue;
            const std::size_t w = word_at(0, token.end);
            if (w >= words_.size() || !words_[w].joined ||
                std::find(lexicon_.time_zones.begin(), lexicon_.time_zones.end(), words_[w].key) ==
                    lexicon_.time_zones.end())
                continue;
            token.values.push_back(hour + minutes / 100);
        }
    }

private:
    // "first" or "second" between an article or the like and a word that is no stop word: a rank ("the
    // second day", "am zweiten Tag"), not "one of the first to arrive".
    std::optional<double> low_ordinal(std::size_t i) const {
        if (i == 0 || i + 1 >= words_.size() || !words_[i].joined || !words_[i - 1].has_letter ||
            !lexicon_.ordinal_determiners.count(words_[i - 1].key) || !words_[i + 1].joined ||
            !words_[i + 1].has_letter || lexicon_.stopwords.count(words_[i + 1].key))
            return std::nullopt;
        const auto it = lexicon_.low_ordinals.find(words_[i].key);
        if (it == lexicon_.low_ordinals.end()) return std::nullopt;
        return it->second;
    }

    // Right after a capitalised word, a Roman numeral is part of a name ("Lightning II", "Louis XIV"): the
    // name is the entity rules' to compare, and the other side may lower-case it.
    bool after_name(std::size_t i) const {
        return i > 0 && words_[i].joined && words_[i - 1].capitalised && !words_[i - 1].sentence_start;
    }

    // More than one part of a whole: 2/3, 3/4, not 1/4 or 1/2.
    static bool share_alone(double share) {
        for (int parts = 2; parts <= 10; ++parts) {
            const double units = share * parts;
            if (std::fabs(units - std::round(units)) < 1e-9) return std::round(units) >= 2 && share < 1;
        }
        return false;
    }

    // The word is the language's percent phrase with the word before it: "cent" of "pour cent".
    bool in_percent_phrase(std::size_t i) const {
        if (i == 0) return false;
        const std::string pair = words_[i - 1].key + " " + words_[i].key;
        for (const auto& p : lexicon_.percent)
            if (fold_key(p) == pair) return true;
        return false;
    }

    // A number word glued before one of the pack's multiplier endings ("dreimal" = three times,
    // "zweifach"): the number. Two to twenty, as "einmal" is as often "once upon a time" or "just".
    std::optional<double> multiplied(const std::string& key) const {
        for (const auto& ending : lexicon_.multiplier_endings) {
            if (key.size() <= ending.size() + 2 || !key.ends_with(ending)) continue;
            auto it = lexicon_.phrases.values.find(key.substr(0, key.size() - ending.size()));
            if (it != lexicon_.phrases.values.end() && it->second >= 2 && it->second <= 20) return it->second;
        }
        return std::nullopt;
    }

    // A German-style compound that starts with an ordinal and ends in one of the pack's endings
    // ("drittgrößte", "zweitälteste" = second oldest): its rank.
    std::optional<double> ordinal_compound(const std::string& key) const {
        if (lexicon_.ordinal_compound_endings.empty() || key.size() < 8) return std::nullopt;
        std::size_t best = 0;
        double rank = 0;
        for (const auto& [stem, value] : lexicon_.ordinal_stems)
            if (stem.size() > best && key.size() >= stem.size() + 4 && key.starts_with(stem)) {
                best = stem.size();
                rank = value;
            }
        if (!best) return std::nullopt;
        for (const auto& ending : lexicon_.ordinal_compound_endings)
            if (key.ends_with(ending)) return rank;
        return std::nullopt;
    }

    // A Roman numeral of I, V and X ("XIV", "XXe", "IVth"): a century or a rank, up to 39, with no ending
    // or one of the pack's [numbers] roman_suffixes. One letter only with an ending ("Xe siècle") and never
    // "I", as it is as often a pronoun or a letter.
    std::optional<double> roman_numeral(const Word& word) const {
        const std::string_view raw = text_.substr(word.begin, word.end - word.begin);
        std::size_t n = 0;
        while (n < raw.size() && (raw[n] == 'I' || raw[n] == 'V' || raw[n] == 'X')) ++n;
        const std::string_view rest = raw.substr(n);
        if (n == 0 || (n == 1 && (rest.empty() || raw[0] == 'I'))) return std::nullopt;
        if (!rest.empty() && std::find(lexicon_.roman_suffixes.begin(), lexicon_.roman_suffixes.end(), rest) ==
                                 lexicon_.roman_suffixes.end())
            return std::nullopt;
        static constexpr std::string_view kTens[] = {"", "X", "XX", "XXX"};
        static constexpr std::string_view kUnits[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        for (int v = 1; v < 40; ++v)
            if (std::string(kTens[v / 10]) + std::string(kUnits[v % 10]) == raw.substr(0, n)) return v;
        return std::nullopt;
    }

    // The scale word right after a number: "5 million", "quarante mille", "3 Mio.", "700-Milliarden-Dollar"
    Scale one_scale(std::size_t w, std::size_t after_byte) const {
        if (w >= words_.size() || !words_[w].has_letter || words_[w].begin < after_byte) return {1, 0};
        const bool hyphen = words_[w].begin == after_byte + 1 && text_[after_byte] == '-';
        for (std::size_t b = after_byte; b < words_[w].begin && !hyphen; ++b)
            if (text_[b] != ' ') return {1, 0};
        // A hyphenated word starts with the scale: "Millionen-Einwohnerstaates".
        std::string key = words_[w].key;
        if (auto dash = key.find('-'); hyphen && dash != std::string::npos) key.resize(dash);
        auto it = lexicon_.scales.find(key);
        if (it == lexicon_.scales.end()) return {1, 0};
        std::size_t end = key.size() == words_[w].key.size() ? words_[w].end : words_[w].begin + key.size();
        if (end < text_.size() && text_[end] == '.') ++end;  // "Mio."
        return {it->second, end};
    }

    // Scales multiply: "750 thousand million" is 750 000 000 000.
    Scale next_scale(std::size_t w, std::size_t after_byte) const {
        auto [factor, end] = one_scale(w, after_byte);
        if (!end) return {1, 0};
        while (w + 1 < words_.size() && words_[w + 1].begin >= end) {
            auto [f2, e2] = one_scale(w + 1, end);
            if (!e2 || f2 <= factor) break;
            factor *= f2;
            end = e2;
            ++w;
        }
        return {factor, end};
    }

    // The longest phrase of `table` from word i on, over words only spaces or a hyphen join: its value
    // and its last word.
    std::optional<PhraseMatch> longest_phrase(const NumberPhrases& table, std::size_t i) const {
        if (i >= words_.size() || !words_[i].has_letter || !table.heads.count(words_[i].key)) return std::nullopt;
        std::optional<PhraseMatch> best;
        std::string phrase;
        for (std::size_t k = i; k < words_.size() && k - i < table.longest; ++k) {
            if (k > i && !words_[k].joined) break;
            phrase += (k > i ? " " : "") + words_[k].key;
            if (auto it = table.values.find(phrase); it != table.values.end()) best = {{it->second, k}};
        }
        return best;
    }

    // The first word from word `from` on that starts at or after byte `at`.
    std::size_t word_at(std::size_t from, std::size_t at) const {
        while (from < words_.size() && words_[from].begin < at) ++from;
        return from;
    }

    // One word gluing a fraction to a scale ("Viertelmillion", "Dreiviertelmillion") or a number to an
    // addition ("zweieinhalb"): its value.
    std::optional<double> glued(const std::string& key) const {
        for (const auto& [part, share] : lexicon_.fractions.values)
            if (key.size() > part.size() && key.starts_with(part) && part.find(' ') == std::string::npos)
                if (auto it = lexicon_.scales.find(key.substr(part.size())); it != lexicon_.scales.end())
                    return share * it->second;
        // A hundred glued to the rest: "zweihundertvierzig" = 200 + 40, split after the word for a hundred.
        for (const std::string& hundred : lexicon_.hundred_words) {
            const std::size_t at = key.find(hundred);
            if (at == std::string::npos || at + hundred.size() + 3 > key.size()) continue;
            const std::string head = key.substr(0, at + hundred.size());
            const auto it = lexicon_.phrases.values.find(head);
            const double h = at == 0 ? 100 : it != lexicon_.phrases.values.end() ? it->second : 0;
            if (h < 100 || std::fmod(h, 100) != 0) continue;
            if (const auto tail = lexicon_.phrases.values.find(key.substr(head.size()));
                tail != lexicon_.phrases.values.end() && tail->second > 0 && tail->second < 100)
                return h + tail->second;
        }
        for (const auto& [part, added] : lexicon_.additions.values)
            if (key.size() > part.size() && key.ends_with(part) && part.find(' ') == std::string::npos)
                if (auto it = lexicon_.phrases.values.find(key.substr(0, key.size() - part.size()));
                    it != lexicon_.phrases.values.end())
                    return it->second + added;
        return std::nullopt;
    }

    // How many parts a word names as the denominator of a fraction, from the ordinals ICU spells from 3
    // (ordinal_words): the ordinal in the plural ("fifths", "cinquièmes", "quintos"), with -l ("Fünftel")
    // or with -i for -o ("quinti"). 0 when it names none.
    double denominator(const std::string& key) const {
        auto ordinal = [&](const std::string& w) {
            if (!lexicon_.ordinal_words.count(w)) return 0.0;
            const auto it = lexicon_.phrases.values.find(w);
            return it == lexicon_.phrases.values.end() ? 0.0 : it->second;
        };
        if (key.size() < 5) return 0;
        const std::string stem = key.substr(0, key.size() - 1);
        if (key.back() == 's' || key.back() == 'l')
            if (const double v = ordinal(stem)) return v;
        if (key.back() == 'i')
            if (const double v = ordinal(stem + "o")) return v;
        return 0;
    }

    // The key of the words from i to `last` as the lexicon writes a phrase.
    std::string phrase_of(std::size_t i, std::size_t last) const {
        std::string joined;
        for (; i <= last && i < words_.size(); ++i)
            if (words_[i].has_letter) joined += (joined.empty() ? "" : " ") + words_[i].key;
        return joined;
    }

    NumberToken& add_spelled(std::size_t begin, std::size_t end, double value) {
        NumberToken token;
        token.begin = begin;
        token.end = end;
        token.spelled = true;
        token.values.push_back(value);
        token.literal = fmt::format("{}", value);
        token.percent = followed_by_percent(text_, end, lexicon_.percent);
        out_.push_back(std::move(token));
        return out_.back();
    }

    // A fraction of the scale word after it: "a quarter of a million", "eine halbe Million", "un
    // demi-million". Its words are no number alone ("a third of the budget" holds no 3).
    // Returns the index of the last word read.
    std::size_t fraction_of_scale(std::size_t i, PhraseMatch fraction) {
        const auto [share, last] = fraction;
        const auto [factor, end] = next_scale(last + 1, words_[last].end);
        if (end) {
            auto& token = add_spelled(words_[i].begin, end, share * factor);
            // A third of a billion is as often written 333 or 330 million.
            const double exact = token.values.front();
            for (int digits : {4, 3, 2}) {
                const double unit = std::pow(10.0, std::floor(std::log10(exact)) - digits + 1);
                const double round = std::round(exact / unit) * unit;
                if (std::find(token.values.begin(), token.values.end(), round) == token.values.end())
                    token.values.push_back(round);
            }
        }
        if (!end && (share_alone(share) || lexicon_.share_phrases.count(phrase_of(i, last)))) {
            // Alone, a fraction of more than one part is a share ("two thirds", "deux tiers"), and so is
            // one the pack marks ("a tenth of"), as often written as a percentage (a tenth = 10 per cent).
            // One part alone is too often something else ("un cuarto de baño", "a quarter past six").
            auto& token = add_spelled(words_[i].begin, words_[last].end, share);
            token.fraction = true;
            token.values.push_back(std::round(share * 1000) / 10);
        } else if (!end) {
            // One part alone counts as a share of a unit ("half an hour", "un cuarto de hora": attach_units
            // decides), else only as the answer to a number of the other side ("half of the fee" / "50 %").
            auto& token = add_spelled(words_[i].begin, words_[last].end, share);
            token.fraction = true;
            token.needs_unit = true;
            token.values.push_back(std::round(share * 1000) / 10);
        }
        return end ? word_at(last + 1, end) - 1 : last;
    }

    // The number in words from word i to word `last` worth `value`, with a half and a scale after it.
    // Returns the index of the last word read.
    std::size_t spelled_number(std::size_t i, double value, std::size_t last) {
        std::size_t end = words_[last].end;
        // A half after the number or after its scale, in the unit of either: "two and a half million",
        // "a million and a half", "deux millions et demi".
        auto add = [&](double unit) {
            const std::size_t next = word_at(last + 1, end);
            if (next >= words_.size() || !words_[next].joined) return false;
            const auto addition = longest_phrase(lexicon_.additions, next);
            if (!addition) return false;
            value += addition->first * unit;
            last = addition->second;
            end = words_[last].end;
            return true;
        };
        const auto own_scale = lexicon_.scales.find(words_[last].key);  // "a million" ends in its scale
        const double whole = value;
        const bool added = add(own_scale != lexicon_.scales.end() ? own_scale->second : 1);
        bool alone = added && own_scale == lexicon_.scales.end();
        if (auto [factor, scale_end] = next_scale(last + 1, end); scale_end) {
            value *= factor;
            end = scale_end;
            last = word_at(last + 1, end) - 1;
            alone = false;
            if (!added) add(factor);
        }
        // The rest after a hundred or a thousand: "two hundred (and) forty", "deux cent quarante",
        // "doscientos cuarenta", "two thousand three hundred": a smaller number joined after it adds.
        for (;;) {
            const double place = std::fmod(value, 1000) == 0 ? 1000 : std::fmod(value, 100) == 0 ? 100 : 0;
            if (value < 100 || place == 0 || added) break;
            std::size_t next = word_at(last + 1, end);
            if (next < words_.size() && words_[next].joined && lexicon_.number_joiners.count(words_[next].key))
                next = word_at(next + 1, words_[next].end);
            if (next >= words_.size() || !words_[next].joined) break;
            const auto rest = longest_phrase(lexicon_.phrases, next);
            if (!rest || rest->first <= 0 || rest->first >= place) break;
            value += rest->first;
            last = rest->second;
            end = words_[last].end;
            alone = false;
        }
        auto& token = add_spelled(words_[i].begin, end, value);
        // Without a scale, "las dos y media", "le due e mezzo" are as often times of day: the hour reads too.
        if (alone) token.values.push_back(whole);
        return last;
    }

    std::string_view text_;
    const NumberLexicon& lexicon_;
    const std::vector<Word>& words_;
    std::vector<NumberToken>& out_;
};

// Marks the numbers right after one of the lexicon's rounding words ("about 15 miles", "rund 5,60 Euro",
// "environ 1 euro"); a currency sign may stand between ("about $15").
// The index of the last word that ends at or before byte `at`, or words.size() when none does.
std::size_t word_before(const std::vector<Word>& words, std::size_t at) {
    const auto after = std::partition_point(words.begin(), words.end(), [&](const Word& w) { return w.end <= at; });
    return after == words.begin() ? words.size() : static_cast<std::size_t>(after - words.begin()) - 1;
}

void mark_approximate(std::string_view text, const NumberLexicon& lexicon, const std::vector<Word>& words,
                      std::vector<NumberToken>& numbers) {
    for (NumberToken& n : numbers) {
        const std::size_t last = word_before(words, n.begin);
        if (last == words.size()) continue;
        std::string_view gap = text.substr(words[last].end, n.begin - words[last].end);
        while (!gap.empty() && (gap.front() == ' ' || gap.front() == '.')) gap.remove_prefix(1);  // "approx. 5"
        if (!gap.empty() && !after_currency_sign(text, n.begin)) continue;
        std::string phrase;
        for (std::size_t k = 0; k < lexicon.longest_approximate && k <= last; ++k) {
            const Word& w = words[last - k];
            if (k > 0 && !words[last - k + 1].joined) break;
            phrase = k == 0 ? w.key : w.key + " " + phrase;
            if (lexicon.approximate.count(phrase)) {
                n.approximate = true;
                break;
            }
        }
    }
}

// Marks the numbers right after one of the lexicon's minus words ("minus 10 °C"), as a minus sign would.
void mark_minus_words(std::string_view text, const NumberLexicon& lexicon, const std::vector<Word>& words,
                      std::vector<NumberToken>& numbers) {
    for (NumberToken& n : numbers) {
        const std::size_t last = word_before(words, n.begin);
        if (last == words.size()) continue;
        const Word& w = words[last];
        if (text.substr(w.end, n.begin - w.end).find_first_not_of(' ') != std::string_view::npos) continue;
        if (lexicon.minus_words.count(w.key)) n.minus = true;
    }
}

}  // namespace

namespace {

bool inner_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// The phrase (ASCII letters lowered) at byte `p` of the text, in any case of its ASCII letters, between a word's bounds.
bool phrase_at(std::string_view text, std::size_t p, std::string_view phrase) {
    if (p + phrase.size() > text.size()) return false;
    for (std::size_t k = 0; k < phrase.size(); ++k)
        if (!lowered_is(text[p + k], phrase[k])) return false;
    const std::size_t e = p + phrase.size();
    return !((p > 0 && inner_char(text[p - 1]) && inner_char(phrase.front())) ||
             (e < text.size() && inner_char(text[e]) && inner_char(phrase.back())));
}

}  // namespace

std::string ascii_lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool within_phrase(std::string_view text, std::size_t begin, std::size_t end, std::string_view phrase) {
    if (phrase.empty() || end <= begin || end - begin > phrase.size() || end > text.size()) return false;
    // Where the piece of text stands in the phrase, if anywhere: only there may the phrase begin.
    const std::size_t len = end - begin;
    for (std::size_t q = 0; q + len <= phrase.size() && q <= begin; ++q) {
        std::size_t k = 0;
        while (k < len && lowered_is(text[begin + k], phrase[q + k])) ++k;
        if (k == len && phrase_at(text, begin - q, phrase)) return true;
    }
    return false;
}

bool piece_of(std::string_view text, const NumberToken& n, const std::unordered_set<std::string>& pieces) {
    if (pieces.empty() || n.end <= n.begin || n.end > text.size() || n.end - n.begin > 32) return false;
    return pieces.count(ascii_lowered(text.substr(n.begin, n.end - n.begin))) > 0;
}

bool holds_phrase(std::string_view text, std::string_view phrase) {
    if (phrase.empty()) return false;
    for (std::size_t p = 0; p + phrase.size() <= text.size(); ++p)
        if (lowered_is(text[p], phrase.front()) &&
            phrase_at(text, p, phrase))
            return true;
    return false;
}

namespace {

// Leaves out the numbers inside an idiom for "always" ("24 ore su 24", "24/7"): they count nothing. An idiom
// matches with ASCII letters in any case, between a word's bounds.
void drop_idioms(std::string_view text, const NumberLexicon& lexicon, std::vector<NumberToken>& out) {
    const auto& idioms = lexicon.idioms;
    std::erase_if(out, [&](const NumberToken& n) {
        if (!piece_of(text, n, lexicon.idiom_pieces)) return false;
        return std::any_of(idioms.begin(), idioms.end(),
                           [&](const std::string& idiom) { return within_phrase(text, n.begin, n.end, idiom); });
    });
}

}  // namespace

std::vector<NumberToken> extract_numbers(std::string_view text, const NumberLexicon& lexicon,
                                         const std::vector<Word>* given, std::size_t* idiom_numbers) {
    std::vector<NumberToken> out = extract_digit_numbers(text, lexicon);
    std::vector<Word> own;
    if (!given) own = split_words(text);
    WordNumbers reader(text, lexicon, given ? *given : own, out);
    reader.join_fractions();
    reader.apply_scales();
    reader.read_spelled();
    reader.read_zoned_times();
    if (!lexicon.approximate.empty()) mark_approximate(text, lexicon, given ? *given : own, out);
    if (!lexicon.minus_words.empty()) mark_minus_words(text, lexicon, given ? *given : own, out);
    if (!lexicon.idioms.empty() && !out.empty()) {
        const std::size_t before = out.size();
        drop_idioms(text, lexicon, out);
        if (idiom_numbers) *idiom_numbers = before - out.size();
    }
    return out;
}

std::string joined_keys(const std::vector<Word>& words, std::size_t from, std::size_t to) {
    std::string key;
    for (std::size_t i = from; i < to && i < words.size(); ++i) key += (key.empty() ? "" : " ") + words[i].key;
    return key;
}

bool same_number(const NumberToken& a, const NumberToken& b) {
    // Telephone numbers have ten digits and more: a digit changed is within any relative tolerance.
    const double tolerance = a.phone || b.phone ? 0 : 1e-9;
    for (double x : a.values)
        for (double y : b.values)
            if (std::fabs(x - y) <= tolerance * std::max(1.0, std::fabs(x))) return true;
    return a.values.empty() && b.values.empty() && a.literal == b.literal;
}

std::string describe_number(const NumberToken& token) {
    // The digits as the report marks them; a scale word stays beside them in the text.
    // A share in words ("deux tiers") reads as a short decimal.
    if (token.phone) return token.literal;
    // A part of its whole ("19 su 28") as the two numbers.
    if (token.whole > 0) return fmt::format("{}/{}", token.part, token.whole);
    std::string s = token.values.empty() ? token.literal
                    : token.fraction && token.spelled ? fmt::format("{:.3g}", token.values.front())
                                                      : fmt::format("{}", token.values.front() / token.scale);
    if (token.percent) s += "%";
    return s;
}

}  // namespace verity::rules
