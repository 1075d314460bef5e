#include "xliff/pair/sentence_evidence.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <limits>
#include <span>
#include <unordered_set>

#include "xliff/text/bilingual_dictionary.hpp"
#include "xliff/text/case_folding.hpp"
#include "xliff/text/language_tag.hpp"
#include "xliff/text/number_words.hpp"
#include "xliff/text/stemmer.hpp"
#include "xliff/text/utf8.hpp"
#include "xliff/text/words.hpp"

namespace verity::xliff::evidence {

// Latin-ASCII transliteration for cognate matching ("Expedition" ~ "expédition").
class Transliterator {
public:
    const std::string& operator()(const std::string& word) {
        auto it = cache_.find(word);
        if (it != cache_.end()) return it->second;
        // Created on first use: building ICU's rule chain takes milliseconds, and same-language
        // alignment never needs it.
        if (!tried_) {
            tried_ = true;
            UErrorCode status = U_ZERO_ERROR;
            impl_.reset(
                icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Any-Lower", UTRANS_FORWARD, status));
            if (U_FAILURE(status)) impl_.reset();
        }
        std::string out;
        if (impl_) {
            auto u = icu::UnicodeString::fromUTF8(word);
            impl_->transliterate(u);
            u.toUTF8String(out);
        } else {
            out = text::fold_case(word);
        }
        return cache_.emplace(word, std::move(out)).first->second;
    }

private:
    bool tried_ = false;
    std::unique_ptr<icu::Transliterator> impl_;
    std::unordered_map<std::string, std::string> cache_;
};

// Dictionary evidence across languages: a source word and a target word share the key
// "d:<target stem>" when the bilingual dictionary translates the one into the other, directly or
// through a headword with the same stem ("Gipfels" → "Gipfel" → "sommet" ~ "sommets").
class DictionaryMatcher {
public:
    DictionaryMatcher(const text::BilingualDictionary& dictionary, const AlignerOptions& options)
        : dictionary_(dictionary), source_stemmer_(options.source_language), target_stemmer_(options.target_language) {
        for (const auto& w : options.target_stopwords) target_stop_.insert(text::fold_case(w));
    }
    bool active() const { return !dictionary_.empty(); }

    // Target stems that a folded source word translates into; remembered for target().
    std::vector<std::string> source(const std::string& folded) {
        std::vector<std::string> out;
        auto add = [&](const text::StringList& translations) {
            for (const auto& t : translations) {
                std::string stem = translation_stem(t);
                if (stem.empty() || std::find(out.begin(), out.end(), stem) != out.end()) continue;
                out.push_back(stem);
            }
        };
        add(dictionary_.find(folded));
        if (out.empty()) {
            // Inflected forms: headwords sharing the word's stem.
            std::string stem = source_stemmer_.stem(folded);
            auto [first, last] = dictionary_.prefix_range(stem);
            for (std::size_t k = first; k < last && k < first + kMaxHeadwords; ++k)
                if (source_stemmer_.stem(dictionary_.headword(k)) == stem) add(dictionary_.translations(k));
        }
        if (out.size() > kMaxTranslations) out.resize(kMaxTranslations);
        for (const auto& stem : out) wanted_.insert(stem);
        return out;
    }
    // The target stem of a folded target word when some source word translates into it.
    std::string target(const std::string& folded) {
        std::string stem = target_stemmer_.stem(folded);
        return wanted_.count(stem) ? stem : std::string();
    }

private:
    // Broad words ("haben", "machen") list dozens of translations; their first ones are the
    // common senses, and past those a chance match is likelier than a real one.
    static constexpr std::size_t kMaxTranslations = 8, kMaxHeadwords = 16;

    // A translation counts when it has one content word ("to climb" → "climb").
    std::string translation_stem(std::string_view translation) {
        std::string word;
        for (std::size_t i = 0; i <= translation.size();) {
            std::size_t end = translation.find(' ', i);
            if (end == std::string::npos) end = translation.size();
            std::string part(translation.substr(i, end - i));
            i = end + 1;
            if (part.empty() || target_stop_.count(part)) continue;
            if (!word.empty()) return {};
            word = std::move(part);
        }
        if (text::utf8::count_code_points(word) < 3) return {};
        return target_stemmer_.stem(word);
    }

    const text::BilingualDictionary& dictionary_;
    text::Stemmer source_stemmer_, target_stemmer_;
    std::unordered_set<std::string> target_stop_, wanted_;
};

FeatureBuilder::FeatureBuilder(const AlignerOptions& options, std::size_t prefix)
    : same_(text::primary_language(options.source_language) == text::primary_language(options.target_language)),
      prefix_(prefix),
      translit_(std::make_unique<Transliterator>()) {
    if (!same_ && options.dictionaries) {
        const auto& dictionary = options.dictionaries->get(options.source_language, options.target_language);
        if (!dictionary.empty()) dictionary_ = std::make_unique<DictionaryMatcher>(dictionary, options);
    }
}

FeatureBuilder::~FeatureBuilder() = default;

Side FeatureBuilder::build(const std::vector<text::Sentence>& sentences, const std::string& language,
                            const std::vector<std::string>& stopwords, bool source) {
    text::Stemmer stemmer(language);
    std::unordered_set<std::string> stop;
    for (const auto& w : stopwords) stop.insert(text::fold_case(w));
    // Evidence keys per distinct token (word key, cognate key, dictionary keys): case folding,
    // stemming and interning run once per word form instead of once per occurrence.
    constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    struct Evidence {
        std::uint32_t key = kNone, cognate = kNone;
        std::vector<std::uint32_t> dictionary, parts;
    };
    std::unordered_map<std::string, Evidence> cache;
    const auto spelled = text::one_word_numbers(language);
    auto keys_of = [&](const text::WordToken& t) -> Evidence {
        if (t.number) {
            std::size_t nz = t.text.find_first_not_of('0');
            return {keys_.id("#" + (nz == std::string::npos ? "0" : t.text.substr(nz))), kNone, {}, {}};
        }
        std::string folded = text::fold_case(t.text);
        if (auto it = spelled.find(folded); it != spelled.end()) return {keys_.id("#" + it->second), kNone, {}, {}};
        if (stop.count(folded)) return {};
        if (same_) {
            if (text::utf8::count_code_points(folded) < 2) return {};
            return {keys_.id("s:" + stemmer.stem(folded)), kNone, {}, part_keys(folded, stemmer)};
        }
        Evidence e;
        if (dictionary_) {
            if (source) {
                for (const auto& stem : dictionary_->source(folded)) e.dictionary.push_back(dictionary_key(stem));
            } else if (auto stem = dictionary_->target(folded); !stem.empty()) {
                e.dictionary.push_back(dictionary_key(stem));
            }
        }
        const std::string& ascii = (*translit_)(t.text);
        if (ascii.size() < prefix_) return e;
        e.key = keys_.id("w:" + ascii);
        e.cognate = keys_.id("c:" + ascii.substr(0, prefix_));
        return e;
    };
    Side side;
    for (const auto& s : sentences) {
        std::string punctuation;
        auto tokens = text::tokenize_words(s.text, {&punctuation, false});
        std::vector<std::uint32_t> keys, words, parts;
        for (const auto& t : tokens) {
            auto it = cache.find(t.text);
            if (it == cache.end()) it = cache.emplace(t.text, keys_of(t)).first;
            const Evidence& e = it->second;
            keys.insert(keys.end(), e.dictionary.begin(), e.dictionary.end());
            parts.insert(parts.end(), e.parts.begin(), e.parts.end());
            if (e.key == kNone) continue;
            keys.push_back(e.key);
            if (e.cognate == kNone) continue;
            words.push_back(e.key);
            keys.push_back(e.cognate);
        }
        for (char c : punctuation) keys.push_back(keys_.id(std::string("p:") + c));
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        // A compound's parts only add to what it shares: its whole word already counts in its weight.
        std::sort(parts.begin(), parts.end());
        parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
        std::erase_if(parts, [&](std::uint32_t id) { return std::binary_search(keys.begin(), keys.end(), id); });
        keys.insert(keys.end(), parts.begin(), parts.end());
        std::sort(keys.begin(), keys.end());
        side.parts.push_back(std::move(parts));
        side.keys.push_back(std::move(keys));
        std::sort(words.begin(), words.end());
        words.erase(std::unique(words.begin(), words.end()), words.end());
        side.words.push_back(std::move(words));
        double chars = 0;
        for (std::size_t i = 0; i < s.text.size();)
            chars += text::utf8::is_space(text::utf8::next(s.text, i)) ? 0 : 1;
        side.chars.push_back(chars);
        side.paragraph.push_back(s.paragraph);
    }
    return side;
}

void FeatureBuilder::learn_vocabulary(const std::vector<text::Sentence>& source,
                                      const std::vector<text::Sentence>& target, const AlignerOptions& options) {
    // Languages that write compounds closed; elsewhere a word's head or tail is a chance
    // ("destination" / "nation", "trafficking" / "king").
    static const std::unordered_set<std::string> compounding = {"de", "nl", "sv", "da", "nb", "nn", "no",
                                                               "is", "fi", "et", "hu", "af", "lb", "fy"};
    if (!same_ || !compounding.count(text::primary_language(options.source_language))) return;
    auto add = [&](const std::vector<text::Sentence>& sentences, const std::string& language,
                   const std::vector<std::string>& stopwords) {
        text::Stemmer stemmer(language);
        std::unordered_set<std::string> stop, seen;
        for (const auto& w : stopwords) stop.insert(text::fold_case(w));
        for (const auto& s : sentences)
            for (const auto& t : text::tokenize_words(s.text)) {
                if (t.number || !seen.insert(t.text).second) continue;
                std::string folded = text::fold_case(t.text);
                if (stop.count(folded)) continue;
                std::string stem = stemmer.stem(folded);
                if (text::utf8::count_code_points(stem) >= kMinPart) vocabulary_.insert(std::move(stem));
            }
    };
    add(source, options.source_language, options.source_stopwords);
    add(target, options.target_language, options.target_stopwords);
}

// A word of at least two parts' length is cut at every letter boundary; a head or a tail whose
// stem the documents use as a word of its own is a part ("abfuhr|tage", "entsorgungs|betriebe":
// the German linking s is the stemmer's to remove). Parts shorter than four letters are left
// out: "bio", "ent" and "ver" are prefixes of too much.
std::vector<std::uint32_t> FeatureBuilder::part_keys(const std::string& folded, text::Stemmer& stemmer) {
    std::vector<std::uint32_t> out;
    if (vocabulary_.empty()) return out;
    std::vector<std::size_t> cuts;  // byte offsets of letter boundaries
    for (std::size_t i = 0; i < folded.size();) {
        text::utf8::next(folded, i);
        cuts.push_back(i);
    }
    if (cuts.size() < 2 * kMinPart) return out;
    std::string whole = stemmer.stem(folded);
    auto take = [&](std::string_view part) {
        std::string stem = stemmer.stem(part);
        if (stem == whole || !vocabulary_.count(stem)) return;
        auto id = keys_.id("s:" + stem);
        if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    };
    for (std::size_t k = kMinPart - 1; k + kMinPart < cuts.size(); ++k) {
        take(std::string_view(folded).substr(0, cuts[k]));
        take(std::string_view(folded).substr(cuts[k]));
    }
    return out;
}

std::uint32_t FeatureBuilder::dictionary_key(const std::string& stem) {
    auto id = keys_.id("d:" + stem);
    if (dictionary_keys_.size() <= id) dictionary_keys_.resize(id + 1, false);
    dictionary_keys_[id] = true;
    return id;
}

}  // namespace verity::xliff::evidence
