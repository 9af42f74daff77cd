// libFuzzer target: the JSON parser with positions (io/json_reader.h) and the
// checks of an instrument and of project.json on any bytes.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "io/instrument_reader.h"
#include "io/json_reader.h"
#include "io/project_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  kfl::Diagnostics diags;
  std::optional<kfl::JsonDocument> doc = kfl::ParseJson("x.json", text, &diags);
  if (!doc) return 0;
  kfl::Instrument instrument;
  kfl::ReadInstrument(*doc, "elev_5_10", &instrument, &diags);
  kfl::Project project;
  kfl::ReadProject(*doc, &project, &diags);
  return 0;
}
