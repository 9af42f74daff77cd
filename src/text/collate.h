// Collation: sorting names the way a reader of the language expects
// (Norwegian: ... X Y Z Æ Ø Å, case and accents secondary; digits by their
// numeric value, so 2A comes before 10A), with ICU.
//
//   Collator nb("nb");
//   std::sort(names.begin(), names.end(), [&](auto& a, auto& b) { return nb.Less(a, b); });
//
// A Collator is not thread-safe: use one per thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace kfl {

class Collator {
 public:
  // `lang` is a language code ("nb", "nn", "en"); an unknown one falls back
  // to ICU's root order.
  explicit Collator(const std::string& lang);
  ~Collator();
  Collator(const Collator&) = delete;
  Collator& operator=(const Collator&) = delete;

  // Strict weak order of UTF-8 strings; ties broken by bytes so that the
  // order is total and sorting is deterministic.
  bool Less(std::string_view a, std::string_view b) const;

 private:
  struct Impl;  // the ICU collator (ICU headers stay out of this one)
  std::unique_ptr<Impl> impl_;
};

}  // namespace kfl
