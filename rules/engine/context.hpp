// Per-run, per-document and per-segment state, owned by the engine and handed to rules through
// SegmentView. Rules keep nothing between checks themselves: what they compute once and share (a
// compiled lexicon, a dictionary, the document's length model, the tokens of the current segment)
// lives in the context whose lifetime matches it, so no cache has to recognise its data by an
// address or a hand-made signature.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <type_traits>
#include <typeindex>
#include <unordered_map>
#include <utility>

#include "xliff/text/bilingual_dictionary.hpp"

namespace verity::rules {

class PackSet;

// What the checker decided about the environment, read once there and passed down: no layer below
// checker/ reads environment variables.
struct RunSettings {
    // Where the WordNet database lives (Debian's wordnet-base); empty: the default location.
    std::filesystem::path wordnet_dir;
    // The bilingual dictionaries of the run, shared with the aligner; null: those of /usr/share/dictd.
    std::shared_ptr<const text::Dictionaries> dictionaries;
};

// A typed store: one value per type T (and key), made on first use by `make` and kept for the store's
// lifetime. `Shared` makes it safe to use from several threads at once: creation is serialised, and the
// values themselves must be safe to read concurrently (or guard themselves). A maker may itself ask the
// store for another value (the lock is recursive; the map's nodes do not move when it grows).
template <bool Shared>
class Store {
public:
    // The value of type T made by make() on first use; make() returns a T or a std::unique_ptr<T>
    // (for types that cannot move).
    template <class T, class Make>
        requires std::is_invocable_v<Make>
    T& get(Make&& make) {
        return get<T>(std::string(), std::forward<Make>(make));
    }
    // The value of type T for `key` (a language pair, say) made by make() on first use.
    template <class T, class Make>
        requires std::is_invocable_v<Make>
    T& get(const std::string& key, Make&& make) {
        auto lock = guard();
        auto& slot = slots_[{std::type_index(typeid(T)), key}];
        if (!slot) {
            if constexpr (std::is_same_v<std::invoke_result_t<Make>, std::unique_ptr<T>>)
                slot = std::shared_ptr<T>(make());
            else
                slot = std::make_shared<T>(make());
        }
        return *static_cast<T*>(slot.get());
    }
    // Default-constructed on first use.
    template <class T>
    T& get(const std::string& key = std::string()) {
        return get<T>(key, [] { return std::make_unique<T>(); });
    }
    void clear() {
        auto lock = guard();
        slots_.clear();
    }

private:
    struct KeyHash {
        std::size_t operator()(const std::pair<std::type_index, std::string>& k) const {
            return k.first.hash_code() ^ (std::hash<std::string>{}(k.second) * 31);
        }
    };
    std::unique_lock<std::recursive_mutex> guard() {
        if constexpr (Shared) return std::unique_lock<std::recursive_mutex>(mutex_);
        return {};
    }
    std::recursive_mutex mutex_;
    std::unordered_map<std::pair<std::type_index, std::string>, std::shared_ptr<void>, KeyHash> slots_;
};

// One run: the settings, the packs and what is built from them once for every document (compiled
// lexicons, dictionaries, WordNet). Shared by all threads of the run.
class RunContext {
public:
    using OptionValues = std::map<std::string, std::map<std::string, std::string>>;  // rule id -> name -> value
    RunContext(const PackSet& packs, RunSettings settings, OptionValues options = {})
        : packs_(packs), settings_(std::move(settings)), options_(std::move(options)) {
        if (!settings_.dictionaries) settings_.dictionaries =
            std::make_shared<const text::Dictionaries>("/usr/share/dictd", true, text::default_dictionary_cache());
    }
    RunContext(const RunContext&) = delete;
    RunContext& operator=(const RunContext&) = delete;
    const PackSet& packs() const { return packs_; }
    const RunSettings& settings() const { return settings_; }
    const text::Dictionaries& dictionaries() const { return *settings_.dictionaries; }
    // The source → target FreeDict dictionary (empty when none is installed or dictionaries are off).
    const text::BilingualDictionary& dictionary(std::string_view source_bcp47, std::string_view target_bcp47) const {
        return settings_.dictionaries->get(source_bcp47, target_bcp47);
    }
    Store<true>& store() const { return store_; }
    // The values the user gave for a rule's options (any rule's, selected or not: a model that several
    // rules share, such as omission.length's, is built from its owner's options whoever asks first).
    const std::map<std::string, std::string>& options_of(const std::string& rule_id) const {
        static const std::map<std::string, std::string> none;
        auto it = options_.find(rule_id);
        return it == options_.end() ? none : it->second;
    }

private:
    const PackSet& packs_;
    RunSettings settings_;
    OptionValues options_;
    mutable Store<true> store_;
};

// One document, checked on one thread: what rules learn about the whole document (its length model,
// the languages its text is written in).
class DocumentContext {
public:
    Store<false>& store() const { return store_; }

private:
    mutable Store<false> store_;
};

// One segment pair, while the rules run on it one after another: its tokens, word alignment and
// name comparison, computed by the first rule that asks and shared by the rest.
class SegmentContext {
public:
    Store<false>& store() const { return store_; }

private:
    mutable Store<false> store_;
};

}  // namespace verity::rules
