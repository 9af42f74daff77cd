#include "io/csv_writer.h"

#include <charconv>
#include <cmath>
#include <string>

namespace kfl {

void CsvLine::Separate() {
  if (!first_) line_ += ',';
  first_ = false;
}

CsvLine& CsvLine::Add(std::string_view text) {
  Separate();
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    line_ += text;
    return *this;
  }
  line_ += '"';
  for (char c : text) {
    if (c == '"') line_ += '"';
    line_ += c;
  }
  line_ += '"';
  return *this;
}

CsvLine& CsvLine::AddName(std::string_view text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos) {
    return Add("'" + std::string(text));
  }
  return Add(text);
}

CsvLine& CsvLine::Add(long long value) {
  Separate();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, value);
  line_.append(buf, r.ptr);
  return *this;
}

CsvLine& CsvLine::Add(double value, int decimals) {
  Separate();
  if (std::isnan(value)) return *this;
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals);
  std::string_view s(buf, r.ptr - buf);
  if (s.front() == '-' && s.find_first_not_of("-0.") == std::string_view::npos) s.remove_prefix(1);
  line_ += s;
  return *this;
}

CsvLine& CsvLine::AddExact(double value) {
  Separate();
  if (!std::isfinite(value)) return *this;
  if (value == 0) value = 0;  // -0
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, value);
  line_.append(buf, r.ptr);
  return *this;
}

std::string_view CsvLine::End() {
  line_ += '\n';
  finished_.swap(line_);
  line_.clear();
  first_ = true;
  return finished_;
}

}  // namespace kfl
