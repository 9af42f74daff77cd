// DeterminedUnknowns: which unknowns of a system of linear equations are
// fixed by it, whatever values the right-hand sides have.
//
// This is the attacker's question in disclosure control: given every
// published figure (the right-hand sides) and every relation between figures
// (a parent's sum is the sum of its children's sums, `all` is the sum of its
// breakdowns), can a suppressed figure be worked out exactly? Unknown j is
// determined iff the unit vector e_j lies in the row space of the
// coefficient matrix, i.e. iff every vector of its null space is 0 at j.
//
// Method: first peeling, which settles most unknowns of sparse systems
// without arithmetic: an equation with one unknown determines it; an unknown
// that occurs in only one equation absorbs that equation (the equation then
// says nothing about the others, and the unknown's own value follows from
// theirs). What is left is split into connected components, and a
// rank-revealing LU (Eigen's FullPivLU) of each gives a basis of its null
// space; the absorbed unknowns' null-space values are then computed from
// their equations, last absorbed first. An unknown is determined iff it is
// 0 in every basis vector. (Checking only "all the others in its equation
// are determined" for an absorbed unknown would be wrong: x + y can be
// known when neither x nor y is.)
//
//   DeterminedUnknowns(2, {{{0, 1}, {1, 1}}})             -> {false, false}   x0 + x1 = c
//   DeterminedUnknowns(2, {{{0, 1}, {1, 1}}, {{1, 1}}})   -> {true, true}
#pragma once

#include <utility>
#include <vector>

namespace kfl {

// One equation: (unknown index, coefficient) pairs; the right-hand side does
// not matter for the question. Coefficients must not be 0.
using LinearEquation = std::vector<std::pair<int, double>>;

// For each of `unknowns` unknowns, whether `equations` fix its value.
// REQUIRES: every index in `equations` is in [0, unknowns); an unknown occurs
// at most once per equation.
// Components larger than `max_dense` unknowns after peeling are not solved
// and their unknowns are reported in *unsolved (when not null) as not
// determined; callers that need a guarantee must treat them as unsafe.
std::vector<bool> DeterminedUnknowns(int unknowns, const std::vector<LinearEquation>& equations,
                                     int max_dense = 2000, std::vector<int>* unsolved = nullptr);

}  // namespace kfl
