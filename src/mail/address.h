// Address: the e-mail addresses kfl sends to, stricter than the contacts
// reader's plausibility check (io/contacts_reader.h), because an address
// goes into an SMTP envelope and a header unquoted.
#pragma once

#include <string>
#include <string_view>

namespace kfl {

// True for a plain ASCII address "local@domain" that needs no quoting:
// the local part is a dot-atom (RFC 5322 atext separated by single dots),
// the domain two or more labels of letters, digits and inner hyphens, at
// most 254 characters in all. Quoted local parts, IP-literal domains and
// internationalized (UTF-8) addresses are not supported.
//
//   IsSendableAddress("kari.nordmann@example.no") == true
//   IsSendableAddress("kari<x>@example.no")      == false
bool IsSendableAddress(std::string_view address);

// The part after the last '@' ("" when there is none).
std::string_view DomainOf(std::string_view address);

// The key by which contacts' addresses are grouped into one message: the
// whole address in lower case (local parts are case-sensitive in principle,
// but no school's mail server relies on that).
std::string AddressKey(std::string_view address);

}  // namespace kfl
