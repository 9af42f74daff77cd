#include "text/number_format.h"

#include <charconv>
#include <cmath>

namespace kfl {
namespace {

constexpr std::string_view kMinus = "\u2212";
constexpr std::string_view kNoFigure = "\u2013";

// Digits of |value| with '.' as separator; *zero tells whether it rounded to 0.
std::string Digits(double value, int decimals, bool* zero) {
  if (decimals < 0) decimals = 0;
  if (decimals > 6) decimals = 6;
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value),
                              std::chars_format::fixed, decimals);
  std::string digits(buffer, result.ptr);
  *zero = digits.find_first_not_of("0.") == std::string::npos;
  return digits;
}

std::string Format(double value, int decimals, NumberStyle style, bool plus) {
  if (!std::isfinite(value)) return std::string(kNoFigure);
  bool zero = false;
  std::string digits = Digits(value, decimals, &zero);
  if (style == NumberStyle::kNorwegian) {
    for (char& c : digits)
      if (c == '.') c = ',';
  }
  if (zero) return digits;
  if (value < 0) return std::string(kMinus) + digits;
  return plus ? "+" + digits : digits;
}

}  // namespace

NumberStyle NumberStyleForLanguage(std::string_view lang) {
  return lang == "en" ? NumberStyle::kEnglish : NumberStyle::kNorwegian;
}

std::string FormatNumber(double value, int decimals, NumberStyle style) {
  return Format(value, decimals, style, false);
}

std::string FormatSigned(double value, int decimals, NumberStyle style) {
  return Format(value, decimals, style, true);
}

std::string FormatPercent(double percent, int decimals, NumberStyle style) {
  std::string number = FormatNumber(percent, decimals, style);
  if (!std::isfinite(percent)) return number;
  return style == NumberStyle::kNorwegian ? number + "\u00a0%" : number + "%";
}

}  // namespace kfl
