#include "io/project_reader.h"

#include <algorithm>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "io/contract_names.h"
#include "io/json_checker.h"
#include "io/suggest.h"

namespace kfl {
namespace {

constexpr int64_t kMaxInt = std::numeric_limits<int>::max();

// A wave id names a folder under responses/.
bool IsFolderName(const std::string& id) {
  return !id.empty() && id[0] != '.' && id.find_first_of("/\\") == std::string::npos;
}

}  // namespace

bool ReadProject(const JsonDocument& doc, Project* out, Diagnostics* diags) {
  JsonChecker check(doc, diags);
  if (!check.Object("", {{"title", true},
                         {"owner"},
                         {"languages"},
                         {"waves", true},
                         {"reference_wave", true},
                         {"min_items_share"},
                         {"missing_codes"},
                         {"privacy", true},
                         {"public_levels"},
                         {"indicators"},
                         {"comparisons"},
                         {"bullying"}})) {
    return false;
  }
  if (std::optional<LangText> title = check.Text("/title")) out->title = *title;
  if (std::optional<std::string> owner = check.String("/owner")) out->owner = *owner;

  // languages
  if (std::optional<size_t> count = check.Array("/languages", /*non_empty=*/true)) {
    out->languages.clear();
    const std::vector<std::string>& known = LanguageNames();
    for (size_t i = 0; i < *count; ++i) {
      const std::string pointer = JsonPointerIndex("/languages", i);
      std::optional<std::string> language = check.String(pointer);
      if (!language) continue;
      if (!IsOneOf(*language, known)) {
        ErrorWithSuggestion(diags, doc.ValueLocation(pointer), "diag.language_unknown",
                            {{"language", *language}}, Suggest(*language, known));
      } else if (std::find(out->languages.begin(), out->languages.end(), *language) !=
                 out->languages.end()) {
        check.Error(pointer, "diag.json_repeated_value",
                    {{"value", *language}, {"field", "languages"}});
      } else {
        out->languages.push_back(*language);
      }
    }
  }

  // waves
  if (std::optional<size_t> count = check.Array("/waves", /*non_empty=*/true)) {
    std::map<std::string, int> first_line;
    for (size_t i = 0; i < *count; ++i) {
      const std::string pointer = JsonPointerIndex("/waves", i);
      if (!check.Object(pointer, {{"id", true}, {"label", true}})) continue;
      std::optional<std::string> id = check.NonEmptyString(pointer + "/id");
      std::optional<std::string> label = check.String(pointer + "/label");
      if (!id) continue;
      if (!IsFolderName(*id)) {
        check.Error(pointer + "/id", "diag.wave_id_invalid", {{"wave", *id}});
        continue;
      }
      int line = doc.ValuePosition(pointer + "/id").line;
      auto [it, inserted] = first_line.emplace(*id, line);
      if (!inserted) {
        check.Error(pointer + "/id", "diag.wave_duplicate",
                    {{"wave", *id}, {"line", std::to_string(it->second)}});
        continue;
      }
      out->waves.push_back({*id, label ? *label : *id});
    }
  }

  // reference_wave
  if (std::optional<std::string> reference = check.String("/reference_wave")) {
    if (*reference == "same" || out->WaveIndex(*reference) >= 0) {
      out->reference_wave = *reference;
    } else {
      std::vector<std::string> names;
      for (const Wave& wave : out->waves) names.push_back(wave.id);
      names.push_back("same");
      ErrorWithSuggestion(diags, doc.ValueLocation("/reference_wave"),
                          "diag.reference_wave_unknown", {{"wave", *reference}},
                          Suggest(*reference, names));
    }
  }

  // min_items_share
  if (std::optional<double> share = check.Number("/min_items_share")) {
    if (*share > 0 && *share <= 1) {
      out->min_items_share = *share;
    } else {
      check.Error("/min_items_share", "diag.min_items_share_range",
                  {{"value", check.Find("/min_items_share")->dump()}});
    }
  }

  // missing_codes
  if (std::optional<size_t> count = check.Array("/missing_codes", /*non_empty=*/false)) {
    for (size_t i = 0; i < *count; ++i) {
      std::optional<int64_t> code =
          check.Integer(JsonPointerIndex("/missing_codes", i), -kMaxInt, kMaxInt);
      if (code) out->missing_codes.push_back(static_cast<int>(*code));
    }
  }

  // privacy
  if (check.Object("/privacy",
                   {{"min_n_public", true}, {"min_n_restricted", true}, {"min_cell", true}})) {
    std::optional<int64_t> n_public = check.Integer("/privacy/min_n_public", 1, kMaxInt);
    std::optional<int64_t> n_restricted = check.Integer("/privacy/min_n_restricted", 1, kMaxInt);
    std::optional<int64_t> min_cell = check.Integer("/privacy/min_cell", 1, kMaxInt);
    if (n_public) out->privacy.min_n_public = static_cast<int>(*n_public);
    if (n_restricted) out->privacy.min_n_restricted = static_cast<int>(*n_restricted);
    if (min_cell) out->privacy.min_cell = static_cast<int>(*min_cell);
    if (n_public && n_restricted && *n_public < *n_restricted) {
      check.Error(
          "/privacy/min_n_public", "diag.privacy_order",
          {{"public", std::to_string(*n_public)}, {"restricted", std::to_string(*n_restricted)}});
    }
  }

  // public_levels
  if (std::optional<size_t> count = check.Array("/public_levels", /*non_empty=*/false)) {
    out->public_levels.clear();
    for (size_t i = 0; i < *count; ++i) {
      const std::string pointer = JsonPointerIndex("/public_levels", i);
      std::optional<std::string> name = check.String(pointer);
      if (!name) continue;
      std::optional<Level> level = ParseLevel(*name);
      if (!level) {
        ErrorWithSuggestion(diags, doc.ValueLocation(pointer), "diag.level_unknown",
                            {{"level", *name}}, Suggest(*name, LevelNames()));
      } else if (out->IsPublic(*level)) {
        check.Error(pointer, "diag.json_repeated_value",
                    {{"value", *name}, {"field", "public_levels"}});
      } else {
        out->public_levels.push_back(*level);
      }
    }
  }

  // indicators: what each external indicator is
  if (const nlohmann::json* all = check.Find("/indicators"); all != nullptr) {
    if (!all->is_object()) {
      check.Error("/indicators", "diag.json_expected_object", {{"field", "indicators"}});
    } else {
      for (const auto& member : all->items()) {
        const std::string pointer = JsonPointerChild("/indicators", member.key());
        if (!check.Object(pointer, {{"title", true},
                                    {"kind", true},
                                    {"unit"},
                                    {"decimals"},
                                    {"better"},
                                    {"source"}})) {
          continue;
        }
        IndicatorDef def;
        def.id = member.key();
        if (std::optional<LangText> title = check.Text(pointer + "/title")) def.title = *title;
        if (std::optional<std::string> kind = check.String(pointer + "/kind")) {
          static const std::vector<std::string> kKinds = {"result", "completion", "background"};
          if (*kind == "result") {
            def.kind = IndicatorDef::Kind::kResult;
          } else if (*kind == "completion") {
            def.kind = IndicatorDef::Kind::kCompletion;
          } else if (*kind == "background") {
            def.kind = IndicatorDef::Kind::kBackground;
          } else {
            ErrorWithSuggestion(diags, doc.ValueLocation(pointer + "/kind"), "diag.indicator_kind_unknown",
                                {{"kind", *kind}}, Suggest(*kind, kKinds));
          }
        }
        if (std::optional<std::string> unit = check.String(pointer + "/unit")) {
          if (*unit == "%") {
            def.percent = true;
          } else if (!unit->empty()) {
            check.Error(pointer + "/unit", "diag.indicator_unit_unknown", {{"unit", *unit}});
          }
        }
        if (std::optional<int64_t> decimals = check.Integer(pointer + "/decimals", 0, 3)) {
          def.decimals = static_cast<int>(*decimals);
        } else if (def.percent && check.Find(pointer + "/decimals") == nullptr) {
          def.decimals = 0;
        }
        if (std::optional<std::string> better = check.String(pointer + "/better")) {
          if (*better == "higher") {
            def.better = IndicatorDef::Better::kHigher;
          } else if (*better == "lower") {
            def.better = IndicatorDef::Better::kLower;
          } else {
            ErrorWithSuggestion(diags, doc.ValueLocation(pointer + "/better"), "diag.indicator_better_unknown",
                                {{"better", *better}}, Suggest(*better, std::vector<std::string>{"higher", "lower"}));
          }
        }
        if (check.Find(pointer + "/source") != nullptr) {
          if (std::optional<LangText> source = check.Text(pointer + "/source")) def.source = *source;
        }
        out->indicators.push_back(std::move(def));
      }
    }
  }

  // comparisons: units outside the hierarchy
  if (std::optional<size_t> count = check.Array("/comparisons", /*non_empty=*/false)) {
    for (size_t i = 0; i < *count; ++i) {
      const std::string pointer = JsonPointerIndex("/comparisons", i);
      if (!check.Object(pointer, {{"id", true}, {"title", true}})) continue;
      std::optional<std::string> id = check.NonEmptyString(pointer + "/id");
      std::optional<LangText> title = check.Text(pointer + "/title");
      if (!id || !title) continue;
      if (out->ComparisonIndex(*id) >= 0) {
        check.Error(pointer + "/id", "diag.json_repeated_value", {{"value", *id}, {"field", "comparisons"}});
        continue;
      }
      out->comparisons.push_back({*id, *title});
    }
  }
  // bullying: which answers to which item (the instrument and the item
  // are checked against the instruments by the data set reader)
  if (check.Find("/bullying") != nullptr &&
      check.Object("/bullying", {{"instrument", true}, {"item", true}, {"values", true}})) {
    BullyingDef def;
    std::optional<std::string> instrument = check.NonEmptyString("/bullying/instrument");
    std::optional<std::string> item = check.NonEmptyString("/bullying/item");
    if (std::optional<size_t> count = check.Array("/bullying/values", /*non_empty=*/true)) {
      for (size_t i = 0; i < *count; ++i) {
        const std::string pointer = JsonPointerIndex("/bullying/values", i);
        std::optional<int64_t> value = check.Integer(pointer, -kMaxInt, kMaxInt);
        if (!value) continue;
        if (std::find(def.values.begin(), def.values.end(), *value) != def.values.end()) {
          check.Error(pointer, "diag.json_repeated_value",
                      {{"value", std::to_string(*value)}, {"field", "bullying/values"}});
        } else {
          def.values.push_back(static_cast<int>(*value));
        }
      }
      std::sort(def.values.begin(), def.values.end());
    }
    if (instrument && item && !def.values.empty()) {
      def.instrument = *instrument;
      def.item = *item;
      out->bullying = std::move(def);
    }
  }
  return true;
}

}  // namespace kfl
