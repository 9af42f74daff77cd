#include "report/figure_text.h"

namespace kfl {
namespace {

constexpr const char* kDash = "–";  // en dash: no figure

}  // namespace

std::string FigureText::T(const Figure& f) const {
  return f.shown() && f.has_t ? FormatNumber(f.t, kTDecimals, style_) : kDash;
}

std::string FigureText::Reason(const Figure& f) const {
  switch (f.state) {
    case FigureState::kShown:
      return f.has_t ? "" : catalog_.Format("privacy.reason.no_reference");
    case FigureState::kTooFew:
      return catalog_.Format("privacy.reason.too_few", {{"n", std::to_string(min_n_)}});
    case FigureState::kHidden:
      return catalog_.Format("privacy.reason.complementary");
    case FigureState::kNoData:
      return catalog_.Format("privacy.reason.no_data");
  }
  return "";
}

std::string FigureText::Count(int n) const {
  // Norwegian groups thousands with a no-break space ("12 345"), English
  // with a comma.
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string sep = style_ == NumberStyle::kEnglish ? "," : "\u00a0";
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0 && digits.size() > 4) out += sep;
    out += digits[i];
  }
  return n < 0 ? "\u2212" + out : out;
}

}  // namespace kfl
