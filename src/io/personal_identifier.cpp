#include "io/personal_identifier.h"

#include <string>

namespace kfl {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The mod-11 check digit for `weights`, or -1 when none exists (remainder 1).
int CheckDigit(const int* digits, const int* weights, int count) {
  int sum = 0;
  for (int i = 0; i < count; ++i) sum += digits[i] * weights[i];
  const int k = 11 - sum % 11;
  if (k == 11) return 0;
  return k == 10 ? -1 : k;
}

bool LooksLikeNationalId(std::string_view field) {
  std::string digits;
  if (field.size() == 12 && field[6] == ' ') {
    digits.append(field.substr(0, 6)).append(field.substr(7));
  } else if (field.size() == 11) {
    digits.assign(field);
  } else {
    return false;
  }
  for (char c : digits)
    if (!IsDigit(c)) return false;
  if (!NationalIdCheckDigitsValid(digits)) return false;
  const int day = (digits[0] - '0') * 10 + (digits[1] - '0');
  const int month = (digits[2] - '0') * 10 + (digits[3] - '0');
  const bool day_ok = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);  // D-number: + 40
  const int m = month > 80 ? month - 80 : month > 40 ? month - 40 : month;  // test, H-number
  return day_ok && m >= 1 && m <= 12;
}

bool LooksLikeEmail(std::string_view field) {
  const size_t at = field.find('@');
  if (at == std::string_view::npos || at == 0) return false;
  if (field.find('@', at + 1) != std::string_view::npos) return false;
  for (char c : field)
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return false;
  const std::string_view domain = field.substr(at + 1);
  const size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  const std::string_view tld = domain.substr(dot + 1);
  if (tld.size() < 2) return false;
  for (char c : tld)
    if (!IsLetter(c)) return false;
  return true;
}

}  // namespace

bool NationalIdCheckDigitsValid(std::string_view digits) {
  if (digits.size() != 11) return false;
  int d[11];
  for (int i = 0; i < 11; ++i) {
    if (!IsDigit(digits[i])) return false;
    d[i] = digits[i] - '0';
  }
  static constexpr int kWeights1[9] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  static constexpr int kWeights2[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  const int k1 = CheckDigit(d, kWeights1, 9);
  if (k1 < 0 || k1 != d[9]) return false;
  const int k2 = CheckDigit(d, kWeights2, 10);
  return k2 >= 0 && k2 == d[10];
}

PersonalIdentifier FindPersonalIdentifier(std::string_view field) {
  if (field.size() < 3) return PersonalIdentifier::kNone;
  if (LooksLikeNationalId(field)) return PersonalIdentifier::kNationalId;
  if (LooksLikeEmail(field)) return PersonalIdentifier::kEmail;
  return PersonalIdentifier::kNone;
}

}  // namespace kfl
