#include "cli/command.h"

namespace kfl {

void PrintDiagnostics(const Diagnostics& diags, const Catalog& catalog, std::ostream& err) {
  constexpr size_t kShown = 100;
  std::vector<Diagnostic> sorted = diags.Sorted();
  for (size_t i = 0; i < sorted.size() && i < kShown; ++i)
    err << FormatDiagnostic(sorted[i], catalog) << '\n';
  size_t rest = diags.dropped() + (sorted.size() > kShown ? sorted.size() - kShown : 0);
  if (rest > 0) err << catalog.Format("cli.more_problems", {{"count", std::to_string(rest)}}) << '\n';
}

}  // namespace kfl
