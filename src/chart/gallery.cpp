#include "chart/gallery.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "chart/caterpillar_chart.h"
#include "chart/diverging_chart.h"
#include "chart/gender_chart.h"
#include "chart/heat_table.h"
#include "chart/scatter_chart.h"
#include "chart/tbar_chart.h"
#include "chart/trend_chart.h"

namespace kfl {
namespace {

// Deterministic values: splitmix64 turned into normals (Box-Muller).
class Sample {
 public:
  explicit Sample(uint64_t seed) : state_(seed) {}
  double Uniform() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return ((z ^ (z >> 31)) >> 11) * (1.0 / 9007199254740992.0);
  }
  double Normal(double mean, double sd) {
    double u = std::max(Uniform(), 1e-12), v = Uniform();
    return mean + sd * std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * v);
  }
  // A T-score with a CI whose half-width follows from n respondents.
  ChartValue T(double mean, double sd, int n) {
    double t = Normal(mean, sd);
    double half = 1.96 * 10 / std::sqrt(static_cast<double>(std::max(n, 2)));
    return ChartValue::WithCi(t, t - half, t + half);
  }

 private:
  uint64_t state_;
};

const char* const kFactors[] = {"Trivsel",  "Trygghet",  "Arbeidsro", "Relasjon til lærer",
                                "Mestring", "Motivasjon"};
const char* const kAreas[] = {"Læringsmiljø", "Relasjoner", "Undervisning",
                              "Motivasjon og mestring"};
const char* const kMunicipalities[] = {
    "Hamar",       "Ringsaker", "Løten", "Stange",  "Elverum",  "Kongsvinger", "Åsnes", "Våler",
    "Trysil",      "Engerdal",  "Tolga", "Tynset",  "Alvdal",   "Folldal",     "Os",    "Rendalen",
    "Stor-Elvdal", "Åmot",      "Grue",  "Eidskog", "Sør-Odal", "Nord-Odal"};
const char* const kItems[] = {
    "Jeg trives på skolen.",
    "Jeg føler meg trygg på skolen.",
    "Det er arbeidsro i timene.",
    "Lærerne sier tydelig hva vi skal lære i timene, og de forklarer slik at jeg forstår det.",
    "Jeg har et godt forhold til lærerne mine.",
    "Jeg blir mobbet av andre elever.",
};
const char* const kScale[] = {"Helt uenig", "Litt uenig", "Verken enig eller uenig", "Litt enig",
                              "Helt enig"};
const char* const kLongName = "Kommunenavn med et svært langt navn som ikke får plass";

std::string TooFew(const Catalog& catalog, int n) {
  return catalog.Format("chart.reason.too_few", {{"n", std::to_string(n)}});
}

std::unique_ptr<Chart> TBar(const Catalog& catalog, uint64_t seed, std::vector<std::string> series,
                            int rows, int hidden_series, std::string title) {
  Sample s(seed);
  auto c = std::make_unique<TBarChart>();
  c->title = std::move(title);
  c->row_header = "Faktor";
  c->series = std::move(series);
  for (int r = 0; r < rows; ++r) {
    TBarChart::Row row{kFactors[r % 6], {}};
    for (size_t k = 0; k < c->series.size(); ++k) {
      if (static_cast<int>(k) == hidden_series)
        row.values.push_back(ChartValue::Hidden(TooFew(catalog, 10)));
      else
        row.values.push_back(s.T(k + 1 == c->series.size() ? 50 : 50, k == 0 ? 5 : 2.5,
                                 k == 0 ? 24 : 120 * static_cast<int>(k * k)));
    }
    c->rows.push_back(std::move(row));
  }
  return c;
}

std::unique_ptr<Chart> Diverging(const Catalog& catalog, uint64_t seed, int rows, bool hidden,
                                 std::string title) {
  Sample s(seed);
  auto c = std::make_unique<DivergingChart>();
  c->title = std::move(title);
  c->row_header = "Spørsmål";
  c->categories.assign(std::begin(kScale), std::end(kScale));
  for (int r = 0; r < rows; ++r) {
    DivergingChart::Row row;
    row.label = kItems[r % 6];
    if (hidden && r % 2 == 1) {
      row.suppressed = true;
      row.reason = TooFew(catalog, 10);
    } else {
      // A skewed 1-5 distribution; item 6 (bullying) is mostly disagreement.
      double lean = r % 6 == 5 ? -1.6 : s.Normal(0.9, 0.5);
      std::vector<double> w;
      double total = 0;
      for (int k = 0; k < 5; ++k) {
        w.push_back(std::exp(-0.6 * (k - 2 - lean) * (k - 2 - lean)) + 0.02);
        total += w.back();
      }
      for (double& v : w) v = 100 * v / total;
      row.percents = w;
    }
    c->rows.push_back(std::move(row));
  }
  return c;
}

std::unique_ptr<Chart> Trend(const Catalog& catalog, uint64_t seed, std::vector<std::string> series,
                             bool negative, bool hidden, std::string title) {
  Sample s(seed);
  auto c = std::make_unique<TrendChart>();
  c->title = std::move(title);
  c->row_header = "Nivå";
  c->waves = {"2016", "2018", "2020"};
  for (size_t k = 0; k < series.size(); ++k) {
    TrendChart::Series ser{series[k], {}};
    double v = s.Normal(50, 3);
    for (size_t w = 0; w < c->waves.size(); ++w) {
      if (hidden && k == 0 && w == 1) {
        ser.values.push_back(ChartValue::Hidden(TooFew(catalog, 10)));
      } else {
        ser.values.push_back(ChartValue::Of(v));
      }
      v += negative ? s.Normal(-3, 1.5) : s.Normal(1.2, 1.5);
    }
    c->series.push_back(std::move(ser));
  }
  return c;
}

std::unique_ptr<Chart> Caterpillar(const Catalog& catalog, uint64_t seed, int units,
                                   int hidden_every, std::string title) {
  Sample s(seed);
  auto c = std::make_unique<CaterpillarChart>();
  c->title = std::move(title);
  c->parent_label = "Hedmark";
  c->parent_value = 50;
  for (int i = 0; i < units; ++i) {
    CaterpillarChart::Unit u;
    u.label = units <= 22
                  ? kMunicipalities[i % 22]
                  : std::string(kMunicipalities[i % 22]) + " skole " + std::to_string(i + 1);
    if (hidden_every > 0 && i % hidden_every == hidden_every - 1)
      u.value = ChartValue::Hidden(TooFew(catalog, 10));
    else
      u.value = s.T(50, 4, 40 + static_cast<int>(s.Uniform() * 300));
    u.highlight = i == 0;
    c->units.push_back(std::move(u));
  }
  return c;
}

std::unique_ptr<Chart> Scatter(const Catalog& catalog, uint64_t seed) {
  Sample s(seed);
  auto c = std::make_unique<ScatterChart>();
  c->title = "Foreldrenes utdanning og læringsresultater i kommunene";
  c->x_label = "Andel foreldre med høyere utdanning (%)";
  c->y_label = "Læringsresultat";
  c->x_decimals = 0;
  c->y_decimals = 1;
  for (int i = 0; i < 22; ++i) {
    ScatterChart::Point p;
    p.label = kMunicipalities[i];
    p.x = 18 + s.Uniform() * 30;
    p.y = 34 + 0.22 * p.x + s.Normal(0, 1.2);
    p.highlight = i == 0;
    if (i == 21) {
      p.suppressed = true;
      p.reason = TooFew(catalog, 10);
    }
    c->points.push_back(std::move(p));
  }
  return c;
}

std::unique_ptr<Chart> Gender(const Catalog& catalog, uint64_t seed, bool hidden) {
  Sample s(seed);
  auto c = std::make_unique<GenderChart>();
  c->title = "Jenter og gutter i Hamar ungdomsskole";
  c->row_header = "Område";
  for (int r = 0; r < 4; ++r) {
    GenderChart::Row row{kAreas[r], s.T(50 + (r == 2 ? 3 : 1), 2, 150), s.T(49, 2, 150)};
    if (hidden && r == 3) row.boys = ChartValue::Hidden(TooFew(catalog, 10));
    c->rows.push_back(std::move(row));
  }
  return c;
}

std::unique_ptr<Chart> Heat(const Catalog& catalog, uint64_t seed, int classes, bool all_hidden) {
  Sample s(seed);
  auto c = std::make_unique<HeatTable>();
  c->title = all_hidden ? "Klassene i Folldal skole: for få svar"
                        : "Klassene i Hamar ungdomsskole, faktor for faktor";
  c->row_header = "Klasse";
  c->columns.assign(std::begin(kFactors), std::end(kFactors));
  c->columns.push_back("Lærerens støtte i undervisningen og tilbakemeldinger");
  for (int r = 0; r < classes; ++r) {
    c->rows.push_back(std::to_string(8 + r / 3) + static_cast<char>('A' + r % 3));
    std::vector<ChartValue> line;
    double class_effect = s.Normal(0, 3);
    for (size_t k = 0; k < c->columns.size(); ++k) {
      if (all_hidden || (r == 4 && k % 2 == 0))
        line.push_back(ChartValue::Hidden(TooFew(catalog, 10)));
      else
        line.push_back(ChartValue::Of(s.Normal(50 + class_effect, 3)));
    }
    c->cells.push_back(std::move(line));
  }
  return c;
}

}  // namespace

std::vector<GalleryEntry> GalleryCharts(const Catalog& catalog) {
  std::vector<GalleryEntry> out;
  auto add = [&](std::string name, std::unique_ptr<Chart> chart) {
    out.push_back({std::move(name), std::move(chart)});
  };
  add("tbar_class", TBar(catalog, 1, {"8A", "Hamar ungdomsskole", "Hamar", "Hedmark"}, 5, -1,
                         "Elevene i 8A sammenlignet med skolen, kommunen og fylket"));
  add("tbar_long_names",
      TBar(catalog, 2, {kLongName, "Skolen med et navn som også er altfor langt", "Hedmark"}, 3, -1,
           std::string("Faktorene for ") + kLongName));
  add("tbar_all_suppressed",
      TBar(catalog, 3, {"10C", "Hamar ungdomsskole"}, 3, 0, "10C: for få svar"));
  add("diverging_items",
      Diverging(catalog, 4, 6, false, "Læringsmiljø: svarene på hvert spørsmål"));
  add("diverging_suppressed", Diverging(catalog, 5, 4, true, "Svarfordeling med skjulte spørsmål"));
  add("trend_areas",
      Trend(catalog, 6, {"Læringsmiljø", "Relasjoner", "Undervisning", "Motivasjon og mestring"},
            false, false, "Utviklingen i Hamar ungdomsskole, område for område"));
  add("trend_negative", Trend(catalog, 7, {kLongName, "Hedmark"}, true, true,
                              "Nedgang over tid, med en skjult verdi"));
  add("caterpillar_municipalities",
      Caterpillar(catalog, 8, 22, 0, "Kommunene i Hedmark: læringsmiljø"));
  add("caterpillar_one_unit", Caterpillar(catalog, 9, 1, 0, "Én skole i kommunen"));
  add("caterpillar_300_units",
      Caterpillar(catalog, 10, 300, 37, "300 skoler sortert etter læringsmiljø"));
  add("caterpillar_all_suppressed",
      Caterpillar(catalog, 11, 3, 1, "Skolene i Engerdal: for få svar"));
  add("scatter_background", Scatter(catalog, 12));
  add("gender_areas", Gender(catalog, 13, true));
  add("heat_table_classes", Heat(catalog, 14, 9, false));
  add("heat_table_all_suppressed", Heat(catalog, 15, 2, true));
  return out;
}

}  // namespace kfl
