// JsonChecker: checks a JsonDocument against the shape a file kind expects
// (project.json, instruments/*.json), reporting every problem at the
// line:column of the value concerned: a missing key at the '{' of its
// object, an unknown key at the key (with a suggestion), a wrong type at the
// value. Readers use it to pull typed values out of the document; a value
// that is absent or of the wrong type comes back as nullopt, already
// reported, so a reader just keeps its default and goes on to the next.
//
//   JsonChecker check(doc, &diags);
//   if (check.Object("/privacy", {{"min_n_public", true}, {"min_cell", true}})) {
//     if (auto n = check.Integer("/privacy/min_cell", 1, kMaxInt)) privacy.min_cell = *n;
//   }
//
// Messages name the value by its key, with the indices of arrays below it:
// "min_cell", "waves[1]". Not thread-safe (it writes to *diags).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/diagnostics.h"
#include "io/json_reader.h"
#include "model/project.h"

namespace kfl {

class JsonChecker {
 public:
  // Longest text (in characters) that Text() accepts: an item's question, a
  // title.
  static constexpr size_t kMaxTextLength = 1000;

  struct Key {
    std::string_view name;
    bool required = false;
  };

  // `doc` must outlive the checker.
  JsonChecker(const JsonDocument& doc, Diagnostics* diags) : doc_(doc), diags_(diags) {}

  const JsonDocument& doc() const { return doc_; }

  // The value at `pointer`, or nullptr when there is none.
  const nlohmann::json* Find(const std::string& pointer) const;

  // When the value at `pointer` is an object: reports each key not in `keys`
  // and each required key that is missing, and returns true. Otherwise
  // reports that an object was expected and returns false (nothing when the
  // value is absent).
  bool Object(const std::string& pointer, std::initializer_list<Key> keys);

  // Typed values. nullopt when the value is absent (nothing reported: a
  // required one was reported by Object()) or has the wrong type (reported).
  // A string with a control character (io/utf8.h FindControlCharacter) is
  // reported and gives nullopt.
  std::optional<std::string> String(const std::string& pointer);
  // A string that must not be empty (an empty one is reported).
  std::optional<std::string> NonEmptyString(const std::string& pointer);
  // A whole number within [min, max] (reported when outside).
  std::optional<int64_t> Integer(const std::string& pointer, int64_t min, int64_t max);
  std::optional<double> Number(const std::string& pointer);
  std::optional<bool> Boolean(const std::string& pointer);
  // The size of the array at `pointer`; with `non_empty`, an empty array is
  // reported (and its size, 0, still returned).
  std::optional<size_t> Array(const std::string& pointer, bool non_empty);
  // The language codes used as keys of the object at `pointer` (for texts and
  // labels given per language): reports a value that is not an object, an
  // empty object and keys that are not known languages (which are left out).
  std::optional<std::vector<std::string>> Languages(const std::string& pointer);
  // Text in several languages: an object whose keys are language codes (nb,
  // nn, en) and whose values are non-empty strings, with at least one
  // language; a string longer than kMaxTextLength characters is reported and
  // left out.
  std::optional<LangText> Text(const std::string& pointer);

  // Reports a problem at the value at `pointer`, or at its key.
  void Error(const std::string& pointer, std::string key, MessageArgs args = {});
  void KeyError(const std::string& pointer, std::string key, MessageArgs args = {});
  void Warning(const std::string& pointer, std::string key, MessageArgs args = {});
  // The name used for the value at `pointer` in messages.
  std::string Name(const std::string& pointer) const;

 private:
  // Reports that the value at `pointer` is not of the expected kind;
  // `expected` is the end of a catalog key ("string", "integer", ...).
  void WrongType(const std::string& pointer, const char* expected);

  const JsonDocument& doc_;
  Diagnostics* diags_;
};

}  // namespace kfl
