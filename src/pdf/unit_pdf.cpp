#include "pdf/unit_pdf.h"

#include <algorithm>
#include <cctype>

#include "chart/heat_table.h"
#include "pdf/document.h"

namespace kfl {
namespace {

// The most classes side by side in one table; more continue in a second.
constexpr size_t kClassColumns = 10;

class PdfBuilder {
 public:
  PdfBuilder(const PdfEnv& env, ChartContext& ctx, Document& doc)
      : env_(env), ctx_(ctx), doc_(doc) {}

  void Cover(const Outline& o) {
    CoverPage cover;
    cover.kicker = PickLang(env_.data.project.title, env_.text.lang());
    cover.title = o.title;
    std::string line = o.level_label;
    // The parents, nearest first: "Skole · Hamar · Hedmark".
    for (auto it = o.breadcrumbs.rbegin(); it != o.breadcrumbs.rend(); ++it) {
      line += " · " + it->name;
    }
    cover.lines.push_back(line);
    if (!o.waves.empty()) cover.lines.push_back(o.waves);
    for (const KeyFigureGroup& g : o.key_figures) {
      if (!g.caption.empty()) cover.facts.push_back(RichText().Bold(g.caption));
      for (const KeyFigureGroup::Fact& f : g.facts) {
        cover.facts.push_back(RichText().Bold(f.label + ": ").Add(f.value));
      }
      for (const std::string& below : g.below) cover.facts.push_back(RichText().Add(below));
    }
    if (env_.audience.restricted()) {
      const Catalog& c = env_.text.catalog();
      cover.notice = c.Format("site.restricted.title") + " " + c.Format("site.restricted.text");
    }
    doc_.Cover(std::move(cover));
  }

  void Sections(const std::vector<Section>& sections, int depth) {
    for (const Section& s : sections) {
      if (s.new_page) doc_.PageBreak();
      doc_.Heading(depth, s.heading, s.contents);
      for (const Block& b : s.blocks) {
        std::visit([&](const auto& x) { Add(x, depth); }, b);
      }
      Sections(s.sections, depth + 1);
    }
  }

 private:
  void Add(const TextBlock& b, int) {
    doc_.Paragraph(RichText().Add(b.text), b.note ? TextKind::kNote : TextKind::kBody);
  }
  void Add(const BulletsBlock& b, int) { doc_.Bullets(Rich(b.items)); }
  void Add(const ChartBlock& b, int) {
    doc_.Figure(b.chart, ctx_, b.chart->Title(), b.subtitle);
  }
  void Add(const ListsBlock& b, int) {
    for (const ListsBlock::List& l : b.lists) {
      doc_.Paragraph(RichText().Bold(l.title));
      if (l.items.empty()) {
        doc_.Paragraph(RichText().Add(l.none));
      } else {
        doc_.Bullets(Rich(l.items));
      }
    }
  }
  void Add(const UnitsBlock& b, int) {
    std::vector<RichText> items;
    for (const UnitNode& n : b.units) {
      RichText t;
      t.Add(n.name);
      for (size_t i = 0; i < n.children.size(); ++i) {
        t.Add(i == 0 ? ": " : ", ").Add(n.children[i].name);
      }
      items.push_back(std::move(t));
    }
    doc_.Bullets(std::move(items));
  }
  // The colour key, as a one-row table.
  void Add(const HeatLegendBlock& b, int) {
    TableBlock key;
    key.header.push_back({RichText().Add(b.title)});
    for (size_t i = 0; i < b.bands.size(); ++i) {
      const Rgb fill = HeatBandFill(static_cast<int>(i), ctx_.theme);
      key.header.push_back({RichText().Add(b.bands[i]), true, fill,
                            TextColorOn(fill) == Rgb::Hex(0xffffff), Align::kCenter});
    }
    key.header.push_back({RichText().Add("– " + b.none), false, {}, false, Align::kCenter});
    key.widths = {1.4, 1, 1, 1, 1, 1, 1.8};
    doc_.Table(std::move(key));
  }
  // Factors (rows) by classes (columns), each cell coloured by its band, in
  // balanced parts of at most kClassColumns classes (12: 6 + 6), with
  // columns as wide in every part.
  void Add(const HeatTableBlock& t, int) {
    if (t.by_row) return AddByRow(t);
    const size_t parts = (t.rows.size() + kClassColumns - 1) / kClassColumns;
    const size_t per = parts == 0 ? 0 : (t.rows.size() + parts - 1) / parts;
    for (size_t first = 0; first < t.rows.size(); first += per) {
      const size_t last = std::min(t.rows.size(), first + per);
      TableBlock table;
      table.header.push_back({RichText().Add(t.column_header)});
      table.widths.push_back(3.2);
      for (size_t r = first; r < last; ++r) {
        table.header.push_back({RichText().Add(t.rows[r].name), false, {}, false, Align::kCenter});
        table.widths.push_back(1);
      }
      while (parts > 1 && table.widths.size() < per + 1) table.widths.push_back(1);
      for (size_t f = 0; f < t.factors.size(); ++f) {
        std::vector<TableCell> row{{RichText().Add(t.factors[f])}};
        for (size_t r = first; r < last; ++r) {
          row.push_back(HeatCell(t.rows[r].cells[f]));
        }
        table.rows.push_back(std::move(row));
      }
      doc_.Table(std::move(table));
    }
    for (const std::string& note : t.notes) doc_.Paragraph(RichText().Add(note), TextKind::kNote);
  }
  // Rows as rows (a grade's or a year group's waves), the areas in the
  // columns; a row without cells heads the rows below it.
  void AddByRow(const HeatTableBlock& t) {
    TableBlock table;
    table.header.push_back({RichText().Add(t.row_header)});
    table.widths.push_back(1.3);
    for (const std::string& f : t.factors) {
      table.header.push_back({RichText().Add(f), false, {}, false, Align::kCenter});
      table.widths.push_back(1);
    }
    for (const HeatTableBlock::Row& r : t.rows) {
      std::vector<TableCell> row;
      if (r.cells.empty()) {
        row.push_back({RichText().Bold(r.name)});
        row.resize(t.factors.size() + 1);
      } else {
        row.push_back({RichText().Add(r.name)});
        for (const HeatTableBlock::Row::Cell& c : r.cells) row.push_back(HeatCell(c));
      }
      table.rows.push_back(std::move(row));
    }
    doc_.Table(std::move(table));
    for (const std::string& note : t.notes) doc_.Paragraph(RichText().Add(note), TextKind::kNote);
  }
  TableCell HeatCell(const HeatTableBlock::Row::Cell& c) const {
    TableCell cell{RichText().Add(c.text), false, {}, false, Align::kCenter};
    if (c.band >= 0) {
      cell.has_fill = true;
      cell.fill = HeatBandFill(c.band, ctx_.theme);
      cell.white_text = TextColorOn(cell.fill) == Rgb::Hex(0xffffff);
    }
    return cell;
  }
  void Add(const MarkdownBlock& b, int depth) { doc_.Markdown(b.markdown, depth); }

  static std::vector<RichText> Rich(const std::vector<std::string>& texts) {
    std::vector<RichText> out;
    for (const std::string& t : texts) out.push_back(RichText().Add(t));
    return out;
  }

  const PdfEnv& env_;
  ChartContext& ctx_;
  Document& doc_;
};

}  // namespace

std::string PdfCreationDate(const Project& project, int wave) {
  if (wave >= 0 && wave < static_cast<int>(project.waves.size())) {
    const std::string& id = project.waves[wave].id;
    if (id.size() >= 4 && std::all_of(id.begin(), id.begin() + 4, [](char c) {
          return std::isdigit(static_cast<unsigned char>(c));
        })) {
      return id.substr(0, 4) + "-01-01T00:00:00Z";
    }
  }
  return "2000-01-01T00:00:00Z";
}

std::string RenderUnitPdf(const Outline& outline, const PdfEnv& env, ChartContext& ctx,
                          LayoutCache* layouts) {
  const Catalog& catalog = env.text.catalog();
  const Project& project = env.data.project;
  const std::string wave = outline.wave >= 0 ? project.waves[outline.wave].label : std::string();
  const std::string programme = PickLang(project.title, env.text.lang());

  DocumentOptions options;
  options.title = catalog.Format("pdf.document_title",
                                 {{"what", outline.pdf_what}, {"unit", outline.title}, {"wave", wave}});
  options.author = project.owner;
  options.subject = programme;
  options.lang = env.text.lang();
  options.created = PdfCreationDate(project, outline.wave);
  options.running_header = catalog.Format("pdf.running_header",
                                          {{"programme", programme}, {"unit", outline.title},
                                           {"wave", wave}});
  if (env.audience.restricted()) options.footer_note = catalog.Format("site.restricted.title");
  options.page_label = [&catalog](int page, int pages) {
    return catalog.Format("pdf.page", {{"page", std::to_string(page)},
                                       {"pages", std::to_string(pages)}});
  };

  Document doc(ctx.text, ctx.theme, std::move(options), layouts);
  PdfBuilder b(env, ctx, doc);
  if (outline.cover) {
    b.Cover(outline);
  } else {
    // A short document: its title and what it is at the top of page one.
    doc.Heading(1, outline.title + ": " + outline.pdf_what, false);
    doc.Paragraph(RichText().Add(outline.level_label + (outline.waves.empty() ? "" : " (" + outline.waves + ")")),
                  TextKind::kLead);
  }
  if (outline.contents) doc.Contents(catalog.Format("site.contents"));
  b.Sections(outline.sections, 1);
  return doc.Finish();
}

}  // namespace kfl
