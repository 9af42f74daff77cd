// The words a reader sees instead of a suppressed figure (issue 3, item 6):
// every suppressed figure is shown as a dash with its reason, never as 0 and
// never silently left out. The texts come from the catalog (keys
// privacy.reason.*) of the report's language.
//
//   DisclosureReason(Disclosure::kTooFew, audience, nb)  -> "færre enn 10 svar"
#pragma once

#include <string>

#include "privacy/audience.h"
#include "privacy/category.h"
#include "privacy/disclosure.h"
#include "text/catalog.h"

namespace kfl {

// What stands in place of a hidden figure: "–" (catalog key privacy.dash).
std::string SuppressedMark(const Catalog& catalog);

// The reason for a hidden aggregate; "" for kPublished (and for kNotShown,
// which has no place on the page at all).
std::string DisclosureReason(Disclosure disclosure, const Audience& audience,
                             const Catalog& catalog);

// The reason for a hidden response category; "" for kShown and kNotShown.
std::string CategoryReason(CategoryDisclosure disclosure, const Audience& audience,
                           const Catalog& catalog);

}  // namespace kfl
