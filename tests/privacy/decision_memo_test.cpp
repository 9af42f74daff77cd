#include "privacy/decision_memo.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "publish/output_dir.h"

namespace kfl {
namespace {
namespace fs = std::filesystem;

fs::path TestDir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("kfl_decision_memo_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void WriteText(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

void Save(const DecisionMemo& memo, const fs::path& path) {
  FileWriter out("memo", std::fopen(path.c_str(), "wb"));
  memo.Write([&](std::string_view bytes) { out.Write(bytes); });
  ASSERT_TRUE(out.Close());
}

PartDecisions Sample() {
  using D = Disclosure;
  using C = CategoryDisclosure;
  PartDecisions d;
  d.public_view = {D::kPublished, D::kTooFew, D::kPublished};
  d.restricted_view = {D::kPublished, D::kPublished, D::kPublished};
  using G = Granularity;
  d.public_distribution_view = {{G::kEvery, C::kShown}, {G::kTwo, C::kTooFew},
                                {G::kHidden, C::kSensitive}};
  d.restricted_distribution_view = DistributionViews(300, {G::kThree, C::kComplementary});
  return d;
}

bool Same(const PartDecisions& a, const PartDecisions& b) {
  return a.public_view == b.public_view && a.restricted_view == b.restricted_view &&
         a.public_distribution_view == b.public_distribution_view &&
         a.restricted_distribution_view == b.restricted_distribution_view;
}

TEST(DecisionMemoTest, WrittenDecisionsAreReadBackByTheirKey) {
  fs::path dir = TestDir("round_trip");
  DecisionMemo memo("context");
  PartDecisions other = Sample();
  other.public_view.push_back(Disclosure::kPublished);
  memo.Put("a", Sample());
  memo.Put("b", other);
  Save(memo, dir / "memo");
  DecisionMemo read = DecisionMemo::Read((dir / "memo").string());
  ASSERT_NE(read.Find("a"), nullptr);
  ASSERT_NE(read.Find("b"), nullptr);
  EXPECT_TRUE(Same(*read.Find("a"), Sample()));
  EXPECT_TRUE(Same(*read.Find("b"), other)) << "a distribution of 300 categories too";
  EXPECT_EQ(read.Find("c"), nullptr);
}

TEST(DecisionMemoTest, AMissingOrTornFileHoldsNothing) {
  fs::path dir = TestDir("torn");
  EXPECT_EQ(DecisionMemo::Read((dir / "none").string()).Find("a"), nullptr);
  DecisionMemo memo;
  memo.Put("a", Sample());
  Save(memo, dir / "memo");
  std::string bytes;
  {
    std::ifstream in(dir / "memo", std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  for (size_t cut : {size_t{3}, bytes.size() / 2, bytes.size() - 1}) {
    WriteText(dir / "torn", bytes.substr(0, cut));
    EXPECT_EQ(DecisionMemo::Read((dir / "torn").string()).Find("a"), nullptr) << cut;
  }
  WriteText(dir / "other", "something else entirely");
  EXPECT_EQ(DecisionMemo::Read((dir / "other").string()).Find("a"), nullptr);
}

TEST(DecisionMemoTest, TheKeyFollowsTheContextThePathAndTheBytes) {
  fs::path dir = TestDir("keys");
  WriteText(dir / "a.csv", "id,unit\n1,x\n");
  WriteText(dir / "b.csv", "id,unit\n1,x\n");
  const std::string a = (dir / "a.csv").string(), b = (dir / "b.csv").string();
  DecisionMemo memo("context");
  const std::string key = memo.Key(a);
  EXPECT_EQ(memo.Key(a), key);
  EXPECT_EQ(key.size(), 64u);
  EXPECT_NE(DecisionMemo("other context").Key(a), key) << "units, instruments or kfl changed";
  EXPECT_NE(memo.Key(b), key) << "the same bytes as another wave or instrument";
  WriteText(dir / "a.csv", "id,unit\n1,y\n");
  EXPECT_NE(memo.Key(a), key) << "one answer changed";
}

}  // namespace
}  // namespace kfl
