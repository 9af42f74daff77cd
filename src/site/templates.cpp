#include "site/templates.h"

namespace kfl {

std::string Templates::Render(const std::string& name, const mstch::map& context) const {
  auto it = texts_.find(name);
  // No partials: mstch parses every partial it is given on every call, which
  // made rendering ten times slower. Pages nest rendered parts instead.
  return it == texts_.end() ? std::string() : mstch::render(it->second, context);
}

}  // namespace kfl
