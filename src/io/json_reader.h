// JsonDocument: a parsed JSON file (project.json, instruments/*.json) that
// remembers where each value starts, so that problems found later, while
// checking the document against the data contract, point at the value:
// "instruments/elev_5_10.json:41:24: ...".
//
// Parsing uses nlohmann/json's SAX interface over an input iterator that
// counts the bytes the parser has consumed; from that count each value's
// first character is found, and its line and column (in characters) are
// recorded under its JSON pointer (RFC 6901), e.g.
// "/areas/0/factors/1/items/2/reverse". Object members also record where
// their key starts.
//
//   std::optional<JsonDocument> doc = ParseJson("data/project.json", text, &diags);
//   if (doc) doc->ValueLocation("/privacy/min_cell");  // {"data/project.json", 12, 51}
//
// Immutable after parsing.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "io/diagnostics.h"
#include "io/file_system.h"

namespace kfl {

struct TextPosition {
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based, in characters
};

class JsonDocument {
 public:
  struct Span {
    TextPosition value;  // the value's first character
    TextPosition key;    // the key's opening quote (object members only)
  };

  JsonDocument() = default;
  JsonDocument(std::string path, nlohmann::json root, std::unordered_map<std::string, Span> spans)
      : path_(std::move(path)), root_(std::move(root)), spans_(std::move(spans)) {}

  const std::string& path() const { return path_; }
  const nlohmann::json& root() const { return root_; }

  // Where the value at `pointer` ("" for the root) starts; {0, 0} when
  // there is no such value.
  TextPosition ValuePosition(const std::string& pointer) const;
  // Where the key of the object member at `pointer` starts; the value's
  // position for array elements and the root.
  TextPosition KeyPosition(const std::string& pointer) const;
  Location ValueLocation(const std::string& pointer) const;
  Location KeyLocation(const std::string& pointer) const;

 private:
  std::string path_;
  nlohmann::json root_;
  std::unordered_map<std::string, Span> spans_;
};

// Parses `text`, the contents of the file `path`. Malformed JSON is reported
// at the line:column where the parser stopped (with what it expected) and
// gives nullopt. A key repeated in one object is reported too, but the
// document is still returned (with the last value).
std::optional<JsonDocument> ParseJson(const std::string& path, std::string_view text,
                                      Diagnostics* diags);

// Reads the file `path` through `fs` and parses it; an unreadable file is
// reported and gives nullopt.
std::optional<JsonDocument> ReadJsonFile(const FileSystem& fs, const std::string& path,
                                         Diagnostics* diags);

// JSON pointer of the member `key` of the object at `parent` ('~' and '/' in
// the key escaped), and of the element `index` of the array at `parent`.
std::string JsonPointerChild(const std::string& parent, std::string_view key);
std::string JsonPointerIndex(const std::string& parent, size_t index);

}  // namespace kfl
