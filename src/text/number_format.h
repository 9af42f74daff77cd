// Number formatting for readers: the decimal separator, the minus sign and
// the percent sign of a language. Bokmål (and nynorsk) write "52,3",
// "−0,4" (U+2212 MINUS SIGN) and "2,8 %" (a no-break space, U+00A0, before
// the percent sign); English writes "52.3", "−0.4" and "2.8%".
//
//   FormatNumber(52.34, 1, NumberStyle::kNorwegian)   == "52,3"
//   FormatSigned(-0.42, 1, NumberStyle::kNorwegian)   == "−0,4"
//   FormatPercent(2.81, 1, NumberStyle::kNorwegian)   == "2,8\u00a0%"
//
// A value that rounds to zero never carries a sign ("0,0", not "−0,0").
// Non-finite values give "–" (an en dash: no figure). Pure functions;
// independent of the C locale, so safe in any thread.
#pragma once

#include <string>
#include <string_view>

namespace kfl {

enum class NumberStyle {
  kNorwegian,  // bokmål and nynorsk: decimal comma, "2,8 %"
  kEnglish,    // decimal point, "2.8%"
};

// The style for a catalog language code: "en" -> kEnglish, else kNorwegian.
NumberStyle NumberStyleForLanguage(std::string_view lang);

// `value` rounded to `decimals` places (0-6), minus as U+2212.
std::string FormatNumber(double value, int decimals, NumberStyle style);

// As FormatNumber, with "+" before positive values (changes, differences).
std::string FormatSigned(double value, int decimals, NumberStyle style);

// A percentage given as 0-100.
std::string FormatPercent(double percent, int decimals, NumberStyle style);

}  // namespace kfl
