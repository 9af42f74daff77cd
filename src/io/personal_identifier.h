// FindPersonalIdentifier: whether a field of a response file looks like
// something that identifies a person, which an anonymized survey file must
// never hold (issue 3, "guard against identifiers in the input").
//
// Two kinds are recognized:
//  - a Norwegian national identity number (fødselsnummer): 11 digits
//    (optionally written 6 + space + 5) whose first six are a date DDMMYY
//    and whose two last digits are the mod-11 check digits k1 and k2. Also
//    D-numbers (day + 40), H-numbers (month + 40) and the synthetic test
//    numbers of the national registry (month + 80), since they identify
//    people or test persons just the same;
//  - an e-mail address: no spaces, one '@' with text before it, and a domain
//    after it with a dot followed by at least two letters.
// The check digits make a false alarm on a random 11-digit number unlikely
// (about 1 in 150 with a plausible date), and a response file has no reason
// to hold 11-digit numbers or '@' at all.
//
//   FindPersonalIdentifier("r0000001")              -> kNone
//   FindPersonalIdentifier("kari.nordmann@skole.no") -> kEmail
#pragma once

#include <string_view>

namespace kfl {

enum class PersonalIdentifier { kNone, kNationalId, kEmail };

PersonalIdentifier FindPersonalIdentifier(std::string_view field);

// True for 11 digits that pass the fødselsnummer check digits (no date check).
bool NationalIdCheckDigitsValid(std::string_view digits);

}  // namespace kfl
