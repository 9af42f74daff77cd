// LayoutCache: laid-out texts of Documents (pdf/layouter.h), kept so that
// the next report reuses them: the narratives, headings, captions and page
// labels repeat from report to report. Holds at most kMaxEntries; when full,
// every entry is dropped. Caching never changes a PDF's bytes.
//
//   struct Worker { Typesetter typesetter; LayoutCache layouts; };  // per thread
//   Document doc(worker.typesetter, theme, options, &worker.layouts);
//
// A cache belongs to one Typesetter (its pango context): the layouts it
// holds were made in that context and keep it alive. Use it with that
// Typesetter only (declare it after the Typesetter, so it is destroyed
// first). Passing it with another context drops every entry first rather
// than handing out layouts of a different context.
//
// Thread rules: not thread-safe; like its Typesetter, one thread uses it at
// a time.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>

#include "pdf/layouter.h"

namespace kfl {

class LayoutCache {
 public:
  static constexpr size_t kMaxEntries = 4096;

  LayoutCache() = default;
  LayoutCache(const LayoutCache&) = delete;
  LayoutCache& operator=(const LayoutCache&) = delete;

  size_t size() const { return entries_.size(); }

 private:
  friend class pdf::Layouter;

  // Drops every entry when they were made in another context than `context`.
  void Bind(const PangoContext* context);
  // The layout stored under `key`, or nullptr.
  const pdf::Laid* Find(const std::string& key) const;
  // Stores `laid` under `key` (first dropping every entry when full) and
  // returns the stored copy.
  const pdf::Laid& Insert(const std::string& key, pdf::Laid laid);

  std::unordered_map<std::string, pdf::Laid> entries_;
  const PangoContext* context_ = nullptr;  // the entries' (never dereferenced)
};

}  // namespace kfl
