// English antonyms from WordNet (Debian package wordnet-base). The files are memory-mapped and
// searched in place on each question: nothing is parsed up front, so a process pays only for the
// words it asks about.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace verity::rules {
class RunContext;
}

namespace verity::rules::wordnet {

class Antonyms {
public:
    // Maps index.<pos>, data.<pos> (adj, adv, verb) and the *.exc lists of `directory`.
    explicit Antonyms(std::string directory);
    ~Antonyms();
    Antonyms(const Antonyms&) = delete;
    Antonyms& operator=(const Antonyms&) = delete;

    bool loaded = false;  // false when the WordNet files are absent: packs' lists are all there is
    std::string directory;
    // Whether two case-folded words are antonyms, after undoing inflection ("faster" / "slower").
    // A pair is one "!" pointer of data.adj/.adv/.verb widened to both synsets, and for adjectives
    // to the satellites of the heads ("huge" / "small" through "large"); words match by Snowball stem.
    // `loose` also takes two satellites of opposite heads ("huge" / "tiny") and nouns' pairs.
    // `verbs` false leaves out the verbs' pairs: "unmask" / "mask", "disagree" / "agree" reverse or
    // deny an act, which a translation says with a verb of its own ("desenmascarar", "widersprechen").
    bool are_antonyms(std::string_view word_a, std::string_view word_b, bool loose = false, bool verbs = true) const;

private:
    struct Files;
    std::unique_ptr<const Files> files_;
};

// Where Debian's wordnet-base puts WordNet, used when the run's settings name no directory.
inline constexpr const char* kDefaultDirectory = "/usr/share/wordnet";

// The run's WordNet antonyms (RunSettings::wordnet_dir, else kDefaultDirectory), mapped once per run
// and kept in its store. Thread-safe.
const Antonyms& english_antonyms(const RunContext& run);

// Ordinary English words: those WordNet writes in lower case as a one-word lemma of some noun,
// verb, adjective or adverb synset ("bank", "deputy"; not "paris", which it writes "Paris").
// Looked up in place in the mapped index.<pos> and data.<pos> files, so asking costs microseconds
// and nothing is read up front.
class CommonWords {
public:
    explicit CommonWords(const std::string& directory);
    ~CommonWords();
    CommonWords(const CommonWords&) = delete;
    CommonWords& operator=(const CommonWords&) = delete;

    bool loaded = false;  // false when the WordNet files are absent
    // Whether a case-folded single word is an ordinary word, as written.
    bool contains(std::string_view folded) const;
    // Whether WordNet lists the case-folded single word at all, as an ordinary word or a name ("paris").
    bool known(std::string_view folded) const;
    // The singular WordNet's noun.exc gives for an irregular plural ("theses" -> "thesis", "children" ->
    // "child"); empty for any other word.
    std::string singular(std::string_view folded) const;

private:
    struct Files;
    std::unique_ptr<const Files> files_;
};

// The run's ordinary English words, as english_antonyms(). Thread-safe.
const CommonWords& english_common_words(const RunContext& run);


}  // namespace verity::rules::wordnet
