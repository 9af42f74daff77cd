#include "seal/unit_keys.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace kfl {
namespace {
namespace fs = std::filesystem;

fs::path Fresh(const char* name) {
  const fs::path dir = fs::temp_directory_path() / (std::string("kfl_keys_") + name + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir / "keys";
}

TEST(UnitKeysTest, WrittenPrivateAndReadBack) {
  const fs::path file = Fresh("roundtrip");
  KeyRing keys{{"hedmark", NewUnitKey()}, {"c-hamar-01-8a", NewUnitKey()}};
  Diagnostics diags;
  ASSERT_TRUE(WriteKeyFile(file, keys, &diags));
  struct stat st;
  ASSERT_EQ(stat(file.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  KeyRing read;
  ASSERT_TRUE(ReadKeyFile(file, &read, &diags));
  EXPECT_EQ(read, keys);
  EXPECT_FALSE(fs::exists(file.string() + ".new"));
}

TEST(UnitKeysTest, AFileOthersCanReadIsRefused) {
  const fs::path file = Fresh("readable");
  Diagnostics diags;
  ASSERT_TRUE(WriteKeyFile(file, {{"hedmark", NewUnitKey()}}, &diags));
  chmod(file.c_str(), 0644);
  KeyRing keys;
  EXPECT_FALSE(ReadKeyFile(file, &keys, &diags));
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].key, "diag.keys_readable_by_others");
  EXPECT_TRUE(keys.empty());
}

TEST(UnitKeysTest, EveryBadLineIsReportedAtItsPlace) {
  const fs::path file = Fresh("bad");
  const std::string good = KeyText(NewUnitKey());
  {
    std::ofstream out(file);
    out << "# comment\nhedmark " << good << "\nk-hamar short\nk-hamar\nhedmark " << good << "\n";
  }
  chmod(file.c_str(), 0600);
  KeyRing keys;
  Diagnostics diags;
  EXPECT_FALSE(ReadKeyFile(file, &keys, &diags));
  ASSERT_EQ(diags.all().size(), 3u);
  EXPECT_EQ(diags.all()[0].where.line, 3);
  EXPECT_EQ(diags.all()[0].where.column, 9);
  EXPECT_EQ(diags.all()[1].key, "diag.keys_line_invalid");
  EXPECT_EQ(diags.all()[2].key, "diag.keys_unit_twice");
}

}  // namespace
}  // namespace kfl
