#include "privacy/category.h"

#include <algorithm>
#include <optional>


namespace kfl {
namespace {

constexpr Granularity kFinerToCoarser[] = {Granularity::kEvery, Granularity::kThree,
                                           Granularity::kTwo};

using Groups = std::vector<std::pair<int, int>>;

// The next coarser granularity whose groups differ from g's (on a 4-point
// scale three groups are the same as two).
Granularity Coarser(int k, bool reverse, Granularity g) {
  const Groups here = CategoryGroups(k, reverse, g);
  for (Granularity c = g; c != Granularity::kHidden;) {
    c = static_cast<Granularity>(static_cast<int>(c) - 1);
    if (CategoryGroups(k, reverse, c) != here) return c;
  }
  return Granularity::kHidden;
}

int Sum(const std::vector<int32_t>& counts, std::pair<int, int> group) {
  int sum = 0;
  for (int c = group.first; c <= group.second; ++c) sum += counts[c];
  return sum;
}

// A group of the tree of all granularities' groups (see ItemDecider::Check).
struct GroupNode {
  std::pair<int, int> group;
  Granularity level;           // the coarsest granularity that has the group
  int parent = -1;
  bool coordinate = false;     // every child of a parent but the last
  std::vector<int> expansion;  // the coordinates the group's count is a sum of
};

// Node 0 is the whole scale (the number of answers, always known).
std::vector<GroupNode> GroupTree(int k, bool reverse) {
  std::vector<GroupNode> nodes{{{0, k - 1}, Granularity::kHidden}};
  std::vector<int> above{0};  // the previous granularity's nodes
  for (Granularity g : {Granularity::kTwo, Granularity::kThree, Granularity::kEvery}) {
    std::vector<int> here;
    for (std::pair<int, int> group : CategoryGroups(k, reverse, g)) {
      int parent = -1;
      for (int a : above) {
        if (nodes[a].group.first <= group.first && group.second <= nodes[a].group.second) parent = a;
      }
      if (nodes[parent].group == group) {  // the same group as at the coarser granularity
        here.push_back(parent);
        continue;
      }
      nodes.push_back({group, g, parent});
      here.push_back(static_cast<int>(nodes.size()) - 1);
    }
    above = here;
  }
  // Coordinates: every child but the last of each parent.
  for (size_t n = 1; n < nodes.size(); ++n) {
    const int parent = nodes[n].parent;
    bool last = true;
    for (size_t m = n + 1; m < nodes.size(); ++m) last = last && nodes[m].parent != parent;
    nodes[n].coordinate = !last;
  }
  for (size_t n = 1; n < nodes.size(); ++n) {
    GroupNode& node = nodes[n];
    if (node.coordinate) {
      node.expansion = {static_cast<int>(n)};
      continue;
    }
    node.expansion = nodes[node.parent].expansion;  // parents come first
    for (size_t m = 1; m < nodes.size(); ++m) {
      if (m != n && nodes[m].parent == node.parent) node.expansion.push_back(static_cast<int>(m));
    }
  }
  return nodes;
}

// The secondary rule for the distributions of one item (see category.h).
class ItemDecider {
 public:
  ItemDecider(const UnitTree& units, const Item& item, int k,
              const std::vector<ItemDistribution>& distributions, const std::vector<int>& indices,
              const Audience& audience, const DistributionViews* known, DistributionViews* out)
      : units_(units), item_(item), k_(k), distributions_(distributions), indices_(indices),
        audience_(audience), known_(known), out_(out), local_(units.size(), -1) {
    for (size_t l = 0; l < indices.size(); ++l) local_[distributions[indices[l]].unit] = static_cast<int>(l);
    // Families: a unit with children that have distributions, and the
    // respondents who belong to it directly (the remainder).
    children_.resize(indices.size());
    parent_.assign(indices.size(), -1);
    for (size_t l = 0; l < indices.size(); ++l) {
      const int p = units[distributions[indices[l]].unit].parent;
      if (p >= 0 && local_[p] >= 0) {
        parent_[l] = local_[p];
        children_[local_[p]].push_back(static_cast<int>(l));
      }
    }
    nodes_ = GroupTree(k, item.reverse);
    remainder_.assign(indices.size(), {});
    for (size_t l = 0; l < indices.size(); ++l) {
      if (children_[l].empty()) continue;
      std::vector<int32_t> rest = Counts(static_cast<int>(l));
      for (int c : children_[l]) {
        for (int j = 0; j < k; ++j) rest[j] -= Counts(c)[j];
      }
      if (std::any_of(rest.begin(), rest.end(), [](int32_t v) { return v != 0; })) {
        remainder_[l] = std::move(rest);
      }
    }
  }

  void Run() {
    for (;;) {
      const std::vector<Violation> violations = Check();
      if (violations.empty()) return;
      // One change per family and round: one change often settles several
      // violations, and the next check finds what is left.
      bool changed = false;
      std::vector<bool> touched(indices_.size() + 1, false);
      for (const Violation& v : violations) {
        const int family = v.remainder ? v.unit : parent_[v.unit];
        const size_t slot = family < 0 ? indices_.size() : static_cast<size_t>(family);
        if (touched[slot]) continue;
        touched[slot] = Fix(v);
        changed = changed || touched[slot];
      }
      if (!changed) return;  // nothing left to coarsen (cannot happen; see category.h)
    }
  }

 private:
  // A protected group of a unit (or of its remainder) that the shown counts determine.
  struct Violation {
    int unit;  // local index
    bool remainder;
    Granularity level;
  };

  const std::vector<int32_t>& Counts(int l) const { return distributions_[indices_[l]].counts; }
  DistributionDecision& Decision(int l) { return (*out_)[indices_[l]]; }
  Granularity Level(int l) const { return (*out_)[indices_[l]].granularity; }
  // The granularity below which this audience may not go (what `known` shows).
  Granularity Floor(int l) const {
    return known_ ? (*known_)[indices_[l]].granularity : Granularity::kHidden;
  }
  Groups GroupsAt(Granularity g) const { return CategoryGroups(k_, item_.reverse, g); }

  bool Protected(int n, int value) const {
    if (n <= 0) return false;  // nobody answered: nothing about anybody
    if (n < audience_.min_n) return true;
    return item_.sensitive ? value < audience_.min_cell : value > 0 && value < audience_.min_cell;
  }

  // Returns every protected group that what is shown determines.
  //
  // The groups of all granularities form a tree (the whole scale, its two
  // groups, their parts among the three, the single values). Each node but
  // the last child of a parent is a coordinate: a unit's counts are fixed by
  // its number of answers and its coordinates, and every group is a sum of
  // coordinates (a last child is its parent minus its siblings). Since the
  // relation parent = sum of children holds for each coordinate on its own,
  // and a unit shown at a granularity shows exactly the coordinates up to
  // it, the system falls apart into one system per coordinate, with one
  // unknown per unit that does not show it (and per remainder) and one
  // equation per family; a group is determined iff every coordinate it is a
  // sum of is. Each unknown is in at most two equations (its parent's family
  // and its own) and the families form a tree, so an unknown is determined
  // iff repeatedly solving the equations left with one unknown reaches it:
  // when none is left with one, every remaining equation has two or more,
  // every part of the tree cut off at an unknown holds an unknown that is
  // in no other equation, and no combination of equations isolates one
  // unknown. (privacy/linear_system.h's peeling does the same in general;
  // this is the tree's linear-time special case.)
  std::vector<Violation> Check() {
    const int units = static_cast<int>(indices_.size());
    std::vector<Granularity> shown(units);
    for (int l = 0; l < units; ++l) shown[l] = std::max(Level(l), Floor(l));
    // The protected groups, and the coordinates that decide them.
    struct Form {
      int x;  // unit, or units + l for the remainder of family l
      int node;
    };
    std::vector<Form> forms;
    std::vector<bool> needed(nodes_.size(), false);
    auto collect = [&](int x, Granularity level, const std::vector<int32_t>& counts) {
      int answered = 0;
      for (int32_t v : counts) answered += v;
      for (size_t g = 1; g < nodes_.size(); ++g) {
        if (nodes_[g].level <= level) continue;
        if (!Protected(answered, Sum(counts, nodes_[g].group))) continue;
        forms.push_back({x, static_cast<int>(g)});
        for (int c : nodes_[g].expansion) needed[c] = true;
      }
    };
    for (int l = 0; l < units; ++l) {
      collect(l, shown[l], Counts(l));
      if (!remainder_[l].empty()) collect(units + l, Granularity::kHidden, remainder_[l]);
    }
    if (forms.empty()) return {};
    // known[c][x]: coordinate c of x follows from what is shown.
    std::vector<std::vector<char>> known(nodes_.size());
    for (size_t c = 1; c < nodes_.size(); ++c) {
      if (!needed[c] || !nodes_[c].coordinate) continue;
      std::vector<char>& k = known[c];
      k.assign(2 * units, 1);
      for (int l = 0; l < units; ++l) {
        if (shown[l] < nodes_[c].level) k[l] = 0;
        if (!remainder_[l].empty()) k[units + l] = 0;
      }
      Propagate(&k);
    }
    std::vector<Violation> violations;
    for (const Form& f : forms) {
      bool all = true;
      for (int c : nodes_[f.node].expansion) all = all && known[c][f.x];
      if (!all) continue;
      const bool remainder = f.x >= units;
      violations.push_back({remainder ? f.x - units : f.x, remainder, nodes_[f.node].level});
    }
    return violations;
  }

  // Solves the family equations with one unknown left until none is
  // (see Check): known[x] for units x, known[units + l] for remainders.
  void Propagate(std::vector<char>* known) {
    std::vector<char>& k = *known;
    const int units = static_cast<int>(indices_.size());
    // Unknowns left per family equation (families are units with children).
    left_.assign(units, 0);
    queue_.clear();
    for (int l = 0; l < units; ++l) {
      if (children_[l].empty()) continue;
      int n = !k[l] + !k[units + l];
      for (int child : children_[l]) n += !k[child];
      left_[l] = n;
      if (n == 1) queue_.push_back(l);
    }
    auto solved = [&](int family) {
      if (family >= 0 && !children_[family].empty() && --left_[family] == 1) {
        queue_.push_back(family);
      }
    };
    while (!queue_.empty()) {
      const int e = queue_.back();
      queue_.pop_back();
      if (left_[e] != 1) continue;
      // The one unknown of family e: the unit, a child or the remainder.
      int x = -1;
      if (!k[e]) x = e;
      else if (!k[units + e]) x = units + e;
      for (size_t i = 0; x < 0 && i < children_[e].size(); ++i) {
        if (!k[children_[e][i]]) x = children_[e][i];
      }
      k[x] = 1;
      left_[e] = 0;
      if (x >= units) continue;        // a remainder is in its family's equation only
      if (x == e) solved(parent_[e]);  // the unit is also a child above
      else solved(x);                  // a child is also the total of its own family
    }
  }

  // Shows one unit that helps to work out `v` more coarsely; false when
  // none can be.
  bool Fix(const Violation& v) {
    return Coarsen(v, [&](int l) { return Level(l) >= v.level && Level(l) > Floor(l); },
                   Coarser(k_, item_.reverse, v.level)) ||
           // None shows the group itself: the finest shown unit goes one
           // step coarser (granularities only get coarser, so this ends).
           Coarsen(v, [&](int l) { return Level(l) > Floor(l); }, std::nullopt);
  }

  // Shows the first unit (by tier, then fewest answers) for which can(l)
  // holds at `to` (none: one step coarser than now); false when none.
  template <typename Can>
  bool Coarsen(const Violation& v, Can can, std::optional<Granularity> to) {
    auto pick = [&](const std::vector<int>& candidates) {
      int best = -1;
      for (int l : candidates) {
        if (l == v.unit && !v.remainder) continue;
        if (!can(l)) continue;
        const int n = distributions_[indices_[l]].answered();
        if (best < 0 || n < distributions_[indices_[best]].answered()) best = l;
      }
      return best;
    };
    // The family the group is worked out in: siblings first (parts rather
    // than a total), then the unit's own parts, then the totals above it.
    const int family = v.remainder ? v.unit : parent_[v.unit];
    std::vector<std::vector<int>> tiers;
    if (family >= 0) tiers.push_back(children_[family]);
    if (!v.remainder) tiers.push_back(children_[v.unit]);
    for (int a = family; a >= 0; a = parent_[a]) {
      tiers.push_back({a});
      if (parent_[a] >= 0) tiers.push_back(children_[parent_[a]]);
    }
    std::vector<int> everyone(indices_.size());
    for (size_t l = 0; l < everyone.size(); ++l) everyone[l] = static_cast<int>(l);
    tiers.push_back(everyone);
    for (const std::vector<int>& tier : tiers) {
      const int l = pick(tier);
      if (l < 0) continue;
      DistributionDecision& d = Decision(l);
      const Granularity coarser = Coarser(k_, item_.reverse, d.granularity);
      d.granularity = to ? std::min(*to, coarser) : coarser;
      d.reason = d.granularity == Granularity::kHidden ? CategoryDisclosure::kComplementaryUnit
                                                       : CategoryDisclosure::kComplementary;
      return true;
    }
    return false;
  }

  const UnitTree& units_;
  const Item& item_;
  const int k_;
  const std::vector<ItemDistribution>& distributions_;
  const std::vector<int>& indices_;  // local unit -> index into distributions_
  const Audience& audience_;
  const DistributionViews* known_;
  DistributionViews* out_;
  std::vector<int> local_;  // unit -> local index, or -1
  std::vector<int> parent_;
  std::vector<std::vector<int>> children_;
  std::vector<std::vector<int32_t>> remainder_;  // per family; empty when nobody
  std::vector<GroupNode> nodes_;                 // GroupTree(k, reverse)
  std::vector<int> left_, queue_;                // Propagate()'s work space
};

}  // namespace

std::vector<std::pair<int, int>> CategoryGroups(int k, bool reverse, Granularity g) {
  const int half = k / 2;  // values on each side of the middle
  switch (g) {
    case Granularity::kHidden: return {};
    case Granularity::kEvery: {
      Groups out;
      for (int c = 0; c < k; ++c) out.push_back({c, c});
      return out;
    }
    case Granularity::kThree: {
      if (k < 3) return CategoryGroups(k, reverse, Granularity::kEvery);
      Groups out{{0, half - 1}};
      if (k % 2 == 1) out.push_back({half, half});
      out.push_back({k - half, k - 1});
      return out;
    }
    case Granularity::kTwo:
      if (k < 2) return {{0, k - 1}};
      return reverse ? Groups{{0, half - 1}, {half, k - 1}} : Groups{{0, k - half - 1}, {k - half, k - 1}};
  }
  return {};
}

DistributionDecision DecidePrimary(const ItemDistribution& distribution, Level unit_level,
                                   bool sensitive, bool reverse, const Audience& audience) {
  if (!audience.Shows(unit_level)) return {Granularity::kHidden, CategoryDisclosure::kNotShown};
  if (distribution.answered() < audience.min_n) {
    return {Granularity::kHidden, CategoryDisclosure::kTooFewAnswers};
  }
  const int k = static_cast<int>(distribution.counts.size());
  for (Granularity g : kFinerToCoarser) {
    const Groups groups = CategoryGroups(k, reverse, g);
    const bool safe = std::all_of(groups.begin(), groups.end(), [&](std::pair<int, int> group) {
      const int v = Sum(distribution.counts, group);
      return v >= audience.min_cell || (v == 0 && !sensitive);
    });
    if (safe) {
      return {g, g == Granularity::kEvery ? CategoryDisclosure::kShown : CategoryDisclosure::kTooFew};
    }
  }
  return {Granularity::kHidden,
          sensitive ? CategoryDisclosure::kSensitive : CategoryDisclosure::kTooFew};
}

DistributionViews DecideDistributions(const UnitTree& units, const Instrument& instrument,
                                      const std::vector<ItemDistribution>& distributions,
                                      const Audience& audience, const DistributionViews* known) {
  DistributionViews out(distributions.size());
  std::vector<std::vector<int>> by_item(instrument.items.size());
  for (size_t i = 0; i < distributions.size(); ++i) {
    const ItemDistribution& d = distributions[i];
    const Item& item = instrument.items[d.item];
    out[i] = DecidePrimary(d, units[d.unit].level, item.sensitive, item.reverse, audience);
    // What the less privileged audience shows is shown to this one too.
    if (known && (*known)[i].granularity > out[i].granularity) out[i] = (*known)[i];
    by_item[d.item].push_back(static_cast<int>(i));
  }
  for (size_t j = 0; j < by_item.size(); ++j) {
    if (by_item[j].empty()) continue;
    const int k = static_cast<int>(distributions[by_item[j][0]].counts.size());
    ItemDecider(units, instrument.items[j], k, distributions, by_item[j], audience, known, &out)
        .Run();
  }
  return out;
}

}  // namespace kfl
