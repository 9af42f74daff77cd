// Chart style: how the site draws its charts. Each chart is ONE SVG, laid
// out for a phone (kSiteChartWidth px wide, in SiteChartTheme) and scaled
// by the browser: to the content width on a phone (358 px of a 390 px
// screen: kfl.css pads .wrap by 1rem on each side), at most
// kSiteChartMaxScale times its width on a wider screen (SiteChartCss), so
// that the smallest chart text is at least 11 CSS px on a 390 px phone and
// not oversized on a desktop. The PDF keeps the default Theme at its own
// width (pdf/).
#pragma once

#include <string>

#include "chart/theme.h"

namespace kfl {

// px: the width every chart of a page is laid out at (its SVG's width).
inline constexpr double kSiteChartWidth = 340;
// The largest factor a page shows a chart at (kfl.css max-width).
inline constexpr double kSiteChartMaxScale = 1.4;

// The default Theme with the text sizes and margins of a phone: no text
// below 11 px (10.45 px would do at 358/340, 11 leaves room for rounding)
// and a small margin (the page has its own).
Theme SiteChartTheme();

// The style rule that caps a chart image at kSiteChartMaxScale times
// kSiteChartWidth, appended to assets/kfl.css.
std::string SiteChartCss();

}  // namespace kfl
