// Shared fixtures of the mail tests: a small unit tree and its catalogs.
#pragma once

#include <map>
#include <string>

#include "mail/mail_plan.h"
#include "model/unit_tree.h"
#include "text/catalog.h"

namespace kfl::testing_mail {

// hedmark > Åsnes > Åsnes skole > 8A, 8B; Hamar > Ajer ungdomsskole > 9A.
inline UnitTree SmallTree() {
  UnitTree units;
  units.Add({"hedmark", "Hedmark", Level::kCounty});
  units.Add({"k-asnes", "Åsnes", Level::kMunicipality});
  units.Add({"s-asnes", "Åsnes skole", Level::kSchool});
  units.Add({"c-8a", "8A", Level::kClass});
  units.Add({"c-8b", "8B", Level::kClass});
  units.Add({"k-hamar", "Hamar", Level::kMunicipality});
  units.Add({"s-ajer", "Ajer ungdomsskole", Level::kSchool});
  units.Add({"c-9a", "9A", Level::kClass});
  units.Link({"", "hedmark", "k-asnes", "s-asnes", "s-asnes", "hedmark", "k-hamar", "s-ajer"});
  return units;
}

inline Catalog NbCatalog() {
  std::string error;
  return *Catalog::Load(std::string(KFL_SOURCE_DIR) + "/templates/i18n/nb.json", &error);
}

}  // namespace kfl::testing_mail
