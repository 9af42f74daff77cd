#include "model/project.h"

#include <algorithm>

namespace kfl {

const std::string& PickLang(const LangText& text, const std::string& lang) {
  static const std::string kEmpty;
  for (const std::string& l : {lang, std::string("nb")}) {
    auto it = text.find(l);
    if (it != text.end() && !it->second.empty()) return it->second;
  }
  return text.empty() ? kEmpty : text.begin()->second;
}

int Project::WaveIndex(std::string_view id) const {
  for (size_t i = 0; i < waves.size(); ++i)
    if (waves[i].id == id) return static_cast<int>(i);
  return -1;
}

bool Project::IsPublic(Level level) const {
  return std::find(public_levels.begin(), public_levels.end(), level) != public_levels.end();
}

int Project::IndicatorIndex(std::string_view id) const {
  for (size_t i = 0; i < indicators.size(); ++i) {
    if (indicators[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

int Project::ComparisonIndex(std::string_view id) const {
  for (size_t i = 0; i < comparisons.size(); ++i) {
    if (comparisons[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace kfl
