// The page of a Document: A4 in PostScript points, its type area, and the
// measures that measuring and drawing a block must agree on. Plain
// constants (no cairo or pango), shared by pdf/measurer, pdf/renderer and
// pdf/paginator.
#pragma once

namespace kfl::pdf {

// A4.
inline constexpr double kPageWidth = 595.276;
inline constexpr double kPageHeight = 841.89;
// The type area: text starts at kMarginX, below the running header (kTop),
// and ends above the page number (kBottom).
inline constexpr double kMarginX = 56.7;  // 20 mm
inline constexpr double kTop = 70;
inline constexpr double kBottom = kPageHeight - 62;
inline constexpr double kTextWidth = kPageWidth - 2 * kMarginX;
// Charts are laid out this wide (px) and scaled to the text width, so their
// 11 px labels print at about 9 pt.
inline constexpr double kChartLayoutWidth = 600;
// Padding on every side of a table cell's text.
inline constexpr double kCellPad = 3.5;

}  // namespace kfl::pdf
