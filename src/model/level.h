// Levels of the unit hierarchy: county > municipality > school > class and
// county > municipality > kindergarten > group (data contract, units.csv).
#pragma once

#include <optional>
#include <string_view>

namespace kfl {

enum class Level { kCounty, kMunicipality, kSchool, kClass, kKindergarten, kGroup };

// The contract's spelling ("county", "municipality", ...).
std::string_view LevelName(Level level);

// Parses a contract spelling; nullopt for anything else.
std::optional<Level> ParseLevel(std::string_view name);

// The level a unit of `level` must have as its parent; nullopt for the county.
std::optional<Level> ParentLevel(Level level);

// Depth in the hierarchy: county 0, municipality 1, school/kindergarten 2,
// class/group 3. Sorting by depth lists higher levels first.
int LevelDepth(Level level);

// True for the kindergarten branch (kindergarten, group); false for the
// county, municipalities and the school branch. An instrument belongs to the
// branch of its unit_level: its results exist only there and above.
bool IsKindergartenLevel(Level level);

}  // namespace kfl
