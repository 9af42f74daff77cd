#include "mail/address.h"

#include <cctype>
#include <cstring>

namespace kfl {
namespace {

bool IsAtext(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || std::strchr("!#$%&'*+-/=?^_`{|}~", c);
}

bool IsDotAtom(std::string_view s) {
  if (s.empty() || s.front() == '.' || s.back() == '.') return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '.') {
      if (s[i - 1] == '.') return false;
    } else if (static_cast<unsigned char>(s[i]) >= 0x80 || !IsAtext(s[i])) {
      return false;
    }
  }
  return true;
}

bool IsDomain(std::string_view s) {
  int labels = 0;
  size_t start = 0;
  while (start <= s.size()) {
    size_t dot = s.find('.', start);
    std::string_view label = s.substr(start, dot == std::string_view::npos ? s.npos : dot - start);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
      return false;
    for (char c : label)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return false;
    ++labels;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return labels >= 2;
}

}  // namespace

bool IsSendableAddress(std::string_view address) {
  if (address.size() > 254) return false;
  size_t at = address.rfind('@');
  if (at == std::string_view::npos || at == 0 || at > 64) return false;
  return IsDotAtom(address.substr(0, at)) && IsDomain(address.substr(at + 1));
}

std::string_view DomainOf(std::string_view address) {
  size_t at = address.rfind('@');
  return at == std::string_view::npos ? std::string_view() : address.substr(at + 1);
}

std::string AddressKey(std::string_view address) {
  std::string key(address);
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

}  // namespace kfl
