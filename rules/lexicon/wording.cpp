#include "rules/lexicon/wording.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "rules/engine/packs.hpp"
#include "xliff/text/bilingual_dictionary.hpp"
#include "xliff/text/language_guess.hpp"
#include "xliff/text/stemmer.hpp"
#include "xliff/text/utf8.hpp"
#include "xliff/text/unicode.hpp"
#include "rules/lexicon/wordnet.hpp"

namespace verity::rules::wording {
namespace {

namespace u8 = text::utf8;

bool word_char(char32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    return u8::is_letter(cp) || u8::is_digit(cp) || (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;
}
bool apostrophe(char32_t cp) { return cp == U'\'' || cp == U'\u2019'; }
bool joiner(char32_t cp) { return cp == U'-' || cp == U'\u2010' || cp == U'\u2011'; }
bool ends_sentence(char32_t cp) { return cp == U'.' || cp == U'!' || cp == U'?' || cp == U'\u3002'; }

// One stemmer and a memo of its results per language and thread: stemming is the costly part.
struct StemCache {
    text::Stemmer stemmer;
    std::unordered_map<std::string, std::string> memo;
    explicit StemCache(std::string_view language) : stemmer(language) {}
};

StemCache& stem_cache(std::string_view language) {
    thread_local std::map<std::string, StemCache, std::less<>> caches;
    auto it = caches.find(language);
    if (it == caches.end()) it = caches.emplace(std::string(language), StemCache(language)).first;
    return it->second;
}

void finish_token(Token& t, std::string_view text, std::string_view language) {
    std::string folded = text::fold_case(text.substr(t.begin, t.end - t.begin));
    // One spelling of the apostrophe, so "n’t" and "n't" are one word.
    for (std::size_t p; (p = folded.find("\u2019")) != std::string::npos;) folded.replace(p, 3, "'");
    t.folded = std::move(folded);
    t.stem = stem_of(t.folded, language);
}

}  // namespace

const std::string& stem_of(std::string_view folded, std::string_view language) {
    StemCache& cache = stem_cache(primary_language(language));
    auto it = cache.memo.find(std::string(folded));
    if (it != cache.memo.end()) return it->second;
    if (cache.memo.size() > 200000) cache.memo.clear();  // bounded: long batches of varied text
    std::string stem = cache.stemmer.supported() ? cache.stemmer.stem(folded) : std::string(folded);
    return cache.memo.emplace(std::string(folded), std::move(stem)).first->second;
}

std::vector<Token> tokenize(std::string_view text, std::string_view language) {
    std::vector<Token> out;
    bool sentence_start = true;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t start = i;
        char32_t cp = u8::next(text, i);
        if (!word_char(cp)) {
            if (ends_sentence(cp)) sentence_start = true;
            // A clitic written with a leading apostrophe: "'s" of "Rafaj's" once split below.
            continue;
        }
        Token t;
        t.begin = start;
        t.capitalised = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : u8::is_upper(cp);
        t.numeric = cp < 0x80 ? (cp >= '0' && cp <= '9') : u8::is_digit(cp);
        t.sentence_start = sentence_start;
        sentence_start = false;
        std::size_t end = i;
        std::size_t letters = 1;
        while (end < text.size()) {
            std::size_t j = end;
            char32_t c = u8::next(text, j);
            if (word_char(c)) {
                t.numeric = t.numeric || (c < 0x80 ? (c >= '0' && c <= '9') : u8::is_digit(c));
                end = j;
                ++letters;
                continue;
            }
            // Inside a word: hyphens join, digits keep their separators ("1,250.5").
            std::size_t k = j;
            if (k >= text.size()) break;
            char32_t after = u8::next(text, k);
            if (!word_char(after)) break;
            if (joiner(c) || ((c == U'.' || c == U',') && t.numeric && u8::is_digit(after))) {
                end = k;
                ++letters;
                continue;
            }
            if (!apostrophe(c)) break;
            // "didn't" -> "did" + "n't" (English negation stays a token of its own); "l'homme" ->
            // "l'" + "homme" (elision); "Rafaj's" -> "Rafaj" + "'s".
            std::size_t m = k;
            const bool lone_t = after == U't' && (m >= text.size() || !word_char(u8::next(text, m)));
            const bool ends_in_n = text[end - 1] == 'n' || text[end - 1] == 'N';
            const bool nt = lone_t && ends_in_n && end > t.begin + 1;
            if (lone_t && ends_in_n && end == t.begin + 1) {
                t.end = k;  // "n't" standing alone, as in tokenised text ("do n't")
                finish_token(t, text, language);
                out.push_back(std::move(t));
                i = k;
                t.begin = std::string::npos;
                break;
            }
            if (nt) {
                t.end = end - 1;
                finish_token(t, text, language);
                // "can't", "won't", "shan't": the modal keeps its own spelling.
                if (t.folded == "ca") t.folded = "can";
                if (t.folded == "wo") t.folded = "will";
                if (t.folded == "sha") t.folded = "shall";
                out.push_back(std::move(t));
                Token n;
                n.begin = end - 1;
                n.end = k;
                finish_token(n, text, language);
                out.push_back(std::move(n));
                i = k;
                t.begin = std::string::npos;
                break;
            }
            if (letters <= 2 || text.substr(t.begin, end - t.begin) == "qu" ||
                text.substr(t.begin, end - t.begin).ends_with("qu")) {
                t.end = j;  // keeps the apostrophe: "l'", "qu'"
                finish_token(t, text, language);
                out.push_back(std::move(t));
                i = j;
                t.begin = std::string::npos;
                break;
            }
            t.end = end;
            finish_token(t, text, language);
            out.push_back(std::move(t));
            // The clitic after the apostrophe: "'s", "'re".
            Token c2;
            c2.begin = end;
            std::size_t e = j;
            while (e < text.size()) {
                std::size_t q = e;
                if (!word_char(u8::next(text, q))) break;
                e = q;
            }
            c2.end = e;
            finish_token(c2, text, language);
            out.push_back(std::move(c2));
            i = e;
            t.begin = std::string::npos;
            break;
        }
        if (t.begin == std::string::npos) continue;
        t.end = end;
        i = end;
        finish_token(t, text, language);
        out.push_back(std::move(t));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------

void PhraseSet::add(std::string_view phrase, std::string_view language, bool by_stem, int scale, int level) {
    by_stem_ = by_stem;
    Entry e;
    e.scale = scale;
    e.level = level;
    std::string p(phrase);
    // "a … b": a gap of up to four words between the parts.
    std::size_t gap = p.find("\u2026");
    std::size_t gap_len = 3;
    if (gap == std::string::npos) {
        gap = p.find("...");
        gap_len = 3;
    }
    std::string head = gap == std::string::npos ? p : p.substr(0, gap);
    std::string tail = gap == std::string::npos ? "" : p.substr(gap + gap_len);
    // Each piece is tokenised as text is, so "s'engager" is the two words "s'" "engager"; a
    // clitic written alone ("n't", "n'") and a "word*" prefix are taken as they stand.
    auto push = [&](const std::string& part) {
        for (std::string_view rest = part; !rest.empty();) {
            while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
            std::size_t sp = rest.find(' ');
            std::string_view w = rest.substr(0, sp);
            rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp);
            if (w.empty()) continue;
            std::string folded = text::fold_case(w);
            for (std::size_t q; (q = folded.find("\u2019")) != std::string::npos;) folded.replace(q, 3, "'");
            const bool prefix = folded.back() == '*';
            if (prefix || folded == "n't" || folded.back() == '\'') {
                if (prefix) folded.pop_back();
                e.words.push_back({folded, prefix});
                continue;
            }
            for (const Token& t : tokenize(folded, language)) e.words.push_back({by_stem ? t.stem : t.folded, false});
        }
    };
    push(head);
    if (!tail.empty()) {
        e.gap_after = e.words.size();
        push(tail);
    }
    if (e.words.empty()) return;
    const std::size_t index = entries_.size();
    if (e.words.front().prefix) prefix_first_.push_back(index);
    else by_first_[std::string(lookup_key(e.words.front().text))].push_back(index);
    entries_.push_back(std::move(e));
}

std::string_view PhraseSet::lookup_key(std::string_view word) const {
    // Stems are looked up by their first four bytes, so that a word the stemmer leaves whole
    // (French "condamnent") still finds its entry ("condamn").
    return by_stem_ ? word.substr(0, 4) : word;
}

bool PhraseSet::word_matches(const Word& w, const Token& t) const {
    if (w.prefix) return t.folded.starts_with(w.text);
    if (!by_stem_) return t.folded == w.text;
    return t.stem == w.text ||
           (w.text.size() >= 5 && t.folded.starts_with(w.text) && t.folded.size() <= w.text.size() + 4);
}

std::vector<Match> PhraseSet::find(const std::vector<Token>& tokens) const {
    std::vector<Match> out;
    if (entries_.empty()) return out;
    bool best_gapped = false;
    auto try_entry = [&](const Entry& e, std::size_t i, Match& best) {
        std::size_t pos = i;
        for (std::size_t w = 0; w < e.words.size(); ++w) {
            if (w > 0 && w == e.gap_after) {
                // Look ahead for the part after the gap.
                std::size_t limit = std::min(tokens.size(), pos + 5);
                std::size_t found = limit;
                for (std::size_t q = pos; q < limit; ++q)
                    if (word_matches(e.words[w], tokens[q])) {
                        found = q;
                        break;
                    }
                if (found == limit) return;
                pos = found + 1;
                continue;
            }
            if (pos >= tokens.size() || !word_matches(e.words[w], tokens[pos])) return;
            ++pos;
        }
        if (pos - i > best.last - best.first) {
            best = Match{i, pos, e.scale, e.level};
            best_gapped = e.gap_after > 0;
        }
    };
    for (std::size_t i = 0; i < tokens.size();) {
        Match best{i, i, 0, 0};
        best_gapped = false;
        auto it = by_first_.find(lookup_key(by_stem_ ? tokens[i].stem : tokens[i].folded));
        if (it != by_first_.end())
            for (std::size_t idx : it->second) try_entry(entries_[idx], i, best);
        if (by_stem_ && lookup_key(tokens[i].stem) != lookup_key(tokens[i].folded))
            if (auto f = by_first_.find(lookup_key(tokens[i].folded)); f != by_first_.end())
                for (std::size_t idx : f->second) try_entry(entries_[idx], i, best);
        for (std::size_t idx : prefix_first_) try_entry(entries_[idx], i, best);
        if (best.last > best.first) {
            out.push_back(best);
            // A gapped match ("ne … plus") leaves the words in between to other matches.
            i = best_gapped ? i + 1 : best.last;
        } else {
            ++i;
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
namespace {


// Scales: the first entry names the scale (shared across languages), then steps strongest first;
// a step lists its synonyms separated by "|".
void add_scales(PhraseSet& set, std::vector<std::string>& names, const std::vector<std::vector<std::string>>& groups,
                std::string_view language, bool by_stem) {
    for (const auto& g : groups) {
        if (g.size() < 2) continue;
        const int scale = static_cast<int>(names.size());
        names.push_back(g.front());
        for (std::size_t step = 1; step < g.size(); ++step) {
            std::string_view rest = g[step];
            while (!rest.empty()) {
                std::size_t bar = rest.find('|');
                std::string_view alt = rest.substr(0, bar);
                while (!alt.empty() && alt.front() == ' ') alt.remove_prefix(1);
                while (!alt.empty() && alt.back() == ' ') alt.remove_suffix(1);
                if (!alt.empty()) set.add(alt, language, by_stem, scale, static_cast<int>(step - 1));
                rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
            }
        }
    }
}

std::string pack_content(const LanguagePack* pack, std::string_view language) {
    std::string out(language);
    if (!pack) return out;
    for (const char* key : {"stopwords.words", "intensifiers.words", "hedges.words", "negation.words", "modals.conditional",
                            "negation.prefixes", "negation.exceptions", "negation.idioms"}) {
        out += '\x1e';
        for (const auto& w : pack->list(key)) out += w + '\x1f';
    }
    for (const char* key : {"modals.scales", "verbs.scales", "antonyms.pairs", "synonyms.groups"}) {
        out += '\x1e';
        for (const auto& g : pack->group_list(key)) {
            for (const auto& w : g) out += w + '\x1f';
            out += '\x1d';
        }
    }
    return out;
}

std::shared_ptr<const Lexicon> compile(const LanguagePack* pack, const std::string& language) {
    auto lex = std::make_shared<Lexicon>();
    lex->language = language;
    add_scales(lex->modals, lex->modal_scale_names, groups_of(pack, "modals.scales"), language, false);
    add_scales(lex->verbs, lex->verb_scale_names, groups_of(pack, "verbs.scales"), language, true);
    for (const auto& w : list_of(pack, "modals.conditional")) lex->conditional_modals.insert(text::fold_case(w));
    // "~word": only a counterpart across languages (see Lexicon::loose_intensifiers).
    for (const auto& [key, strict, loose] :
         {std::tuple{"intensifiers.words", &lex->intensifiers, &lex->loose_intensifiers},
          std::tuple{"hedges.words", &lex->hedges, &lex->loose_hedges}})
        for (const auto& w : list_of(pack, key)) {
            const bool only_loose = w.starts_with('~');
            const std::string_view word = only_loose ? std::string_view(w).substr(1) : std::string_view(w);
            if (!only_loose) strict->add(word, language, false, 0, 0);
            loose->add(word, language, true, 0, 0);
        }
    for (const auto& w : list_of(pack, "negation.words")) {
        if (w.starts_with('~')) lex->implicit_negators.add(std::string_view(w).substr(1), language, false, 0, 0);
        else lex->negators.add(w, language, false, 0, 0);
    }
    // "=phrase": an idiom within one language only; across languages its negation is usually kept
    // ("not only" = "nicht nur"), so it counts on both sides there.
    for (const auto& w : list_of(pack, "negation.idioms")) {
        if (w.starts_with('=')) lex->same_language_negation_idioms.add(std::string_view(w).substr(1), language, false, 0, 0);
        else lex->negation_idioms.add(w, language, false, 0, 0);
    }
    for (const auto& w : list_of(pack, "negation.prefixes")) {
        if (w.starts_with('-')) {
            lex->negation_suffixes.push_back(text::fold_case(w.substr(1)));
            continue;
        }
        const bool open = w.starts_with('+');
        std::string prefix = text::fold_case(open ? std::string_view(w).substr(1) : std::string_view(w));
        if (open) lex->open_negation_prefixes.push_back(prefix);
        lex->negation_prefixes.push_back(std::move(prefix));
    }
    for (const auto& w : list_of(pack, "negation.exceptions")) {
        if (w.ends_with('*')) lex->negation_exception_prefixes.push_back(text::fold_case(w.substr(0, w.size() - 1)));
        else lex->negation_exceptions.insert(text::fold_case(w));
    }
    for (const auto& w : list_of(pack, "stopwords.words")) lex->stopwords.insert(text::fold_case(w));
    for (const auto& g : groups_of(pack, "synonyms.groups")) {
        if (g.empty()) continue;
        // Single words only: the alignment compares word by word.
        const std::string head = stem_of(text::fold_case(g.front()), language);
        for (const auto& w : g)
            if (w.find(' ') == std::string::npos) lex->synonym_of[stem_of(text::fold_case(w), language)] = head;
    }
    for (const auto& g : groups_of(pack, "antonyms.pairs"))
        for (std::size_t a = 0; a < g.size(); ++a)
            for (std::size_t b = 0; b < g.size(); ++b)
                if (a != b)
                    lex->antonyms[stem_of(text::fold_case(g[a]), language)].push_back(
                        stem_of(text::fold_case(g[b]), language));
    return lex;
}

}  // namespace

const Lexicon& Lexicons::get(const LanguagePack* pack, std::string_view language) const {
    const std::string lang = pack ? pack->language : primary_language(language);
    std::lock_guard lock(mutex_);
    auto key = std::make_pair(pack, lang);
    auto it = cache_.find(key);
    if (it != cache_.end()) return *it->second;
    // Shared by content across rules, so that analyse()'s cache recognises the same lexicon.
    static std::mutex shared_mutex;
    static std::map<std::string, std::shared_ptr<const Lexicon>> shared;
    std::shared_ptr<const Lexicon> lex;
    {
        std::lock_guard shared_lock(shared_mutex);
        std::string content = pack_content(pack, lang);
        auto s = shared.find(content);
        if (s == shared.end()) s = shared.emplace(std::move(content), compile(pack, lang)).first;
        lex = s->second;
    }
    return *cache_.emplace(key, std::move(lex)).first->second;
}

// ---------------------------------------------------------------------------------------------

namespace {

// Whether an English word or phrase of a dictionary says "not": a negator ("without delay"), a
// "-less" word, an "un-" word, or a prefixed word WordNet lists as the antonym of its remainder
// ("incredible" / "credible").
bool english_negated(std::string_view phrase) {
    bool negated = false;
    std::size_t i = 0;
    while (!negated && i < phrase.size()) {
        std::size_t j = phrase.find_first_of(" -", i);
        if (j == std::string_view::npos) j = phrase.size();
        const std::string_view w = phrase.substr(i, j - i);
        i = j + 1;
        if (w == "not" || w == "no" || w == "without" || w == "never" || w == "non" || w == "none" || w == "nothing")
            negated = true;
        else if (w.size() >= 7 && (w.ends_with("less") || w.ends_with("lessness") || w.ends_with("lessly")))
            negated = true;
        else if (w.size() >= 5 && w.starts_with("un") && !w.starts_with("uni") && !w.starts_with("under"))
            negated = true;
        else
            for (std::string_view p : {"in", "im", "il", "ir", "dis"})
                if (w.size() >= p.size() + 4 && w.starts_with(p) &&
                    wordnet::english_antonyms().are_antonyms(w, w.substr(p.size())))
                    negated = true;
    }
    return negated;
}

// Whether a word of another language, translated by the installed FreeDict dictionary into English,
// is negated there ("unbekannt" -> "unknown", "unverzüglich" -> "without delay"; "Unfall" ->
// "accident" is not). Inflected forms are looked up without their endings ("unbekannten"). Returns
// nullopt when no dictionary is installed or it does not know the word.
std::optional<bool> negated_in_english(std::string_view folded, std::string_view language) {
    const auto& dictionary = text::BilingualDictionary::shared(language, "en");
    if (dictionary.empty()) return std::nullopt;
    // Most senses must be negated: "unmittelbar" has an odd "unmediated" among "direct",
    // "immediately", "firsthand".
    std::size_t total = 0, negated = 0;
    auto look = [&](std::string_view form) {
        for (const auto& t : dictionary.find(form)) {
            ++total;
            negated += english_negated(t);
        }
    };
    look(folded);
    for (std::string_view ending : {"sten", "ste", "en", "em", "er", "es", "e", "n", "s"})
        if (total == 0 && folded.size() >= ending.size() + 5 && folded.ends_with(ending))
            look(folded.substr(0, folded.size() - ending.size()));
    if (total == 0) return std::nullopt;
    return 2 * negated >= total;
}

}  // namespace

bool may_be_affix_negated(const Lexicon& lexicon, const Token& token) {
    if (token.numeric || lexicon.negation_exceptions.count(token.folded)) return false;
    for (const auto& p : lexicon.negation_exception_prefixes)
        if (token.folded.starts_with(p)) return false;
    bool formed = false;
    for (const auto& prefix : lexicon.open_negation_prefixes)
        formed = formed || (token.folded.size() >= prefix.size() + 4 && token.folded.starts_with(prefix));
    // A suffix ends the word, or is followed by an inflection or a noun ending only ("Arbeitslosigkeit",
    // "harmlessness"), not by more stem ("geschlossen", "blossom").
    for (const auto& suffix : lexicon.negation_suffixes)
        for (std::size_t at = token.folded.find(suffix, 3); !formed && at != std::string::npos;
             at = token.folded.find(suffix, at + 1)) {
            const std::string_view tail = std::string_view(token.folded).substr(at + suffix.size());
            for (std::string_view t : {"", "e", "en", "er", "es", "em", "igkeit", "igkeiten", "ly", "ness"})
                formed = formed || tail == t;
        }
    if (!formed) return false;
    // Across languages a dictionary to English, where installed, tells the negated word from one
    // that merely starts or ends so ("Unfall", "unmittelbar").
    if (lexicon.language != "en")
        if (const auto negated = negated_in_english(token.folded, lexicon.language)) return *negated;
    return true;
}

bool is_stopword(const Lexicon& lexicon, const Token& token) {
    return lexicon.stopwords.count(token.folded) > 0 || (token.folded.size() <= 3 && token.folded.find('\'') != std::string::npos);
}

bool is_affix_negated(const Lexicon& lexicon, const Token& token, const std::vector<Token>* other) {
    if (token.numeric || lexicon.negation_exceptions.count(token.folded)) return false;
    for (const auto& p : lexicon.negation_exception_prefixes)
        if (token.folded.starts_with(p)) return false;
    for (const auto& prefix : lexicon.negation_prefixes) {
        if (!token.folded.starts_with(prefix)) continue;
        std::string_view rest = std::string_view(token.folded).substr(prefix.size());
        if (!rest.empty() && rest.front() == '-') rest.remove_prefix(1);
        if (rest.size() < 3) continue;
        const std::string& rest_stem = stem_of(rest, lexicon.language);
        if (other) {
            bool there = false;
            for (const auto& t : *other) there = there || t.stem == rest_stem;
            if (!there) continue;
            // English: WordNet tells "unlikely" (the opposite of "likely") from "discourse".
            if (lexicon.language != "en" || !wordnet::english_antonyms().loaded ||
                wordnet::english_antonyms().are_antonyms(token.folded, rest))
                return true;
            continue;
        }
        if (lexicon.language == "en" && wordnet::english_antonyms().are_antonyms(token.folded, rest)) return true;
    }
    return false;
}

namespace {
// Digits only, so "1,250" and "1.250" anchor each other.
std::string digits(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c >= '0' && c <= '9') out += c;
    return out;
}
}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> cross_anchors(const Analysis& a) {
    const auto& S = a.source;
    const auto& T = a.target;
    auto anchor = [&](const Token& s, const Token& t) {
        if (s.numeric || t.numeric) return s.numeric && t.numeric && digits(s.folded) == digits(t.folded);
        if (s.folded.size() < 4 || is_stopword(*a.source_lexicon, s) || is_stopword(*a.target_lexicon, t)) return false;
        if (s.folded == t.folded) return true;
        return s.folded.size() >= 6 && t.folded.size() >= 6 && s.folded.compare(0, 5, t.folded, 0, 5) == 0;
    };
    std::vector<std::pair<std::size_t, std::size_t>> candidates;
    for (std::size_t i = 0; i < S.size(); ++i)
        for (std::size_t j = 0; j < T.size(); ++j)
            if (anchor(S[i], T[j])) candidates.emplace_back(i, j);
    // Longest chain increasing on both sides (candidates are few: quadratic is cheap).
    const std::size_t k = candidates.size();
    std::vector<std::size_t> best(k, 1), prev(k, k);
    std::size_t top = k;
    for (std::size_t x = 0; x < k; ++x) {
        for (std::size_t y = 0; y < x; ++y)
            if (candidates[y].first < candidates[x].first && candidates[y].second < candidates[x].second &&
                best[y] + 1 > best[x]) {
                best[x] = best[y] + 1;
                prev[x] = y;
            }
        if (top == k || best[x] > best[top]) top = x;
    }
    std::vector<std::pair<std::size_t, std::size_t>> chain;
    for (std::size_t x = top; x < k; x = prev[x]) chain.push_back(candidates[x]);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

double map_position(const std::vector<std::pair<std::size_t, std::size_t>>& anchors, std::size_t i,
                    std::size_t source_size, std::size_t target_size) {
    double s0 = -1, t0 = -1, s1 = static_cast<double>(source_size), t1 = static_cast<double>(target_size);
    for (auto [s, t] : anchors) {
        if (s == i) return static_cast<double>(t);
        if (s < i) {
            s0 = static_cast<double>(s);
            t0 = static_cast<double>(t);
        } else {
            s1 = static_cast<double>(s);
            t1 = static_cast<double>(t);
            break;
        }
    }
    return t0 + (static_cast<double>(i) - s0) * (t1 - t0) / std::max(s1 - s0, 1.0);
}

std::vector<ScaleShift> scale_shifts(const std::vector<Match>& source, const std::vector<std::string>& source_names,
                                     const std::vector<Match>& target, const std::vector<std::string>& target_names) {
    std::vector<ScaleShift> out;
    std::vector<bool> used_s(source.size()), used_t(target.size());
    auto same_scale = [&](const Match& a, const Match& b) {
        return source_names[static_cast<std::size_t>(a.scale)] == target_names[static_cast<std::size_t>(b.scale)];
    };
    for (std::size_t i = 0; i < source.size(); ++i)
        for (std::size_t j = 0; j < target.size(); ++j)
            if (!used_t[j] && same_scale(source[i], target[j]) && source[i].level == target[j].level) {
                used_s[i] = used_t[j] = true;
                break;
            }
    auto by_level = [](const std::vector<Match>& m, const std::vector<bool>& used) {
        std::vector<std::size_t> idx;
        for (std::size_t i = 0; i < m.size(); ++i)
            if (!used[i]) idx.push_back(i);
        std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return m[a].level < m[b].level; });
        return idx;
    };
    const auto rest_t = by_level(target, used_t);
    std::vector<bool> taken(target.size());
    for (std::size_t i : by_level(source, used_s))
        for (std::size_t j : rest_t)
            if (!taken[j] && same_scale(source[i], target[j])) {
                taken[j] = true;
                out.push_back({source[i], target[j], source_names[static_cast<std::size_t>(source[i].scale)]});
                break;
            }
    return out;
}

std::size_t governed_end(const Lexicon& lexicon, const std::vector<Token>& tokens, std::size_t last) {
    std::size_t end = last;
    for (int function_words = 0; end < tokens.size() && function_words < 2 && is_stopword(lexicon, tokens[end]);
         ++function_words)
        ++end;
    if (end < tokens.size() && !tokens[end].numeric) return end + 1;
    return last;
}

ByteRange span(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    if (first >= last || last > tokens.size()) return {};
    return {tokens[first].begin, tokens[last - 1].end};
}

std::string words(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    const ByteRange r = span(tokens, first, last);
    return std::string(text.substr(r.begin, r.end - r.begin));
}

// ---------------------------------------------------------------------------------------------
namespace {

// Longer pairs than this are not word-aligned (the quadratic table would cost more than it tells).
constexpr std::size_t kMaxAlignCells = 160000;

std::string key_of(const Lexicon& lex, const Token& t) {
    if (t.numeric) return t.folded;
    auto it = lex.synonym_of.find(t.stem);
    return it == lex.synonym_of.end() ? t.stem : it->second;
}

// An acronym as written ("CEO", "OCHA"): two to six capital letters.
bool is_acronym(std::string_view text, const Token& t) {
    const std::size_t n = t.end - t.begin;
    if (n < 2 || n > 6 || t.numeric) return false;
    for (std::size_t k = t.begin; k < t.end; ++k)
        if (text[k] < 'A' || text[k] > 'Z') return false;
    return true;
}

// Links an unlinked acronym of one side to an unlinked run of the other side whose content words
// begin with its letters in order, function words between them allowed ("OCHA" = "Office for the
// Coordination of Humanitarian Affairs", "CEO" = "chief executive officer").
void link_acronyms(const std::vector<Token>& from, std::string_view from_text, std::vector<int>& from_link,
                   const std::vector<Token>& to, const Lexicon& to_lexicon, std::vector<int>& to_link) {
    for (std::size_t j = 0; j < from.size(); ++j) {
        if (from_link[j] >= 0 || !is_acronym(from_text, from[j])) continue;
        const std::string& letters = from[j].folded;
        for (std::size_t b = 0; b < to.size(); ++b) {
            if (to_link[b] >= 0 || is_stopword(to_lexicon, to[b]) || to[b].folded.front() != letters.front()) continue;
            std::size_t k = b, matched = 0;
            bool ok = true;
            while (ok && matched < letters.size() && k < to.size()) {
                const Token& t = to[k];
                if (to_link[k] >= 0 || t.numeric) {
                    ok = false;
                } else if (is_stopword(to_lexicon, t)) {
                    ok = matched > 0;  // a run starts with a content word
                } else if (t.folded.front() == letters[matched]) {
                    ++matched;
                } else {
                    ok = false;
                }
                ++k;
            }
            if (!ok || matched < letters.size()) continue;
            from_link[j] = static_cast<int>(b);
            for (std::size_t i = b; i < k; ++i) to_link[i] = static_cast<int>(j);
            break;
        }
    }
}

void align(Analysis& a, std::string_view source_text, std::string_view target_text) {
    const auto& S = a.source;
    const auto& T = a.target;
    const std::size_t n = S.size(), m = T.size();
    a.source_link.assign(n, -1);
    a.target_link.assign(m, -1);
    if (n * m > kMaxAlignCells) return;
    a.aligned = true;
    std::vector<std::string> ks(n), kt(m);
    for (std::size_t i = 0; i < n; ++i) ks[i] = key_of(*a.source_lexicon, S[i]);
    for (std::size_t j = 0; j < m; ++j) kt[j] = key_of(*a.target_lexicon, T[j]);
    // Longest common subsequence of word keys, filled from the end so the walk goes forward.
    std::vector<std::uint16_t> table((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint16_t& { return table[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at(i, j) = ks[i] == kt[j] ? static_cast<std::uint16_t>(at(i + 1, j + 1) + 1)
                                      : std::max(at(i + 1, j), at(i, j + 1));
    std::vector<std::pair<std::size_t, std::size_t>> anchors;
    for (std::size_t i = 0, j = 0; i < n && j < m;) {
        if (ks[i] == kt[j]) {
            anchors.emplace_back(i, j);
            a.source_link[i] = static_cast<int>(j);
            a.target_link[j] = static_cast<int>(i);
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    // Words that moved: a reordering is not an omission plus an addition.
    for (std::size_t i = 0; i < n; ++i) {
        if (a.source_link[i] >= 0) continue;
        for (std::size_t j = 0; j < m; ++j)
            if (a.target_link[j] < 0 && ks[i] == kt[j]) {
                a.source_link[i] = static_cast<int>(j);
                a.target_link[j] = static_cast<int>(i);
                a.moved += !is_stopword(*a.source_lexicon, S[i]);
                break;
            }
    }
    // An acronym on one side spelt out on the other is the same name.
    link_acronyms(T, target_text, a.target_link, S, *a.source_lexicon, a.source_link);
    link_acronyms(S, source_text, a.source_link, T, *a.target_lexicon, a.target_link);
    std::size_t ps = 0, pt = 0;  // start of the current stretch
    auto close = [&](std::size_t es, std::size_t et) {
        bool open = false;
        for (std::size_t i = ps; i < es; ++i) open = open || a.source_link[i] < 0;
        for (std::size_t j = pt; j < et; ++j) open = open || a.target_link[j] < 0;
        if (open) a.gaps.push_back({ps, es, pt, et});
    };
    for (auto [i, j] : anchors) {
        close(i, j);
        ps = i + 1;
        pt = j + 1;
    }
    close(n, m);
    // Similarity counts words aligned in order only: moved words are a rewording too.
    std::vector<bool> in_order_s(n), in_order_t(m);
    for (auto [i, j] : anchors) in_order_s[i] = in_order_t[j] = true;
    std::size_t content = 0, linked = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (!is_stopword(*a.source_lexicon, S[i])) {
            ++content;
            linked += in_order_s[i];
        }
    for (std::size_t j = 0; j < m; ++j)
        if (!is_stopword(*a.target_lexicon, T[j])) {
            ++content;
            linked += in_order_t[j];
        }
    a.similarity = content ? static_cast<double>(linked) / static_cast<double>(content) : 1.0;
    for (const Gap& g : a.gaps) {
        bool edit = false;
        for (std::size_t i = g.source_begin; i < g.source_end; ++i)
            edit = edit || (a.source_link[i] < 0 && !is_stopword(*a.source_lexicon, S[i]));
        for (std::size_t j = g.target_begin; j < g.target_end; ++j)
            edit = edit || (a.target_link[j] < 0 && !is_stopword(*a.target_lexicon, T[j]));
        a.edits += edit;
    }
}

}  // namespace

const Analysis* analyse(const SegmentView& view, const Lexicon& source, const Lexicon& target) {
    const auto& seg = view.segment;
    if (!seg.target || !seg.translate || !view.unit.translate || view.is_alignment_gap()) return nullptr;
    if (is_blank(seg.source.text) || is_blank(seg.target->text)) return nullptr;
    // An unchanged text in one language has nothing for these rules (most segments of a revision).
    if (source.language == target.language && seg.source.text == seg.target->text) return nullptr;
    struct Cached {
        std::string source_text, target_text;
        Analysis analysis;
        bool valid = false;
    };
    thread_local Cached cache;
    if (cache.valid && cache.analysis.source_lexicon == &source && cache.analysis.target_lexicon == &target &&
        cache.source_text == seg.source.text && cache.target_text == seg.target->text)
        return &cache.analysis;
    cache.valid = false;
    cache.source_text = seg.source.text;
    cache.target_text = seg.target->text;
    Analysis& a = cache.analysis;
    a = Analysis{};
    a.source_lexicon = &source;
    a.target_lexicon = &target;
    a.same_language = source.language == target.language;
    a.source = tokenize(seg.source.text, source.language);
    a.target = tokenize(seg.target->text, target.language);
    if (a.same_language) align(a, seg.source.text, seg.target->text);
    cache.valid = true;
    return &a;
}

const ObservedLanguages& observed_languages(const SegmentView& view) {
    // The engine decides which language each side reads as; this reports where that differs from
    // the file's declaration.
    thread_local ObservedLanguages out;
    out.source = primary_language(view.source_lang) != primary_language(view.file.source_lang)
                     ? primary_language(view.source_lang)
                     : std::string();
    out.target = primary_language(view.target_lang) != primary_language(view.file.target_lang)
                     ? primary_language(view.target_lang)
                     : std::string();
    return out;
}

std::string source_language(const SegmentView& view) {
    const auto& observed = observed_languages(view);
    return observed.source.empty() ? primary_language(view.file.source_lang) : observed.source;
}

std::string target_language(const SegmentView& view) {
    const auto& observed = observed_languages(view);
    return observed.target.empty() ? primary_language(view.file.target_lang) : observed.target;
}

const Analysis* analyse(const SegmentView& view, const Lexicons& lexicons) {
    const auto& observed = observed_languages(view);
    const LanguagePack* sp = observed.source.empty() ? view.source_pack : view.packs.find(observed.source);
    const LanguagePack* tp = observed.target.empty() ? view.target_pack : view.packs.find(observed.target);
    const Lexicon& s = lexicons.get(sp, source_language(view));
    const Lexicon& t = lexicons.get(tp, target_language(view));
    // Across languages every judgement compares the two packs' word lists; without a pack for one side
    // ("not" against Portuguese "não") each negation or modal would look unmatched.
    if (s.language != t.language && (!sp || !tp || s.negators.empty() || t.negators.empty() || s.modals.empty() ||
                                     t.modals.empty()))
        return nullptr;
    return analyse(view, s, t);
}

namespace {
// Forms a folded word may stand for without its inflection ending, itself first.
std::vector<std::string> lemma_candidates(const std::string& w, std::string_view lang) {
    std::vector<std::string> out{w};
    auto strip = [&](std::string_view end, std::string_view add = {}) {
        if (w.size() >= end.size() + 3 && w.ends_with(end)) out.push_back(w.substr(0, w.size() - end.size()) + std::string(add));
    };
    if (lang == "en") {
        strip("ies", "y"), strip("es"), strip("s"), strip("ed"), strip("d"), strip("ing"), strip("ing", "e"), strip("ly");
        if (w.size() >= 6 && (w.ends_with("ed") || w.ends_with("ing"))) {
            const std::size_t n = w.size() - (w.ends_with("ed") ? 2 : 3);
            if (w[n - 1] == w[n - 2]) out.push_back(w.substr(0, n - 1));  // stopped -> stop
        }
    } else if (lang == "de") {
        for (std::string_view e : {"ern", "en", "em", "er", "es", "ns", "n", "e", "s"}) strip(e);
        // Participles and infinitives with "zu" of weak verbs, also behind a separable prefix:
        // "gemeldet" → "melden", "angekündigt" → "ankündigen", "zurückzugehen" → "zurückgehen".
        static constexpr std::string_view kSeparable[] = {"",     "ab",  "an",   "auf", "aus",  "bei",    "ein",
                                                          "fest", "her", "hin",  "mit", "nach", "vor",    "weg",
                                                          "zu",   "zurück", "zusammen", "dar", "durch", "um", "über"};
        for (std::string_view prefix : kSeparable) {
            if (!w.starts_with(prefix)) continue;
            const std::string_view rest = std::string_view(w).substr(prefix.size());
            for (std::string_view infix : {"ge", "zu"}) {
                if (!rest.starts_with(infix) || rest.size() < infix.size() + 4) continue;
                std::string_view stem = rest.substr(infix.size());
                if (infix == "ge") {
                    // Inflected participles ("gemeldeten") first lose their ending.
                    for (std::string_view e : {"en", "em", "er", "es", "e"})
                        if (stem.size() >= e.size() + 4 && stem.ends_with(e) && (stem[stem.size() - e.size() - 1] == 't')) {
                            stem.remove_suffix(e.size());
                            break;
                        }
                    if (stem.ends_with("et")) stem.remove_suffix(2);
                    else if (stem.ends_with('t')) stem.remove_suffix(1);
                    else continue;
                    if (stem.size() < 3) continue;
                    out.push_back(std::string(prefix) + std::string(stem) + "en");
                } else if (!prefix.empty() && stem.ends_with("en")) {
                    out.push_back(std::string(prefix) + std::string(stem));
                }
            }
        }
    } else {
        strip("es"), strip("s"), strip("x");
    }
    return out;
}

// The first five letters of a folded word without their accents ("encéphalites" → "encep"), or
// empty for a shorter word: words sharing it are cognates ("encephalitis").
std::string cognate_key(std::string_view folded) {
    std::string out;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    std::size_t letters = 0;
    for (std::size_t i = 0; i < folded.size() && letters < 5;) {
        const std::size_t at = i;
        const char32_t c = text::utf8::next(folded, i);
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else {
            icu::UnicodeString d;
            if (U_SUCCESS(status) && nfd->getDecomposition(static_cast<UChar32>(c), d) && d.length() > 0 && d.charAt(0) < 0x80)
                out += static_cast<char>(d.charAt(0));
            else
                out.append(folded.substr(at, i - at));
        }
        ++letters;
    }
    if (letters < 5) out.clear();
    return out;
}

// Evidence across languages for words of a source clause: a word counts as rendered when the target
// holds its number, a cognate, one of its dictionary translations (also inside a compound) or a word
// whose back-translation leads to it. Dictionaries of both directions are used when installed.
class CrossWords {
public:
    // Words of the language `src_lang` looked for among `target` (in `tgt_lang`, with its lexicon).
    CrossWords(const std::vector<Token>& target, const Lexicon& target_lexicon, std::string_view src_lang,
               std::string_view tgt_lang)
        : target_(target), src_lang_(src_lang), tgt_lang_(tgt_lang),
          forward_(text::BilingualDictionary::shared(src_lang, tgt_lang)),
          backward_(text::BilingualDictionary::shared(tgt_lang, src_lang)) {
        for (const Token& t : target) {
            if (t.numeric) {
                target_numbers_.insert(digits(t.folded));
                continue;
            }
            if (is_stopword(target_lexicon, t)) continue;
            target_stems_.insert(t.stem);
            if (std::string k = cognate_key(t.folded); !k.empty()) target_keys_.push_back(std::move(k));
            for (const std::string& b : back(t.folded)) back_stems_.insert(b);
        }
    }

    bool rendered(const Token& s) const {
        if (s.numeric) return target_numbers_.count(digits(s.folded)) > 0;
        if (back_stems_.count(s.stem)) return true;
        for (const Token& t : target_) {
            if (t.numeric) continue;
            if (t.folded == s.folded) return true;
            if (s.folded.size() >= 5 && t.folded.size() >= 5 && s.folded.compare(0, 5, t.folded, 0, 5) == 0) return true;
        }
        if (const std::string key = cognate_key(s.folded); !key.empty()) {
            for (const std::string& k : target_keys_)
                if (k == key) return true;
        }
        for (const std::string& f : forth(s.folded)) {
            if (target_stems_.count(f)) return true;
            if (f.size() < 4) continue;
            for (const Token& t : target_)
                if (t.folded.size() >= f.size() + 3 && t.folded.find(f) != std::string::npos) return true;
        }
        return false;
    }

    // Only one-word translations, in either direction, with equal stems: "impossible" / "unmöglich",
    // not "uncertain" / "gewiss" through "nicht gewiss".
    bool rendered_strictly(const Token& s) const {
        if (s.numeric) return target_numbers_.count(digits(s.folded)) > 0;
        // The same word, or the same with an ending added ("firm" / "Firma").
        for (const Token& t : target_)
            if (t.folded == s.folded ||
                (s.folded.size() >= 4 && t.folded.size() <= s.folded.size() + 2 && t.folded.starts_with(s.folded)))
                return true;
        for (const std::string& c : lemma_candidates(s.folded, src_lang_))
            for (const std::string& tr : forward_.find(c)) {
                if (tr.find(' ') != std::string::npos) continue;
                if (target_stems_.count(stem_of(tr, tgt_lang_))) return true;
                // The first part of a compound ("Unabhängigkeit" in "Unabhängigkeitstag").
                if (tr.size() >= 6)
                    for (const Token& t : target_)
                        if (t.folded.size() > tr.size() + 2 && t.folded.starts_with(tr)) return true;
            }
        for (const Token& t : target_) {
            if (t.numeric) continue;
            for (const std::string& c : lemma_candidates(t.folded, tgt_lang_))
                for (const std::string& tr : backward_.find(c))
                    if (tr.find(' ') == std::string::npos && stem_of(tr, src_lang_) == s.stem) return true;
        }
        return false;
    }

private:
    static std::string digits(std::string_view s) {
        std::string out;
        for (char c : s)
            if (c >= '0' && c <= '9') out += c;
        return out;
    }
    // Stems (in `lang`) of the words of the translations of `word`'s lemma candidates.
    static void translations(const text::BilingualDictionary& dict, const std::string& word, std::string_view from,
                             std::string_view to, std::vector<std::string>& out) {
        for (const std::string& c : lemma_candidates(word, from))
            for (const std::string& tr : dict.find(c)) {
                std::size_t b = 0;
                while (b < tr.size()) {
                    std::size_t e = tr.find(' ', b);
                    if (e == std::string::npos) e = tr.size();
                    if (e - b >= 3) out.push_back(stem_of(tr.substr(b, e - b), to));
                    b = e + 1;
                }
            }
    }
    const std::vector<std::string>& forth(const std::string& w) const {
        thread_local std::unordered_map<std::string, std::vector<std::string>> cache;
        const std::string key = std::string(src_lang_) + ">" + std::string(tgt_lang_) + ":" + w;
        auto it = cache.find(key);
        if (it != cache.end()) return it->second;
        if (cache.size() > 200000) cache.clear();
        std::vector<std::string> out;
        if (!forward_.empty()) translations(forward_, w, src_lang_, tgt_lang_, out);
        return cache.emplace(key, std::move(out)).first->second;
    }
    const std::vector<std::string>& back(const std::string& w) const {
        thread_local std::unordered_map<std::string, std::vector<std::string>> cache;
        const std::string key = std::string(tgt_lang_) + ">" + std::string(src_lang_) + ":" + w;
        auto it = cache.find(key);
        if (it != cache.end()) return it->second;
        if (cache.size() > 200000) cache.clear();
        std::vector<std::string> out;
        if (!backward_.empty()) {
            translations(backward_, w, tgt_lang_, src_lang_, out);
            // A compound: the translations of its last part ("Fahrschein" in "Papierfahrschein").
            if (out.empty())
                for (std::size_t i = 3; i + 4 <= w.size(); ++i) {
                    if ((static_cast<unsigned char>(w[i]) & 0xC0) == 0x80) continue;
                    translations(backward_, w.substr(i), tgt_lang_, src_lang_, out);
                    if (!out.empty()) break;
                }
        }
        return cache.emplace(key, std::move(out)).first->second;
    }

    const std::vector<Token>& target_;
    std::string_view src_lang_, tgt_lang_;
    const text::BilingualDictionary& forward_;
    const text::BilingualDictionary& backward_;
    std::unordered_set<std::string> target_numbers_, target_stems_, back_stems_;
    std::vector<std::string> target_keys_;  // cognate_key of the target's content words
};

}  // namespace

std::vector<bool> rendered_in(const std::vector<Token>& words, std::string_view words_language,
                              const std::vector<Token>& other, const Lexicon& other_lexicon, bool strict) {
    CrossWords cw(other, other_lexicon, words_language, other_lexicon.language);
    std::vector<bool> out(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) out[i] = strict ? cw.rendered_strictly(words[i]) : cw.rendered(words[i]);
    return out;
}

std::vector<Match> negation_context(const Lexicon& lexicon, const std::vector<Token>& tokens) {
    std::vector<Match> out = lexicon.negators.find(tokens);
    for (const Match& m : lexicon.implicit_negators.find(tokens)) out.push_back(m);
    return out;
}

bool in_negation_context(const std::vector<Match>& context, std::size_t i) {
    for (const Match& m : context)
        if (m.first <= i + 2 && i <= m.last + 1) return true;
    return false;
}

std::size_t rendered_word(const Token& word, const Lexicon& lexicon, const std::vector<Token>& other,
                          const Lexicon& other_lexicon, const std::function<bool(std::size_t)>& eligible) {
    for (std::size_t j = 0; j < other.size(); ++j) {
        if (other[j].numeric || is_stopword(other_lexicon, other[j]) || (eligible && !eligible(j))) continue;
        const std::vector<Token> one{other[j]};
        if (CrossWords(one, other_lexicon, lexicon.language, other_lexicon.language).rendered_strictly(word)) return j;
    }
    return other.size();
}

std::vector<PrefixOpposite> prefix_opposites(const Lexicon& lex, const std::vector<Token>& tokens,
                                             const std::vector<Token>& other, const Lexicon& other_lex) {
    std::vector<PrefixOpposite> out;
    if (lex.negation_prefixes.empty()) return out;
    const auto& dict = text::BilingualDictionary::shared(lex.language, other_lex.language);
    if (dict.empty()) return out;
    std::optional<CrossWords> cw;
    // A word that carries a negative affix of its language ("unexpected", "priceless").
    auto looks_negated = [](const Lexicon& l, const Token& t) {
        if (l.negation_exceptions.count(t.folded)) return false;
        for (const auto& p : l.negation_exception_prefixes)
            if (t.folded.starts_with(p)) return false;
        for (const auto& p : l.negation_prefixes)
            if (!p.empty() && p.front() != '-' && t.folded.size() >= p.size() + 4 && t.folded.starts_with(p)) return true;
        for (const auto& suffix : l.negation_suffixes)
            if (t.folded.find(suffix, 3) != std::string::npos) return true;
        return false;
    };
    const auto mine_negated = negation_context(lex, tokens);
    std::optional<std::vector<Match>> other_negated;
    const bool english = lex.language == "en" && wordnet::english_antonyms().loaded;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (in_negation_context(mine_negated, i)) continue;
        // The same word negated elsewhere ("nicht gültig … Gültige Endungen") renders the negated word.
        bool negated_elsewhere = false;
        for (std::size_t j = 0; j < tokens.size(); ++j)
            negated_elsewhere = negated_elsewhere || (j != i && tokens[j].stem == t.stem && in_negation_context(mine_negated, j));
        if (negated_elsewhere) continue;
        // Names and numbers have no opposite; short words make chance compounds ("un" + "art").
        if (t.numeric || t.folded.size() < 5 || (t.capitalised && !t.sentence_start && lex.language != "de")) continue;
        if (is_stopword(lex, t) || lex.negation_exceptions.count(t.folded)) continue;
        if (t.folded.find_first_of("-'") != std::string::npos) continue;
        for (const auto& raw : lex.negation_prefixes) {
            // Suffixes ("-less") change the part of speech; prefixes with a hyphen are spelt apart.
            if (raw.empty() || raw.front() == '-' || raw.back() == '-') continue;
            if (t.folded.starts_with(raw)) continue;  // already negated, or only looks so
            // Only a productive prefix ("un"), or in English one that WordNet confirms makes the
            // antonym ("improper" / "proper", not "improve" / "prove").
            const bool open = std::find(lex.open_negation_prefixes.begin(), lex.open_negation_prefixes.end(), raw) !=
                              lex.open_negation_prefixes.end();
            Token negated = t;
            negated.folded = raw + t.folded;
            if (english ? !wordnet::english_antonyms().are_antonyms(negated.folded, t.folded) : !open) continue;
            // Only a word of the dictionary, in one of its inflections ("unbekannten" → "unbekannt").
            bool known = false;
            for (const std::string& c : lemma_candidates(negated.folded, lex.language)) known = known || !dict.find(c).empty();
            if (!known) continue;
            negated.stem = stem_of(negated.folded, lex.language);
            if (!cw) cw.emplace(other, other_lex, lex.language, other_lex.language);
            // The word itself rendered by a one-word translation ("verletzt" / "hurt") is no opposite; a
            // looser match would find "erwartet" / "expected" inside "unexpectedly".
            if (!cw->rendered_strictly(negated) || cw->rendered_strictly(t)) continue;
            // Which word of the other side the negated form translates: one that carries a negative
            // affix itself and stands without a negator.
            if (!other_negated) other_negated = negation_context(other_lex, other);
            const std::size_t at = rendered_word(negated, lex, other, other_lex, [&](std::size_t j) {
                return looks_negated(other_lex, other[j]) && !in_negation_context(*other_negated, j);
            });
            if (at == other.size()) continue;
            // That word rendered as such elsewhere on this side ("ungültig … Gültige Endungen"): the
            // plain word here renders something else.
            if (CrossWords(tokens, lex, other_lex.language, lex.language).rendered_strictly(other[at])) continue;
            out.push_back({i, at, negated.folded});
            break;
        }
    }
    return out;
}

std::vector<Clause> clauses(std::string_view text) {
    std::vector<Clause> out;
    std::size_t start = 0;
    auto cut = [&](std::size_t end, bool strong) {
        if (end > start) out.push_back({start, end, strong});
        start = end;
    };
    // The period of a dotted abbreviation ("p.m.", "U.S.", "e.g.") is no sentence's.
    auto abbreviation = [&](std::size_t dot) {
        return dot >= 3 && std::isalpha(static_cast<unsigned char>(text[dot - 1])) && text[dot - 2] == '.' &&
               std::isalpha(static_cast<unsigned char>(text[dot - 3]));
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool space_after = i + 1 >= text.size() || text[i + 1] == ' ';
        if (c == '.' && space_after && i + 1 < text.size() && abbreviation(i)) continue;
        if ((c == '.' || c == '!' || c == '?' || c == ';' || c == ':') && space_after) cut(i + 1, true);
        else if (c == ',' && space_after) cut(i + 1, false);
        else if (c == ' ' && i + 2 < text.size() && (text[i + 1] == '-') && text[i + 2] == ' ') cut(i + 1, true);
        else if (c == ' ' && text.compare(i + 1, 3, "\u2013") == 0) cut(i + 1, true);
        else if (c == ' ' && text.compare(i + 1, 3, "\u2014") == 0) cut(i + 1, true);
    }
    cut(text.size(), true);
    return out;
}

std::vector<Clause> strong_clauses(std::string_view text) {
    std::vector<Clause> out;
    std::size_t b = 0;
    for (const auto& c : clauses(text))
        if (c.strong) out.push_back({b, c.end, true}), b = c.end;
    return out;
}

std::pair<std::size_t, std::size_t> Rendering::count(const std::vector<Token>& tokens, std::size_t begin,
                                                     std::size_t end) const {
    std::size_t n = 0, r = 0;
    for (std::size_t i = 0; i < tokens.size() && i < content.size(); ++i)
        if (content[i] && tokens[i].begin >= begin && tokens[i].begin < end) ++n, r += rendered[i];
    return {n, r};
}

const Rendering& cross_rendering(const SegmentView& view, const Analysis& a, bool target_words) {
    struct Cached {
        std::string source, target, languages;
        Rendering rendering;
    };
    thread_local Cached caches[2];  // source words, target words
    Cached& cache = caches[target_words ? 1 : 0];
    std::string sl = source_language(view), tl = target_language(view);
    const std::string_view st = view.segment.source.text;
    const std::string_view tt = view.segment.target ? std::string_view(view.segment.target->text) : std::string_view{};
    const std::string langs = sl + ">" + tl;
    // The words looked at, and the side looked in.
    const auto& words = target_words ? a.target : a.source;
    const auto& other = target_words ? a.source : a.target;
    const Lexicon& words_lexicon = target_words ? *a.target_lexicon : *a.source_lexicon;
    const Lexicon& other_lexicon = target_words ? *a.source_lexicon : *a.target_lexicon;
    if (target_words) std::swap(sl, tl);
    if (cache.source == st && cache.target == tt && cache.languages == langs && cache.rendering.content.size() == words.size())
        return cache.rendering;
    cache.source = std::string(st);
    cache.target = std::string(tt);
    cache.languages = langs;
    Rendering& r = cache.rendering;
    r.content.assign(words.size(), 0);
    r.rendered.assign(words.size(), 0);
    CrossWords cw(other, other_lexicon, sl, tl);
    for (std::size_t i = 0; i < words.size(); ++i) {
        r.content[i] = words[i].numeric || !is_stopword(words_lexicon, words[i]);
        if (r.content[i]) r.rendered[i] = cw.rendered(words[i]);
    }
    return r;
}

}  // namespace verity::rules::wording
