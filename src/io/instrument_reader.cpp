#include "io/instrument_reader.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "io/contract_names.h"
#include "io/json_checker.h"
#include "io/suggest.h"

namespace kfl {
namespace {

constexpr int kScaleLimit = 100;  // values are stored as int8_t

// Remembers the ids of one kind (areas, factors or items) and reports a
// repeat, naming the line of the first.
class IdRegistry {
 public:
  explicit IdRegistry(JsonChecker& check) : check_(check) {}

  // True when `id` (at `pointer`) is new.
  bool Add(const std::string& id, const std::string& pointer) {
    int line = check_.doc().ValuePosition(pointer).line;
    auto [it, inserted] = first_line_.emplace(id, line);
    if (!inserted) {
      check_.Error(pointer, "diag.id_duplicate",
                   {{"id", id}, {"line", std::to_string(it->second)}});
    }
    return inserted;
  }

 private:
  JsonChecker& check_;
  std::map<std::string, int> first_line_;
};

std::vector<std::string> InstrumentLevelNames() {
  std::vector<std::string> names;
  for (Level level : {Level::kClass, Level::kSchool, Level::kGroup, Level::kKindergarten})
    names.emplace_back(LevelName(level));
  return names;
}

class InstrumentReader {
 public:
  InstrumentReader(const JsonDocument& doc, Instrument* out, Diagnostics* diags)
      : doc_(doc),
        check_(doc, diags),
        out_(out),
        diags_(diags),
        area_ids_(check_),
        factor_ids_(check_),
        item_ids_(check_) {}

  bool Read(const std::string& file_id) {
    out_->id = file_id;
    if (!check_.Object("", {{"id", true},
                            {"title", true},
                            {"respondent", true},
                            {"unit_level", true},
                            {"grades"},
                            {"scale", true},
                            {"background"},
                            {"areas", true}})) {
      return false;
    }
    if (std::optional<std::string> id = check_.String("/id"); id && *id != file_id)
      check_.Error("/id", "diag.instrument_id_mismatch", {{"id", *id}, {"file", file_id}});
    if (std::optional<LangText> title = check_.Text("/title")) out_->title = *title;
    ReadRespondent();
    // Without its unit level no response row could be checked: every row
    // would be reported as at the wrong level.
    const bool level_ok = ReadUnitLevel();
    ReadGrades();
    ReadScale();
    ReadBackground();
    ReadAreas();
    return level_ok;
  }

 private:
  void ReadRespondent() {
    std::optional<std::string> name = check_.String("/respondent");
    if (!name) return;
    if (std::optional<Respondent> respondent = ParseRespondent(*name)) {
      out_->respondent = *respondent;
    } else {
      ErrorWithSuggestion(diags_, doc_.ValueLocation("/respondent"), "diag.respondent_unknown",
                          {{"value", *name}}, Suggest(*name, RespondentNames()));
    }
  }

  bool ReadUnitLevel() {
    std::optional<std::string> name = check_.String("/unit_level");
    if (!name) return false;
    const std::vector<std::string> allowed = InstrumentLevelNames();
    if (IsOneOf(*name, allowed)) {
      out_->unit_level = *ParseLevel(*name);
      return true;
    }
    ErrorWithSuggestion(diags_, doc_.ValueLocation("/unit_level"), "diag.unit_level_invalid",
                        {{"value", *name}}, Suggest(*name, allowed));
    return false;
  }

  void ReadGrades() {
    std::optional<size_t> count = check_.Array("/grades", /*non_empty=*/false);
    if (!count) return;
    if (*count != 2) {
      check_.Error("/grades", "diag.grades_shape");
      return;
    }
    std::optional<int64_t> first = check_.Integer("/grades/0", 1, 10);
    std::optional<int64_t> last = check_.Integer("/grades/1", 1, 10);
    if (!first || !last) return;
    if (*first > *last) {
      check_.Error("/grades", "diag.grades_order",
                   {{"first", std::to_string(*first)}, {"last", std::to_string(*last)}});
      return;
    }
    out_->grades = GradeRange{static_cast<int>(*first), static_cast<int>(*last)};
  }

  void ReadScale() {
    if (!check_.Object("/scale", {{"min", true}, {"max", true}, {"labels", true}})) return;
    std::optional<int64_t> min = check_.Integer("/scale/min", -kScaleLimit, kScaleLimit);
    std::optional<int64_t> max = check_.Integer("/scale/max", -kScaleLimit, kScaleLimit);
    bool range_ok = min && max && *min < *max;
    if (min && max && !range_ok) {
      check_.Error("/scale", "diag.scale_order",
                   {{"min", std::to_string(*min)}, {"max", std::to_string(*max)}});
    }
    if (range_ok) {
      out_->scale.min = static_cast<int>(*min);
      out_->scale.max = static_cast<int>(*max);
    }
    std::optional<std::vector<std::string>> languages = check_.Languages("/scale/labels");
    if (!languages) return;
    for (const std::string& language : *languages) {
      const std::string pointer = JsonPointerChild("/scale/labels", language);
      std::optional<size_t> count = check_.Array(pointer, /*non_empty=*/true);
      if (!count) continue;
      std::vector<std::string> labels;
      for (size_t i = 0; i < *count; ++i) {
        if (std::optional<std::string> label = check_.String(JsonPointerIndex(pointer, i)))
          labels.push_back(*label);
      }
      if (range_ok && *count > 0 && *count != static_cast<size_t>(out_->scale.size())) {
        check_.Error(pointer, "diag.scale_labels_count",
                     {{"language", language},
                      {"found", std::to_string(*count)},
                      {"expected", std::to_string(out_->scale.size())},
                      {"min", std::to_string(out_->scale.min)},
                      {"max", std::to_string(out_->scale.max)}});
      }
      out_->scale.labels[language] = std::move(labels);
    }
  }

  void ReadBackground() {
    std::optional<size_t> count = check_.Array("/background", /*non_empty=*/false);
    if (!count) return;
    for (size_t i = 0; i < *count; ++i) {
      const std::string pointer = JsonPointerIndex("/background", i);
      std::optional<std::string> name = check_.String(pointer);
      if (!name) continue;
      std::optional<Background> background = ParseBackground(*name);
      if (!background) {
        ErrorWithSuggestion(diags_, doc_.ValueLocation(pointer), "diag.background_unknown",
                            {{"value", *name}}, Suggest(*name, BackgroundNames()));
      } else if (out_->HasBackground(*background)) {
        check_.Error(pointer, "diag.json_repeated_value",
                     {{"value", *name}, {"field", "background"}});
      } else {
        out_->background.push_back(*background);
      }
    }
  }

  void ReadAreas() {
    std::optional<size_t> count = check_.Array("/areas", /*non_empty=*/true);
    if (!count) return;
    for (size_t a = 0; a < *count; ++a) {
      const std::string pointer = JsonPointerIndex("/areas", a);
      if (!check_.Object(pointer, {{"id", true}, {"title", true}, {"factors", true}})) continue;
      Area area;
      if (std::optional<std::string> id = check_.NonEmptyString(pointer + "/id")) {
        area_ids_.Add(*id, pointer + "/id");
        area.id = *id;
      }
      if (std::optional<LangText> title = check_.Text(pointer + "/title")) area.title = *title;
      const int area_index = static_cast<int>(out_->areas.size());
      out_->areas.push_back(std::move(area));
      ReadFactors(pointer + "/factors", area_index);
      OneName(pointer, out_->areas[area_index]);
    }
  }

  // An area of one factor is one figure: the reports give it one name, the
  // area's, everywhere (spec report-content.md, "One name for one thing"),
  // and say so when the instrument gives the factor another.
  static std::string PickAny(const LangText& text) {
    const auto nb = text.find("nb");
    return nb != text.end() ? nb->second : text.empty() ? std::string() : text.begin()->second;
  }
  void OneName(const std::string& pointer, const Area& area) {
    if (area.factors.size() != 1) return;
    Factor& factor = out_->factors[area.factors[0]];
    if (factor.title == area.title) return;
    check_.Warning(pointer + "/factors/0/title", "diag.single_factor_title",
                   {{"factor", PickAny(factor.title)}, {"area", PickAny(area.title)}});
    factor.title = area.title;
  }

  void ReadFactors(const std::string& list, int area_index) {
    std::optional<size_t> count = check_.Array(list, /*non_empty=*/true);
    if (!count) return;
    for (size_t f = 0; f < *count; ++f) {
      const std::string pointer = JsonPointerIndex(list, f);
      if (!check_.Object(pointer, {{"id", true}, {"title", true}, {"items", true}})) continue;
      Factor factor;
      factor.area = area_index;
      if (std::optional<std::string> id = check_.NonEmptyString(pointer + "/id")) {
        factor_ids_.Add(*id, pointer + "/id");
        factor.id = *id;
      }
      if (std::optional<LangText> title = check_.Text(pointer + "/title")) factor.title = *title;
      const int factor_index = static_cast<int>(out_->factors.size());
      out_->factors.push_back(std::move(factor));
      out_->areas[area_index].factors.push_back(factor_index);
      ReadItems(pointer + "/items", factor_index);
    }
  }

  void ReadItems(const std::string& list, int factor_index) {
    std::optional<size_t> count = check_.Array(list, /*non_empty=*/true);
    if (!count) return;
    for (size_t i = 0; i < *count; ++i) {
      const std::string pointer = JsonPointerIndex(list, i);
      if (!check_.Object(pointer, {{"id", true}, {"text", true}, {"reverse"}, {"sensitive"}})) {
        continue;
      }
      Item item;
      item.factor = factor_index;
      std::optional<std::string> id = check_.NonEmptyString(pointer + "/id");
      if (std::optional<LangText> text = check_.Text(pointer + "/text")) item.text = *text;
      if (std::optional<bool> reverse = check_.Boolean(pointer + "/reverse"))
        item.reverse = *reverse;
      if (std::optional<bool> sensitive = check_.Boolean(pointer + "/sensitive"))
        item.sensitive = *sensitive;
      if (!id) continue;
      if (IsReservedColumn(*id)) {
        check_.Error(pointer + "/id", "diag.item_id_reserved", {{"id", *id}});
        continue;
      }
      if (!item_ids_.Add(*id, pointer + "/id")) continue;
      item.id = *id;
      out_->factors[factor_index].items.push_back(static_cast<int>(out_->items.size()));
      out_->items.push_back(std::move(item));
    }
  }

  const JsonDocument& doc_;
  JsonChecker check_;
  Instrument* out_;
  Diagnostics* diags_;
  IdRegistry area_ids_;
  IdRegistry factor_ids_;
  IdRegistry item_ids_;
};

}  // namespace

bool IsReservedColumn(const std::string& name) {
  return name == "respondent" || name == "unit" || IsOneOf(name, BackgroundNames());
}

bool ReadInstrument(const JsonDocument& doc, const std::string& file_id, Instrument* out,
                    Diagnostics* diags) {
  return InstrumentReader(doc, out, diags).Read(file_id);
}

}  // namespace kfl
