#include "model/level.h"

#include <array>

namespace kfl {
namespace {

struct LevelInfo {
  Level level;
  std::string_view name;
  std::optional<Level> parent;
  int depth;
};

constexpr std::array<LevelInfo, 6> kLevels = {{
    {Level::kCounty, "county", std::nullopt, 0},
    {Level::kMunicipality, "municipality", Level::kCounty, 1},
    {Level::kSchool, "school", Level::kMunicipality, 2},
    {Level::kClass, "class", Level::kSchool, 3},
    {Level::kKindergarten, "kindergarten", Level::kMunicipality, 2},
    {Level::kGroup, "group", Level::kKindergarten, 3},
}};

const LevelInfo& Info(Level level) { return kLevels[static_cast<int>(level)]; }

}  // namespace

std::string_view LevelName(Level level) { return Info(level).name; }

std::optional<Level> ParseLevel(std::string_view name) {
  for (const LevelInfo& info : kLevels)
    if (info.name == name) return info.level;
  return std::nullopt;
}

std::optional<Level> ParentLevel(Level level) { return Info(level).parent; }

int LevelDepth(Level level) { return Info(level).depth; }

bool IsKindergartenLevel(Level level) {
  return level == Level::kKindergarten || level == Level::kGroup;
}

}  // namespace kfl
