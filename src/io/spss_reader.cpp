#include "io/spss_reader.h"

#include <readstat.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <vector>

#include "io/utf8.h"

namespace kfl {
namespace {

// readstat reads through these handlers from the bytes in memory.
struct Input {
  std::string_view bytes;
  size_t pos = 0;
};

int Open(const char*, void*) { return 0; }
int Close(void*) { return 0; }
readstat_off_t Seek(readstat_off_t offset, readstat_io_flags_t whence, void* ctx) {
  auto* in = static_cast<Input*>(ctx);
  readstat_off_t base = whence == READSTAT_SEEK_SET   ? 0
                        : whence == READSTAT_SEEK_CUR ? static_cast<readstat_off_t>(in->pos)
                                                      : static_cast<readstat_off_t>(in->bytes.size());
  readstat_off_t to = base + offset;
  if (to < 0 || to > static_cast<readstat_off_t>(in->bytes.size())) return -1;
  in->pos = static_cast<size_t>(to);
  return to;
}
ssize_t Read(void* buffer, size_t n, void* ctx) {
  auto* in = static_cast<Input*>(ctx);
  n = std::min(n, in->bytes.size() - in->pos);
  std::memcpy(buffer, in->bytes.data() + in->pos, n);
  in->pos += n;
  return static_cast<ssize_t>(n);
}
readstat_error_t Update(long, readstat_progress_handler, void*, void*) { return READSTAT_OK; }

struct Variable {
  std::string name;
  std::string labels;  // name of its value-label set, "" for none
};

struct Conversion {
  std::vector<Variable> variables;
  // label set -> value -> label
  std::map<std::string, std::map<double, std::string>> labels;
  std::string csv;
  int row = -1;     // the case being written
  int column = 0;   // fields written in it
  std::string error;
};

void AppendField(Conversion* c, std::string_view text) {
  const bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) {
    c->csv.append(text);
    return;
  }
  c->csv += '"';
  for (char ch : text) {
    if (ch == '"') c->csv += '"';
    c->csv += ch;
  }
  c->csv += '"';
}

std::string NumberText(double x) {
  char text[32];
  if (std::isfinite(x) && x == std::floor(x) && std::fabs(x) < 1e15) {
    std::snprintf(text, sizeof text, "%.0f", x);
  } else {
    std::snprintf(text, sizeof text, "%.15g", x);
  }
  return text;
}

int OnVariable(int index, readstat_variable_t* variable, const char* labels, void* ctx) {
  auto* c = static_cast<Conversion*>(ctx);
  c->variables.resize(static_cast<size_t>(index) + 1);
  c->variables[index] = {readstat_variable_get_name(variable), labels ? labels : ""};
  return READSTAT_HANDLER_OK;
}

int OnValueLabel(const char* set, readstat_value_t value, const char* label, void* ctx) {
  auto* c = static_cast<Conversion*>(ctx);
  if (readstat_value_type_class(value) == READSTAT_TYPE_CLASS_NUMERIC &&
      !readstat_value_is_tagged_missing(value))
    c->labels[set][readstat_double_value(value)] = label ? label : "";
  return READSTAT_HANDLER_OK;
}

void EndRow(Conversion* c) {
  for (; c->column < static_cast<int>(c->variables.size()); ++c->column)
    if (c->column > 0) c->csv += ',';
  c->csv += '\n';
}

int OnValue(int row, readstat_variable_t* variable, readstat_value_t value, void* ctx) {
  auto* c = static_cast<Conversion*>(ctx);
  if (c->row < 0) {
    for (size_t i = 0; i < c->variables.size(); ++i) {
      if (i > 0) c->csv += ',';
      AppendField(c, c->variables[i].name);
    }
    c->csv += '\n';
    c->row = 0;
  }
  while (c->row < row) {
    EndRow(c);
    ++c->row;
    c->column = 0;
  }
  const int index = readstat_variable_get_index(variable);
  // Fields of variables that gave no value (skipped) stay empty.
  for (; c->column < index; ++c->column)
    if (c->column > 0) c->csv += ',';
  if (c->column > 0) c->csv += ',';
  ++c->column;
  if (readstat_value_is_missing(value, variable)) return READSTAT_HANDLER_OK;
  if (readstat_value_type_class(value) == READSTAT_TYPE_CLASS_STRING) {
    const char* text = readstat_string_value(value);
    AppendField(c, text ? text : "");
    return READSTAT_HANDLER_OK;
  }
  const double x = readstat_double_value(value);
  if (index >= static_cast<int>(c->variables.size())) return READSTAT_HANDLER_ABORT;
  const Variable& v = c->variables[index];
  if (v.name == "gender" && !v.labels.empty()) {
    const auto set = c->labels.find(v.labels);
    if (set != c->labels.end()) {
      const auto label = set->second.find(x);
      if (label != set->second.end()) {
        AppendField(c, label->second);
        return READSTAT_HANDLER_OK;
      }
    }
  }
  AppendField(c, NumberText(x));
  return READSTAT_HANDLER_OK;
}

void OnError(const char* message, void* ctx) {
  auto* c = static_cast<Conversion*>(ctx);
  if (c->error.empty() && message) c->error = message;
}

}  // namespace

bool SpssToCsv(std::string_view bytes, std::string* csv, std::string* error) {
  std::unique_ptr<readstat_parser_t, void (*)(readstat_parser_t*)> parser(readstat_parser_init(),
                                                                         readstat_parser_free);
  Input input{bytes};
  Conversion c;
  readstat_set_open_handler(parser.get(), Open);
  readstat_set_close_handler(parser.get(), Close);
  readstat_set_seek_handler(parser.get(), Seek);
  readstat_set_read_handler(parser.get(), Read);
  readstat_set_update_handler(parser.get(), Update);
  readstat_set_io_ctx(parser.get(), &input);
  readstat_set_variable_handler(parser.get(), OnVariable);
  readstat_set_value_label_handler(parser.get(), OnValueLabel);
  readstat_set_value_handler(parser.get(), OnValue);
  readstat_set_error_handler(parser.get(), OnError);
  readstat_set_handler_character_encoding(parser.get(), "UTF-8");
  const readstat_error_t status = readstat_parse_sav(parser.get(), "", &c);
  if (status != READSTAT_OK) {
    *error = c.error.empty() ? readstat_error_message(status) : c.error;
    return false;
  }
  if (c.row < 0) {
    // No cases: the header alone.
    for (size_t i = 0; i < c.variables.size(); ++i) {
      if (i > 0) c.csv += ',';
      AppendField(&c, c.variables[i].name);
    }
    c.csv += '\n';
  } else {
    EndRow(&c);
  }
  *csv = std::move(c.csv);
  return true;
}

int SpssVariableAt(std::string_view csv, int line, int column) {
  size_t start = 0;
  for (int l = 1; l < line && start != std::string_view::npos; ++l) {
    start = csv.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos) return column;
  // Count the separators outside quotes before the column'th character.
  int field = 1, chars = 1;
  bool quoted = false;
  for (size_t i = start; i < csv.size() && chars < column;) {
    const auto* p = reinterpret_cast<const unsigned char*>(csv.data() + i);
    const char ch = csv[i];
    if (ch == '"') quoted = !quoted;
    if (ch == ',' && !quoted) ++field;
    if (ch == '\n' && !quoted) break;
    const int length = Utf8SequenceLength(p, csv.size() - i);
    i += length > 0 ? static_cast<size_t>(length) : 1;
    ++chars;
  }
  return field;
}

}  // namespace kfl
