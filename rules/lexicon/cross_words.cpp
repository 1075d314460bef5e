#include "rules/lexicon/cross_words.hpp"

#include <unicode/normalizer2.h>

#include <span>
#include <unordered_map>

#include "rules/lexicon/inflection.hpp"
#include "xliff/text/number_words.hpp"
#include "xliff/text/stemmer.hpp"
#include "xliff/text/utf8.hpp"

namespace verity::rules::wording {
namespace {

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

// Stems (in `to`) of the words of the translations of `word`'s lemma candidates; for a language without a
// stemmer whose candidates the dictionary lacks, of its family (an inflection: "marynarzy" -> "marynarz").
void translations(StemMemo& stems, const text::BilingualDictionary& dict, const std::string& word,
                  std::string_view from, std::string_view to, std::vector<std::string>& out) {
    auto add = [&](const text::StringList& ts) {
        for (const std::string_view tr : ts) {
            std::size_t b = 0;
            while (b < tr.size()) {
                std::size_t e = tr.find(' ', b);
                if (e == std::string::npos) e = tr.size();
                if (e - b >= 3) out.push_back(stems.stem(std::string(tr.substr(b, e - b)), to));
                b = e + 1;
            }
        }
    };
    bool found = false;
    for (const std::string& c : lemma_candidates(word, from)) {
        const auto ts = dict.find(c);
        found = found || !ts.empty();
        add(ts);
    }
    if (!found && text::Stemmer::algorithm_for(from).empty())
        for (std::size_t i : dict.family(word)) add(dict.translations(i));
}

// The translations of the longest last part of a compound that has any (of four bytes or more, after
// three at least).
void last_part_translations(StemMemo& stems, const text::BilingualDictionary& dict, const std::string& word,
                            std::string_view from, std::string_view to, std::vector<std::string>& out) {
    for (std::size_t i = 3; i + 4 <= word.size(); ++i) {
        if ((static_cast<unsigned char>(word[i]) & 0xC0) == 0x80) continue;
        translations(stems, dict, word.substr(i), from, to, out);
        if (!out.empty()) return;
    }
}

// The language's one-word number words, made once per run.
struct NumberWords {
    std::unordered_map<std::string, std::string> words;
};
const std::unordered_map<std::string, std::string>& number_words(const SegmentView& view, std::string_view language) {
    return view.run.store()
        .get<NumberWords>(std::string(language), [&] { return NumberWords{text::one_word_numbers(language)}; })
        .words;
}

}  // namespace

// The stems a word's translations lead to, per direction and word ("de>en:unbekannt"): a document
// asks about the same words again and again.
struct CrossWords::Memo {
    std::unordered_map<std::string, std::vector<std::string>> forth, back;
};

CrossWords::CrossWords(const SegmentView& view, const std::vector<Token>& target, const Lexicon& target_lexicon,
                       std::string_view src_lang, std::string_view tgt_lang)
    : memo_(view.document_context.store().get<Memo>()),
      stems_(stems_of(view)),
      target_(target),
      src_lang_(src_lang),
      tgt_lang_(tgt_lang),
      src_number_words_(number_words(view, src_lang)),
      forward_(view.run.dictionary(src_lang, tgt_lang)),
      backward_(view.run.dictionary(tgt_lang, src_lang)) {
    bool in_run = false;  // the previous token was a number
    const auto& target_words = number_words(view, tgt_lang);
    for (const Token& t : target) {
        if (t.numeric) {
            target_numbers_.insert(digits_of(t.folded));
            if (!in_run) target_runs_.emplace_back();
            target_runs_.back().first += digits_of(t.folded);
            ++target_runs_.back().second;
            in_run = true;
            continue;
        }
        in_run = false;
        // A number in words renders the number in digits ("fifteen years" / "15 anni").
        if (const auto it = target_words.find(t.folded); it != target_words.end()) target_numbers_.insert(it->second);
        if (is_stopword(target_lexicon, t)) continue;
        target_stems_.insert(t.stem);
        if (std::string k = cognate_key(t.folded); !k.empty()) target_keys_.push_back(std::move(k));
        for (const std::string& b : back(t.folded)) back_stems_.insert(b);
    }
}

bool CrossWords::rendered(const Token& s) const {
    if (s.numeric) return number_rendered(digits_of(s.folded));
    if (const auto it = src_number_words_.find(s.folded);
        it != src_number_words_.end() && target_numbers_.count(it->second))
        return true;
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

bool CrossWords::number_rendered(const std::string& digits) const {
    if (target_numbers_.count(digits)) return true;
    // Written in other pieces ("20 000" / "20,000", "4-0" / "4 - 0": numbers in a row, run together) or
    // with the century ("années 70" / "1970s"). A single digit could be any number's.
    if (digits.size() < 2) return false;
    for (const auto& [run, numbers] : target_runs_)
        if (numbers >= 2 && run.find(digits) != std::string::npos) return true;
    for (const std::string& t : target_numbers_)
        if (t.size() == digits.size() + 2 && t.ends_with(digits)) return true;
    return false;
}

bool CrossWords::rendered_strictly(const Token& s) const {
    if (s.numeric) return target_numbers_.count(digits_of(s.folded)) > 0;
    // The same word, or the same with an ending added ("firm" / "Firma").
    for (const Token& t : target_)
        if (t.folded == s.folded ||
            (s.folded.size() >= 4 && t.folded.size() <= s.folded.size() + 2 && t.folded.starts_with(s.folded)))
            return true;
    for (const std::string& c : lemma_candidates(s.folded, src_lang_))
        for (const std::string_view tr : forward_.find(c)) {
            if (tr.find(' ') != std::string::npos) continue;
            if (target_stems_.count(stems_.stem(std::string(tr), tgt_lang_))) return true;
            // The first part of a compound ("Unabhängigkeit" in "Unabhängigkeitstag").
            if (tr.size() >= 6)
                for (const Token& t : target_)
                    if (t.folded.size() > tr.size() + 2 && t.folded.starts_with(tr)) return true;
        }
    for (const Token& t : target_) {
        if (t.numeric) continue;
        for (const std::string& c : lemma_candidates(t.folded, tgt_lang_))
            for (const std::string_view tr : backward_.find(c))
                if (tr.find(' ') == std::string::npos && stems_.stem(std::string(tr), src_lang_) == s.stem) return true;
    }
    return false;
}

const std::vector<std::string>& CrossWords::forth(const std::string& w) const {
    auto& cache = memo_.forth;
    const std::string key = std::string(src_lang_) + ">" + std::string(tgt_lang_) + ":" + w;
    auto it = cache.find(key);
    if (it != cache.end()) return it->second;
    if (cache.size() > 200000) cache.clear();
    std::vector<std::string> out;
    if (!forward_.empty()) {
        translations(stems_, forward_, w, src_lang_, tgt_lang_, out);
        // A compound the dictionary lacks: the translations of its last part ("Pornographie" in
        // "Erwachsenenpornographie"), as back() does for the target's compounds.
        if (out.empty()) last_part_translations(stems_, forward_, w, src_lang_, tgt_lang_, out);
    }
    return cache.emplace(key, std::move(out)).first->second;
}

const std::vector<std::string>& CrossWords::back(const std::string& w) const {
    auto& cache = memo_.back;
    const std::string key = std::string(tgt_lang_) + ">" + std::string(src_lang_) + ":" + w;
    auto it = cache.find(key);
    if (it != cache.end()) return it->second;
    if (cache.size() > 200000) cache.clear();
    std::vector<std::string> out;
    if (!backward_.empty()) {
        translations(stems_, backward_, w, tgt_lang_, src_lang_, out);
        // A compound: the translations of its last part ("Fahrschein" in "Papierfahrschein").
        if (out.empty()) last_part_translations(stems_, backward_, w, tgt_lang_, src_lang_, out);
    }
    return cache.emplace(key, std::move(out)).first->second;
}

}  // namespace verity::rules::wording
