// libFuzzer target: the CSV tokenizer and the responses reader on any bytes.
// The input is read twice: by CsvReader alone, in chunks of 1 to 16 bytes
// (so that every buffer boundary is crossed), and as
// responses/2016/i.csv of a small valid data directory, checked against its
// instrument, unit tree and project.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "io/csv_reader.h"
#include "io/data_set_reader.h"
#include "io/memory_file_system.h"
#include "io/responses_reader.h"

namespace {

constexpr const char* kProject = R"({
  "title": {"nb": "T"}, "waves": [{"id": "2016", "label": "2016"}],
  "reference_wave": "2016", "missing_codes": [9],
  "privacy": {"min_n_public": 10, "min_n_restricted": 5, "min_cell": 3}})";
constexpr const char* kInstrument = R"({
  "id": "i", "title": {"nb": "I"}, "respondent": "pupil", "unit_level": "class",
  "grades": [5, 10], "scale": {"min": 1, "max": 5, "labels": {"nb": ["1", "2", "3", "4", "5"]}},
  "background": ["gender", "grade"],
  "areas": [{"id": "a", "title": {"nb": "A"}, "factors": [{"id": "f", "title": {"nb": "A"},
    "items": [{"id": "q1", "text": {"nb": "Q1"}}, {"id": "q2", "text": {"nb": "Q2"}, "reverse": true}]}]}]})";
constexpr const char* kUnits =
    "id,parent,level,name,grade,enrolled\n"
    "c,,county,C,,\nm,c,municipality,M,,\ns,m,school,S,,\nk,s,class,8A,8,20\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  {
    kfl::MemoryFileSystem fs;
    fs.AddFile("x.csv", input);
    auto file = fs.Open("x.csv");
    kfl::Diagnostics diags;
    kfl::CsvReader csv(file.get(), "x.csv", &diags, 1 + size % 16);
    if (csv.ReadHeader()) {
      for (size_t i = 0; i < csv.header_size(); ++i) (void)csv.header(i);
      while (csv.Next())
        for (size_t i = 0; i < csv.size(); ++i) (void)csv[i];
    }
  }
  // The data set is read once; each input becomes its only response file.
  static const kfl::DataSet data_set = [] {
    kfl::MemoryFileSystem fs;
    fs.AddFile("d/project.json", kProject);
    fs.AddFile("d/instruments/i.json", kInstrument);
    fs.AddFile("d/units.csv", kUnits);
    fs.AddFile("d/responses/2016/i.csv", "");
    kfl::DataSet data;
    kfl::Diagnostics diags;
    if (!kfl::ReadDataSet(fs, "d", &data, &diags) || diags.has_errors() ||
        data.responses.size() != 1) {
      for (const kfl::Diagnostic& d : diags.all())
        std::fprintf(stderr, "%s:%d:%d: %s\n", d.where.file.c_str(), d.where.line, d.where.column,
                     d.key.c_str());
      __builtin_trap();
    }
    return data;
  }();
  kfl::MemoryFileSystem fs;
  fs.AddFile(data_set.responses[0].path, input);
  kfl::Diagnostics diags;
  kfl::ReadResponses(fs, data_set, data_set.responses[0], &diags);
  return 0;
}
