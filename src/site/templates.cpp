#include "site/templates.h"

namespace kfl {

std::string Templates::Render(const std::string& name, const mstch::map& context) const {
  auto it = texts_.find(name);
  return it == texts_.end() ? std::string() : mstch::render(it->second, context, texts_);
}

}  // namespace kfl
