#include "spss_test_util.h"

#include <readstat.h>

#include <memory>

namespace kfl::testing_io {
namespace {

ssize_t Append(const void* bytes, size_t n, void* ctx) {
  static_cast<std::string*>(ctx)->append(static_cast<const char*>(bytes), n);
  return static_cast<ssize_t>(n);
}

}  // namespace

std::string WriteSav(const std::vector<SpssColumn>& columns,
                     const std::vector<std::vector<SpssCell>>& rows) {
  std::unique_ptr<readstat_writer_t, void (*)(readstat_writer_t*)> writer(readstat_writer_init(),
                                                                         readstat_writer_free);
  readstat_set_data_writer(writer.get(), Append);
  std::vector<readstat_variable_t*> variables;
  for (const SpssColumn& column : columns) {
    readstat_label_set_t* labels = nullptr;
    if (!column.labels.empty()) {
      labels = readstat_add_label_set(writer.get(), READSTAT_TYPE_DOUBLE, ("l_" + column.name).c_str());
      for (const auto& [value, label] : column.labels)
        readstat_label_double_value(labels, value, label.c_str());
    }
    readstat_variable_t* v = readstat_add_variable(
        writer.get(), column.name.c_str(),
        column.is_string ? READSTAT_TYPE_STRING : READSTAT_TYPE_DOUBLE, column.is_string ? 40 : 0);
    if (labels) readstat_variable_set_label_set(v, labels);
    for (double code : column.missing) readstat_variable_add_missing_double_value(v, code);
    variables.push_back(v);
  }
  std::string bytes;
  readstat_begin_writing_sav(writer.get(), &bytes, static_cast<long>(rows.size()));
  for (const auto& row : rows) {
    readstat_begin_row(writer.get());
    for (size_t i = 0; i < columns.size(); ++i) {
      const SpssCell& cell = row[i];
      if (columns[i].is_string) {
        readstat_insert_string_value(writer.get(), variables[i], cell.text.c_str());
      } else if (cell.number) {
        readstat_insert_double_value(writer.get(), variables[i], *cell.number);
      } else {
        readstat_insert_missing_value(writer.get(), variables[i]);
      }
    }
    readstat_end_row(writer.get());
  }
  readstat_end_writing(writer.get());
  return bytes;
}

}  // namespace kfl::testing_io
