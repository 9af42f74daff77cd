#include "seal/seal.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

UnitKey Key(unsigned char first) {
  UnitKey key{};
  for (size_t i = 0; i < key.size(); ++i) key[i] = static_cast<unsigned char>(first + i);
  return key;
}

// The known answer of AES-256-GCM: the test case of the GCM specification
// (McGrew and Viega, test case 13: key and nonce 0, no plaintext) has the
// tag 530f8afbc74536b9a963b4f1c4cb738b. Seal derives its own nonce, so this
// checks the cipher through Unseal: that tag opens as the empty text.
TEST(SealTest, OpensTheSpecificationsTestVector) {
  const UnitKey zero{};
  std::string sealed(12, '\0');
  const unsigned char tag[] = {0x53, 0x0f, 0x8a, 0xfb, 0xc7, 0x45, 0x36, 0xb9,
                               0xa9, 0x63, 0xb4, 0xf1, 0xc4, 0xcb, 0x73, 0x8b};
  sealed.append(reinterpret_cast<const char*>(tag), sizeof tag);
  std::optional<std::string> opened = Unseal(zero, "", sealed);
  ASSERT_TRUE(opened.has_value());
  EXPECT_EQ(*opened, "");
  sealed.back() ^= 1;
  EXPECT_FALSE(Unseal(zero, "", sealed).has_value());
}

TEST(SealTest, TheSameKeyPathAndTextGiveTheSameBytesAndNothingElseOpensThem) {
  const std::string text = "<p>8A: Trivsel 52,3</p>";
  const std::string a = Seal(Key(1), "hamar/8a/index.html", text);
  EXPECT_EQ(a.size(), 12 + text.size() + 16);
  EXPECT_EQ(Seal(Key(1), "hamar/8a/index.html", text), a) << "deterministic";
  EXPECT_EQ(a.find("Trivsel"), std::string::npos);
  EXPECT_EQ(*Unseal(Key(1), "hamar/8a/index.html", a), text);
  EXPECT_FALSE(Unseal(Key(2), "hamar/8a/index.html", a)) << "another key";
  EXPECT_FALSE(Unseal(Key(1), "hamar/8b/index.html", a)) << "moved to another place";
  for (size_t i : {size_t{0}, size_t{13}, a.size() - 1}) {
    std::string changed = a;
    changed[i] ^= 0x20;
    EXPECT_FALSE(Unseal(Key(1), "hamar/8a/index.html", changed)) << "byte " << i;
  }
  // Another content or another path: another nonce.
  EXPECT_NE(Seal(Key(1), "hamar/8a/index.html", text + " ").substr(0, 12), a.substr(0, 12));
  EXPECT_NE(Seal(Key(1), "hamar/8b/index.html", text).substr(0, 12), a.substr(0, 12));
}

TEST(SealTest, KeysAsTextAndTheirIds) {
  const UnitKey key = Key(7);
  const std::string text = KeyText(key);
  EXPECT_EQ(text.size(), 43u);
  EXPECT_EQ(text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
            std::string::npos);
  EXPECT_EQ(*ParseKeyText(text), key);
  EXPECT_FALSE(ParseKeyText(text.substr(1)));
  EXPECT_FALSE(ParseKeyText(text.substr(1) + "+"));
  EXPECT_EQ(KeyId(key).size(), 16u);
  EXPECT_NE(KeyId(key), KeyId(Key(8)));
  EXPECT_NE(NewUnitKey(), NewUnitKey());
  // SHA-256("kfl key id" || 32 zero bytes), its first 8 bytes (Python's
  // hashlib): open.js computes the same with WebCrypto.
  EXPECT_EQ(KeyId(UnitKey{}), "1df6a12a420fb8fe");
}

TEST(SealTest, ASealedScriptCallsKflSealedWithThePathAndBase64) {
  const std::string script = SealedScript(Key(1), "hamar/8a/tall.csv", "a,b\n");
  EXPECT_EQ(script.rfind("kflSealed(\"hamar/8a/tall.csv\",\"", 0), 0u) << script;
  EXPECT_EQ(script.substr(script.size() - 4), "\");\n");
  EXPECT_EQ(Base64("ab"), "YWI=");
}

}  // namespace
}  // namespace kfl
