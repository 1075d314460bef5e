#include "xliff/text/stemmer.hpp"

#include <libstemmer.h>

#include <utility>

#include "xliff/text/case_folding.hpp"
#include "xliff/text/language_tag.hpp"

namespace verity::text {

std::string Stemmer::algorithm_for(std::string_view bcp47) {
    const std::string primary = primary_language(bcp47);
    static const std::pair<const char*, const char*> table[] = {
        {"en", "english"},    {"fr", "french"},     {"de", "german"},    {"es", "spanish"},
        {"it", "italian"},    {"pt", "portuguese"}, {"nl", "dutch"},     {"sv", "swedish"},
        {"da", "danish"},     {"nb", "norwegian"},  {"nn", "norwegian"}, {"no", "norwegian"},
        {"fi", "finnish"},    {"ru", "russian"},    {"hu", "hungarian"}, {"ro", "romanian"},
        {"tr", "turkish"},    {"ca", "catalan"},    {"eu", "basque"},    {"el", "greek"},
        {"ga", "irish"},      {"lt", "lithuanian"}, {"id", "indonesian"}, {"sr", "serbian"},
        {"ar", "arabic"},     {"hy", "armenian"},   {"hi", "hindi"},     {"ne", "nepali"},
        {"ta", "tamil"},      {"yi", "yiddish"},
    };
    for (const auto& [code, name] : table)
        if (primary == code) return name;
    return {};
}

Stemmer::Stemmer(std::string_view bcp47_language) {
    std::string name = algorithm_for(bcp47_language);
    if (!name.empty()) handle_ = sb_stemmer_new(name.c_str(), "UTF_8");
}

Stemmer::~Stemmer() {
    if (handle_) sb_stemmer_delete(handle_);
}

Stemmer::Stemmer(Stemmer&& other) noexcept : handle_(std::exchange(other.handle_, nullptr)) {}

Stemmer& Stemmer::operator=(Stemmer&& other) noexcept {
    if (this != &other) {
        if (handle_) sb_stemmer_delete(handle_);
        handle_ = std::exchange(other.handle_, nullptr);
    }
    return *this;
}

std::string Stemmer::stem(std::string_view word) {
    std::string folded = fold_case(word);
    if (!handle_ || folded.empty()) return folded;
    const sb_symbol* result = sb_stemmer_stem(handle_, reinterpret_cast<const sb_symbol*>(folded.data()),
                                              static_cast<int>(folded.size()));
    if (!result) return folded;  // out of memory inside libstemmer: the folded word still compares
    return std::string(reinterpret_cast<const char*>(result), static_cast<std::size_t>(sb_stemmer_length(handle_)));
}

}  // namespace verity::text
