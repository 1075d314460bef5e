// Snowball stemming for lexical matching (same-language alignment, word comparisons).
#pragma once

#include <string>
#include <string_view>

struct sb_stemmer;

namespace verity::text {

// Lower-cases (full Unicode case folding) and stems one word. Owns a libstemmer handle, which
// keeps internal buffers: one instance must not be used from two threads at once; give each
// thread its own. Unsupported languages fall back to case folding alone.
class Stemmer {
public:
    explicit Stemmer(std::string_view bcp47_language);
    ~Stemmer();
    Stemmer(Stemmer&& other) noexcept;
    Stemmer& operator=(Stemmer&& other) noexcept;
    Stemmer(const Stemmer&) = delete;
    Stemmer& operator=(const Stemmer&) = delete;

    std::string stem(std::string_view word);
    bool supported() const { return handle_ != nullptr; }
    // Snowball algorithm name ("english") or empty when unsupported.
    static std::string algorithm_for(std::string_view bcp47_language);

private:
    sb_stemmer* handle_ = nullptr;
};

}  // namespace verity::text
