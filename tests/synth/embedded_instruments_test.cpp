#include "synth/embedded_instruments.h"

#include <gtest/gtest.h>

#include "synth_test_util.h"

namespace kfl::synth {
namespace {

TEST(EmbeddedInstrumentsTest, AreTheRepositoryFilesByteForByte) {
  const std::vector<std::string> order = {"elev_1_4", "elev_5_10",       "kontaktlaerer",
                                          "laerer",   "foreldre",        "skoleleder",
                                          "barnehagelaerer", "foreldre_barnehage"};
  const auto& files = EmbeddedInstruments();
  ASSERT_EQ(files.size(), order.size());
  for (size_t i = 0; i < files.size(); ++i) {
    EXPECT_EQ(files[i].id, order[i]);
    const auto path = std::filesystem::path(KFL_SOURCE_DIR) / "src" / "synth" / "instruments" /
                      (order[i] + ".json");
    EXPECT_EQ(files[i].content, synth_test::ReadFile(path))
        << order[i] << ": the build's copy is stale (re-run cmake)";
  }
}

}  // namespace
}  // namespace kfl::synth
