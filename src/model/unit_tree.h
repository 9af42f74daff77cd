// UnitTree: the hierarchy of units.csv (county > municipality > school >
// class, county > municipality > kindergarten > group).
//
// Units are stored in a vector and refer to each other by index. A tree built
// by io/units_reader is valid: exactly one county at index `county()`, every
// other unit's parent at the level above. Children are listed in file order.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/level.h"

namespace kfl {

struct Unit {
  std::string id;
  std::string name;  // untrusted free text: escape wherever it is output
  Level level = Level::kCounty;
  int parent = -1;    // index, -1 for the county
  int grade = 0;      // classes: grade 1-10; 0 when not given
  int enrolled = -1;  // pupils who could answer; -1 when not given
  std::vector<int> children;
};

class UnitTree {
 public:
  // Appends a unit; `parent` and `children` are set later by Link().
  int Add(Unit unit);
  // Resolves parent ids to indices and fills `children`. `parent_ids[i]` is
  // the parent id of unit i ("" for none). REQUIRES: ids are unique and every
  // non-empty parent id exists.
  void Link(const std::vector<std::string>& parent_ids);

  int size() const { return static_cast<int>(units_.size()); }
  const Unit& operator[](int i) const { return units_[i]; }
  const std::vector<Unit>& units() const { return units_; }
  // Index of the unit with this id, or -1.
  int Find(std::string_view id) const;
  // Index of the county, or -1 in an empty tree.
  int county() const { return county_; }
  // True when `ancestor` is `unit` or above it.
  bool Contains(int ancestor, int unit) const;

 private:
  std::vector<Unit> units_;
  std::unordered_map<std::string, int> index_;
  int county_ = -1;
};

}  // namespace kfl
