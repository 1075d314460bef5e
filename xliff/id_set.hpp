// A set of ids with no allocation per id, for the reader's uniqueness checks. Internal to xliff/.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace verity::xliff::detail {

// Ids seen so far in a file or a unit: an open-addressing set of views into the parsed buffer.
// No allocation per id, unlike a node-based set, which cost more than reading the rest of a unit;
// slots keep the hash, so that the ids themselves (cold in the buffer) are read only on a match.
class IdSet {
public:
    // False when `id` was there already.
    bool insert(std::string_view id) {
        if ((ids_.size() + 1) * 2 > slots_.size()) grow();
        const std::uint64_t h = hash(id);
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
            Slot& slot = slots_[i];
            if (slot.index == 0) {
                ids_.push_back(id);
                slot = {static_cast<std::uint32_t>(ids_.size()), tag};
                return true;
            }
            if (slot.tag == tag && ids_[slot.index - 1] == id) return false;
        }
    }
    // Room for `n` ids without rehashing (which would read every id again from the cold buffer).
    void reserve(std::size_t n) {
        ids_.reserve(n);
        while (n * 2 > slots_.size()) grow();
    }
    // Costs what the ids since the last clear() cost, not the table's size: a unit with thousands
    // of segments must not make every later unit's clear() expensive.
    void clear() {
        if (ids_.empty()) return;
        if (ids_.size() * 4 < slots_.size())
            slots_.assign(kMinSlots, Slot{});
        else
            std::fill(slots_.begin(), slots_.end(), Slot{});
        ids_.clear();
    }

private:
    static constexpr std::size_t kMinSlots = 16;

    struct Slot {
        std::uint32_t index = 0;  // 1-based index into ids_, 0 = free
        std::uint32_t tag = 0;    // high half of the hash
    };

    // FNV-1a, then a multiplicative mix so that the low bits used as the slot index depend on all of it.
    static std::uint64_t hash(std::string_view s) {
        std::uint64_t h = 1469598103934665603ULL;
        for (const unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
        h *= 0x9E3779B97F4A7C15ULL;
        return h ^ (h >> 29);
    }
    void grow() {
        std::vector<Slot> slots(std::max(kMinSlots, slots_.size() * 2));
        const std::size_t mask = slots.size() - 1;
        for (const Slot& old : slots_) {
            if (old.index == 0) continue;
            std::size_t i = static_cast<std::size_t>(hash(ids_[old.index - 1])) & mask;
            while (slots[i].index != 0) i = (i + 1) & mask;
            slots[i] = old;
        }
        slots_ = std::move(slots);
    }

    std::vector<std::string_view> ids_;  // in insertion order
    std::vector<Slot> slots_;            // size a power of two, at most half full
};

}  // namespace verity::xliff::detail
