// Render: a Chart to bytes in memory: SVG (the site), PNG (previews, image
// tests) or PDF (reports; several charts, one per page). Equal input gives
// equal bytes.
//
// SVG is written by SvgCanvas (chart/svg_canvas.h): role="img",
// aria-labelledby, a <title> (the chart's title) and a <desc> (its text
// alternative) right after the opening <svg> tag; text as SVG <text>, in
// DejaVu Sans where the reader has it, else the reader's sans-serif squeezed
// or stretched to pango's measured width. PNG and PDF are drawn by cairo on
// a new surface (CairoCanvas).
//
// PDF: fonts are subset and embedded by cairo; the creation date is the
// caller's (no clock here) so the bytes are reproducible.
#pragma once

#include <string>
#include <vector>

#include "chart/chart.h"

namespace kfl {

struct SvgOptions {
  double width = 640;               // px; the height is the chart's Height(width)
  std::string id_prefix = "chart";  // makes the ids unique within a page
};

std::string RenderSvg(const Chart& chart, ChartContext& ctx, const SvgOptions& options = {});

// `scale` > 1 gives sharper pixels (2 for previews); size is width*scale.
std::string RenderPng(const Chart& chart, ChartContext& ctx, double width = 640, double scale = 1);

struct PdfOptions {
  double width = 595;  // page width in pt (A4); each page as tall as its chart
  std::string created = "2026-01-01T00:00:00Z";  // ISO 8601, written as the creation date
  std::string title;                             // document title metadata
};

std::string RenderPdf(const std::vector<const Chart*>& charts, ChartContext& ctx,
                      const PdfOptions& options = {});

}  // namespace kfl
