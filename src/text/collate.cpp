#include "text/collate.h"

#include <unicode/coll.h>
#include <unicode/locid.h>

#include <memory>

namespace kfl {

struct Collator::Impl {
  std::unique_ptr<icu::Collator> collator;
};

Collator::Collator(const std::string& lang) : impl_(std::make_unique<Impl>()) {
  std::unique_ptr<icu::Collator>& collator_ = impl_->collator;
  UErrorCode status = U_ZERO_ERROR;
  collator_.reset(icu::Collator::createInstance(icu::Locale(lang.c_str()), status));
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    collator_.reset(icu::Collator::createInstance(icu::Locale::getRoot(), status));
  }
  // Numbers by value: class 2A before 10A.
  if (collator_) {
    status = U_ZERO_ERROR;
    collator_->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, status);
  }
}

Collator::~Collator() = default;


bool Collator::Less(std::string_view a, std::string_view b) const {
  const std::unique_ptr<icu::Collator>& collator_ = impl_->collator;
  if (collator_) {
    UErrorCode status = U_ZERO_ERROR;
    UCollationResult r = collator_->compareUTF8(
        icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
        icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
    if (U_SUCCESS(status) && r != UCOL_EQUAL) return r == UCOL_LESS;
  }
  return a < b;
}

}  // namespace kfl
