// det_math: logarithm and exponential computed with + - * / only, so that
// they give the same bits on every IEEE 754 machine. The C library's log and
// exp are not required to be correctly rounded and differ between libms; the
// generator must not depend on them (its output is byte-reproducible).
//
// Accuracy: within a few ulp of the true value, which is all the generator
// needs; what matters is that the result is the same everywhere.
#pragma once

namespace kfl::synth {

// Natural logarithm. REQUIRES: x > 0 and finite.
double DetLog(double x);

// e^x. REQUIRES: -700 < x < 700.
double DetExp(double x);

}  // namespace kfl::synth
