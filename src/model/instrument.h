// Instrument: one questionnaire definition (instruments/<id>.json).
//
// The tree areas > factors > items is stored flattened: `items`, `factors`
// and `areas` are vectors in definition order and refer to each other by
// index, so that statistics can work on columns (item j is column j of a
// ResponseTable; score s is column s of a ScoreTable).
//
// Score layout used everywhere: scores [0, factors.size()) are the factors,
// scores [factors.size(), factors.size() + areas.size()) are the areas.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/level.h"
#include "model/project.h"

namespace kfl {

enum class Respondent { kPupil, kTeacherOnPupil, kTeacher, kParent, kLeader, kKindergartenTeacher };

std::string_view RespondentName(Respondent respondent);
std::optional<Respondent> ParseRespondent(std::string_view name);

// Background variables a response row may carry (data contract: gender, grade).
enum class Background { kGender, kGrade };

std::string_view BackgroundName(Background background);
std::optional<Background> ParseBackground(std::string_view name);

struct Scale {
  int min = 1;
  int max = 5;
  // language -> one label per scale value, min..max
  std::map<std::string, std::vector<std::string>> labels;

  int size() const { return max - min + 1; }
  // The label of `value` in `lang`, else in bokmål, else the number.
  std::string Label(int value, const std::string& lang) const;
};

struct Item {
  std::string id;
  LangText text;
  bool reverse = false;    // scored min + max - value
  bool sensitive = false;  // no category figure below privacy.min_cell
  int factor = -1;         // index into Instrument::factors
};

struct Factor {
  std::string id;
  LangText title;
  int area = -1;           // index into Instrument::areas
  std::vector<int> items;  // indices into Instrument::items
};

struct Area {
  std::string id;
  LangText title;
  std::vector<int> factors;  // indices into Instrument::factors
};

struct GradeRange {
  int first = 1;
  int last = 10;
};

struct Instrument {
  std::string id;
  LangText title;
  Respondent respondent = Respondent::kPupil;
  Level unit_level = Level::kClass;
  std::optional<GradeRange> grades;
  Scale scale;
  std::vector<Background> background;
  std::vector<Area> areas;
  std::vector<Factor> factors;
  std::vector<Item> items;

  bool HasBackground(Background b) const;
  int ScoreCount() const { return static_cast<int>(factors.size() + areas.size()); }
  // Score index of area a (see the layout above).
  int AreaScore(int area) const { return static_cast<int>(factors.size()) + area; }
  bool IsAreaScore(int score) const { return score >= static_cast<int>(factors.size()); }
  // Index of the item with this id, or -1.
  int ItemIndex(std::string_view item_id) const;
};

// How many of the instrument's texts (its title, area and factor titles,
// item texts and the scale labels as one) have no text in `lang`; they are
// shown in bokmål instead.
int CountMissingTexts(const Instrument& instrument, const std::string& lang);

}  // namespace kfl
