#include "mail/address.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(MailAddressTest, SendableAddresses) {
  struct Case {
    const char* address;
    bool sendable;
  } cases[] = {
      {"kari.nordmann@example.no", true},
      {"k+rapport@skole.hamar.kommune.no", true},
      {"o'brien@example.com", true},
      {"a@b.no", true},
      {"kari@localhost", false},    // one label
      {"kari@-example.no", false},  // label starts with '-'
      {"kari@example..no", false},  // empty label
      {".kari@example.no", false},  // dot-atom rules
      {"ka..ri@example.no", false},
      {"kari<x>@example.no", false},  // would break the header
      {"kari,ola@example.no", false},
      {"\"kari\"@example.no", false},  // quoted local parts unsupported
      {"kåri@example.no", false},      // SMTPUTF8 unsupported
      {"kari@eksempel.nø", false},
      {"kari@[127.0.0.1]", false},
      {"@example.no", false},
      {"kari@", false},
      {"kari example@example.no", false},
      {"kari@example.no\r\nBcc: x@y.no", false},
  };
  for (const Case& c : cases)
    EXPECT_EQ(IsSendableAddress(c.address), c.sendable) << "address: " << c.address;
}

TEST(MailAddressTest, DomainAndKey) {
  EXPECT_EQ(DomainOf("kari@Example.NO"), "Example.NO");
  EXPECT_EQ(DomainOf("nothing"), "");
  EXPECT_EQ(AddressKey("Kari.Nordmann@Example.NO"), "kari.nordmann@example.no");
}

}  // namespace
}  // namespace kfl
