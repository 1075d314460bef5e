#include "rules/lexicon/evidence.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "xliff/text/bilingual_dictionary.hpp"
#include "xliff/text/stemmer.hpp"
#include "xliff/text/utf8.hpp"
#include "xliff/text/words.hpp"
#include "xliff/text/case_folding.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::text {
struct Evidence::Impl {
    std::shared_ptr<const Dictionaries> dictionaries;  // the run's, kept alive for `dictionary`
    std::string source_language, target_language;
    bool same = false;
    Stemmer source_stemmer, target_stemmer;
    std::unordered_set<std::string> source_stop, target_stop;
    const BilingualDictionary* dictionary = nullptr;
    std::unique_ptr<icu::Transliterator> translit;
    std::unordered_map<std::string, std::string> ascii_cache;

    Impl(std::string_view src, std::string_view tgt, std::shared_ptr<const Dictionaries> run_dictionaries)
        : dictionaries(std::move(run_dictionaries)), source_language(text::primary_language(src)),
          target_language(text::primary_language(tgt)), source_stemmer(src), target_stemmer(tgt) {
        same = source_language == target_language;
        if (!same) {
            if (dictionaries) dictionary = &dictionaries->get(src, tgt);
            UErrorCode status = U_ZERO_ERROR;
            translit.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Any-Lower", UTRANS_FORWARD, status));
            if (U_FAILURE(status)) translit.reset();
        }
    }

    const std::string& ascii(const std::string& folded) {
        auto it = ascii_cache.find(folded);
        if (it != ascii_cache.end()) return it->second;
        std::string out;
        if (translit) {
            auto u = icu::UnicodeString::fromUTF8(folded);
            translit->transliterate(u);
            u.toUTF8String(out);
        } else {
            out = folded;
        }
        if (ascii_cache.size() > 50000) ascii_cache.clear();
        return ascii_cache.emplace(folded, std::move(out)).first->second;
    }

    Evidence::Bag bag(std::string_view text, bool source) {
        Evidence::Bag bag;
        auto& stop = source ? source_stop : target_stop;
        auto& stemmer = source ? source_stemmer : target_stemmer;
        for (auto& w : tokenize_words(text, {nullptr, true})) {
            std::vector<std::string> out;
            auto keep = [&] {
                if (out.empty()) return;
                bag.keys.insert(bag.keys.end(), out.begin(), out.end());
                bag.words.push_back(std::move(out));
            };
            if (w.number) {
                std::string digits;
                for (char c : w.text)
                    if (c >= '0' && c <= '9') digits += c;
                std::size_t nz = digits.find_first_not_of('0');
                out.push_back("#" + (nz == std::string::npos ? std::string("0") : digits.substr(nz)));
                keep();
                continue;
            }
            std::string folded = text::fold_case(w.text);
            if (utf8::count_code_points(folded) < 2 || stop.count(folded)) continue;
            if (same) {
                out.push_back("s:" + stemmer.stem(folded));
                keep();
                continue;
            }
            const std::string& a = ascii(folded);
            if (a.size() >= 4) out.push_back("c:" + a.substr(0, 4));
            if (dictionary && !dictionary->empty()) {
                if (source) {
                    for (const auto& t : dictionary->find(folded))
                        if (t.find(' ') == std::string::npos) out.push_back("d:" + target_stemmer.stem(t));
                } else {
                    out.push_back("d:" + target_stemmer.stem(folded));
                }
            }
            keep();
        }
        std::sort(bag.keys.begin(), bag.keys.end());
        bag.keys.erase(std::unique(bag.keys.begin(), bag.keys.end()), bag.keys.end());
        return bag;
    }
};

Evidence::Evidence(std::string_view source_language, std::string_view target_language,
                   const std::vector<std::string>& source_stopwords, const std::vector<std::string>& target_stopwords,
                   std::shared_ptr<const Dictionaries> dictionaries)
    : impl_(std::make_unique<Impl>(source_language, target_language, std::move(dictionaries))) {
    for (const auto& w : source_stopwords) impl_->source_stop.insert(text::fold_case(w));
    for (const auto& w : target_stopwords) impl_->target_stop.insert(text::fold_case(w));
}

Evidence::~Evidence() = default;

Evidence::Bag Evidence::source(std::string_view text) { return impl_->bag(text, true); }
Evidence::Bag Evidence::target(std::string_view text) { return impl_->bag(text, false); }
bool Evidence::same_language() const { return impl_->same; }

double Evidence::containment(const Bag& of, const Bag& in) {
    if (of.words.empty()) return 0;
    std::size_t hits = 0;
    for (const auto& word : of.words)
        hits += std::any_of(word.begin(), word.end(),
                            [&](const std::string& k) { return std::binary_search(in.keys.begin(), in.keys.end(), k); });
    return static_cast<double>(hits) / static_cast<double>(of.words.size());
}

}  // namespace verity::text
