// libFuzzer target: units.csv (io/units_reader.h) on any bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "io/memory_file_system.h"
#include "io/units_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  kfl::MemoryFileSystem fs;
  fs.AddFile("units.csv", std::string(reinterpret_cast<const char*>(data), size));
  kfl::UnitTree units;
  kfl::Diagnostics diags;
  kfl::ReadUnits(fs, "units.csv", &units, &diags);
  return 0;
}
