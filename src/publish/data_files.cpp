#include "publish/data_files.h"

#include "io/csv_writer.h"

namespace kfl {
namespace {

// The header line of `table`.
std::string Header(DataFile table) {
  std::string line;
  for (const DataColumn& c : Columns(table)) line += (line.empty() ? "" : ",") + std::string(c.name);
  return line + "\n";
}

// Adds the area and factor columns of score `s`: "area,factor" for a factor,
// "area," for an area.
void AddScoreIds(const Instrument& instrument, int s, CsvLine* line) {
  if (instrument.IsAreaScore(s)) {
    line->Add(instrument.areas[s - instrument.factors.size()].id).Empty();
  } else {
    const Factor& f = instrument.factors[s];
    line->Add(instrument.areas[f.area].id).Add(f.id);
  }
}

// Scores in reading order: each area followed by its factors.
std::vector<int> ReadingOrder(const Instrument& instrument) {
  std::vector<int> order;
  for (size_t a = 0; a < instrument.areas.size(); ++a) {
    order.push_back(instrument.AreaScore(static_cast<int>(a)));
    for (int f : instrument.areas[a].factors) order.push_back(f);
  }
  return order;
}

}  // namespace

const std::vector<DataColumn>& Columns(DataFile table) {
  // Ids are text ("2016" is a wave id, not a year); counts are integers.
  static const std::vector<DataColumn> kAggregates = {
      {"wave", "string"},      {"instrument", "string"}, {"level", "string"},   {"unit", "string"},
      {"group", "string"},     {"area", "string"},       {"factor", "string"},  {"n", "integer"},
      {"mean", "number"},      {"sd", "number"},         {"t", "number"},       {"t_ci_low", "number"},
      {"t_ci_high", "number"}, {"d", "number"},          {"suppressed", "boolean"}};
  static const std::vector<DataColumn> kDistributions = {
      {"wave", "string"}, {"instrument", "string"}, {"level", "string"},   {"unit", "string"},
      {"group", "string"}, {"item", "string"},      {"categories", "string"}, {"count", "integer"},
      {"percent", "number"}, {"suppressed", "boolean"}};
  static const std::vector<DataColumn> kReliability = {
      {"wave", "string"}, {"instrument", "string"}, {"area", "string"}, {"factor", "string"},
      {"items", "integer"}, {"n", "integer"}, {"alpha", "number"}};
  static const std::vector<DataColumn> kVariation = {
      {"wave", "string"}, {"instrument", "string"}, {"parent", "string"}, {"child_level", "string"},
      {"area", "string"}, {"factor", "string"}, {"units", "integer"}, {"icc", "number"},
      {"spread_d", "number"}};
  static const std::vector<DataColumn> kIndicators = {
      {"unit", "string"}, {"name", "string"},  {"wave", "string"},  {"indicator", "string"},
      {"title", "string"}, {"group", "string"}, {"value", "number"}, {"source", "string"}};
  switch (table) {
    case DataFile::kAggregates: return kAggregates;
    case DataFile::kDistributions: return kDistributions;
    case DataFile::kReliability: return kReliability;
    case DataFile::kVariation: return kVariation;
    case DataFile::kIndicators: return kIndicators;
  }
  return kAggregates;
}

const char* TableName(DataFile table) {
  switch (table) {
    case DataFile::kAggregates: return "aggregates";
    case DataFile::kDistributions: return "distributions";
    case DataFile::kReliability: return "reliability";
    case DataFile::kVariation: return "variation";
    case DataFile::kIndicators: return "indicators";
  }
  return "";
}

void WriteAggregatesCsv(const DataSet& data, const Results& results, AudienceKind audience,
                        FileWriter* out) {
  out->Write(Header(DataFile::kAggregates));
  CsvLine line;
  for (const WaveResult& part : results.waves) {
    const Instrument& instrument = data.instruments[part.instrument];
    const std::string& wave = data.project.waves[part.wave].id;
    const size_t block = instrument.ScoreCount();
    const std::vector<int> order = ReadingOrder(instrument);
    const std::vector<Disclosure>& view = part.View(audience);
    // Aggregates come in blocks of ScoreCount() rows per (unit, group), by score.
    for (size_t begin = 0; begin + block <= part.aggregates.size(); begin += block) {
      const Aggregate& head = part.aggregates[begin];
      const Unit& unit = data.units[head.unit];
      if (view[begin] == Disclosure::kNotShown) continue;
      const std::string group = GroupName(head.group);
      for (int s : order) {
        const Aggregate& a = part.aggregates[begin + s];
        line.Add(wave).Add(instrument.id).Add(LevelName(unit.level)).Add(unit.id).Add(group);
        AddScoreIds(instrument, s, &line);
        if (view[begin + s] != Disclosure::kPublished) {
          for (int i = 0; i < 7; ++i) line.Empty();
          line.Add(1LL);
        } else {
          TScore t = Standardize(a.n, a.mean, a.sd, part.reference[s]);
          line.Add(static_cast<long long>(a.n)).AddExact(a.mean).AddExact(a.sd);
          if (t.valid) line.AddExact(t.t); else line.Empty();
          if (t.valid && t.has_ci) line.AddExact(t.ci_low).AddExact(t.ci_high);
          else line.Empty().Empty();
          if (t.valid) line.AddExact(t.d); else line.Empty();
          line.Add(0LL);
        }
        out->Write(line.End());
      }
    }
  }
}

void WriteDistributionsCsv(const DataSet& data, const Results& results, AudienceKind audience,
                           FileWriter* out) {
  out->Write(Header(DataFile::kDistributions));
  CsvLine line;
  for (const WaveResult& part : results.waves) {
    const Instrument& instrument = data.instruments[part.instrument];
    const std::string& wave = data.project.waves[part.wave].id;
    const DistributionViews& view = part.DistributionView(audience);
    for (size_t i = 0; i < part.distributions.size() && i < view.size(); ++i) {
      const ItemDistribution& d = part.distributions[i];
      const DistributionDecision decision = view[i];
      if (decision.reason == CategoryDisclosure::kNotShown) continue;
      const Unit& unit = data.units[d.unit];
      const Item& item = instrument.items[d.item];
      auto ids = [&] {
        line.Add(wave).Add(instrument.id).Add(LevelName(unit.level)).Add(unit.id).Add("all");
        line.Add(item.id);
      };
      if (!decision.shown()) {
        ids();
        line.Empty().Empty().Empty().Add(1LL);
        out->Write(line.End());
        continue;
      }
      const int answered = d.answered();
      for (const auto& [first, last] : CategoryGroups(static_cast<int>(d.counts.size()),
                                                      item.reverse, decision.granularity)) {
        int count = 0;
        for (int c = first; c <= last; ++c) count += d.counts[c];
        const int lo = instrument.scale.min + first, hi = instrument.scale.min + last;
        ids();
        line.Add(lo == hi ? std::to_string(lo) : std::to_string(lo) + "-" + std::to_string(hi));
        line.Add(static_cast<long long>(count));
        line.AddExact(answered > 0 ? 100.0 * count / answered : 0.0).Add(0LL);
        out->Write(line.End());
      }
    }
  }
}

void WriteReliabilityCsv(const DataSet& data, const Results& results, FileWriter* out) {
  out->Write(Header(DataFile::kReliability));
  CsvLine line;
  for (const WaveResult& part : results.waves) {
    const Instrument& instrument = data.instruments[part.instrument];
    for (const Reliability& r : part.reliability) {
      line.Add(data.project.waves[part.wave].id).Add(instrument.id);
      AddScoreIds(instrument, r.factor, &line);
      line.Add(static_cast<long long>(r.items)).Add(static_cast<long long>(r.n));
      line.AddExact(r.alpha);
      out->Write(line.End());
    }
  }
}

void WriteVariationCsv(const DataSet& data, const Results& results, FileWriter* out) {
  out->Write(Header(DataFile::kVariation));
  CsvLine line;
  for (const VariationRow& row : results.variation) {
    const Instrument& instrument = data.instruments[row.instrument];
    line.Add(data.project.waves[row.wave].id).Add(instrument.id);
    line.Add(data.units[row.parent].id).Add(LevelName(row.child_level));
    AddScoreIds(instrument, row.score, &line);
    line.Add(static_cast<long long>(row.variation.units));
    if (row.variation.has_icc) line.AddExact(row.variation.icc); else line.Empty();
    if (row.variation.has_spread) line.AddExact(row.variation.spread_d); else line.Empty();
    out->Write(line.End());
  }
}

void WriteIndicatorsCsv(const DataSet& data, FileWriter* out) {
  out->Write(Header(DataFile::kIndicators));
  CsvLine line;
  for (const Indicator& ind : data.indicators) {
    // Public levels and comparison units: what the public pages show.
    if (ind.unit >= 0 && !data.project.IsPublic(data.units[ind.unit].level)) continue;
    const IndicatorDef& def = data.project.indicators[ind.def];
    if (ind.unit >= 0) {
      line.Add(data.units[ind.unit].id).AddName(data.units[ind.unit].name);
    } else {
      const Comparison& c = data.project.comparisons[ind.comparison];
      line.Add(c.id).AddName(PickLang(c.title, "nb"));
    }
    line.Add(data.project.waves[ind.wave].id).Add(def.id).AddName(PickLang(def.title, "nb"));
    line.Add(ind.group == Indicator::Group::kFemale ? "gender:F" : ind.group == Indicator::Group::kMale ? "gender:M" : "all");
    line.AddExact(ind.value);  // as given
    line.AddName(PickLang(def.source, "nb"));
    out->Write(line.End());
  }
}

void WriteDataTable(DataFile table, AudienceKind audience, const DataSet& data,
                    const Results& results, FileWriter* out) {
  switch (table) {
    case DataFile::kAggregates: return WriteAggregatesCsv(data, results, audience, out);
    case DataFile::kDistributions: return WriteDistributionsCsv(data, results, audience, out);
    case DataFile::kReliability: return WriteReliabilityCsv(data, results, out);
    case DataFile::kVariation: return WriteVariationCsv(data, results, out);
    case DataFile::kIndicators: return WriteIndicatorsCsv(data, out);
  }
}

}  // namespace kfl
