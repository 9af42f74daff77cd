#include "pdf/document.h"

#include <cairo-pdf.h>

#include <algorithm>
#include <stdexcept>

#include "chart/cairo_handle.h"
#include "pdf/block.h"
#include "pdf/layouter.h"
#include "pdf/markdown_blocks.h"
#include "pdf/measurer.h"
#include "pdf/page.h"
#include "pdf/pdf_finish.h"
#include "pdf/paginator.h"
#include "pdf/pdf_finish.h"
#include "pdf/renderer.h"

namespace kfl {
namespace {

using Block = Document::Block;

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// The page of each block's first piece.
std::vector<int> FirstPages(const std::vector<pdf::Piece>& pieces, size_t blocks) {
  std::vector<int> pages(blocks, 0);
  for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) pages[it->block] = it->page;
  return pages;
}

}  // namespace

Document::Document(Typesetter& typesetter, const Theme& theme, DocumentOptions options,
                   LayoutCache* layouts)
    : typesetter_(typesetter), theme_(theme), options_(std::move(options)), layouts_(layouts) {}

Document::~Document() = default;

void Document::Cover(CoverPage cover) {
  auto b = std::make_unique<Block>();
  b->kind = Block::Kind::kCover;
  b->cover = std::move(cover);
  blocks_.push_back(std::move(b));
}

void Document::Contents(std::string heading) {
  auto b = std::make_unique<Block>();
  b->kind = Block::Kind::kContents;
  b->heading = std::move(heading);
  blocks_.push_back(std::move(b));
}

std::string Document::Heading(int level, std::string text, bool contents) {
  auto b = std::make_unique<Block>();
  b->kind = Block::Kind::kHeading;
  b->level = std::clamp(level, 1, 3);
  b->contents = contents;
  b->heading = std::move(text);
  b->anchor = "h" + std::to_string(++headings_);
  std::string anchor = b->anchor;
  blocks_.push_back(std::move(b));
  return anchor;
}

void Document::Paragraph(RichText text, TextKind kind) {
  if (text.empty()) return;
  auto b = std::make_unique<Block>();
  b->kind = Block::Kind::kText;
  b->text = std::move(text);
  b->text_kind = kind;
  blocks_.push_back(std::move(b));
}

void Document::Bullets(std::vector<RichText> items, bool numbered) {
  for (size_t i = 0; i < items.size(); ++i) {
    auto b = std::make_unique<Block>();
    b->kind = Block::Kind::kText;
    b->text = std::move(items[i]);
    b->label = numbered ? std::to_string(i + 1) + "." : "\u2022";
    b->indent = 16;
    blocks_.push_back(std::move(b));
  }
  if (!items.empty()) blocks_.back()->list_last = true;
}

void Document::Figure(std::shared_ptr<const Chart> chart, ChartContext& ctx, std::string title,
                      std::string subtitle) {
  auto b = std::make_unique<Block>();
  b->kind = Block::Kind::kFigure;
  b->ctx.emplace(ctx);
  b->ctx->draw_titles = false;  // the title is the document's text
  b->alt = chart->TextAlternative(*b->ctx);
  b->chart = std::move(chart);
  b->title = std::move(title);
  b->subtitle = std::move(subtitle);
  blocks_.push_back(std::move(b));
}

void Document::Table(TableBlock table) {
  auto b = std::make_unique<Block>();
  b->kind = Block::Kind::kTable;
  if (table.widths.empty()) table.widths.assign(table.header.size(), 1);
  b->table = std::move(table);
  blocks_.push_back(std::move(b));
}

void Document::PageBreak() {
  auto b = std::make_unique<Block>();
  b->kind = Block::Kind::kBreak;
  blocks_.push_back(std::move(b));
}

void Document::Markdown(std::string_view markdown, int shift) {
  for (pdf::MarkdownBlock& b : pdf::MarkdownBlocks(markdown, shift)) {
    switch (b.kind) {
      case pdf::MarkdownBlock::Kind::kHeading: Heading(b.level, std::move(b.text.text)); break;
      case pdf::MarkdownBlock::Kind::kParagraph: Paragraph(std::move(b.text), b.text_kind); break;
      case pdf::MarkdownBlock::Kind::kList: Bullets(std::move(b.items), b.numbered); break;
    }
  }
}

std::string Document::Finish() {
  pdf::Layouter layouter(typesetter_.pango_context(), theme_.font_family, layouts_);

  // Measure, then place on pages.
  std::vector<const Block*> entries;  // the entries of the table of contents
  for (auto& b : blocks_) {
    if (b->kind == Block::Kind::kHeading && b->contents) entries.push_back(b.get());
  }
  pdf::Measurer measurer(layouter, theme_);
  std::vector<pdf::BlockBox> boxes;
  boxes.reserve(blocks_.size());
  for (auto& b : blocks_) boxes.push_back(measurer.Measure(*b, entries));
  const pdf::Pagination pagination = pdf::Paginate(boxes);
  pages_ = pagination.pages;
  std::vector<int> entry_pages;
  {
    const std::vector<int> first = FirstPages(pagination.pieces, blocks_.size());
    for (size_t i = 0; i < blocks_.size(); ++i) {
      if (blocks_[i]->kind == Block::Kind::kHeading && blocks_[i]->contents) {
        entry_pages.push_back(first[i]);
      }
    }
  }

  // Draw.
  pdf::Renderer renderer(layouter, theme_, options_);
  std::string out;
  {
    CairoSurface surface(
        cairo_pdf_surface_create_for_stream(Append, &out, pdf::kPageWidth, pdf::kPageHeight));
    cairo_surface_t* s = surface.get();
    auto meta = [&](cairo_pdf_metadata_t key, const std::string& value) {
      if (!value.empty()) cairo_pdf_surface_set_metadata(s, key, value.c_str());
    };
    meta(CAIRO_PDF_METADATA_TITLE, options_.title);
    meta(CAIRO_PDF_METADATA_AUTHOR, options_.author);
    meta(CAIRO_PDF_METADATA_SUBJECT, options_.subject);
    meta(CAIRO_PDF_METADATA_CREATOR, std::string("kfl ") + KFL_VERSION);
    meta(CAIRO_PDF_METADATA_CREATE_DATE, options_.created);
    meta(CAIRO_PDF_METADATA_MOD_DATE, options_.created);
    Cairo cr(cairo_create(s));
    const bool cover = !blocks_.empty() && blocks_[0]->kind == Block::Kind::kCover;
    const std::vector<pdf::Piece>& pieces = pagination.pieces;
    size_t i = 0;
    cairo_tag_begin(cr.get(), "Document", nullptr);
    for (int page = 1; page <= pages_; ++page) {
      if (!(cover && page == 1)) renderer.DrawPageFrame(cr.get(), page, pages_);
      for (; i < pieces.size() && pieces[i].page == page; ++i) {
        renderer.Draw(cr.get(), s, *blocks_[pieces[i].block], pieces[i], entry_pages);
      }
      cairo_show_page(cr.get());
    }
    cairo_tag_end(cr.get(), "Document");
    cr.reset();
    cairo_surface_finish(s);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
      throw std::runtime_error(std::string("cairo pdf: ") +
                               cairo_status_to_string(cairo_surface_status(s)));
    }
  }
  PdfFinish finish{.lang = options_.lang, .figure_alts = {}};
  for (const pdf::Piece& piece : pagination.pieces) {
    const Block& b = *blocks_[piece.block];
    if (b.kind == Block::Kind::kFigure) finish.figure_alts.push_back(b.alt);
  }
  return FinishPdf(out, finish);
}

}  // namespace kfl
