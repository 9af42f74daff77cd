#include "pdf/layout_cache.h"

namespace kfl {

void LayoutCache::Bind(const PangoContext* context) {
  if (context == context_) return;
  // A layout holds a reference on its context, so while there are entries
  // `context_` is alive and a different address is a different context.
  entries_.clear();
  context_ = context;
}

const pdf::Laid* LayoutCache::Find(const std::string& key) const {
  auto found = entries_.find(key);
  return found == entries_.end() ? nullptr : &found->second;
}

const pdf::Laid& LayoutCache::Insert(const std::string& key, pdf::Laid laid) {
  if (entries_.size() >= kMaxEntries) entries_.clear();
  return entries_.emplace(key, std::move(laid)).first->second;
}

}  // namespace kfl
