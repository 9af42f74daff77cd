#include "io/json_reader.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <utility>
#include <vector>

#include "io/utf8.h"

namespace kfl {
namespace {

using nlohmann::json;

// Byte offsets to line:column (column in characters; a BOM takes none).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0);
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(i + 1);
  }

  TextPosition At(size_t offset) const {
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    size_t line = static_cast<size_t>(it - starts_.begin());
    size_t start = std::min(starts_[line - 1], offset);
    return {static_cast<int>(line),
            static_cast<int>(Utf8Length(text_.substr(start, offset - start))) + 1};
  }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

// The input iterator handed to the parser: each step it takes through the
// text is written to *head, so the SAX handler knows how far the parser has
// read when it is called.
class TrackingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  TrackingIterator(const char* p, const char** head) : p_(p), head_(head) {}
  reference operator*() const { return *p_; }
  TrackingIterator& operator++() {
    *head_ = ++p_;
    return *this;
  }
  TrackingIterator operator++(int) {
    TrackingIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const TrackingIterator& other) const { return p_ == other.p_; }
  bool operator!=(const TrackingIterator& other) const { return p_ != other.p_; }

 private:
  const char* p_;
  const char** head_;
};

bool IsNumberChar(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Start of the string token whose closing quote is at text[close].
size_t StringStart(std::string_view text, size_t close) {
  for (size_t i = close; i > 0;) {
    --i;
    if (text[i] != '"') continue;
    size_t backslashes = 0;
    for (size_t j = i; j > 0 && text[j - 1] == '\\'; --j) ++backslashes;
    if (backslashes % 2 == 0) return i;
  }
  return 0;
}

// Start of the number token that ends at text[end - 1].
size_t NumberStart(std::string_view text, size_t end) {
  size_t start = end;
  while (start > 0 && IsNumberChar(text[start - 1])) --start;
  return start;
}

struct SyntaxError {
  size_t position = 0;  // the parser's count of characters read
  std::string message;  // nlohmann's (English) message, classified below
};

// Builds the DOM and the positions. Method names and signatures are those
// nlohmann::json::sax_parse requires.
class PositionSax {
 public:
  PositionSax(std::string_view text, const char* const* head, const LineIndex& lines)
      : text_(text), head_(head), lines_(lines) {}

  bool null() { return Add(nullptr, Consumed() - 4); }
  bool boolean(bool value) { return Add(value, Consumed() - (value ? 4 : 5)); }
  bool number_integer(json::number_integer_t value) { return Add(value, NumberOffset()); }
  bool number_unsigned(json::number_unsigned_t value) { return Add(value, NumberOffset()); }
  bool number_float(json::number_float_t value, const json::string_t& /*raw*/) {
    return Add(value, NumberOffset());
  }
  bool string(json::string_t& value) {
    return Add(std::move(value), StringStart(text_, Consumed() - 1));
  }
  bool binary(json::binary_t& /*value*/) { return true; }  // not in JSON text
  bool start_object(std::size_t /*elements*/) { return Open(json::object()); }
  bool start_array(std::size_t /*elements*/) { return Open(json::array()); }
  bool end_object() { return Close(); }
  bool end_array() { return Close(); }
  bool key(json::string_t& name) {
    key_ = name;
    key_offset_ = StringStart(text_, Consumed() - 1);
    return true;
  }
  bool parse_error(std::size_t position, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& error) {
    error_ = SyntaxError{position, error.what()};
    return false;
  }

  json& root() { return root_; }
  std::unordered_map<std::string, JsonDocument::Span>& spans() { return spans_; }
  const std::optional<SyntaxError>& error() const { return error_; }
  struct Repeat {
    std::string key;
    TextPosition where;
    TextPosition first;
  };
  const std::vector<Repeat>& repeated_keys() const { return repeated_; }

 private:
  struct Frame {
    json* value;
    std::string pointer;
  };

  size_t Consumed() const { return static_cast<size_t>(*head_ - text_.data()); }

  // A number is seen one character late: the parser has read the character
  // after it (unless the text ends there) to know that the number ended.
  size_t NumberOffset() const {
    size_t end = Consumed();
    if (end > 0 && !IsNumberChar(text_[end - 1])) --end;
    return NumberStart(text_, end);
  }

  // Inserts a value into the tree and records where it starts; returns it.
  json* Insert(json value, size_t offset, std::string* pointer) {
    TextPosition at = lines_.At(offset);
    if (stack_.empty()) {
      root_ = std::move(value);
      *pointer = "";
      spans_[*pointer] = {at, at};
      return &root_;
    }
    Frame& parent = stack_.back();
    if (parent.value->is_array()) {
      *pointer = JsonPointerIndex(parent.pointer, parent.value->size());
      parent.value->push_back(std::move(value));
      spans_[*pointer] = {at, at};
      return &parent.value->back();
    }
    *pointer = JsonPointerChild(parent.pointer, key_);
    TextPosition key_at = lines_.At(key_offset_);
    if (parent.value->contains(key_)) repeated_.push_back({key_, key_at, spans_[*pointer].key});
    json& slot = (*parent.value)[key_];
    slot = std::move(value);
    spans_[*pointer] = {at, key_at};
    return &slot;
  }

  bool Add(json value, size_t offset) {
    std::string pointer;
    Insert(std::move(value), offset, &pointer);
    return true;
  }

  bool Open(json container) {
    std::string pointer;
    json* value = Insert(std::move(container), Consumed() - 1, &pointer);
    stack_.push_back({value, std::move(pointer)});
    return true;
  }

  bool Close() {
    stack_.pop_back();
    return true;
  }

  std::string_view text_;
  const char* const* head_;
  const LineIndex& lines_;
  json root_;
  std::vector<Frame> stack_;
  std::string key_;
  size_t key_offset_ = 0;
  std::unordered_map<std::string, JsonDocument::Span> spans_;
  std::vector<Repeat> repeated_;
  std::optional<SyntaxError> error_;
};

// Up to 40 characters of `text` from `start`, for quoting in a message.
std::string Excerpt(std::string_view text, size_t start, size_t end) {
  end = std::min(end, text.size());
  if (start >= end) return "";
  std::string_view s = text.substr(start, end - start);
  size_t count = 0, i = 0;
  while (i < s.size() && count < 40) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    ++count;
  }
  std::string out(s.substr(0, i));
  if (i < s.size()) out += "…";
  // Line breaks would break the one-line message.
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

bool Contains(const std::string& haystack, const char* needle) {
  return haystack.find(needle) != std::string::npos;
}

// Turns the parser's error into a catalog key, a place and (for most) the
// text found there.
void ReportSyntaxError(const std::string& path, std::string_view text, const LineIndex& lines,
                       const SyntaxError& error, Diagnostics* diags) {
  const std::string& what = error.message;
  // The parser counts every character it read; the last one is where it
  // stopped (at the end of the text, the count is one past it).
  const size_t end = std::min(error.position, text.size());
  const size_t last = end > 0 ? end - 1 : 0;
  auto report = [&](size_t offset, const char* key, MessageArgs args = {}) {
    diags->Error({path, lines.At(offset).line, lines.At(offset).column}, key, std::move(args));
  };

  if (Contains(what, "last read:") || Contains(what, "number overflow")) {  // the lexer's errors
    if (Contains(what, "ill-formed UTF-8") || Contains(what, "invalid BOM")) {
      // The parser stops at the byte that shows the sequence is broken,
      // which may be the one after its first byte.
      size_t bad = FindInvalidUtf8(text.substr(0, end));
      report(bad == std::string_view::npos ? last : bad, "diag.json_invalid_utf8");
    } else if (Contains(what, "control character")) {
      report(last, "diag.json_control_character");
    } else if (Contains(what, "missing closing quote")) {
      report(StringStart(text, text.size()), "diag.json_unterminated_string");
    } else if (Contains(what, "invalid string")) {
      report(last, "diag.json_invalid_escape");
    } else if (Contains(what, "invalid number") || Contains(what, "number overflow")) {
      // The number ends before the character that broke it, or (overflow) at `end`.
      size_t stop = Contains(what, "number overflow") || IsNumberChar(text[last]) ? end : last;
      size_t start = NumberStart(text, stop);
      report(start, "diag.json_invalid_number", {{"found", Excerpt(text, start, stop)}});
    } else if (text.substr(last, 2) == "//" || text.substr(last, 2) == "/*") {
      report(last, "diag.json_comment");
    } else {  // invalid literal
      size_t start = last;
      if (!IsLetter(text[start]) && start > 0 && IsLetter(text[start - 1])) --start;
      while (start > 0 && IsLetter(text[start - 1])) --start;
      size_t stop = start;
      while (stop < text.size() && !std::strchr(" \t\r\n,:[]{}\"", text[stop])) ++stop;
      report(start, "diag.json_invalid_literal",
             {{"found", Excerpt(text, start, std::max(stop, start + 1))}});
    }
    return;
  }
  if (Contains(what, "unexpected end of input")) {
    size_t stop = text.size();
    while (stop > 0 && std::strchr(" \t\r\n", text[stop - 1])) --stop;
    report(stop, "diag.json_unexpected_end");
    return;
  }
  // An unexpected token, which ends at `end`: find where it starts.
  size_t start = last;
  if (text[last] == '"') {
    start = StringStart(text, last);
  } else if (IsNumberChar(text[last])) {
    start = NumberStart(text, end);
  } else if (IsLetter(text[last])) {
    while (start > 0 && IsLetter(text[start - 1])) --start;
  }
  MessageArgs found{{"found", Excerpt(text, start, end)}};
  // nlohmann's message ends with "; expected <what it expected>".
  const size_t expected_at = what.rfind("; expected ");
  const std::string expected =
      expected_at == std::string::npos ? "" : what.substr(expected_at + 11);
  const char* key = "diag.json_syntax";
  if (expected == "string literal") {
    key = "diag.json_expected_key";
  } else if (expected == "':'") {
    key = "diag.json_expected_colon";
  } else if (expected == "'}'") {
    key = "diag.json_expected_comma_or_brace";
  } else if (expected == "']'") {
    key = "diag.json_expected_comma_or_bracket";
  } else if (expected == "end of input") {
    key = "diag.json_trailing";
  } else if (expected == "'[', '{', or a literal") {
    key = "diag.json_expected_value";
  }
  report(start, key, std::move(found));
}

}  // namespace

TextPosition JsonDocument::ValuePosition(const std::string& pointer) const {
  auto it = spans_.find(pointer);
  return it == spans_.end() ? TextPosition{} : it->second.value;
}

TextPosition JsonDocument::KeyPosition(const std::string& pointer) const {
  auto it = spans_.find(pointer);
  return it == spans_.end() ? TextPosition{} : it->second.key;
}

Location JsonDocument::ValueLocation(const std::string& pointer) const {
  TextPosition at = ValuePosition(pointer);
  return {path_, at.line, at.column};
}

Location JsonDocument::KeyLocation(const std::string& pointer) const {
  TextPosition at = KeyPosition(pointer);
  return {path_, at.line, at.column};
}

std::optional<JsonDocument> ParseJson(const std::string& path, std::string_view text,
                                      Diagnostics* diags) {
  LineIndex lines(text);
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos || text == "\xEF\xBB\xBF") {
    diags->Error({path, 0, 0}, "diag.json_empty");
    return std::nullopt;
  }
  // The parser takes a NUL byte for the end of the text: never let it.
  if (size_t nul = text.find('\0'); nul != std::string_view::npos) {
    TextPosition at = lines.At(nul);
    diags->Error({path, at.line, at.column}, "diag.json_nul");
    return std::nullopt;
  }
  const char* head = text.data();
  PositionSax sax(text, &head, lines);
  TrackingIterator first(text.data(), &head), last(text.data() + text.size(), &head);
  bool ok = json::sax_parse(first, last, &sax, json::input_format_t::json, /*strict=*/true,
                            /*ignore_comments=*/false);
  if (!ok || sax.error()) {
    if (sax.error()) {
      ReportSyntaxError(path, text, lines, *sax.error(), diags);
    } else {
      diags->Error({path, 0, 0}, "diag.json_syntax", {{"found", ""}});
    }
    return std::nullopt;
  }
  for (const PositionSax::Repeat& repeat : sax.repeated_keys()) {
    diags->Error({path, repeat.where.line, repeat.where.column}, "diag.json_duplicate_key",
                 {{"key", repeat.key}, {"line", std::to_string(repeat.first.line)}});
  }
  return JsonDocument(path, std::move(sax.root()), std::move(sax.spans()));
}

std::optional<JsonDocument> ReadJsonFile(const FileSystem& fs, const std::string& path,
                                         Diagnostics* diags) {
  std::string text;
  if (!fs.ReadAll(path, &text)) {
    diags->Error({path, 0, 0}, "diag.cannot_read");
    return std::nullopt;
  }
  return ParseJson(path, text, diags);
}

std::string JsonPointerChild(const std::string& parent, std::string_view key) {
  std::string out = parent;
  out += '/';
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string JsonPointerIndex(const std::string& parent, size_t index) {
  return parent + "/" + std::to_string(index);
}

}  // namespace kfl
