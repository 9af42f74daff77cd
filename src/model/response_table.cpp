#include "model/response_table.h"

namespace kfl {

void ResponseTable::AddRow(int32_t unit_index, Gender g, int8_t grade_value,
                           const int8_t* items) {
  unit.push_back(unit_index);
  gender.push_back(g);
  grade.push_back(grade_value);
  values.insert(values.end(), items, items + item_count);
}

}  // namespace kfl
