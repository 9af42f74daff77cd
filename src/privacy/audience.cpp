#include "privacy/audience.h"

#include <algorithm>

namespace kfl {

bool Audience::Shows(Level level) const {
  return std::find(levels.begin(), levels.end(), level) != levels.end();
}

Audience PublicAudience(const Project& project) {
  return {.kind = AudienceKind::kPublic,
          .levels = project.public_levels,
          .min_n = project.privacy.min_n_public,
          .min_cell = project.privacy.min_cell};
}

Audience RestrictedAudience(const Project& project) {
  return {.kind = AudienceKind::kRestricted,
          .levels = {Level::kCounty, Level::kMunicipality, Level::kSchool, Level::kClass,
                     Level::kKindergarten, Level::kGroup},
          .min_n = project.privacy.min_n_restricted,
          .min_cell = project.privacy.min_cell};
}

Audience MakeAudience(const Project& project, AudienceKind kind) {
  return kind == AudienceKind::kPublic ? PublicAudience(project) : RestrictedAudience(project);
}

}  // namespace kfl
