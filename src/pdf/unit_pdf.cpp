#include "pdf/unit_pdf.h"

#include <algorithm>
#include <cctype>

#include "chart/heat_table.h"
#include "pdf/document.h"
#include "report/report_charts.h"
#include "report/report_text.h"

namespace kfl {
namespace {

// The most classes side by side in one table; more continue in a second.
constexpr size_t kClassColumns = 10;

class PdfBuilder {
 public:
  PdfBuilder(const UnitReport& report, const PdfEnv& env, ChartContext& ctx, Document& doc)
      : report_(report),
        env_(env),
        ctx_(ctx),
        doc_(doc),
        catalog_(env.text.catalog()),
        charts_(report, env.data, env.text) {}

  std::string F(std::string_view key, const MessageArgs& args = {}) const {
    return catalog_.Format(key, args);
  }

  void Cover() {
    const UnitTree& units = env_.data.units;
    const Unit& unit = units[report_.unit];
    CoverPage cover;
    cover.kicker = PickLang(env_.data.project.title, env_.text.lang());
    cover.title = unit.name;
    std::string line = LevelText(catalog_, unit.level);
    // The parents, nearest first: "Skole · Hamar · Hedmark".
    for (auto it = report_.breadcrumbs.rbegin() + 1; it != report_.breadcrumbs.rend(); ++it) {
      line += " · " + units[*it].name;
    }
    cover.lines.push_back(line);
    if (report_.wave >= 0) cover.lines.push_back(env_.data.project.waves[report_.wave].label);
    for (const InstrumentReport& ir : report_.instruments) {
      cover.facts.push_back(RichText().Bold(ir.title + ": ").Add(RespondentsText(ir, env_.data.instruments[ir.instrument], env_.text)));
    }
    for (const std::string& below : UnitsBelowTexts(report_, env_.text)) {
      cover.facts.push_back(RichText().Add(below));
    }
    if (env_.restricted) cover.notice = F("site.restricted.title") + " " + F("site.restricted.text");
    doc_.Cover(std::move(cover));
  }

  void Highlights() {
    bool any = false;
    for (const InstrumentReport& ir : report_.instruments) {
      any = any || !ir.strengths.empty() || !ir.improvements.empty();
    }
    if (!any) return;
    doc_.Heading(1, F("site.strengths_heading"));
    doc_.Paragraph(RichText().Add(F("site.strengths_intro")));
    for (const InstrumentReport& ir : report_.instruments) {
      if (ir.strengths.empty() && ir.improvements.empty()) continue;
      doc_.Heading(3, ir.title);
      List(F("site.strengths"), ir.strengths, "site.strength", F("site.none_above"));
      List(F("site.improvements"), ir.improvements, "site.improvement", F("site.none_below"));
    }
  }

  void List(const std::string& title, const std::vector<Highlight>& items, const char* key,
            const std::string& none) {
    doc_.Paragraph(RichText().Bold(title));
    if (items.empty()) {
      doc_.Paragraph(RichText().Add(none));
      return;
    }
    std::vector<RichText> lines;
    for (const Highlight& h : items) lines.push_back(RichText().Add(HighlightText(h, env_.text, key)));
    doc_.Bullets(std::move(lines));
  }

  static void AddReason(std::vector<std::string>* reasons, const std::string& why) {
    if (std::find(reasons->begin(), reasons->end(), why) == reasons->end()) reasons->push_back(why);
  }

  // The chart, or when none of its values can be shown one sentence with
  // the reasons (`key`): a chart of nothing but hatches says less.
  template <class C>
  void FigureOrReasons(C chart, const std::string& subtitle, bool any,
                       const std::vector<std::string>& reasons, const char* key) {
    std::string title = chart.Title();
    if (any) {
      doc_.Figure(std::move(chart), ctx_, std::move(title), subtitle);
      return;
    }
    doc_.Paragraph(RichText().Bold(title + ". ").Add(F(key, {{"reasons", JoinList(reasons, ctx_)}})),
                   TextKind::kNote);
  }

  void Instrument(const InstrumentReport& ir) {
    doc_.Heading(1, ir.title);
    doc_.Paragraph(RichText().Add(RespondentsText(ir, env_.data.instruments[ir.instrument], env_.text)));
    const std::string compared = ComparedText(report_, env_.text);
    TBarChart overview = charts_.AreaOverview(ir);
    std::string title = overview.Title();
    doc_.Figure(std::move(overview), ctx_, std::move(title), compared);
    for (const AreaDetail& detail : ir.details) {
      doc_.Heading(2, detail.title);
      if (detail.factors.size() >= 2) {
        TBarChart factors = charts_.Factors(detail);
        std::string t = factors.Title();
        doc_.Figure(std::move(factors), ctx_, std::move(t), compared);
      }
      if (!detail.items.empty()) {
        DivergingChart items = charts_.Items(ir, detail);
        std::vector<std::string> reasons;
        bool any = false;
        for (const DivergingChart::Row& row : items.rows) {
          any = any || !row.suppressed;
          if (row.suppressed) AddReason(&reasons, row.reason);
        }
        FigureOrReasons(std::move(items), F("site.fig.items_sub"), any, reasons,
                        "pdf.items_hidden");
      }
    }
    // Change over time only where the unit has more than one wave shown.
    bool earlier = false;
    for (const TrendSeries& s : ir.trend) {
      int shown = 0;
      for (const Figure& f : s.waves) shown += f.shown();
      earlier = earlier || shown > 1;
    }
    if (earlier || !ir.gender.empty()) doc_.Heading(2, F("pdf.trend_gender_heading"));
    if (earlier) {
      TrendChart trend = charts_.Trend(ir);
      std::string t = trend.Title();
      doc_.Figure(std::move(trend), ctx_, std::move(t), F("site.fig.trend_sub"));
    }
    if (!ir.gender.empty()) {
      std::vector<std::string> reasons;
      bool any = false;
      for (const GenderRow& row : ir.gender) {
        for (const Figure* f : {&row.girls, &row.boys}) {
          any = any || f->shown();
          if (!f->shown()) AddReason(&reasons, env_.text.Reason(*f));
        }
      }
      FigureOrReasons(charts_.Gender(ir), F("site.fig.gender_sub"), any, reasons,
                      "pdf.gender_hidden");
    }
    if (!ir.variation.empty()) {
      doc_.Heading(2, F("site.variation_heading"));
      for (const VariationBlock& v : ir.variation) {
        CaterpillarChart chart = charts_.Variation(v);
        std::string t = chart.Title();
        doc_.Figure(std::move(chart), ctx_, std::move(t), F("site.fig.variation_sub"));
        doc_.Paragraph(RichText().Add(VariationText(v, env_.text)), TextKind::kNote);
      }
    }
  }

  void Scatter() {
    if (report_.scatter.empty()) return;
    doc_.Heading(1, F("site.scatter_heading"));
    doc_.Paragraph(RichText().Add(F("site.scatter_intro")));
    ScatterChart chart = charts_.Scatter();
    std::string t = chart.Title();
    doc_.Figure(std::move(chart), ctx_, std::move(t), F("site.fig.scatter_sub"));
  }

  // The head teacher's overview: per class-level instrument a table of
  // factors (rows) by classes (columns), each cell coloured by its T-score.
  void ClassTables() {
    if (report_.class_tables.empty()) return;
    doc_.Heading(1, F("site.class_overview_heading"));
    doc_.Paragraph(RichText().Add(F("site.class_overview_intro")));
    // The colour key, as a one-row table.
    TableBlock key;
    key.header.push_back({RichText().Add(F("site.heat_legend"))});
    for (double t : {35.0, 42.5, 50.0, 57.5, 65.0}) {
      const Rgb fill = HeatTable::Fill(t, ctx_.theme);
      key.header.push_back({RichText().Add(Band(t)), true, fill, TextColorOn(fill) == Rgb::Hex(0xffffff),
                            Align::kCenter});
    }
    key.header.push_back({RichText().Add("– " + F("site.heat.none")), false, {}, false,
                          Align::kCenter});
    key.widths = {1.4, 1, 1, 1, 1, 1, 1.8};
    doc_.Table(std::move(key));
    for (const ClassTable& t : report_.class_tables) {
      doc_.Heading(2, t.title);
      std::vector<std::string> reasons;
      // Balanced parts of at most kClassColumns classes (12: 6 + 6), with
      // columns as wide in every part.
      const size_t parts = (t.rows.size() + kClassColumns - 1) / kClassColumns;
      const size_t per = parts == 0 ? 0 : (t.rows.size() + parts - 1) / parts;
      for (size_t first = 0; first < t.rows.size(); first += per) {
        const size_t last = std::min(t.rows.size(), first + per);
        TableBlock table;
        table.header.push_back({RichText().Add(F("site.col.factor"))});
        table.widths.push_back(3.2);
        for (size_t r = first; r < last; ++r) {
          table.header.push_back({RichText().Add(t.rows[r].name), false, {}, false, Align::kCenter});
          table.widths.push_back(1);
        }
        while (parts > 1 && table.widths.size() < per + 1) table.widths.push_back(1);
        for (size_t f = 0; f < t.factors.size(); ++f) {
          std::vector<TableCell> row{{RichText().Add(t.factors[f])}};
          for (size_t r = first; r < last; ++r) {
            const Figure& fig = t.rows[r].figures[f];
            TableCell cell{RichText().Add(env_.text.T(fig)), false, {}, false, Align::kCenter};
            if (fig.shown() && fig.has_t) {
              cell.has_fill = true;
              cell.fill = HeatTable::Fill(fig.t, ctx_.theme);
              cell.white_text = TextColorOn(cell.fill) == Rgb::Hex(0xffffff);
            } else {
              AddReason(&reasons, env_.text.Reason(fig));
            }
            row.push_back(std::move(cell));
          }
          table.rows.push_back(std::move(row));
        }
        doc_.Table(std::move(table));
      }
      for (const std::string& why : reasons) {
        doc_.Paragraph(RichText().Add(F("pdf.dash_means", {{"reason", why}})), TextKind::kNote);
      }
    }
  }

  std::string Band(double t) const {
    if (t < 40) return F("site.heat.lo2");
    if (t < 45) return F("site.heat.lo1");
    if (t < 55) return F("site.heat.mid");
    if (t < 60) return F("site.heat.hi1");
    return F("site.heat.hi2");
  }

 private:
  const UnitReport& report_;
  const PdfEnv& env_;
  ChartContext& ctx_;
  Document& doc_;
  const Catalog& catalog_;
  ReportCharts charts_;
};

bool ForHeadTeacher(const Instrument& instrument) {
  return instrument.respondent == Respondent::kTeacher || instrument.respondent == Respondent::kLeader;
}

}  // namespace

std::vector<PdfFile> PdfFilesFor(Level level, bool restricted) {
  if (!restricted) return {{"rapport.pdf", PdfKind::kReport}};
  switch (level) {
    case Level::kSchool: return {{"skoleleder.pdf", PdfKind::kHeadTeacher}};
    case Level::kClass:
    case Level::kGroup: return {{"rapport.pdf", PdfKind::kReport}};
    default: return {};
  }
}

std::string PdfCreationDate(const Project& project, int wave) {
  if (wave >= 0 && wave < static_cast<int>(project.waves.size())) {
    const std::string& id = project.waves[wave].id;
    if (id.size() >= 4 && std::isdigit(static_cast<unsigned char>(id[0])) &&
        std::isdigit(static_cast<unsigned char>(id[1])) &&
        std::isdigit(static_cast<unsigned char>(id[2])) &&
        std::isdigit(static_cast<unsigned char>(id[3]))) {
      return id.substr(0, 4) + "-01-01T00:00:00Z";
    }
  }
  return "2000-01-01T00:00:00Z";
}

std::string RenderUnitPdf(const UnitReport& report, PdfKind kind, const PdfEnv& env,
                          ChartContext& ctx) {
  const Catalog& catalog = env.text.catalog();
  const Unit& unit = env.data.units[report.unit];
  const Project& project = env.data.project;
  const std::string wave = report.wave >= 0 ? project.waves[report.wave].label : std::string();
  const std::string programme = PickLang(project.title, env.text.lang());
  const std::string what = catalog.Format(
      kind == PdfKind::kHeadTeacher ? "pdf.head_teacher_title" : "pdf.report_title");

  DocumentOptions options;
  options.title = catalog.Format("pdf.document_title",
                                 {{"what", what}, {"unit", unit.name}, {"wave", wave}});
  options.author = project.owner;
  options.subject = programme;
  options.lang = env.text.lang();
  options.created = PdfCreationDate(project, report.wave);
  options.running_header = catalog.Format("pdf.running_header",
                                          {{"programme", programme}, {"unit", unit.name},
                                           {"wave", wave}});
  if (env.restricted) options.footer_note = catalog.Format("site.restricted.title");
  options.page_label = [&catalog](int page, int pages) {
    return catalog.Format("pdf.page", {{"page", std::to_string(page)},
                                       {"pages", std::to_string(pages)}});
  };

  Document doc(ctx.text, ctx.theme, std::move(options));
  PdfBuilder b(report, env, ctx, doc);
  b.Cover();
  doc.Contents(catalog.Format("site.contents"));
  if (kind == PdfKind::kHeadTeacher) {
    b.ClassTables();
    for (const InstrumentReport& ir : report.instruments) {
      if (ForHeadTeacher(env.data.instruments[ir.instrument])) b.Instrument(ir);
    }
    doc.Markdown(env.how_to_read);
    return doc.Finish();
  }
  doc.Markdown(env.how_to_read);
  b.Highlights();
  for (const InstrumentReport& ir : report.instruments) b.Instrument(ir);
  b.Scatter();
  if (unit.level == Level::kClass || unit.level == Level::kGroup) {
    doc.PageBreak();
    doc.Markdown(unit.level == Level::kGroup ? env.reflection_kindergarten : env.reflection);
  }
  return doc.Finish();
}

}  // namespace kfl
