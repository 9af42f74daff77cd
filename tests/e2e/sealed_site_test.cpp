// End-to-end: the restricted site sealed with a key file (issue #25):
// kfl keys init, kfl build --keys, kfl keys rotate, on the example.
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "e2e/e2e_util.h"
#include "seal/seal.h"
#include "seal/unit_keys.h"


namespace kfl::e2e {
namespace {
namespace fs = std::filesystem;

// The plaintext of a sealed script, or a text no page contains.
std::string Unsealed(const fs::path& script, const UnitKey& key) {
  return OpenSealedScript(key, Slurp(script)).value_or("(does not open)");
}

class SealedSiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = FreshDir("sealed");
    keys_ = root_ / "keys";
    ASSERT_EQ(RunKfl("keys init '" + keys_.string() + "' '" + ExampleDir().string() + "'").exit_code, 0);
  }
  fs::path Build(const std::string& name, const std::string& flags = "") {
    const fs::path out = root_ / name;
    const RunResult r = RunKfl("build '" + ExampleDir().string() + "' -o '" + out.string() +
                               "' -q --no-pdf --keys '" + keys_.string() + "' " + flags);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return out;
  }
  KeyRing Keys() {
    KeyRing keys;
    Diagnostics diags;
    EXPECT_TRUE(ReadKeyFile(keys_, &keys, &diags));
    return keys;
  }
  fs::path root_, keys_;
};

TEST_F(SealedSiteTest, NoNameFigureOrSentenceOfTheRestrictedSiteIsInClear) {
  struct stat st;
  ASSERT_EQ(stat(keys_.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u) << "the key file is private";
  const fs::path out = Build("out", "--force");
  // With PDFs too: a contact teacher's report must not be in clear either.
  const RunResult pdf = RunKfl("build '" + ExampleDir().string() + "' -o '" + (root_ / "pdf").string() +
                               "' -q --keys '" + keys_.string() + "'");
  ASSERT_EQ(pdf.exit_code, 0) << pdf.err;
  // Names of the units (hostile ones included), sentences of the class and
  // school reports, and figures with a decimal comma.
  std::vector<std::string> secret;
  std::ifstream units(ExampleDir() / "units.csv");
  std::string line;
  std::getline(units, line);
  while (std::getline(units, line)) {
    const std::string name = line.substr(line.find(',', line.find(',', line.find(',') + 1) + 1) + 1);
    const std::string cut = name.substr(0, name.find(','));
    // The county's name is the public site's owner, in every footer.
    if (cut.size() >= 4 && cut != "Testfylke") secret.push_back(cut);
  }
  for (const char* sentence : {"Slik leser du", "Spørsmål", "Trivsel", "trinn", "%PDF", "<svg", "T-skår"}) {
    secret.push_back(sentence);
  }
  auto has_figure = [](const std::string& bytes) {
    for (size_t i = 1; i + 1 < bytes.size(); ++i) {
      if (bytes[i] == ',' && std::isdigit(static_cast<unsigned char>(bytes[i - 1])) &&
          std::isdigit(static_cast<unsigned char>(bytes[i + 1]))) {
        return true;
      }
    }
    return false;
  };
  int files = 0;
  for (const fs::path& top : {out / "restricted", root_ / "pdf" / "restricted"}) {
    for (const auto& e : fs::recursive_directory_iterator(top)) {
      if (!e.is_regular_file()) continue;
      ++files;
      std::string bytes = Slurp(e.path());
      // A sealed script is its call and path, then only base64: the
      // ciphertext, where a short name would turn up by chance (5 letters
      // in 40 MB of random base64: one build in twenty), so only the part
      // before it is searched.
      if (e.path().string().size() > 7 && e.path().string().substr(e.path().string().size() - 7) == ".kfl.js") {
        const size_t payload = bytes.find(",\"");
        ASSERT_NE(payload, std::string::npos) << e.path();
        const std::string base64 = bytes.substr(payload + 2, bytes.size() - payload - 2 - 4);
        EXPECT_EQ(base64.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="),
                  std::string::npos) << e.path() << ": the payload is base64 only";
        EXPECT_EQ(bytes.substr(bytes.size() - 4), "\");\n") << e.path();
        bytes.resize(payload);
      }
      const bool asset = e.path().parent_path().filename() == "assets";
      for (const std::string& s : secret) {
        if (asset && (s == "Trivsel" || s == "trinn" || s == "<svg")) continue;
        EXPECT_EQ(bytes.find(s), std::string::npos) << e.path() << " holds «" << s << "»";
      }
      if (!asset) {
        EXPECT_FALSE(has_figure(bytes)) << e.path() << " holds a figure";
      }
    }
  }
  EXPECT_GT(files, 200);
  // ... and the sealed files hold the page: the class's own key opens it.
  const KeyRing keys = Keys();
  const fs::path klass = out / "restricted/fjellvik/fjellvik-skole/8a";
  EXPECT_NE(Unsealed(klass / "index.html.kfl.js", keys.at("c-fjellvik-01-8a")).find("8A"), std::string::npos);
  EXPECT_EQ(Unsealed(klass / "index.html.kfl.js", keys.at("s-fjellvik-01")), "(does not open)");
  // The school's key list names its classes' keys, sealed with the school's.
  const auto below = nlohmann::json::parse(
      Unsealed(out / "restricted/fjellvik/fjellvik-skole/keys.json.kfl.js", keys.at("s-fjellvik-01")));
  EXPECT_EQ(below.at("8a/"), KeyText(keys.at("c-fjellvik-01-8a")));
  // The clear page of a folder says which key opens it, nothing else.
  const std::string page = Slurp(klass / "index.html");
  EXPECT_NE(page.find(KeyId(keys.at("c-fjellvik-01-8a"))), std::string::npos);
  EXPECT_NE(page.find("<meta name=\"referrer\" content=\"no-referrer\">"), std::string::npos);
  // The public site is as without keys.
  EXPECT_TRUE(fs::exists(out / "site/fjellvik/fjellvik-skole/tall.csv"));
  EXPECT_TRUE(fs::exists(out / "restricted/data/aggregates.csv.kfl.js"));
  EXPECT_FALSE(fs::exists(out / "restricted/data/aggregates.csv"));
}

TEST_F(SealedSiteTest, TheSameKeysGiveTheSameBytesAndARotatedKeyChangesOnlyItsUnit) {
  const fs::path out = Build("out");
  const auto first = ManifestFiles(out);
  EXPECT_EQ(ManifestFiles(Build("again", "--force")), first) << "the same input and keys: the same bytes";
  ASSERT_EQ(RunKfl("keys rotate '" + keys_.string() + "' c-fjellvik-01-8a").exit_code, 0);
  const auto rotated = ManifestFiles(Build("out"));
  std::vector<std::string> changed;
  for (const auto& [path, sha] : rotated) {
    if (first.at(path) != sha) changed.push_back(path);
  }
  ASSERT_GT(first.size(), 200u);
  ASSERT_FALSE(changed.empty());
  for (const std::string& path : changed) {
    const bool klass = path.rfind("restricted/fjellvik/fjellvik-skole/8a/", 0) == 0;
    const bool school_keys = path == "restricted/fjellvik/fjellvik-skole/keys.json.kfl.js";
    EXPECT_TRUE(klass || school_keys) << path << " changed";
  }
}

TEST_F(SealedSiteTest, AKeyFileOthersCanReadOrInsideTheOutputIsRefused) {
  chmod(keys_.c_str(), 0644);
  RunResult r = RunKfl("build '" + ExampleDir().string() + "' -o '" + (root_ / "o").string() +
                       "' -q --no-pdf --keys '" + keys_.string() + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("chmod 600"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(root_ / "o"));
  chmod(keys_.c_str(), 0600);
  fs::create_directories(root_ / "o2");
  fs::copy_file(keys_, root_ / "o2" / "keys");
  r = RunKfl("build '" + ExampleDir().string() + "' -o '" + (root_ / "o2").string() + "' -q --no-pdf --keys '" +
             (root_ / "o2" / "keys").string() + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("resultatmappen"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace kfl::e2e
