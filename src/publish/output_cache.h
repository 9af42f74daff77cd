// OutputCache: reuses the files of the previous output whose inputs have
// not changed, so a rebuild draws only what a change of the data touches.
//
// An output is one file or a group of files made together (a unit's page
// and its charts), named by a string, with a key: the hash of everything its
// bytes depend on (build/content_hash.h; e.g. the unit's UnitReport via
// report/report_key.h, the templates, the language, kfl's build id). The
// previous build's names, keys and files are in OUT_DIR/.kfl-cache.
//
//   OutputCache cache("output", /*force=*/false);
//   OutputDir out;  out.Open("output", &diags);
//   cache.ProduceFile(&out, "restricted/a/b/rapport.pdf", key,
//                     [&] { return RenderClassPdf(...); }, &diags);
//   cache.Produce(&out, "site/a/", key, [&](const WriteFn& write) {
//     write("site/a/index.html", html);  write("site/a/c1.svg", svg);
//   }, &diags);
//   cache.Save(&out, &diags);   // then out.Commit()
//
// When the previous output has the same key for the name, its files are
// hard-linked into the new output (output_dir.h Link()) and the producer
// is not called. Otherwise the producer writes the files and they are
// recorded under the name and key. Files must not be edited by hand in
// OUT_DIR between builds (the recorded SHA-256 goes into the manifest);
// `kfl build --force` ignores the cache.
//
// Thread rules: Produce() and ProduceFile() may be called from any number
// of threads at once (different names); Save() from one.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "publish/output_dir.h"
#include "io/diagnostics.h"

namespace kfl {

class OutputCache {
 public:
  using WriteFn = std::function<void(const std::string& path, std::string_view bytes)>;

  struct File {
    std::string path;  // relative to OUT_DIR
    uint64_t bytes = 0;
    Sha256 sha256;
  };
  struct Entry {
    std::string key;
    std::vector<File> files;
  };

  // The cache of the output in `out_dir`: empty when there is none, when it
  // cannot be read, or with `force`.
  OutputCache(const std::string& out_dir, bool force);
  OutputCache(const OutputCache&) = delete;
  OutputCache& operator=(const OutputCache&) = delete;

  // The key of the whole build the previous output recorded ("" if none).
  const std::string& previous_build_key() const { return previous_build_; }
  // The key of this whole build, saved for the next one.
  void set_build_key(std::string key) { build_key_ = std::move(key); }

  // Reuses the files of `name` from the previous output when its key is
  // `key`, else calls produce(write) to write them. Returns false (with a
  // diagnostic) when a file could not be written or linked.
  bool Produce(OutputDir* out, const std::string& name, const std::string& key,
               const std::function<void(const WriteFn&)>& produce, Diagnostics* diags);
  // The same for one file whose bytes come from `make`.
  bool ProduceFile(OutputDir* out, const std::string& path, const std::string& key,
                   const std::function<std::string()>& make, Diagnostics* diags);

  // Writes .kfl-cache (what this build produced and reused) into `out`.
  bool Save(OutputDir* out, Diagnostics* diags);

  long reused() const { return reused_; }
  long produced() const { return produced_; }

  static constexpr const char* kFileName = ".kfl-cache";

 private:
  std::string dir_;  // the previous output
  std::string previous_build_;
  std::string build_key_;
  std::map<std::string, Entry, std::less<>> previous_;
  std::mutex mutex_;  // guards current_
  std::map<std::string, Entry, std::less<>> current_;
  std::atomic<long> reused_{0};
  std::atomic<long> produced_{0};
};

}  // namespace kfl
