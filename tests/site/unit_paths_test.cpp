#include "site/unit_paths.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

UnitTree MakeTree() {
  UnitTree tree;
  std::vector<std::string> parents;
  auto add = [&](const char* id, const char* parent, Level level, const char* name) {
    tree.Add(Unit{.id = id, .name = name, .level = level});
    parents.push_back(parent);
  };
  add("hedmark", "", Level::kCounty, "Hedmark");
  add("k-hamar", "hedmark", Level::kMunicipality, "Hamar");
  add("k-data", "hedmark", Level::kMunicipality, "Data");
  add("s-1", "k-hamar", Level::kSchool, "Vang skole");
  add("s-2", "k-hamar", Level::kSchool, "Vang skole");
  add("s-3", "k-hamar", Level::kSchool, "../Å <b>");
  add("c-1", "s-1", Level::kClass, "8A");
  tree.Link(parents);
  return tree;
}

TEST(UnitPathsTest, FoldersFollowTheHierarchy) {
  UnitTree tree = MakeTree();
  UnitPaths paths(tree);
  struct Case {
    const char* id;
    const char* folder;
  } cases[] = {
      {"hedmark", ""},
      {"k-hamar", "hamar/"},
      {"k-data", "data-k-data/"},  // would hide the site's data folder
      {"s-1", "hamar/vang-skole-s-1/"},
      {"s-2", "hamar/vang-skole-s-2/"},
      {"s-3", "hamar/a-b/"},
      {"c-1", "hamar/vang-skole-s-1/8a/"},
  };
  for (const Case& c : cases) EXPECT_EQ(paths.Folder(tree.Find(c.id)), c.folder) << c.id;
}

TEST(UnitPathsTest, RelativeLinks) {
  struct Case {
    const char* from;
    const char* to;
    const char* link;
  } cases[] = {
      {"", "hamar/index.html", "hamar/index.html"},
      {"hamar/", "index.html", "../index.html"},
      {"hamar/vang/", "assets/kfl.css", "../../assets/kfl.css"},
      {"hamar/", "hamar/vang/index.html", "vang/index.html"},
      {"hamar/vang/", "hamar/ajer/index.html", "../ajer/index.html"},
      {"hamar/", "hamar/", "./"},
      {"hamarby/", "hamar/index.html", "../hamar/index.html"},
  };
  for (const Case& c : cases) EXPECT_EQ(Relative(c.from, c.to), c.link) << c.from << " -> " << c.to;
}

}  // namespace
}  // namespace kfl
