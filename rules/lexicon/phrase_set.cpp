#include "rules/lexicon/phrase_set.hpp"

#include <algorithm>

namespace verity::rules::wording {

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
            std::string folded = fold_word(w);
            if (folded.size() > 1 && folded.front() == '*' && folded.back() != '*') {
                e.words.push_back({folded.substr(1), false, true});
                continue;
            }
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
    if (e.words.front().prefix || e.words.front().suffix) prefix_first_.push_back(index);
    else {
        const std::string_view key = lookup_key(e.words.front().text);
        first_sieve_.set(fingerprint(key));
        by_first_[std::string(key)].push_back(index);
    }
    entries_.push_back(std::move(e));
}

std::size_t PhraseSet::fingerprint(std::string_view key) {
    if (key.empty()) return 0;
    const auto first = static_cast<unsigned char>(key.front()), last = static_cast<unsigned char>(key.back());
    return (first * 131u + last * 7u + key.size() * 977u) % kSieveBits;
}

std::string_view PhraseSet::lookup_key(std::string_view word) const {
    // Stems are looked up by their first four bytes, so that a word the stemmer leaves whole
    // (French "condamnent") still finds its entry ("condamn").
    return by_stem_ ? word.substr(0, 4) : word;
}

bool PhraseSet::word_matches(const Word& w, const Token& t) const {
    if (w.prefix) return t.folded.starts_with(w.text);
    if (w.suffix) return t.folded.size() > w.text.size() && t.folded.ends_with(w.text);
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
        const std::string_view key = lookup_key(by_stem_ ? tokens[i].stem : tokens[i].folded);
        if (first_sieve_.test(fingerprint(key)))
            if (auto it = by_first_.find(key); it != by_first_.end())
                for (std::size_t idx : it->second) try_entry(entries_[idx], i, best);
        if (by_stem_ && key != lookup_key(tokens[i].folded)) {
            const std::string_view folded_key = lookup_key(tokens[i].folded);
            if (first_sieve_.test(fingerprint(folded_key)))
                if (auto f = by_first_.find(folded_key); f != by_first_.end())
                    for (std::size_t idx : f->second) try_entry(entries_[idx], i, best);
        }
        // Glob entries: their first word is checked in place, as most tokens start none.
        for (std::size_t idx : prefix_first_) {
            const Word& first = entries_[idx].words.front();
            const std::string& f = tokens[i].folded;
            if (first.suffix ? f.size() > first.text.size() && f.ends_with(first.text) : f.starts_with(first.text))
                try_entry(entries_[idx], i, best);
        }
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

}  // namespace verity::rules::wording
