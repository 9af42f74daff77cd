// ParallelFor: runs fn(0) ... fn(n - 1) on `jobs` threads (0 = all cores)
// with oneTBB's work-stealing scheduler. fn must be safe to call
// concurrently for different indices; results are written by index, so the
// outcome does not depend on `jobs`.
#pragma once

#include <cstddef>
#include <functional>

namespace kfl {

void ParallelFor(size_t n, int jobs, const std::function<void(size_t)>& fn);

}  // namespace kfl
