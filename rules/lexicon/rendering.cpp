#include "rules/lexicon/rendering.hpp"

#include <string>
#include <utility>

#include "rules/lexicon/cross_words.hpp"

namespace verity::rules::wording {

std::vector<bool> rendered_in(const SegmentView& view, const std::vector<Token>& words, std::string_view words_language,
                              const std::vector<Token>& other, const Lexicon& other_lexicon, bool strict) {
    CrossWords cw(view, other, other_lexicon, words_language, other_lexicon.language);
    std::vector<bool> out(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) out[i] = strict ? cw.rendered_strictly(words[i]) : cw.rendered(words[i]);
    return out;
}

namespace {

// Numbers in a row written as one number on the other side ("1 500" / "1,500"): the run is rendered.
void render_number_runs(const std::vector<Token>& words, const CrossWords& cw, Rendering& r) {
    for (std::size_t b = 0; b < words.size();) {
        std::size_t e = b;
        std::string digits;
        while (e < words.size() && words[e].numeric) digits += digits_of(words[e].folded), ++e;
        if (e - b >= 2 && cw.number_rendered(digits))
            for (std::size_t k = b; k < e; ++k) r.rendered[k] = 1;
        b = e > b ? e : b + 1;
    }
}

}  // namespace

std::pair<std::size_t, std::size_t> Rendering::count(const std::vector<Token>& tokens, std::size_t begin,
                                                     std::size_t end) const {
    std::size_t n = 0, r = 0;
    for (std::size_t i = 0; i < tokens.size() && i < content.size(); ++i)
        if (content[i] && tokens[i].begin >= begin && tokens[i].begin < end) ++n, r += rendered[i];
    return {n, r};
}

const Rendering& cross_rendering(const SegmentView& view, const Analysis& a, bool target_words) {
    // Made once per segment and side by the first rule that asks.
    return view.segment_context.store().get<Rendering>(target_words ? "target words" : "source words", [&] {
        std::string sl = source_language(view), tl = target_language(view);
        if (target_words) std::swap(sl, tl);
        // The words looked at, and the side looked in.
        const auto& words = target_words ? a.target : a.source;
        const auto& other = target_words ? a.source : a.target;
        const Lexicon& words_lexicon = target_words ? *a.target_lexicon : *a.source_lexicon;
        const Lexicon& other_lexicon = target_words ? *a.source_lexicon : *a.target_lexicon;
        Rendering r;
        r.content.assign(words.size(), 0);
        r.rendered.assign(words.size(), 0);
        const CrossWords cw(view, other, other_lexicon, sl, tl);
        for (std::size_t i = 0; i < words.size(); ++i) {
            // The zeros of a full hour ("8:00" / "8 h") or a price ("12.00") say nothing of their own.
            r.content[i] = words[i].numeric ? words[i].folded.find_first_not_of('0') != std::string::npos ||
                                                  words[i].folded.size() < 2
                                            : !is_stopword(words_lexicon, words[i]);
            if (r.content[i]) r.rendered[i] = cw.rendered(words[i]);
        }
        render_number_runs(words, cw, r);
        return r;
    });
}

}  // namespace verity::rules::wording
