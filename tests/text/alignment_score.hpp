// Strict and lax alignment precision/recall as defined for the Bleualign/Vecalign benchmark
// (Sennrich & Volk 2011): our own implementation, used by the accuracy tests.
#pragma once

#include <map>
#include <set>
#include <vector>

#include "xliff/pair/aligner.hpp"

namespace verity::text::testing {

using xliff::Link;

struct Counts {
    double precision_strict_hit = 0, precision_strict_total = 0, precision_lax_hit = 0, precision_lax_total = 0;
    double recall_strict_hit = 0, recall_strict_total = 0, recall_lax_hit = 0, recall_lax_total = 0;
    void add(const Counts& o) {
        precision_strict_hit += o.precision_strict_hit, precision_strict_total += o.precision_strict_total;
        precision_lax_hit += o.precision_lax_hit, precision_lax_total += o.precision_lax_total;
        recall_strict_hit += o.recall_strict_hit, recall_strict_total += o.recall_strict_total;
        recall_lax_hit += o.recall_lax_hit, recall_lax_total += o.recall_lax_total;
    }
    static double f1(double hit_p, double total_p, double hit_r, double total_r) {
        double p = total_p ? hit_p / total_p : 0, r = total_r ? hit_r / total_r : 0;
        return p + r ? 2 * p * r / (p + r) : 0;
    }
    double strict_f1() const {
        return f1(precision_strict_hit, precision_strict_total, recall_strict_hit, recall_strict_total);
    }
    double lax_f1() const { return f1(precision_lax_hit, precision_lax_total, recall_lax_hit, recall_lax_total); }
};

// Each `test` link is strictly right when `gold` has exactly it, laxly right when its sentences
// overlap a gold link on both sides. Precision counts every predicted link (deletions and
// insertions included, which the Text+Berg gold never lists); recall counts gold links with
// both sides against predicted links with both sides.
inline void score_one_way(const std::vector<Link>& gold, const std::vector<Link>& test, double& strict_hit,
                          double& lax_hit, double& total) {
    std::set<std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> exact;
    std::map<std::size_t, std::set<std::size_t>> gold_targets;
    for (const auto& g : gold) {
        exact.insert({g.source, g.target});
        for (auto s : g.source)
            for (auto t : g.target) gold_targets[s].insert(t);
    }
    std::set<std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> seen;
    for (const auto& l : test) {
        if ((l.source.empty() && l.target.empty()) || !seen.insert({l.source, l.target}).second) continue;
        ++total;
        if (exact.count({l.source, l.target})) {
            ++strict_hit, ++lax_hit;
            continue;
        }
        bool overlap = false;
        for (auto s : l.source)
            for (auto t : l.target) overlap = overlap || (gold_targets.count(s) && gold_targets[s].count(t));
        lax_hit += overlap;
    }
}

inline Counts score(const std::vector<Link>& gold, const std::vector<Link>& test) {
    Counts c;
    score_one_way(gold, test, c.precision_strict_hit, c.precision_lax_hit, c.precision_strict_total);
    c.precision_lax_total = c.precision_strict_total;
    std::vector<Link> gold_both, test_both;
    for (const auto& l : gold)
        if (!l.source.empty() && !l.target.empty()) gold_both.push_back(l);
    for (const auto& l : test)
        if (!l.source.empty() && !l.target.empty()) test_both.push_back(l);
    score_one_way(test_both, gold_both, c.recall_strict_hit, c.recall_lax_hit, c.recall_strict_total);
    c.recall_lax_total = c.recall_strict_total;
    return c;
}

}  // namespace verity::text::testing
