// Document: a report laid out on A4 pages and written with cairo's PDF
// surface, all text by pango in one font family (embedded and subset by
// cairo). The caller adds blocks in reading order; Finish() measures them,
// breaks them into pages and draws:
//
//   Document doc(typesetter, theme, {.title = "8A – rapport", .lang = "nb", ...});
//   doc.Cover({.title = "8A", .lines = {"Skole", "T3 2020"}});
//   doc.Contents("Innhold");
//   doc.Heading(1, "Elever 5.–10. trinn");
//   doc.Paragraph(RichText().Add("Elevene i 8A ..."));
//   doc.Figure(std::move(chart), chart_ctx, "Områdene", "Sammenlignet med ...");
//   std::string pdf = doc.Finish();
//
// Layout rules (pdf/paginator.h): headings stay with what follows them;
// paragraphs break between lines but never leave one line alone (with one
// exception, see there); figures are never split
// (one taller than a page is scaled down); tables break between rows and
// repeat their header row; the running header (unit and wave) and the page
// number ("Side 3 av 12") are on every page but the cover. Headings of
// level 1 and 2 are PDF bookmarks and entries of the clickable table of
// contents; links in text are real PDF links (internal to a heading, or a
// URI). The document's language, title, author, subject and creation date
// are metadata; the date is the caller's, so equal input gives equal bytes.
// Structure tags (H1-H3, P, L/LI, Figure, Table) are written as far as
// cairo 1.16 supports them.
//
// Thread rules: a Document uses the Typesetter (and LayoutCache) it is given
// on the calling thread; give each thread its own.
//
// The pieces, in the order Finish() uses them: pdf/measurer (lays out each
// block with pdf/layouter), pdf/paginator (places the measured blocks on
// pages), pdf/renderer (draws them with cairo), pdf/pdf_finish (/Lang, /Alt and
// what else cairo cannot write, with libqpdf).
// Markdown() reads CommonMark with pdf/markdown_blocks.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chart/chart.h"
#include "chart/theme.h"
#include "chart/typesetter.h"
#include "pdf/rich_text.h"

namespace kfl {

struct TableCell {
  RichText text;
  bool has_fill = false;
  Rgb fill;
  bool white_text = false;
  Align align = Align::kStart;
};

struct TableBlock {
  std::vector<double> widths;  // relative column widths
  std::vector<TableCell> header;
  std::vector<std::vector<TableCell>> rows;
};

struct CoverPage {
  std::string kicker;              // programme name, above the title
  std::string title;               // the unit
  std::vector<std::string> lines;  // level, parents, wave
  std::vector<RichText> facts;     // respondents, date
  std::string notice;              // "Ikke for publisering" (restricted); "" none
};

struct DocumentOptions {
  std::string title;           // metadata title
  std::string author;          // metadata author (the project's owner)
  std::string subject;         // metadata subject
  std::string lang = "nb";     // the document's language (/Lang)
  std::string created = "2000-01-01T00:00:00Z";  // ISO 8601; creation and modification date
  std::string running_header;  // top of every page but the cover
  std::string footer_note;     // bottom left of every page but the cover
  // The page number line, e.g. "Side {page} av {pages}".
  std::function<std::string(int page, int pages)> page_label;
};

class LayoutCache;

class Document {
 public:
  // Lays out text in `typesetter`'s pango context; with `layouts`, laid-out
  // texts are kept there and reused by later Documents (pdf/layout_cache.h),
  // nullptr lays out everything anew. Caching never changes the bytes.
  // REQUIRES: `typesetter`, `theme` and `layouts` outlive the Document;
  // `layouts` is only ever used with `typesetter`.
  Document(Typesetter& typesetter, const Theme& theme, DocumentOptions options,
           LayoutCache* layouts = nullptr);
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  void Cover(CoverPage cover);
  // The table of contents (the headings added with `contents`) at this place.
  void Contents(std::string heading);
  // A heading of level 1-3 (levels 1 and 2 are bookmarks), an entry of the
  // table of contents when `contents`; returns its anchor ("#" + anchor
  // links to it).
  std::string Heading(int level, std::string text, bool contents = true);
  void Paragraph(RichText text, TextKind kind = TextKind::kBody);
  void Bullets(std::vector<RichText> items, bool numbered = false);
  // A chart (drawn `layout_width` px wide, then scaled to the text width)
  // with its title above and its text alternative below; the chart itself
  // draws no title. `ctx` must outlive Finish().
  void Figure(std::shared_ptr<const Chart> chart, ChartContext& ctx, std::string title,
              std::string subtitle);
  template <class C>
  void Figure(C chart, ChartContext& ctx, std::string title, std::string subtitle) {
    Figure(std::shared_ptr<const Chart>(std::make_shared<const C>(std::move(chart))), ctx,
           std::move(title), std::move(subtitle));
  }
  void Table(TableBlock table);
  // CommonMark (cmark): headings (shifted down by `shift`), paragraphs,
  // lists, emphasis, code and links; raw HTML is dropped.
  void Markdown(std::string_view markdown, int shift = 0);
  void PageBreak();

  // Lays out, draws and returns the PDF's bytes. Call once. Throws
  // std::runtime_error when cairo fails.
  std::string Finish();

  // Pages of the last Finish() (for tests and benchmarks).
  int pages() const { return pages_; }

  struct Block;  // pdf/block.h

 private:
  Typesetter& typesetter_;
  const Theme& theme_;
  DocumentOptions options_;
  LayoutCache* layouts_;
  std::vector<std::unique_ptr<Block>> blocks_;
  int headings_ = 0;
  int pages_ = 0;
};

}  // namespace kfl
