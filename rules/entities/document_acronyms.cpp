#include "rules/entities/document_acronyms.hpp"

#include <algorithm>
#include <string_view>

#include "rules/entities/words.hpp"
#include "xliff/text/case_folding.hpp"

namespace verity::rules::entities {
namespace {

// Acronyms a text defines in brackets: "(CASIB)", "(JISAC)", two to seven capitals.
std::vector<std::string> defined_acronyms(std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t p = text.find('('); p != std::string_view::npos; p = text.find('(', p + 1)) {
        std::size_t e = p + 1;
        while (e < text.size() && text[e] >= 'A' && text[e] <= 'Z') ++e;
        if (e < text.size() && text[e] == ')' && e - p - 1 >= 2 && e - p - 1 <= 7) out.emplace_back(text.substr(p + 1, e - p - 1));
    }
    return out;
}

// Whether `text` writes the capitals `acronym` as a word of its own ("IOO", not the "IOO" of "IOOS").
bool writes(std::string_view text, const std::string& acronym) {
    auto letter = [&](std::size_t i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
    };
    for (std::size_t p = text.find(acronym); p != std::string_view::npos; p = text.find(acronym, p + 1))
        if ((p == 0 || !letter(p - 1)) && (p + acronym.size() == text.size() || !letter(p + acronym.size()))) return true;
    return false;
}

// The folded words before "(X)" in `text` (at most `n`), hyphenated words split into their parts.
std::vector<std::string> words_before(std::string_view text, const std::string& acronym, std::size_t n) {
    const std::size_t at = text.find("(" + acronym + ")");
    if (at == std::string_view::npos) return {};
    std::vector<std::string> out;
    for (const Word& w : split_words(text.substr(0, at))) {
        if (!w.has_letter) continue;
        std::size_t b = 0;
        for (std::size_t h = w.key.find('-'); ; h = w.key.find('-', b)) {
            const std::string part = w.key.substr(b, h == std::string::npos ? std::string::npos : h - b);
            if (!part.empty()) out.push_back(part);
            if (h == std::string::npos) break;
            b = h + 1;
        }
    }
    if (out.size() > n) out.erase(out.begin(), out.end() - static_cast<std::ptrdiff_t>(n));
    return out;
}

bool spells_from(const std::string& a, std::size_t i, const std::vector<std::string>& words, std::size_t w,
                 std::size_t pos, bool inner) {
    if (i == a.size()) return true;
    for (std::size_t p = pos; inner && p < words[w].size(); ++p)
        if (words[w][p] == a[i] && spells_from(a, i + 1, words, w, p + 1, inner)) return true;
    for (std::size_t v = w + 1; v < words.size(); ++v)
        if (!words[v].empty() && words[v][0] == a[i] && spells_from(a, i + 1, words, v, 1, inner)) return true;
    return false;
}

// Two acronyms of one length that differ in one letter, or two of five and more: "VWS" / "VBS".
bool letters_changed(const std::string& x, const std::string& y) {
    if (x.size() != y.size()) return false;
    std::size_t d = 0;
    for (std::size_t i = 0; i < x.size(); ++i) d += x[i] != y[i];
    return d >= 1 && d <= (x.size() >= 5 ? 2u : 1u);
}

}  // namespace

bool spells(const std::string& acronym, const std::vector<std::string>& words, bool inner) {
    if (acronym.empty()) return false;
    for (std::size_t w = 0; w < words.size(); ++w)
        if (!words[w].empty() && words[w][0] == acronym[0] && spells_from(acronym, 1, words, w, 1, inner)) return true;
    return false;
}

const DocumentAcronyms& document_acronyms(const SegmentView& view) {
    return view.document_context.store().get<DocumentAcronyms>([&] {
        DocumentAcronyms out;
        std::unordered_set<std::string> defined_in_target;  // as written
        for (const auto& unit : view.file.units) {
            // Most units define nothing: look for brackets before joining a unit's segments.
            std::vector<std::string> s, t;
            for (const auto& seg : unit.segments) {
                for (auto& a : defined_acronyms(seg.source.text)) s.push_back(std::move(a));
                if (!seg.target) continue;
                for (auto& a : defined_acronyms(seg.target->text)) t.push_back(std::move(a));
            }
            defined_in_target.insert(t.begin(), t.end());
            if (s.empty()) continue;
            std::string source, target;
            for (const auto& seg : unit.segments) {
                source += seg.source.text + ' ';
                if (seg.target) target += seg.target->text + ' ';
            }
            if (s.size() == 1 && t.size() == 1 && s[0] != t[0]) {
                // The words each side defines its acronym by, ten at most.
                const auto s_words = words_before(source, s[0], 10), t_words = words_before(target, t[0], 10);
                const std::string x = text::fold_case(s[0]), y = text::fold_case(t[0]);
                // Generous where it keeps quiet: the target's acronym may take letters from inside its
                // words ("BAMF" of "Bundesamt für Migration und Flüchtlinge"); one from the source's
                // words would be their initials.
                // And only a letter changed (two in a long one): a translation may also use the acronym of
                // the name in a third language, the original's ("Supreme Court of Justice (SCJ)" / "Oberster
                // Gerichtshof (SCJN)", "United Democratic Forces (UDF)" / "(ODS)"), which spells neither.
                const bool altered = letters_changed(x, y) && !s_words.empty() && !t_words.empty() && spells(x, s_words, true) &&
                                     !spells(y, t_words, true) && !spells(y, s_words, false);
                (altered ? out.altered : out.target_of)[x].insert(y);
            }
            for (const auto& a : s) {
                // The eight words before each "(X)" of the source.
                const auto words = words_before(source, a, 8);
                out.expansion_of[text::fold_case(a)].insert(words.begin(), words.end());
            }
            for (const auto& a : t)
                if (std::find(s.begin(), s.end(), a) != s.end()) {
                    const auto words = words_before(target, a, 8);
                    out.target_expansion_of[text::fold_case(a)].insert(words.begin(), words.end());
                }
        }
        // (Few documents define any: the source is searched for those alone.)
        for (const auto& a : defined_in_target)
            if (std::any_of(view.file.units.begin(), view.file.units.end(), [&](const auto& unit) {
                    return std::any_of(unit.segments.begin(), unit.segments.end(),
                                       [&](const auto& seg) { return writes(seg.source.text, a); });
                }))
                out.kept.insert(text::fold_case(a));
        return out;
    });
}

void apply_document_acronyms(const SegmentView& view, EntityComparison& c, bool cross) {
    const DocumentAcronyms& acronyms = document_acronyms(view);
    const auto& map = acronyms.target_of;
    auto key = [](const Entity& e) { return e.acronym && !e.core.empty() ? e.core[0] : std::string(); };
    auto in = [](const auto& m, const std::string& s, const std::string& t) {
        auto it = m.find(s);
        return it != m.end() && it->second.count(t);
    };
    auto localises = [&](const std::string& s, const std::string& t) { return in(map, s, t); };
    // A name made of words the document gives an acronym, and that acronym: "Communauté" and "CAVS" where
    // the source defines "Communauté d'agglomération du Val-Sorlin (CAVS)".
    auto expands = [&](const Entity& name, const std::string& acronym,
                       const std::unordered_map<std::string, std::unordered_set<std::string>>& expansions) {
        auto it = expansions.find(acronym);
        return it != expansions.end() && !name.core.empty() &&
               std::all_of(name.core.begin(), name.core.end(), [&](const std::string& w) {
                   if (it->second.count(w)) return true;
                   // A hyphenated word by its parts.
                   std::size_t b = 0;
                   for (std::size_t h = w.find('-'); h != std::string::npos; b = h + 1, h = w.find('-', b))
                       if (!it->second.count(w.substr(b, h - b))) return false;
                   return b > 0 && it->second.count(w.substr(b)) > 0;
               });
    };
    std::erase_if(c.substitutions, [&](const auto& st) {
        const Entity& a = c.source[st.first];
        const Entity& b = c.target[st.second];
        return (cross && localises(key(a), key(b))) || expands(a, key(b), acronyms.expansion_of) ||
               (cross && expands(b, key(a), acronyms.target_expansion_of));
    });
    std::erase_if(c.missing, [&](std::size_t i) {
        const std::string s = key(c.source[i]);
        return !s.empty() && std::any_of(c.target.begin(), c.target.end(), [&](const Entity& t) {
                   return localises(s, key(t)) || (cross && expands(t, s, acronyms.target_expansion_of));
               });
    });
    std::erase_if(c.added, [&](std::size_t i) {
        const std::string t = key(c.target[i]);
        return !t.empty() && std::any_of(c.source.begin(), c.source.end(), [&](const Entity& e) {
                   return (cross && localises(key(e), t)) || expands(e, t, acronyms.expansion_of);
               });
    });
    if (!cross || acronyms.altered.empty()) return;
    // A pair the document altered is a substitution wherever both stand.
    auto paired_s = [&](std::size_t i) {
        return std::any_of(c.substitutions.begin(), c.substitutions.end(), [&](const auto& p) { return p.first == i; });
    };
    auto paired_t = [&](std::size_t j) {
        return std::any_of(c.substitutions.begin(), c.substitutions.end(), [&](const auto& p) { return p.second == j; });
    };
    for (std::size_t i = 0; i < c.source.size(); ++i) {
        const std::string s = key(c.source[i]);
        if (s.empty() || paired_s(i) || !acronyms.altered.count(s)) continue;
        for (std::size_t j = 0; j < c.target.size(); ++j)
            if (!paired_t(j) && in(acronyms.altered, s, key(c.target[j]))) {
                c.substitutions.emplace_back(i, j);
                c.altered_acronyms.emplace_back(i, j);
                std::erase(c.missing, i);
                std::erase(c.added, j);
                break;
            }
    }
    std::sort(c.substitutions.begin(), c.substitutions.end());
}

}  // namespace verity::rules::entities
