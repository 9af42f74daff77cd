#include "site/chart_style.h"

#include <cmath>

namespace kfl {

Theme SiteChartTheme() {
  Theme t;
  t.label_size = 12;
  t.value_size = 11;
  t.axis_size = 11;
  t.margin = 4;
  return t;
}

std::string SiteChartCss() {
  const long max = std::lround(kSiteChartWidth * kSiteChartMaxScale);
  return "\n/* site/chart_style.h */\nfigure.chart img { max-width: " + std::to_string(max) +
         "px; }\n";
}

}  // namespace kfl
