// Shares of respondents (the share of pupils who say they are bullied) and
// whether two of them differ by more than their uncertainty.
//
//   SharesDiffer({12, 100}, {4, 100});  // true: 12 % and 4 % differ clearly
#pragma once

namespace kfl {

struct Share {
  int count = 0;  // respondents who gave one of the answers counted
  int n = 0;      // respondents who answered

  double value() const { return n > 0 ? static_cast<double>(count) / n : 0; }
};

// True when the 95 % confidence interval of a - b leaves out 0. The
// interval is Agresti and Caffo's (2000): one answer counted and one not
// added to each sample, then the normal approximation; it keeps its
// coverage for small shares and counts of 0, where the plain (Wald)
// interval has width 0. The samples are taken as independent, as a reader
// comparing two printed percentages would. False when either n is 0.
bool SharesDiffer(Share a, Share b);

}  // namespace kfl
