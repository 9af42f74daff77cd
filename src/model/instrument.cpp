#include "model/instrument.h"

#include <algorithm>
#include <array>
#include <utility>

namespace kfl {
namespace {

constexpr std::array<std::pair<Respondent, std::string_view>, 6> kRespondents = {{
    {Respondent::kPupil, "pupil"},
    {Respondent::kTeacherOnPupil, "teacher_on_pupil"},
    {Respondent::kTeacher, "teacher"},
    {Respondent::kParent, "parent"},
    {Respondent::kLeader, "leader"},
    {Respondent::kKindergartenTeacher, "kindergarten_teacher"},
}};

constexpr std::array<std::pair<Background, std::string_view>, 2> kBackgrounds = {{
    {Background::kGender, "gender"},
    {Background::kGrade, "grade"},
}};

template <typename E, size_t N>
std::string_view NameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [e, name] : table)
    if (e == value) return name;
  return {};
}

template <typename E, size_t N>
std::optional<E> Parse(const std::array<std::pair<E, std::string_view>, N>& table,
                       std::string_view name) {
  for (const auto& [e, n] : table)
    if (n == name) return e;
  return std::nullopt;
}

}  // namespace

std::string_view RespondentName(Respondent r) { return NameOf(kRespondents, r); }
std::optional<Respondent> ParseRespondent(std::string_view n) { return Parse(kRespondents, n); }
std::string_view BackgroundName(Background b) { return NameOf(kBackgrounds, b); }
std::optional<Background> ParseBackground(std::string_view n) { return Parse(kBackgrounds, n); }

bool Instrument::HasBackground(Background b) const {
  return std::find(background.begin(), background.end(), b) != background.end();
}

int Instrument::ItemIndex(std::string_view item_id) const {
  for (size_t i = 0; i < items.size(); ++i)
    if (items[i].id == item_id) return static_cast<int>(i);
  return -1;
}

int CountMissingTexts(const Instrument& instrument, const std::string& lang) {
  auto missing = [&lang](const LangText& text) { return text.count(lang) ? 0 : 1; };
  const auto& labels = instrument.scale.labels;
  int count = missing(instrument.title) + (!labels.empty() && !labels.count(lang) ? 1 : 0);
  for (const Area& a : instrument.areas) count += missing(a.title);
  for (const Factor& f : instrument.factors) count += missing(f.title);
  for (const Item& i : instrument.items) count += missing(i.text);
  return count;
}

std::string Scale::Label(int value, const std::string& lang) const {
  auto found = labels.find(lang);
  if (found == labels.end()) found = labels.find("nb");
  const int k = value - min;
  if (found == labels.end() || k < 0 || k >= static_cast<int>(found->second.size())) {
    return std::to_string(value);
  }
  return found->second[k];
}

}  // namespace kfl
