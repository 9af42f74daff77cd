#include "model/unit_tree.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

UnitTree SmallTree() {
  UnitTree tree;
  tree.Add({"c", "County", Level::kCounty});
  tree.Add({"m", "Muni", Level::kMunicipality});
  tree.Add({"s", "School", Level::kSchool});
  tree.Add({"k", "8A", Level::kClass, -1, 8, 24});
  tree.Link({"", "c", "m", "s"});
  return tree;
}

TEST(UnitTreeTest, LinksParentsAndChildren) {
  UnitTree tree = SmallTree();
  EXPECT_EQ(tree.county(), 0);
  EXPECT_EQ(tree.Find("k"), 3);
  EXPECT_EQ(tree.Find("nope"), -1);
  EXPECT_EQ(tree[3].parent, 2);
  ASSERT_EQ(tree[0].children.size(), 1u);
  EXPECT_EQ(tree[0].children[0], 1);
  EXPECT_EQ(tree[3].grade, 8);
  EXPECT_EQ(tree[3].enrolled, 24);
}

TEST(UnitTreeTest, ContainsIsAncestorOrSelf) {
  UnitTree tree = SmallTree();
  EXPECT_TRUE(tree.Contains(0, 3));
  EXPECT_TRUE(tree.Contains(3, 3));
  EXPECT_FALSE(tree.Contains(3, 0));
}

}  // namespace
}  // namespace kfl
