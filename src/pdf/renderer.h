// Renderer: draws a Document's pages with cairo (on a PDF surface): each
// piece of a measured block at the place the paginator gave it (headings
// with their bookmarks and link targets, text with its links, figures,
// tables with their header row, the table of contents, the cover), and the
// frame of a page (running header, footer note, page number). Structure
// tags (H1-H3, P, Figure, Caption, Table/TR/TH/TD, TOC/TOCI) are written as
// far as cairo supports them.
//
//   Renderer renderer(layouter, theme, options);
//   renderer.DrawPageFrame(cr, page, pages);
//   renderer.Draw(cr, surface, block, piece, contents_pages);
//
// Bookmarks are made in the order of the calls, so draw pieces in reading
// order.
#pragma once

#include <cairo.h>

#include <vector>

#include "chart/theme.h"
#include "pdf/block.h"
#include "pdf/document.h"
#include "pdf/layouter.h"
#include "pdf/paginator.h"

namespace kfl::pdf {

class Renderer {
 public:
  // REQUIRES: the arguments outlive the Renderer.
  Renderer(Layouter& layouter, const Theme& theme, const DocumentOptions& options);

  // Draws `piece` of `b` (measured by pdf/measurer). `contents_pages` are
  // the pages of the table of contents' entries. `surface` is the PDF
  // surface of `cr` (for bookmarks).
  void Draw(cairo_t* cr, cairo_surface_t* surface, Document::Block& b, const Piece& piece,
            const std::vector<int>& contents_pages);
  // The running header, the footer note and "page of pages".
  void DrawPageFrame(cairo_t* cr, int page, int pages);

 private:
  void DrawHeading(cairo_t* cr, cairo_surface_t* surface, const Document::Block& b, double y);
  void DrawFigure(cairo_t* cr, Document::Block& b, double y);
  void DrawTable(cairo_t* cr, const Document::Block& b, const Piece& p);
  void DrawContents(cairo_t* cr, const Document::Block& b, const Piece& p,
                    const std::vector<int>& pages);
  void DrawCover(cairo_t* cr, const CoverPage& c);

  Layouter& lay_;
  const Theme& theme_;
  const DocumentOptions& options_;
  int last_outline_;  // the bookmark of the last level 1 heading
};

}  // namespace kfl::pdf
