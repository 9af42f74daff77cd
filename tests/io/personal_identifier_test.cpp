#include "io/personal_identifier.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

struct Case {
  const char* field;
  PersonalIdentifier expected;
};

TEST(PersonalIdentifierTest, FindsNationalIdsAndEmailAddresses) {
  // Check digits computed by hand (weights 3 7 6 1 8 9 4 5 2 for k1 and
  // 5 4 3 2 7 6 5 4 3 2 for k2, k = 11 - sum mod 11, 11 -> 0, 10 -> none):
  //   150786456: sum 216, 216 mod 11 = 7, k1 = 4; then sum 197, mod 11 = 10, k2 = 1
  //   311299987: k1 = 8, k2 = 7      240512345: k1 = 3, k2 = 3
  //   410190123 (D-number, day 01 + 40): k1 = 9, k2 = 3
  //   018190123 (test person, month 01 + 80): k1 = 6, k2 = 5
  const Case cases[] = {
      {"15078645641", PersonalIdentifier::kNationalId},
      {"150786 45641", PersonalIdentifier::kNationalId},
      {"31129998787", PersonalIdentifier::kNationalId},
      {"24051234533", PersonalIdentifier::kNationalId},
      {"41019012393", PersonalIdentifier::kNationalId},
      {"01819012365", PersonalIdentifier::kNationalId},
      {"15078645642", PersonalIdentifier::kNone},   // k2 wrong
      {"15078645631", PersonalIdentifier::kNone},   // k1 wrong
      {"1507864564", PersonalIdentifier::kNone},    // 10 digits
      {"150786456411", PersonalIdentifier::kNone},  // 12 digits
      {"r0000001", PersonalIdentifier::kNone},
      {"c-hamar-01-8a", PersonalIdentifier::kNone},
      {"5", PersonalIdentifier::kNone},
      {"kari.nordmann@skole.no", PersonalIdentifier::kEmail},
      {"ola@example.com", PersonalIdentifier::kEmail},
      {"@example.com", PersonalIdentifier::kNone},
      {"ola@localhost", PersonalIdentifier::kNone},
      {"ola@example.c", PersonalIdentifier::kNone},
      {"ola @example.com", PersonalIdentifier::kNone},
  };
  for (const Case& c : cases)
    EXPECT_EQ(static_cast<int>(FindPersonalIdentifier(c.field)), static_cast<int>(c.expected))
        << c.field;
}

TEST(PersonalIdentifierTest, CheckDigitsAlone) {
  EXPECT_TRUE(NationalIdCheckDigitsValid("15078645641"));
  EXPECT_FALSE(NationalIdCheckDigitsValid("15078645640"));
  EXPECT_FALSE(NationalIdCheckDigitsValid("1507864564x"));
  // 010190123: k1 would be 10, so no valid number starts with these nine digits.
  for (char a = '0'; a <= '9'; ++a)
    for (char b = '0'; b <= '9'; ++b)
      EXPECT_FALSE(NationalIdCheckDigitsValid(std::string("010190123") + a + b)) << a << b;
}

}  // namespace
}  // namespace kfl
