#include "privacy/reason.h"

namespace kfl {

std::string SuppressedMark(const Catalog& catalog) { return catalog.Format("privacy.dash"); }

std::string DisclosureReason(Disclosure disclosure, const Audience& audience,
                             const Catalog& catalog) {
  switch (disclosure) {
    case Disclosure::kTooFew:
      return catalog.Format("privacy.reason.too_few", {{"n", std::to_string(audience.min_n)}});
    case Disclosure::kComplementary:
      return catalog.Format("privacy.reason.complementary");
    case Disclosure::kPublished:
    case Disclosure::kNotShown:
      break;
  }
  return "";
}

std::string CategoryReason(CategoryDisclosure disclosure, const Audience& audience,
                           const Catalog& catalog) {
  switch (disclosure) {
    case CategoryDisclosure::kTooFew:
      return catalog.Format("privacy.reason.category_too_few",
                            {{"n", std::to_string(audience.min_cell)}});
    case CategoryDisclosure::kComplementary:
      return catalog.Format("privacy.reason.category_complementary");
    case CategoryDisclosure::kSensitive:
      return catalog.Format("privacy.reason.sensitive", {{"n", std::to_string(audience.min_cell)}});
    case CategoryDisclosure::kComplementaryUnit:
      return catalog.Format("privacy.reason.complementary");
    case CategoryDisclosure::kTooFewAnswers:
      return catalog.Format("privacy.reason.too_few", {{"n", std::to_string(audience.min_n)}});
    case CategoryDisclosure::kShown:
    case CategoryDisclosure::kNotShown:
      break;
  }
  return "";
}

}  // namespace kfl
