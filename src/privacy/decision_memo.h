// DecisionMemo: the privacy stage's decisions of the previous build, so that
// a rebuild decides again only for the response files that changed.
//
// Deciding (privacy/disclosure.h, the exact linear-algebra check) is most
// of what a rebuild computes; a part's decisions depend only on its own
// response file and on the rest of the data directory (units, instruments,
// project), so they are stored per part under the key
// Key(context, file): context is everything but the responses (with kfl's
// build id), file the response file's path (its wave and instrument) and
// bytes.
//
//   DecisionMemo previous = DecisionMemo::Read("output/.kfl-decisions");
//   DecisionMemo next(context_key);
//   Results r = ComputeResults(data, jobs, &diags, &previous, &next);
//   FileWriter* f = out.Create(".kfl-decisions", &diags);
//   next.Write([&](std::string_view bytes) { f->Write(bytes); });
//
// Thread rules: Find() from any number of threads; Put() from one at a time
// (ComputeResults calls it after its parallel part).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "io/file_system.h"
#include "privacy/category.h"
#include "privacy/disclosure.h"

namespace kfl {

// The four views of one part (results.h WaveResult).
struct PartDecisions {
  std::vector<Disclosure> public_view;
  std::vector<Disclosure> restricted_view;
  DistributionViews public_distribution_view;
  DistributionViews restricted_distribution_view;
};

class DecisionMemo {
 public:
  explicit DecisionMemo(std::string context = "") : context_(std::move(context)) {}

  // The decisions stored in `path` (to Find; its context is unset): none
  // when the file is missing or unreadable, and none match when kfl or the
  // data directory changed (the keys differ).
  static DecisionMemo Read(const std::string& path);

  const std::string& context() const { return context_; }
  // The key of the part made from the response file at `path`.
  // The key of the part made from the response file at `path` (read from `fs`).
  std::string Key(const FileSystem& fs, const std::string& path) const;
  std::string Key(const std::string& path) const;

  const PartDecisions* Find(const std::string& key) const;
  void Put(const std::string& key, PartDecisions decisions);

  // Binary: a magic line, then per part its key and the four views as
  // lengths and bytes.
  void Write(const std::function<void(std::string_view bytes)>& out) const;

 private:
  std::string context_;
  std::map<std::string, PartDecisions> parts_;
};

}  // namespace kfl
