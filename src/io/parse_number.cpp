#include "io/parse_number.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>

namespace kfl {

bool ParseInteger(std::string_view text, int64_t* out) {
  const char* first = text.data();
  const char* last = first + text.size();
  bool negative = first != last && *first == '-';
  const char* digits = negative ? first + 1 : first;
  if (digits == last) return false;
  for (const char* p = digits; p != last; ++p)
    if (*p < '0' || *p > '9') return false;
  int64_t value = 0;
  auto [end, error] = std::from_chars(first, last, value);
  if (error == std::errc::result_out_of_range) {
    *out = negative ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
    return true;
  }
  if (error != std::errc() || end != last) return false;
  *out = value;
  return true;
}

bool ParseDecimal(std::string_view text, double* out) {
  // Check the shape first: from_chars would also take "inf", "nan" and hex.
  size_t i = 0;
  const size_t n = text.size();
  auto digits = [&] {
    size_t start = i;
    while (i < n && text[i] >= '0' && text[i] <= '9') ++i;
    return i > start;
  };
  if (i < n && text[i] == '-') ++i;
  if (!digits()) return false;
  if (i < n && text[i] == '.') {
    ++i;
    if (!digits()) return false;
  }
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < n && (text[i] == '-' || text[i] == '+')) ++i;
    if (!digits()) return false;
  }
  if (i != n) return false;
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + n, value);
  if (error != std::errc() || end != text.data() + n || !std::isfinite(value)) return false;
  *out = value;
  return true;
}

}  // namespace kfl
