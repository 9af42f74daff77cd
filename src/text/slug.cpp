#include "text/slug.h"

#include <algorithm>
#include <map>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace kfl {

std::string Slugify(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(source, status) : source;
  if (U_FAILURE(status)) decomposed = source;

  std::string slug;
  bool dash = false;  // a separator is pending
  auto append = [&](std::string_view part) {
    if (dash && !slug.empty()) slug += '-';
    dash = false;
    slug += part;
  };
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    c = u_tolower(c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      char ascii = static_cast<char>(c);
      append(std::string_view(&ascii, 1));
    } else if (c == 0x00E6) {  // æ
      append("ae");
    } else if (c == 0x00F8) {  // ø
      append("o");
    } else if (c == 0x0111 || c == 0x00F0) {  // đ, ð (Sami and Icelandic d)
      append("d");
    } else {
      dash = true;
    }
  }
  if (slug.size() > kMaxSlugLength) {
    // Cut at the last '-' within the limit when there is one not too far back.
    size_t cut = slug.rfind('-', kMaxSlugLength);
    if (cut == std::string::npos || cut < kMaxSlugLength / 2) cut = kMaxSlugLength;
    slug.resize(cut);
  }
  return slug.empty() ? "x" : slug;
}

std::vector<std::string> SiblingSlugs(const std::vector<std::string>& names,
                                      const std::vector<std::string>& ids) {
  std::vector<std::string> slugs;
  std::map<std::string, int> count;
  for (const std::string& name : names) ++count[slugs.emplace_back(Slugify(name))];
  for (size_t i = 0; i < slugs.size(); ++i) {
    if (count[slugs[i]] > 1) slugs[i] += "-" + Slugify(ids[i]);
  }
  // Ids whose slugs collide too ("a.b" and "a-b", or long ones cut alike):
  // a number makes each folder its own.
  std::map<std::string, int> seen;
  for (std::string& slug : slugs) {
    if (seen[slug]++ == 0) continue;
    for (int n = seen[slug];; ++n) {
      std::string numbered = slug + "-" + std::to_string(n);
      if (std::find(slugs.begin(), slugs.end(), numbered) == slugs.end()) {
        slug = numbered;
        ++seen[slug];
        break;
      }
    }
  }
  return slugs;
}

}  // namespace kfl
