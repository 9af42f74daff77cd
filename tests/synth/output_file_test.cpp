#include "synth/output_file.h"

#include <gtest/gtest.h>

#include "synth_test_util.h"

namespace kfl::synth {
namespace {

using synth_test::ReadFile;
using synth_test::TempDir;

TEST(OutputFileTest, FormatsIntegersDecimalsAndCsvFields) {
  TempDir dir("output-file");
  std::filesystem::create_directories(dir.path());
  const std::string path = (dir.path() / "out.csv").string();
  Diagnostics diags;
  OutputFile out;
  ASSERT_TRUE(out.Open(path, &diags)) << diags.error_count();
  out.PutUInt(0);
  out.Put(',');
  out.PutUInt(42, 7);
  out.Put(',');
  out.PutUInt(18446744073709551615ULL);
  out.Put(',');
  out.PutFixed(402, 1);
  out.Put(',');
  out.PutFixed(38, 2);
  out.Put(',');
  out.PutFixed(-5, 1);
  out.Put(',');
  out.PutCsvField("Hamar");
  out.Put(',');
  out.PutCsvField("Skole <Øst> & \"Vest\", avd. 2");
  out.Put('\n');
  ASSERT_TRUE(out.Close(&diags)) << diags.error_count();
  EXPECT_EQ(ReadFile(path),
            "0,0000042,18446744073709551615,40.2,0.38,-0.5,Hamar,\"Skole <Øst> & \"\"Vest\"\", avd. 2\"\n");
}

TEST(OutputFileTest, LargeOutputIsWrittenCompletely) {
  TempDir dir("output-large");
  std::filesystem::create_directories(dir.path());
  const std::string path = (dir.path() / "big.txt").string();
  Diagnostics diags;
  OutputFile out;
  ASSERT_TRUE(out.Open(path, &diags)) << diags.error_count();
  for (int i = 0; i < 500000; ++i) {
    out.PutUInt(i % 10);
    out.Put("\n");
  }
  ASSERT_TRUE(out.Close(&diags)) << diags.error_count();
  EXPECT_EQ(std::filesystem::file_size(path), 1000000u);
}

TEST(OutputFileTest, OpenFailureNamesThePath) {
  Diagnostics diags;
  OutputFile out;
  EXPECT_FALSE(out.Open("/nonexistent-kfl-dir/x.csv", &diags));
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].where.file, "/nonexistent-kfl-dir/x.csv");
  EXPECT_EQ(diags.all()[0].key, "synth.error.create_file");
}

}  // namespace
}  // namespace kfl::synth
