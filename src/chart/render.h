// Render: a Chart onto a new cairo surface, to bytes in memory: SVG (the
// site), PNG (previews, image tests) or PDF (reports; several charts, one per
// page). Every call creates fresh surfaces, so cairo's ids inside the SVG
// start from the same values each time and equal input gives equal bytes.
//
// SVG gets what cairo does not write: role="img", aria-labelledby, and a
// <title> (the chart's title) and <desc> (its text alternative) right after
// the opening <svg> tag, escaped with text/xml_escape. Text is SVG <text>
// (typesetter.h), in DejaVu Sans where the reader has it, else the reader's
// sans-serif squeezed or stretched to pango's measured width.
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
  std::string id_prefix = "chart";  // makes title/desc ids unique within a page
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

// Makes the ids in cairo's SVG output stable and unique within a page:
// every id gets `id_prefix` + "-" in front (so several SVGs can be inlined
// in one HTML page), and cairo's "surfaceN" ids, numbered by a process-wide
// counter, are renumbered from 1 in order of appearance. References
// (href="#...", url(#...)) are rewritten to match.
std::string NormalizeSvgIds(const std::string& svg, const std::string& id_prefix);

// Cuts every decimal number in `svg` to two decimals ("1.765625" ->
// "1.76"): cairo's six are invisible and make a third of the bytes.
std::string RoundSvgNumbers(const std::string& svg);

// Replaces the i-th text marker (kSvgTextMarker) in `svg` with
// elements[i] and adds the style of the <text> elements. Throws
// std::logic_error when markers and elements do not pair up.
std::string PlaceSvgText(const std::string& svg, const std::vector<std::string>& elements);

// Inserts role, aria-labelledby, <title> and <desc> after the opening <svg>
// tag of `svg` (returned unchanged when there is none).
std::string AddSvgTitle(std::string svg, const std::string& title, const std::string& desc,
                        const std::string& id_prefix);

}  // namespace kfl
