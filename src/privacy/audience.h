// Audience: who reads an output, and so which units it may show and the
// fewest respondents behind any figure in it (data contract, project.json
// `privacy` and `public_levels`).
//
// Two audiences exist. The public one (everything under OUT/site) sees only
// the project's public_levels with min_n_public; the restricted one
// (everything under OUT/restricted) sees every level with min_n_restricted.
// Each audience's outputs are made safe on their own: a reader of the
// restricted outputs also sees the public ones, and since the public
// thresholds are never lower (project_reader checks min_n_public >=
// min_n_restricted) and the public audience sees fewer levels, see
// privacy/disclosure.h for what that does and does not imply.
#pragma once

#include <vector>

#include "model/level.h"
#include "model/project.h"

namespace kfl {

enum class AudienceKind { kPublic, kRestricted };

// Defined here once and passed down as a value: the report, the outline,
// the site, the PDFs and the data files all take their rules from it.
struct Audience {
  AudienceKind kind = AudienceKind::kPublic;
  std::vector<Level> levels;  // the levels whose units this audience sees
  int min_n = 10;             // fewest respondents behind a mean, SD, T, CI or d
  int min_cell = 3;           // fewest responses behind a category count or percentage

  bool Shows(Level level) const;
  // The restricted audience: class pages, "not for publication" notices.
  bool restricted() const { return kind == AudienceKind::kRestricted; }
};

Audience PublicAudience(const Project& project);
Audience RestrictedAudience(const Project& project);
Audience MakeAudience(const Project& project, AudienceKind kind);

}  // namespace kfl
