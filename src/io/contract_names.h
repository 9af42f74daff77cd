// The spellings the data contract allows for enumerated values, in the
// contract's order: for checking values and for suggesting a correction.
#pragma once

#include <string>
#include <vector>

namespace kfl {

// Language codes: nb, nn, en.
const std::vector<std::string>& LanguageNames();
// Unit levels: county, municipality, school, class, kindergarten, group.
const std::vector<std::string>& LevelNames();
// Instrument respondents: pupil, teacher_on_pupil, teacher, parent, leader,
// kindergarten_teacher.
const std::vector<std::string>& RespondentNames();
// Background columns: gender, grade.
const std::vector<std::string>& BackgroundNames();

// True when `names` holds `name`.
bool IsOneOf(const std::string& name, const std::vector<std::string>& names);

}  // namespace kfl
