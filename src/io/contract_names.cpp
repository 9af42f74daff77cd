#include "io/contract_names.h"

#include <algorithm>
#include <string_view>

#include "model/instrument.h"
#include "model/level.h"

namespace kfl {

const std::vector<std::string>& LanguageNames() {
  static const std::vector<std::string> names{"nb", "nn", "en"};
  return names;
}

const std::vector<std::string>& LevelNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (Level level : {Level::kCounty, Level::kMunicipality, Level::kSchool, Level::kClass,
                        Level::kKindergarten, Level::kGroup}) {
      out.emplace_back(LevelName(level));
    }
    return out;
  }();
  return names;
}

const std::vector<std::string>& RespondentNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (Respondent r :
         {Respondent::kPupil, Respondent::kTeacherOnPupil, Respondent::kTeacher,
          Respondent::kParent, Respondent::kLeader, Respondent::kKindergartenTeacher}) {
      out.emplace_back(RespondentName(r));
    }
    return out;
  }();
  return names;
}

const std::vector<std::string>& BackgroundNames() {
  static const std::vector<std::string> names{std::string(BackgroundName(Background::kGender)),
                                              std::string(BackgroundName(Background::kGrade))};
  return names;
}

bool IsOneOf(const std::string& name, const std::vector<std::string>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace kfl
