// Catalog: the user-facing strings of one language, from
// templates/i18n/<lang>.json (a flat JSON object: key -> text). Texts hold
// named placeholders, "{value}", replaced by Format().
//
//   Catalog nb = Catalog::Load("templates/i18n/nb.json").value();
//   nb.Format("diag.value_out_of_scale", {{"value", "7"}, {"min", "1"}, ...});
//
// Immutable after loading; safe to share between threads.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/diagnostics.h"

namespace kfl {

class Catalog {
 public:
  using Texts = std::map<std::string, std::string, std::less<>>;

  Catalog() = default;
  explicit Catalog(Texts texts) : texts_(std::move(texts)) {}

  // Reads a catalog file; nullopt (and a message in *error) when it cannot be
  // read or is not a flat object of strings.
  static std::optional<Catalog> Load(const std::string& path, std::string* error);

  // The text for `key` with its placeholders replaced. An unknown key gives
  // the key itself followed by the arguments, so that nothing is lost; the
  // catalog tests make sure that never happens in a release.
  std::string Format(std::string_view key, const MessageArgs& args = {}) const;
  bool Has(std::string_view key) const;
  const Texts& texts() const { return texts_; }

 private:
  Texts texts_;
};

// "A", "A og B", "A, B og C": `and_word` ("og", "and") between the last two.
std::string JoinList(const std::vector<std::string>& items, std::string_view and_word);

// "file:line:column: message" (line and column left out when 0), with the
// catalog's warning prefix for warnings and, when the arguments hold a
// "suggestion", the catalog's "diag.did_you_mean" after the message.
std::string FormatDiagnostic(const Diagnostic& d, const Catalog& catalog);

}  // namespace kfl
