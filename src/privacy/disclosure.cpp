#include "privacy/disclosure.h"

#include <algorithm>
#include <tuple>

#include "privacy/linear_system.h"

namespace kfl {
namespace {

constexpr int kMaxGrade = 10;
constexpr int kSlotsPerUnit = 3 + kMaxGrade;  // all, F, M, grade 1..10
// Largest component DeterminedUnknowns solves; larger ones count as revealed.
constexpr int kMaxDense = 2000;

int SlotOf(GroupCode group) {
  return group < kGroupGrade0 ? group : 3 + (group - kGroupGrade0 - 1);
}

// total = sum of parts + remainder, per score, on the sums n * mean. The
// remainder (respondents of the total in none of the parts) is never
// published; its n is total n - sum of part n.
struct Relation {
  int total = -1;          // block index
  std::vector<int> parts;  // block indices
};

class Decider {
 public:
  Decider(const UnitTree& units, const Instrument& instrument,
          const std::vector<Aggregate>& aggregates, const Audience& audience,
          const std::vector<Disclosure>* known)
      : instrument_(instrument),
        aggregates_(aggregates),
        audience_(audience),
        fixed_(aggregates.size(), 0),
        scores_(instrument.ScoreCount()),
        blocks_(scores_ > 0 ? static_cast<int>(aggregates.size()) / scores_ : 0),
        out_(aggregates.size(), Disclosure::kPublished) {
    BuildRelations(units);
    if (known)
      for (size_t i = 0; i < aggregates.size(); ++i)
        fixed_[i] = (*known)[i] == Disclosure::kPublished ? 1 : 0;
    for (int b = 0; b < blocks_; ++b) {
      const bool shown = audience.Shows(units[aggregates[Index(b, 0)].unit].level);
      for (int s = 0; s < scores_; ++s) {
        Disclosure& d = out_[Index(b, s)];
        if (!shown)
          d = Disclosure::kNotShown;
        else if (Fixed(b, s))
          d = Disclosure::kPublished;
        else if (N(b, s) < audience.min_n)
          d = Disclosure::kTooFew;
      }
    }
    if (known) FixWhatIsKnown();
  }

  std::vector<Disclosure> Run() {
    // Each round suppresses at least one more cell or ends the loop, so it
    // ends after at most aggregates.size() rounds.
    for (;;) {
      while (ApplyRules()) {
      }
      bool changed = false;
      for (int s = 0; s < scores_; ++s) changed |= ExactCheck(s);
      if (!changed) break;
    }
    return std::move(out_);
  }

 private:
  size_t Index(int b, int s) const { return static_cast<size_t>(b) * scores_ + s; }
  int N(int b, int s) const { return aggregates_[Index(b, s)].n; }
  bool Hidden(int b, int s) const { return out_[Index(b, s)] != Disclosure::kPublished; }
  // Published to a reader of this audience by a less privileged output.
  bool Fixed(int b, int s) const { return fixed_[Index(b, s)]; }
  bool Protected(int b, int s) const {
    const int n = N(b, s);
    return Hidden(b, s) && n > 0 &&
           (n < audience_.min_n || out_[Index(b, s)] == Disclosure::kComplementary);
  }
  bool Suppressible(int b, int s) const { return !Hidden(b, s) && !Fixed(b, s) && N(b, s) > 0; }
  bool Suppress(int b, int s) {
    if (!Suppressible(b, s)) return false;
    out_[Index(b, s)] = Disclosure::kComplementary;
    return true;
  }
  int Remainder(const Relation& r, int s) const {
    int n = N(r.total, s);
    for (int p : r.parts) n -= N(p, s);
    return std::max(n, 0);
  }
  bool RemainderProtected(const Relation& r, int s) const {
    const int n = Remainder(r, s);
    return n > 0 && n < audience_.min_n;
  }

  void BuildRelations(const UnitTree& units) {
    std::vector<int> block_of(static_cast<size_t>(units.size()) * kSlotsPerUnit, -1);
    for (int b = 0; b < blocks_; ++b) {
      const Aggregate& head = aggregates_[Index(b, 0)];
      block_of[static_cast<size_t>(head.unit) * kSlotsPerUnit + SlotOf(head.group)] = b;
    }
    auto block = [&](int unit, int slot) {
      return block_of[static_cast<size_t>(unit) * kSlotsPerUnit + slot];
    };
    for (int b = 0; b < blocks_; ++b) {
      const Aggregate& head = aggregates_[Index(b, 0)];
      const int slot = SlotOf(head.group);
      // The unit's children, same group.
      Relation hierarchy{b, {}};
      for (int child : units[head.unit].children)
        if (block(child, slot) >= 0) hierarchy.parts.push_back(block(child, slot));
      if (!hierarchy.parts.empty()) relations_.push_back(std::move(hierarchy));
      if (head.group != kGroupAll) continue;
      // The unit's breakdowns by gender and by grade.
      Relation gender{b, {}}, grade{b, {}};
      for (int s = 1; s < kSlotsPerUnit; ++s) {
        if (block(head.unit, s) < 0) continue;
        (s < 3 ? gender : grade).parts.push_back(block(head.unit, s));
      }
      if (!gender.parts.empty()) relations_.push_back(std::move(gender));
      if (!grade.parts.empty()) relations_.push_back(std::move(grade));
    }
    relations_of_.resize(blocks_);
    for (size_t r = 0; r < relations_.size(); ++r) {
      relations_of_[relations_[r].total].push_back(static_cast<int>(r));
      for (int p : relations_[r].parts) relations_of_[p].push_back(static_cast<int>(r));
    }
  }

  // The smallest suppressible part of r (by n, then position), or -1.
  int SmallestPart(const Relation& r, int s) const {
    int best = -1;
    for (int p : r.parts)
      if (Suppressible(p, s) && (best < 0 || N(p, s) < N(best, s))) best = p;
    return best;
  }

  // Step 1 for one relation and score; true when it suppressed a cell.
  bool ApplyRelation(const Relation& r, int s) {
    if (N(r.total, s) == 0) return false;
    const int remainder = Remainder(r, s);
    int hidden = remainder > 0 ? 1 : 0;
    int hidden_n = remainder;
    bool any_protected = RemainderProtected(r, s);
    for (int p : r.parts) {
      if (!Hidden(p, s) || N(p, s) == 0) continue;
      ++hidden;
      hidden_n += N(p, s);
      any_protected |= Protected(p, s);
    }
    if (!Hidden(r.total, s)) {
      if (!any_protected || (hidden >= 2 && hidden_n >= audience_.min_n)) return false;
      const int part = SmallestPart(r, s);
      return part >= 0 ? Suppress(part, s) : Suppress(r.total, s);
    }
    if (Protected(r.total, s) && hidden == 0) {
      const int part = SmallestPart(r, s);
      return part >= 0 && Suppress(part, s);
    }
    return false;
  }

  // Step 1 for an area and its factors in block b.
  bool ApplyArea(int b, int area) {
    std::vector<int> members{instrument_.AreaScore(area)};
    for (int f : instrument_.areas[area].factors) members.push_back(f);
    int hidden = 0, protected_hidden = 0;
    for (int s : members) {
      if (!Hidden(b, s) || N(b, s) == 0) continue;
      ++hidden;
      protected_hidden += Protected(b, s);
    }
    if (hidden != 1 || protected_hidden != 1) return false;
    int best = -1;
    for (int s : members)
      if (Suppressible(b, s) && (best < 0 || N(b, s) < N(b, best))) best = s;
    return best >= 0 && Suppress(b, best);
  }

  bool ApplyRules() {
    bool changed = false;
    for (int s = 0; s < scores_; ++s)
      for (const Relation& r : relations_) changed |= ApplyRelation(r, s);
    for (int b = 0; b < blocks_; ++b)
      for (size_t a = 0; a < instrument_.areas.size(); ++a)
        changed |= ApplyArea(b, static_cast<int>(a));
    return changed;
  }

  // The relations of score s as equations in the sums of the cells for which
  // unknown(b) holds and of the remainders (cells with respondents only);
  // DeterminedUnknowns says which of them the rest fixes. Unknowns in a
  // component too large to solve count as determined when `fail_safe` is
  // kRevealed (checking protection) and as not determined otherwise
  // (looking for what is already known, which must not publish more).
  enum class Unsolved { kRevealed, kHidden };
  struct System {
    std::vector<int> var_of_block, var_of_remainder;  // -1: not an unknown
    std::vector<bool> determined;
  };
  template <typename IsUnknown>
  System Solve(int s, IsUnknown unknown, Unsolved fail_safe) const {
    System sys;
    sys.var_of_block.assign(blocks_, -1);
    sys.var_of_remainder.assign(relations_.size(), -1);
    int vars = 0;
    for (int b = 0; b < blocks_; ++b)
      if (unknown(b) && N(b, s) > 0) sys.var_of_block[b] = vars++;
    for (size_t r = 0; r < relations_.size(); ++r)
      if (Remainder(relations_[r], s) > 0) sys.var_of_remainder[r] = vars++;
    std::vector<LinearEquation> equations;
    for (size_t r = 0; r < relations_.size(); ++r) {
      const Relation& rel = relations_[r];
      if (N(rel.total, s) == 0) continue;
      LinearEquation eq;
      if (sys.var_of_block[rel.total] >= 0) eq.emplace_back(sys.var_of_block[rel.total], 1.0);
      for (int p : rel.parts)
        if (sys.var_of_block[p] >= 0) eq.emplace_back(sys.var_of_block[p], -1.0);
      if (sys.var_of_remainder[r] >= 0) eq.emplace_back(sys.var_of_remainder[r], -1.0);
      if (!eq.empty()) equations.push_back(std::move(eq));
    }
    std::vector<int> unsolved;
    sys.determined = DeterminedUnknowns(vars, equations, kMaxDense, &unsolved);
    for (int v : unsolved) sys.determined[v] = fail_safe == Unsolved::kRevealed;
    return sys;
  }

  // With `known`: the cells that its published figures already reveal are
  // as good as published for this audience; they become fixed (they pass
  // this audience's threshold, since the known view is safe at a threshold
  // at least as high).
  void FixWhatIsKnown() {
    for (int s = 0; s < scores_; ++s) {
      const System sys = Solve(
          s, [&](int b) { return !Fixed(b, s); }, Unsolved::kHidden);
      for (int b = 0; b < blocks_; ++b) {
        const int v = sys.var_of_block[b];
        if (v < 0 || !sys.determined[v] || out_[Index(b, s)] == Disclosure::kNotShown) continue;
        fixed_[Index(b, s)] = 1;
        if (N(b, s) >= audience_.min_n) out_[Index(b, s)] = Disclosure::kPublished;
      }
    }
  }

  // Step 2 for score s; true when it suppressed a cell.
  bool ExactCheck(int s) {
    const System sys = Solve(
        s, [&](int b) { return Hidden(b, s); }, Unsolved::kRevealed);
    const std::vector<int>& var_of_block = sys.var_of_block;
    const std::vector<int>& var_of_remainder = sys.var_of_remainder;
    const std::vector<bool>& determined = sys.determined;
    // One cell per score and round: the determined set changes with it.
    for (int b = 0; b < blocks_; ++b) {
      const int v = var_of_block[b];
      if (v >= 0 && determined[v] && Protected(b, s)) {
        if (SuppressNear(relations_of_[b], s)) return true;
      }
    }
    for (size_t r = 0; r < relations_.size(); ++r) {
      const int v = var_of_remainder[r];
      if (v >= 0 && determined[v] && RemainderProtected(relations_[r], s) &&
          SuppressNear({static_cast<int>(r)}, s))
        return true;
    }
    return false;
  }

  // Suppresses one published cell linked to the relations `start` through
  // hidden cells (breadth first): a part rather than a total anywhere in
  // reach, then the nearest, then the smallest n. False when none is left.
  bool SuppressNear(const std::vector<int>& start, int s) {
    std::vector<char> seen(relations_.size(), 0);
    std::vector<int> layer;
    for (int r : start)
      if (!seen[r]) seen[r] = 1, layer.push_back(r);
    std::tuple<int, int, int, int> best{2, 0, 0, -1};  // (is total, distance, n, block)
    for (int distance = 0; !layer.empty(); ++distance) {
      std::vector<int> next;
      for (int r : layer) {
        const Relation& rel = relations_[r];
        for (int p : rel.parts)
          if (Suppressible(p, s)) best = std::min(best, std::make_tuple(0, distance, N(p, s), p));
        if (Suppressible(rel.total, s))
          best = std::min(best, std::make_tuple(1, distance, N(rel.total, s), rel.total));
        std::vector<int> members = rel.parts;
        members.push_back(rel.total);
        for (int b : members) {
          if (!Hidden(b, s) || N(b, s) == 0) continue;  // links run through unknowns only
          for (int q : relations_of_[b])
            if (!seen[q]) seen[q] = 1, next.push_back(q);
        }
      }
      layer = std::move(next);
    }
    const int b = std::get<3>(best);
    if (b < 0) return false;
    return Suppress(b, s);
  }

  const Instrument& instrument_;
  const std::vector<Aggregate>& aggregates_;
  const Audience& audience_;
  std::vector<char> fixed_;  // published in `known`, or revealed by it
  const int scores_;
  const int blocks_;
  std::vector<Relation> relations_;
  std::vector<std::vector<int>> relations_of_;  // block -> relations it is in
  std::vector<Disclosure> out_;
};

}  // namespace

std::vector<Disclosure> DecideDisclosure(const UnitTree& units, const Instrument& instrument,
                                         const std::vector<Aggregate>& aggregates,
                                         const Audience& audience,
                                         const std::vector<Disclosure>* known) {
  if (instrument.ScoreCount() == 0) return std::vector<Disclosure>(aggregates.size());
  return Decider(units, instrument, aggregates, audience, known).Run();
}

}  // namespace kfl
