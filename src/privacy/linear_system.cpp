#include "privacy/linear_system.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace kfl {
namespace {

constexpr double kTolerance = 1e-9;

// Union-find over unknowns, for the connected components of what peeling
// leaves.
struct Components {
  std::vector<int> parent;
  explicit Components(int n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int Find(int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Join(int a, int b) { parent[Find(a)] = Find(b); }
};

// The kernel of the system, one sparse row per unknown: row[v] maps basis
// vector -> the value of unknown v in it. Unknown v is determined iff its
// row is zero.
using KernelRow = std::map<int, double>;

// Adds the kernel rows of one component (its unknowns `vars`) from the
// kernel of its matrix; basis vectors are numbered from *next_basis on.
void SolveComponent(const std::vector<int>& vars, const std::vector<const LinearEquation*>& eqs,
                    const std::vector<char>& known, int* next_basis,
                    std::vector<KernelRow>* kernel_rows) {
  std::vector<int> column(kernel_rows->size(), -1);
  for (size_t j = 0; j < vars.size(); ++j) column[vars[j]] = static_cast<int>(j);
  Eigen::MatrixXd a = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(eqs.size()),
                                            static_cast<Eigen::Index>(vars.size()));
  for (size_t i = 0; i < eqs.size(); ++i)
    for (const auto& [v, coef] : *eqs[i])
      if (!known[v]) a(static_cast<Eigen::Index>(i), column[v]) = coef;
  Eigen::FullPivLU<Eigen::MatrixXd> lu(a);
  if (lu.rank() == static_cast<Eigen::Index>(vars.size())) return;  // all determined
  Eigen::MatrixXd kernel = lu.kernel();
  for (Eigen::Index c = 0; c < kernel.cols(); ++c) {
    kernel.col(c).normalize();
    const int basis = (*next_basis)++;
    for (size_t j = 0; j < vars.size(); ++j) {
      const double x = kernel(static_cast<Eigen::Index>(j), c);
      if (std::abs(x) > kTolerance) (*kernel_rows)[vars[j]][basis] = x;
    }
  }
}

}  // namespace

std::vector<bool> DeterminedUnknowns(int unknowns, const std::vector<LinearEquation>& equations,
                                     int max_dense, std::vector<int>* unsolved) {
  std::vector<bool> determined(unknowns, false);
  const int m = static_cast<int>(equations.size());
  std::vector<char> known(unknowns, 0);     // determined by peeling
  std::vector<char> absorbed(unknowns, 0);  // took its only equation with it
  std::vector<char> alive(m, 1);
  std::vector<int> occurrences(unknowns, 0);  // in live equations
  std::vector<std::vector<int>> equations_of(unknowns);
  for (int e = 0; e < m; ++e)
    for (const auto& [v, coef] : equations[e]) {
      ++occurrences[v];
      equations_of[v].push_back(e);
    }
  auto kill = [&](int e) {
    alive[e] = 0;
    for (const auto& [v, coef] : equations[e]) --occurrences[v];
  };
  auto live_unknowns = [&](int e, int* last) {
    int count = 0;
    for (const auto& [v, coef] : equations[e])
      if (!known[v]) {
        ++count;
        *last = v;
      }
    return count;
  };

  // 1. Peeling, until nothing changes.
  std::vector<std::pair<int, int>> absorptions;  // (unknown, equation), in order
  for (bool changed = true; changed;) {
    changed = false;
    for (int e = 0; e < m; ++e) {
      if (!alive[e]) continue;
      int last = -1;
      const int live = live_unknowns(e, &last);
      if (live <= 1) {
        kill(e);
        if (live == 1) known[last] = 1;
        changed = true;
      }
    }
    for (int v = 0; v < unknowns; ++v) {
      if (known[v] || absorbed[v] || occurrences[v] != 1) continue;
      for (int e : equations_of[v]) {
        if (!alive[e]) continue;
        int last = -1;
        if (live_unknowns(e, &last) < 2) break;  // settled by the next pass
        kill(e);
        absorbed[v] = 1;
        absorptions.emplace_back(v, e);
        changed = true;
        break;
      }
    }
  }
  // 2. What is left: components solved by LU, giving the kernel rows of
  // their unknowns; an unknown in no equation any more is a kernel
  // direction of its own.
  std::vector<KernelRow> rows(unknowns);
  int next_basis = 0;
  Components components(unknowns);
  for (int e = 0; e < m; ++e) {
    if (!alive[e]) continue;
    int first = -1;
    for (const auto& [v, coef] : equations[e]) {
      if (known[v]) continue;
      if (first < 0)
        first = v;
      else
        components.Join(first, v);
    }
  }
  std::vector<std::vector<int>> vars_of(unknowns);
  std::vector<std::vector<const LinearEquation*>> eqs_of(unknowns);
  for (int v = 0; v < unknowns; ++v) {
    if (known[v] || absorbed[v]) continue;
    if (occurrences[v] > 0)
      vars_of[components.Find(v)].push_back(v);
    else
      rows[v][next_basis++] = 1.0;
  }
  for (int e = 0; e < m; ++e) {
    if (!alive[e]) continue;
    for (const auto& [v, coef] : equations[e])
      if (!known[v]) {
        eqs_of[components.Find(v)].push_back(&equations[e]);
        break;
      }
  }
  for (int root = 0; root < unknowns; ++root) {
    if (vars_of[root].empty()) continue;
    if (static_cast<int>(vars_of[root].size()) > max_dense) {
      // Not solved: each unknown counts as free (callers are told).
      if (unsolved) unsolved->insert(unsolved->end(), vars_of[root].begin(), vars_of[root].end());
      for (int v : vars_of[root]) rows[v][next_basis++] = 1.0;
      continue;
    }
    SolveComponent(vars_of[root], eqs_of[root], known, &next_basis, &rows);
  }

  // 3. An absorbed unknown takes, in every kernel vector, the value its
  // equation gives it from the others (known unknowns are 0 there). Later
  // absorptions are settled first, since earlier ones may refer to them.
  for (size_t i = absorptions.size(); i-- > 0;) {
    const auto [u, e] = absorptions[i];
    double cu = 0;
    for (const auto& [v, coef] : equations[e])
      if (v == u) cu = coef;
    KernelRow row;
    for (const auto& [v, coef] : equations[e]) {
      if (v == u) continue;
      for (const auto& [basis, x] : rows[v]) row[basis] -= coef / cu * x;
    }
    for (const auto& [basis, x] : row)
      if (std::abs(x) > kTolerance) rows[u][basis] = x;
  }
  for (int v = 0; v < unknowns; ++v) determined[v] = rows[v].empty();
  return determined;
}

}  // namespace kfl
