#include "io/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace kfl {

void Diagnostics::Add(Diagnostic d) {
  if (d.severity == Severity::kError) ++error_count_;
  // A value quoted from the input is cut to a short prefix: a 2 MB cell
  // must not make a 2 MB message.
  for (auto& [name, value] : d.args) {
    if (value.size() <= kMaxQuotedBytes) continue;
    size_t end = 0;
    for (size_t chars = 0; end < value.size() && chars < kQuotedChars; ++chars) {
      ++end;
      while (end < value.size() && (static_cast<unsigned char>(value[end]) & 0xC0) == 0x80) ++end;
    }
    value = value.substr(0, end) + "\u2026";
  }
  if (list_.size() < kMaxKept)
    list_.push_back(std::move(d));
  else
    ++dropped_;
}

void Diagnostics::Error(Location where, std::string key, MessageArgs args) {
  Add({Severity::kError, std::move(where), std::move(key), std::move(args)});
}

void Diagnostics::Warning(Location where, std::string key, MessageArgs args) {
  Add({Severity::kWarning, std::move(where), std::move(key), std::move(args)});
}

void Diagnostics::Merge(const Diagnostics& other) {
  for (const Diagnostic& d : other.list_) {
    if (list_.size() < kMaxKept) {
      list_.push_back(d);
    } else {
      ++dropped_;
    }
  }
  error_count_ += other.error_count_;
  dropped_ += other.dropped_;
}

std::vector<Diagnostic> Diagnostics::Sorted() const {
  std::vector<Diagnostic> sorted = list_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.line, a.where.column) <
           std::tie(b.where.file, b.where.line, b.where.column);
  });
  return sorted;
}

}  // namespace kfl
