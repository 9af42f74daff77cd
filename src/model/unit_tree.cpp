#include "model/unit_tree.h"

namespace kfl {

int UnitTree::Add(Unit unit) {
  int i = size();
  index_.emplace(unit.id, i);
  if (unit.level == Level::kCounty && county_ < 0) county_ = i;
  units_.push_back(std::move(unit));
  return i;
}

void UnitTree::Link(const std::vector<std::string>& parent_ids) {
  for (Unit& u : units_) u.children.clear();
  for (int i = 0; i < size(); ++i) {
    units_[i].parent = parent_ids[i].empty() ? -1 : Find(parent_ids[i]);
    if (units_[i].parent >= 0) units_[units_[i].parent].children.push_back(i);
  }
}

int UnitTree::Find(std::string_view id) const {
  auto it = index_.find(std::string(id));
  return it == index_.end() ? -1 : it->second;
}

bool UnitTree::Contains(int ancestor, int unit) const {
  for (int u = unit, steps = 0; u >= 0 && steps <= size(); u = units_[u].parent, ++steps)
    if (u == ancestor) return true;
  return false;
}

}  // namespace kfl
